/**
 * SharePoint REST paths as segments with arguments: `getbytitle('Goals')`, `items(3)`,
 * `lists(guid'…')`, `addroleassignment(principalid=5,roledefid=…)`, aliases `(@v)?@v='…'`.
 */
import { invalidQuery } from './errors';
import { normalizeGuid } from './fields';

export type Argument = string | number | boolean | null | { guid: string };

export interface Segment {
  name: string;
  lowerName: string;
  /** null when the segment has no parentheses. */
  args: Argument[] | null;
  /** `name=value` arguments, by lower-case name. */
  named: Record<string, Argument>;
}

/** Splits on `separator` outside quotes and parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === "'") {
      if (quoted && text[i + 1] === "'") { current += "''"; i++; continue; }
      quoted = !quoted;
    } else if (!quoted && character === '(') depth++;
    else if (!quoted && character === ')') depth--;
    if (character === separator && !quoted && depth === 0) { parts.push(current); current = ''; continue; }
    current += character;
  }
  if (quoted || depth !== 0) throw invalidQuery(`The path '${text}' is not valid.`);
  parts.push(current);
  return parts;
}

/** A literal argument; `@name` takes the query parameter's value (one level, no alias of an alias). */
function parseLiteral(raw: string, params: URLSearchParams, depth = 0): Argument {
  const text = raw.trim();
  if (text.startsWith('@')) {
    const aliased = params.get(text);
    if (aliased === null || depth > 0) throw invalidQuery(`The parameter alias '${text}' has no value.`);
    return parseLiteral(aliased, params, depth + 1);
  }
  let match = /^'((?:[^']|'')*)'$/.exec(text);
  if (match) return match[1].replace(/''/g, "'");
  match = /^guid'([^']*)'$/i.exec(text);
  if (match) return { guid: normalizeGuid(match[1]) };
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (text.toLowerCase() === 'null') return null;
  throw invalidQuery(`The value '${text}' is not a valid argument.`);
}

export function parseSegments(path: string, params: URLSearchParams): Segment[] {
  const segments: Segment[] = [];
  for (const raw of splitOutside(path, '/')) {
    if (raw === '') continue;
    const open = raw.indexOf('(');
    if (open < 0) { segments.push({ name: raw, lowerName: raw.toLowerCase(), args: null, named: {} }); continue; }
    if (!raw.endsWith(')')) throw invalidQuery(`The segment '${raw}' is not valid.`);
    const name = raw.slice(0, open);
    const inner = raw.slice(open + 1, -1);
    const args: Argument[] = [];
    const named: Record<string, Argument> = {};
    if (inner.trim() !== '') {
      for (const part of splitOutside(inner, ',')) {
        const namedMatch = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=([\s\S]*)$/.exec(part);
        if (namedMatch) named[namedMatch[1].toLowerCase()] = parseLiteral(namedMatch[2], params);
        else args.push(parseLiteral(part, params));
      }
    }
    segments.push({ name, lowerName: name.toLowerCase(), args, named });
  }
  return segments;
}

export function argString(segment: Segment, position = 0): string {
  const arg = segment.args?.[position];
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') return arg.guid;
  if (typeof arg === 'number') return String(arg);
  throw invalidQuery(`${segment.name} needs a string argument.`);
}

export function argNumber(segment: Segment, position = 0): number {
  const arg = segment.args?.[position];
  const number = typeof arg === 'number' ? arg : typeof arg === 'string' && /^\d+$/.test(arg) ? Number(arg) : NaN;
  if (!Number.isFinite(number)) throw invalidQuery(`${segment.name} needs a number argument.`);
  return number;
}

export function namedNumber(segment: Segment, name: string): number {
  const arg = segment.named[name];
  const number = typeof arg === 'number' ? arg : Number(arg);
  if (!Number.isFinite(number)) throw invalidQuery(`${segment.name} needs ${name}.`);
  return number;
}

/** A list id argument: `lists('…')` or `lists(guid'…')`. */
export function argGuid(segment: Segment): string | undefined {
  const arg = segment.args?.[0];
  return typeof arg === 'string' ? arg : arg && typeof arg === 'object' ? arg.guid : undefined;
}
