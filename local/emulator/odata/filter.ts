/**
 * $filter parser: the OData v3 subset SharePoint accepts on list items.
 * eq ne gt ge lt le, and or not, parentheses, substringof('x',F), startswith(F,'x'), literals
 * ('it''s', 12, -1.5, true, false, null, datetime'2024-01-01T00:00:00Z', guid'...'), field paths
 * (Title, GoalId, Goal/Id, Goal/Title).
 */
import { invalidQuery, notSupported } from '../errors';

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null'; value: null }
  | { kind: 'datetime'; value: string }
  | { kind: 'guid'; value: string };

/** A field path: `Title`, `GoalId`, `Goal/Title`. */
export interface FieldRef { path: string[] }

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'cmp'; operator: CmpOp; field: FieldRef; value: Literal }
  | { kind: 'substringof'; field: FieldRef; value: string }
  | { kind: 'startswith'; field: FieldRef; value: string };

type Token =
  | { kind: 'open' } | { kind: 'close' } | { kind: 'comma' }
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'typed'; type: string; text: string };

const OPERATORS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** `5 lt Weight` is `Weight gt 5`. */
const MIRRORED: Record<string, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function invalid(source: string, why?: string): Error {
  return invalidQuery(`The expression "${source}" is not valid.${why ? ` ${why}` : ''}`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  /** From the opening quote; `''` is a quote inside the string. */
  const readQuoted = (): string => {
    let text = '';
    position++;
    for (;;) {
      if (position >= source.length) throw invalid(source, 'Unterminated string literal.');
      const character = source[position];
      if (character === "'") {
        if (source[position + 1] === "'") { text += "'"; position += 2; continue; }
        position++;
        return text;
      }
      text += character;
      position++;
    }
  };
  while (position < source.length) {
    const character = source[position];
    if (character === ' ' || character === '\t' || character === '\n' || character === '\r') { position++; continue; }
    if (character === '(') { tokens.push({ kind: 'open' }); position++; continue; }
    if (character === ')') { tokens.push({ kind: 'close' }); position++; continue; }
    if (character === ',') { tokens.push({ kind: 'comma' }); position++; continue; }
    if (character === "'") { tokens.push({ kind: 'string', text: readQuoted() }); continue; }
    if (/[0-9-]/.test(character) && /[0-9.]/.test(source[position + 1] ?? '') || /[0-9]/.test(character)) {
      const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlDdMmFf]?/.exec(source.slice(position));
      if (!number) throw invalid(source);
      tokens.push({ kind: 'number', value: Number(number[0].replace(/[LlDdMmFf]$/, '')) });
      position += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(position));
    if (word) {
      position += word[0].length;
      if (source[position] === "'" && /^(datetime|guid|datetimeoffset|time|X|binary)$/i.test(word[0])) {
        tokens.push({ kind: 'typed', type: word[0].toLowerCase(), text: readQuoted() });
      } else {
        tokens.push({ kind: 'word', text: word[0] });
      }
      continue;
    }
    throw invalid(source, `Unexpected character '${character}' at position ${position}.`);
  }
  return tokens;
}

export function parseFilter(source: string): FilterExpr {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isWord = (token: Token | undefined, word: string): boolean => !!token && token.kind === 'word' && token.text.toLowerCase() === word;

  const parseOr = (): FilterExpr => {
    let expression = parseAnd();
    while (isWord(peek(), 'or')) { position++; expression = { kind: 'or', left: expression, right: parseAnd() }; }
    return expression;
  };
  const parseAnd = (): FilterExpr => {
    let expression = parseUnary();
    while (isWord(peek(), 'and')) { position++; expression = { kind: 'and', left: expression, right: parseUnary() }; }
    return expression;
  };
  const parseUnary = (): FilterExpr => {
    if (isWord(peek(), 'not')) { position++; return { kind: 'not', operand: parseUnary() }; }
    return parseComparison();
  };
  const literalOf = (token: Token | undefined): Literal | undefined => {
    if (!token) return undefined;
    if (token.kind === 'string') return { kind: 'string', value: token.text };
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'typed') {
      if (token.type === 'datetime' || token.type === 'datetimeoffset') {
        if (!Number.isFinite(Date.parse(token.text))) throw invalid(source, `'${token.text}' is not a valid datetime.`);
        return { kind: 'datetime', value: token.text };
      }
      if (token.type === 'guid') return { kind: 'guid', value: token.text.toLowerCase() };
      throw notSupported(`${token.type}'...' literals in $filter`);
    }
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true' };
      if (word === 'null') return { kind: 'null', value: null };
    }
    return undefined;
  };
  const expect = (kind: Token['kind']): Token => {
    const token = tokens[position++];
    if (!token || token.kind !== kind) throw invalid(source);
    return token;
  };
  const parseFunction = (name: string): FilterExpr => {
    expect('open');
    const args: Token[] = [];
    while (peek() && peek()?.kind !== 'close') {
      args.push(tokens[position++]);
      if (peek()?.kind === 'comma') position++;
    }
    expect('close');
    let call: FilterExpr;
    if (name === 'substringof') {
      if (args.length !== 2 || args[0].kind !== 'string' || args[1].kind !== 'word') throw invalid(source, 'substringof takes a string and a field.');
      call = { kind: 'substringof', value: args[0].text, field: { path: args[1].text.split('/') } };
    } else {
      if (args.length !== 2 || args[0].kind !== 'word' || args[1].kind !== 'string') throw invalid(source, 'startswith takes a field and a string.');
      call = { kind: 'startswith', value: args[1].text, field: { path: args[0].text.split('/') } };
    }
    // `substringof('x', Title) eq true` (OData v3 style)
    const operator = peek();
    if (operator && operator.kind === 'word' && (operator.text.toLowerCase() === 'eq' || operator.text.toLowerCase() === 'ne')) {
      position++;
      const literal = literalOf(tokens[position++]);
      if (!literal || literal.kind !== 'bool') throw invalid(source, 'A function result can only be compared with true or false.');
      const positive = (operator.text.toLowerCase() === 'eq') === literal.value;
      return positive ? call : { kind: 'not', operand: call };
    }
    return call;
  };
  const parseComparison = (): FilterExpr => {
    const token = peek();
    if (!token) throw invalid(source, 'Unexpected end of expression.');
    if (token.kind === 'open') {
      position++;
      const expression = parseOr();
      expect('close');
      return expression;
    }
    if (token.kind === 'word' && peek() && tokens[position + 1]?.kind === 'open') {
      const name = token.text.toLowerCase();
      position++;
      if (name === 'substringof' || name === 'startswith') return parseFunction(name);
      throw notSupported(`the $filter function '${token.text}'`);
    }
    // operand op operand, with exactly one field and one literal
    const left = tokens[position++];
    const operatorToken = tokens[position++];
    const right = tokens[position++];
    if (!operatorToken || operatorToken.kind !== 'word') throw invalid(source, 'Expected a comparison.');
    const operator = operatorToken.text.toLowerCase();
    if (!OPERATORS.has(operator)) {
      if (['add', 'sub', 'mul', 'div', 'mod', 'has', 'in'].includes(operator)) throw notSupported(`the $filter operator '${operator}'`);
      throw invalid(source, `Unknown operator '${operatorToken.text}'.`);
    }
    const leftLiteral = literalOf(left);
    const rightLiteral = literalOf(right);
    const isField = (candidate: Token | undefined): candidate is { kind: 'word'; text: string } =>
      !!candidate && candidate.kind === 'word' && !literalOf(candidate);
    if (isField(left) && rightLiteral) return { kind: 'cmp', operator: operator as CmpOp, field: { path: left.text.split('/') }, value: rightLiteral };
    if (leftLiteral && isField(right)) return { kind: 'cmp', operator: MIRRORED[operator], field: { path: right.text.split('/') }, value: leftLiteral };
    if (isField(left) && isField(right)) throw notSupported('comparing two fields in $filter');
    throw invalid(source);
  };

  if (tokens.length === 0) throw invalid(source, 'The filter is empty.');
  const expression = parseOr();
  if (position !== tokens.length) throw invalid(source, 'Unexpected text after the expression.');
  return expression;
}
