/**
 * $filter parser: the OData v3 subset SharePoint accepts on list items.
 * eq ne gt ge lt le, and or not, parentheses, substringof('x',F), startswith(F,'x'), literals
 * ('it''s', 12, -1.5, true, false, null, datetime'2024-01-01T00:00:00Z', guid'...'), field paths
 * (Title, GoalId, Goal/Id, Goal/Title).
 */
import { invalidQuery, notSupported } from '../errors';

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { t: 'lit'; kind: 'string'; v: string }
  | { t: 'lit'; kind: 'number'; v: number }
  | { t: 'lit'; kind: 'bool'; v: boolean }
  | { t: 'lit'; kind: 'null'; v: null }
  | { t: 'lit'; kind: 'datetime'; v: string }
  | { t: 'lit'; kind: 'guid'; v: string };

export interface FieldRef { t: 'field'; path: string[] }

export type FilterExpr =
  | { t: 'and' | 'or'; a: FilterExpr; b: FilterExpr }
  | { t: 'not'; e: FilterExpr }
  | { t: 'cmp'; op: CmpOp; field: FieldRef; value: Literal }
  | { t: 'substringof'; field: FieldRef; value: string }
  | { t: 'startswith'; field: FieldRef; value: string };

type Token =
  | { k: 'lp' } | { k: 'rp' } | { k: 'comma' }
  | { k: 'word'; v: string }
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'typed'; type: string; v: string };

const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function bad(src: string, why?: string): Error {
  return invalidQuery(`The expression "${src}" is not valid.${why ? ` ${why}` : ''}`);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // at opening quote
    let s = '';
    i++;
    for (;;) {
      if (i >= src.length) throw bad(src, 'Unterminated string literal.');
      const c = src[i];
      if (c === "'") {
        if (src[i + 1] === "'") { s += "'"; i += 2; continue; }
        i++;
        return s;
      }
      s += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    if (c === '(') { out.push({ k: 'lp' }); i++; continue; }
    if (c === ')') { out.push({ k: 'rp' }); i++; continue; }
    if (c === ',') { out.push({ k: 'comma' }); i++; continue; }
    if (c === "'") { out.push({ k: 'str', v: readQuoted() }); continue; }
    if (/[0-9-]/.test(c) && /[0-9.]/.test(src[i + 1] ?? '') || /[0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlDdMmFf]?/.exec(src.slice(i));
      if (!m) throw bad(src);
      out.push({ k: 'num', v: Number(m[0].replace(/[LlDdMmFf]$/, '')) });
      i += m[0].length;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      if (src[i] === "'" && /^(datetime|guid|datetimeoffset|time|X|binary)$/i.test(m[0])) {
        out.push({ k: 'typed', type: m[0].toLowerCase(), v: readQuoted() });
      } else {
        out.push({ k: 'word', v: m[0] });
      }
      continue;
    }
    throw bad(src, `Unexpected character '${c}' at position ${i}.`);
  }
  return out;
}

export function parseFilter(src: string): FilterExpr {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const isWord = (t: Token | undefined, w: string): boolean => !!t && t.k === 'word' && t.v.toLowerCase() === w;

  const parseOr = (): FilterExpr => {
    let e = parseAnd();
    while (isWord(peek(), 'or')) { p++; e = { t: 'or', a: e, b: parseAnd() }; }
    return e;
  };
  const parseAnd = (): FilterExpr => {
    let e = parseUnary();
    while (isWord(peek(), 'and')) { p++; e = { t: 'and', a: e, b: parseUnary() }; }
    return e;
  };
  const parseUnary = (): FilterExpr => {
    if (isWord(peek(), 'not')) { p++; return { t: 'not', e: parseUnary() }; }
    return parseComparison();
  };
  const literalOf = (t: Token | undefined): Literal | undefined => {
    if (!t) return undefined;
    if (t.k === 'str') return { t: 'lit', kind: 'string', v: t.v };
    if (t.k === 'num') return { t: 'lit', kind: 'number', v: t.v };
    if (t.k === 'typed') {
      if (t.type === 'datetime' || t.type === 'datetimeoffset') {
        if (!Number.isFinite(Date.parse(t.v))) throw bad(src, `'${t.v}' is not a valid datetime.`);
        return { t: 'lit', kind: 'datetime', v: t.v };
      }
      if (t.type === 'guid') return { t: 'lit', kind: 'guid', v: t.v.toLowerCase() };
      throw notSupported(`${t.type}'...' literals in $filter`);
    }
    if (t.k === 'word') {
      const w = t.v.toLowerCase();
      if (w === 'true' || w === 'false') return { t: 'lit', kind: 'bool', v: w === 'true' };
      if (w === 'null') return { t: 'lit', kind: 'null', v: null };
    }
    return undefined;
  };
  const expect = (k: Token['k']): Token => {
    const t = toks[p++];
    if (!t || t.k !== k) throw bad(src);
    return t;
  };
  const parseFunction = (name: string): FilterExpr => {
    expect('lp');
    const args: Token[] = [];
    while (peek() && peek()?.k !== 'rp') {
      args.push(toks[p++]);
      if (peek()?.k === 'comma') p++;
    }
    expect('rp');
    let fn: FilterExpr;
    if (name === 'substringof') {
      if (args.length !== 2 || args[0].k !== 'str' || args[1].k !== 'word') throw bad(src, 'substringof takes a string and a field.');
      fn = { t: 'substringof', value: args[0].v, field: { t: 'field', path: args[1].v.split('/') } };
    } else {
      if (args.length !== 2 || args[0].k !== 'word' || args[1].k !== 'str') throw bad(src, 'startswith takes a field and a string.');
      fn = { t: 'startswith', value: args[1].v, field: { t: 'field', path: args[0].v.split('/') } };
    }
    // `substringof('x', Title) eq true` (OData v3 style)
    const op = peek();
    if (op && op.k === 'word' && (op.v.toLowerCase() === 'eq' || op.v.toLowerCase() === 'ne')) {
      p++;
      const lit = literalOf(toks[p++]);
      if (!lit || lit.kind !== 'bool') throw bad(src, 'A function result can only be compared with true or false.');
      const positive = (op.v.toLowerCase() === 'eq') === lit.v;
      return positive ? fn : { t: 'not', e: fn };
    }
    return fn;
  };
  const parseComparison = (): FilterExpr => {
    const t = peek();
    if (!t) throw bad(src, 'Unexpected end of expression.');
    if (t.k === 'lp') {
      p++;
      const e = parseOr();
      expect('rp');
      return e;
    }
    if (t.k === 'word' && peek() && toks[p + 1]?.k === 'lp') {
      const name = t.v.toLowerCase();
      p++;
      if (name === 'substringof' || name === 'startswith') return parseFunction(name);
      throw notSupported(`the $filter function '${t.v}'`);
    }
    // operand op operand, with exactly one field and one literal
    const left = toks[p++];
    const opTok = toks[p++];
    const right = toks[p++];
    if (!opTok || opTok.k !== 'word') throw bad(src, 'Expected a comparison.');
    const op = opTok.v.toLowerCase();
    if (!OPS.has(op)) {
      if (['add', 'sub', 'mul', 'div', 'mod', 'has', 'in'].includes(op)) throw notSupported(`the $filter operator '${op}'`);
      throw bad(src, `Unknown operator '${opTok.v}'.`);
    }
    const litL = literalOf(left);
    const litR = literalOf(right);
    const isField = (x: Token | undefined): x is { k: 'word'; v: string } => !!x && x.k === 'word' && !literalOf(x);
    if (isField(left) && litR) return { t: 'cmp', op: op as CmpOp, field: { t: 'field', path: left.v.split('/') }, value: litR };
    if (litL && isField(right)) {
      const flip: Record<string, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
      return { t: 'cmp', op: flip[op], field: { t: 'field', path: right.v.split('/') }, value: litL };
    }
    if (isField(left) && isField(right)) throw notSupported('comparing two fields in $filter');
    throw bad(src);
  };

  if (toks.length === 0) throw bad(src, 'The filter is empty.');
  const e = parseOr();
  if (p !== toks.length) throw bad(src, 'Unexpected text after the expression.');
  return e;
}
