/**
 * Splits a query into tokens, each with its 1-based column, so every syntax error can point
 * at the exact place.
 */
import { QuerySyntaxError } from './query-syntax-error.js';

export type Token =
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus' | 'eof'; column: number }
  | { type: 'near'; column: number; distance: number }
  | { type: 'word'; column: number; text: string }
  | { type: 'phrase'; column: number; text: string; prefix: boolean }
  | { type: 'field'; column: number; name: string; value: string; valueColumn: number; quoted: boolean };

const SPACE = /\s/u;
const DELIMITER = /[\s()"]/u;

export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const column = i + 1;
    if (SPACE.test(ch)) { i++; continue; }
    if (ch === '(') { tokens.push({ type: 'lparen', column }); i++; continue; }
    if (ch === ')') { tokens.push({ type: 'rparen', column }); i++; continue; }
    if (ch === '"') {
      const [text, end] = readQuoted(input, i);
      const prefix = input[end] === '*';
      tokens.push({ type: 'phrase', column, text, prefix });
      i = end + (prefix ? 1 : 0);
      continue;
    }
    if (ch === '-' && i + 1 < input.length && !SPACE.test(input[i + 1]!) && !atWordMiddle(input, i)) {
      tokens.push({ type: 'minus', column });
      i++;
      continue;
    }
    let end = i;
    while (end < input.length && !DELIMITER.test(input[end]!)) end++;
    const word = input.slice(i, end);
    const colon = word.indexOf(':');
    if (colon > 0 && /^[a-z_]+$/i.test(word.slice(0, colon)) && input[end] === '"' && colon === word.length - 1) {
      const [value, close] = readQuoted(input, end);
      tokens.push({ type: 'field', column, name: word.slice(0, colon), value, valueColumn: end + 1, quoted: true });
      i = close;
      continue;
    }
    if (colon > 0 && /^[a-z_]+$/i.test(word.slice(0, colon)) && !word.slice(colon + 1).startsWith('/')) {
      tokens.push({ type: 'field', column, name: word.slice(0, colon), value: word.slice(colon + 1),
        valueColumn: column + colon + 1, quoted: false });
      i = end;
      continue;
    }
    tokens.push(keyword(word, column, input) ?? { type: 'word', column, text: word });
    i = end;
  }
  tokens.push({ type: 'eof', column: input.length + 1 });
  return tokens;

  function readQuoted(text: string, open: number): [string, number] {
    const close = text.indexOf('"', open + 1);
    if (close === -1) throw new QuerySyntaxError(open + 1, 'a closing quote (")', 'end of query', input);
    return [text.slice(open + 1, close), close + 1];
  }
}

/** A hyphen inside a word (GLP-1) is not a negation; only one that starts a word is. */
function atWordMiddle(input: string, i: number): boolean {
  return i > 0 && !SPACE.test(input[i - 1]!) && input[i - 1] !== '(';
}

function keyword(word: string, column: number, input: string): Token | undefined {
  if (word === 'AND' || word === '&&') return { type: 'and', column };
  if (word === 'OR' || word === '||') return { type: 'or', column };
  if (word === 'NOT') return { type: 'not', column };
  if (word === 'NEAR') return { type: 'near', column, distance: 10 };
  const near = /^NEAR\/(.*)$/.exec(word);
  if (near) {
    const distance = Number(near[1]);
    if (!/^\d+$/.test(near[1]!) || distance < 0 || distance > 1000) {
      throw new QuerySyntaxError(column + 5, 'a whole number of words after NEAR/ (for example NEAR/5)',
        near[1] === '' ? 'nothing' : `"${near[1]}"`, input);
    }
    return { type: 'near', column, distance };
  }
  return undefined;
}
