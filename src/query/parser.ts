/**
 * The query parser: recursive descent over the lexer's tokens.
 *
 *   query   := or EOF
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*          juxtaposition means AND
 *   unary   := ("NOT" | "-") unary | near
 *   near    := primary ("NEAR" | "NEAR/n") primary | primary
 *   primary := "(" or ")" | word | "phrase" | #hashtag | @mention | field:value
 *
 * @NOTE hand-written rather than generated so that every error names its column and what
 * was expected there, which is what analysts need to fix a long query.
 */
import { type QueryNode, type TextNode, isTextLeaf, q, tokenize } from './ast.js';
import { fieldNames, findField } from './fields.js';
import { lex, type Token } from './lexer.js';
import { QuerySyntaxError } from './query-syntax-error.js';

export interface ParseOptions {
  /** "Now" for relative dates (from:-30d); defaults to the current time. */
  now?: number;
}

export function parseQuery(input: string, options: ParseOptions = {}): QueryNode {
  if (input.trim() === '') throw new QuerySyntaxError(1, 'a search term or field', 'an empty query', input);
  return new Parser(input, lex(input), options.now ?? Date.now()).parse();
}

class Parser {
  private position = 0;

  constructor(private readonly input: string, private readonly tokens: Token[], private readonly now: number) {}

  parse(): QueryNode {
    const node = this.or();
    const next = this.peek();
    if (next.type === 'rparen') this.fail(next, 'an operator or a term', 'a ")" with no matching "("');
    if (next.type !== 'eof') this.fail(next, 'end of query', describe(next));
    return node;
  }

  private or(): QueryNode {
    const children = [this.and()];
    while (this.peek().type === 'or') {
      this.position++;
      children.push(this.and());
    }
    return children.length === 1 ? children[0]! : q.or(children);
  }

  private and(): QueryNode {
    const children = [this.unary()];
    for (;;) {
      const next = this.peek();
      if (next.type === 'and') {
        this.position++;
        children.push(this.unary());
      } else if (next.type === 'eof' || next.type === 'or' || next.type === 'rparen') {
        break;
      } else {
        children.push(this.unary());
      }
    }
    return children.length === 1 ? children[0]! : q.and(children);
  }

  private unary(): QueryNode {
    const next = this.peek();
    if (next.type === 'not' || next.type === 'minus') {
      this.position++;
      return q.not(this.unary());
    }
    return this.near();
  }

  private near(): QueryNode {
    const left = this.primary();
    const op = this.peek();
    if (op.type !== 'near') return left;
    this.position++;
    const rightToken = this.peek();
    const right = this.primary();
    if (!isTextLeaf(left)) this.fail(op, 'a word or "phrase" before NEAR', 'a NEAR after something else');
    if (!isTextLeaf(right)) this.fail(rightToken, 'a word or "phrase" after NEAR', describe(rightToken));
    return q.near(left as TextNode, right as TextNode, op.distance);
  }

  private primary(): QueryNode {
    const token = this.next();
    switch (token.type) {
      case 'lparen': {
        if (this.peek().type === 'rparen') this.fail(this.peek(), 'a term inside the parentheses', '")"');
        const inner = this.or();
        const close = this.next();
        if (close.type !== 'rparen') this.fail(close, '")" to close the "(" at column ' + token.column, describe(close));
        return inner;
      }
      case 'word': return this.word(token.text, token.column);
      case 'phrase': {
        const tokens = tokenize(token.text);
        if (tokens.length === 0) this.fail(token, 'words inside the quotes', `"${token.text}"`);
        if (token.prefix) return q.prefix(tokens);
        return tokens.length === 1 ? q.term(tokens[0]!) : q.phrase(tokens);
      }
      case 'field': return this.field(token);
      default: return this.fail(token, 'a search term, "phrase", #hashtag, @mention or field:value', describe(token));
    }
  }

  private word(text: string, column: number): QueryNode {
    if (text.startsWith('#') || text.startsWith('@')) {
      const tokens = tokenize(text.slice(1));
      if (tokens.length === 0) this.failAt(column, `a name after "${text[0]}"`, `"${text}"`);
      return text.startsWith('#') ? q.hashtag(tokens) : q.mention(tokens);
    }
    const prefix = text.endsWith('*');
    const tokens = tokenize(prefix ? text.slice(0, -1) : text);
    if (tokens.length === 0) this.failAt(column, 'a search term (letters or digits)', `"${text}"`);
    if (prefix) return q.prefix(tokens);
    return tokens.length === 1 ? q.term(tokens[0]!) : q.phrase(tokens);
  }

  private field(token: Extract<Token, { type: 'field' }>): QueryNode {
    const spec = findField(token.name);
    if (!spec) this.failAt(token.column, `a known field (${fieldNames().join(', ')})`, `"${token.name}:"`);
    const value = token.value.trim();
    if (value === '') this.failAt(token.valueColumn, `a value after "${token.name}:"`, 'nothing');
    switch (spec!.type) {
      case 'date': return this.date(spec!.name as 'from' | 'to', value, token.valueColumn);
      case 'number': return this.rating(value, token.valueColumn);
      case 'enum': {
        const lower = value.toLowerCase();
        const v = spec!.valueAliases?.[lower] ?? lower;
        if (!spec!.values!.includes(v)) this.failAt(token.valueColumn, `one of ${spec!.values!.join(', ')}`, `"${value}"`);
        return q.field(spec!.name, v);
      }
      default: {
        let v = value.toLowerCase();
        if (spec!.name === 'author') v = v.replace(/^@/, '');
        v = spec!.valueAliases?.[v] ?? v;
        return q.field(spec!.name, v);
      }
    }
  }

  private date(field: 'from' | 'to', value: string, column: number): QueryNode {
    const relative = /^-(\d+)([hdwmy])$/.exec(value);
    if (relative) {
      const unit = { h: 3_600_000, d: 86_400_000, w: 604_800_000, m: 2_592_000_000, y: 31_536_000_000 }[relative[2] as 'h'];
      return q.date(field, this.now - Number(relative[1]) * unit, value);
    }
    const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (bare) {
      const at = Date.UTC(Number(bare[1]), Number(bare[2]) - 1, Number(bare[3]));
      const check = new Date(at);
      if (check.getUTCMonth() !== Number(bare[2]) - 1 || check.getUTCDate() !== Number(bare[3])) {
        this.failAt(column, 'a real calendar date (YYYY-MM-DD)', `"${value}"`);
      }
      // A bare upper bound includes its whole day.
      return q.date(field, field === 'to' ? at + 86_400_000 : at, value);
    }
    const at = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) this.failAt(column, 'a date: YYYY-MM-DD, an ISO 8601 time, or relative like -30d', `"${value}"`);
    return q.date(field, at, value);
  }

  private rating(value: string, column: number): QueryNode {
    const m = /^(<=|>=|<|>|=)?(\d+(?:\.\d+)?)$/.exec(value);
    if (!m) this.failAt(column, 'a rating such as 8, >=8 or <3', `"${value}"`);
    return q.rating((m![1] ?? '=') as '<' | '<=' | '=' | '>=' | '>', Number(m![2]));
  }

  private peek(): Token {
    return this.tokens[this.position]!;
  }

  private next(): Token {
    const token = this.tokens[this.position]!;
    if (token.type !== 'eof') this.position++;
    return token;
  }

  private fail(token: Token, expected: string, found: string): never {
    return this.failAt(token.column, expected, found);
  }

  private failAt(column: number, expected: string, found: string): never {
    throw new QuerySyntaxError(column, expected, found, this.input);
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case 'eof': return 'end of query';
    case 'lparen': return '"("';
    case 'rparen': return '")"';
    case 'and': return 'AND';
    case 'or': return 'OR';
    case 'not': return 'NOT';
    case 'minus': return '"-"';
    case 'near': return 'NEAR';
    case 'word': return `"${token.text}"`;
    case 'phrase': return `"${token.text}"`;
    case 'field': return `"${token.name}:${token.value}"`;
  }
}
