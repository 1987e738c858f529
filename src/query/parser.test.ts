import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QueryNode, q } from './ast.js';
import { formatQuery } from './format-query.js';
import { parseQuery } from './parser.js';
import { QuerySyntaxError } from './query-syntax-error.js';

const NOW = Date.parse('2024-06-15T12:00:00Z');
const parse = (text: string) => parseQuery(text, { now: NOW });

function syntaxError(text: string): QuerySyntaxError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${text}`);
}

describe('parseQuery', () => {
  it('parses the analysts\' example with precedence NOT > AND > OR', () => {
    expect(parse('(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01')).toEqual(q.and([
      q.or([q.term('ozempic'), q.term('semaglutide')]),
      q.or([q.term('nausea'), q.term('vomiting')]),
      q.not(q.term('giveaway')),
      q.field('lang', 'en'),
      q.date('from', Date.UTC(2024, 0, 1), '2024-01-01'),
    ]));
    expect(parse('a OR b c')).toEqual(q.or([q.term('a'), q.and([q.term('b'), q.term('c')])]));
    expect(parse('NOT a b')).toEqual(q.and([q.not(q.term('a')), q.term('b')]));
  });

  it('reads phrases, prefixes, NEAR, hashtags and mentions into index tokens', () => {
    expect(parse('"Side Effects"')).toEqual(q.phrase(['side', 'effects']));
    expect(parse('sema*')).toEqual(q.prefix(['sema']));
    expect(parse('"weight los"*')).toEqual(q.prefix(['weight', 'los']));
    expect(parse('GLP-1')).toEqual(q.phrase(['glp', '1']));
    expect(parse('insulin NEAR/5 "out of pocket"')).toEqual(q.near(q.term('insulin'), q.phrase(['out', 'of', 'pocket']), 5));
    expect(parse('insulin NEAR price')).toEqual(q.near(q.term('insulin'), q.term('price'), 10));
    expect(parse('#ASCO24')).toEqual(q.hashtag(['asco24']));
    expect(parse('@dr-jane.bsky.social')).toEqual(q.mention(['dr', 'jane', 'bsky', 'social']));
    expect(parse('Médecin')).toEqual(q.term('medecin'));
    expect(parse('and or not')).toEqual(q.and([q.term('and'), q.term('or'), q.term('not')]));
  });

  it('reads every field, with aliases and quoted values', () => {
    expect(parse('platform:twitter')).toEqual(q.field('platform', 'x'));
    expect(parse('platform:bsky')).toEqual(q.field('platform', 'bluesky'));
    expect(parse('author:@DrJane')).toEqual(q.field('author', 'drjane'));
    expect(parse('author:"Dr Jane"')).toEqual(q.field('author', 'dr jane'));
    expect(parse('kind:HCP')).toEqual(q.field('kind', 'hcp'));
    expect(parse('has:link')).toEqual(q.field('has', 'link'));
    expect(parse('rating:>=8')).toEqual(q.rating('>=', 8));
    expect(parse('rating:3')).toEqual(q.rating('=', 3));
    expect(parse('drug:ozempic')).toEqual(q.field('drug', 'ozempic'));
    expect(parse('to:2024-02-29')).toEqual(q.date('to', Date.UTC(2024, 2, 1), '2024-02-29'));
    expect(parse('from:-30d')).toEqual(q.date('from', NOW - 30 * 86_400_000, '-30d'));
    expect(parse('from:2024-05-01T10:00:00Z')).toEqual(q.date('from', Date.parse('2024-05-01T10:00:00Z'), '2024-05-01T10:00:00Z'));
    expect(parse('https://example.org/x')).toEqual(q.phrase(['https', 'example', 'org', 'x']));
  });

  it.each([
    ['', 1, 'a search term or field'],
    ['ozempic AND (nausea OR', 23, 'a search term'],
    ['(ozempic', 9, '")" to close'],
    ['ozempic)', 8, 'an operator or a term'],
    ['"unclosed phrase', 1, 'a closing quote'],
    ['a AND', 6, 'a search term'],
    ['OR b', 1, 'a search term'],
    ['a NEAR/x b', 8, 'a whole number'],
    ['from:2024-13-45', 6, 'a real calendar date'],
    ['from:yesterday', 6, 'a date'],
    ['foo:bar', 1, 'a known field (platform, lang'],
    ['kind:doctor', 6, 'one of hcp, patient'],
    ['rating:good', 8, 'a rating'],
    ['lang:', 6, 'a value after "lang:"'],
    ['()', 2, 'a term inside the parentheses'],
    ['a NEAR lang:en', 8, 'a word or "phrase" after NEAR'],
    ['#', 1, 'a name after "#"'],
  ])('%j is a syntax error at column %i', (text, column, expected) => {
    const error = syntaxError(text);
    expect(error.column).toBe(column);
    expect(error.expected).toContain(expected);
    expect(error.message).toMatch(new RegExp(`^column ${column}: expected`));
    expect(error.pointer.split('\n')[1]).toBe(`${' '.repeat(column - 1)}^`);
  });

  it('either parses or throws QuerySyntaxError for any input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      try {
        parse(text);
      } catch (error) {
        expect(error).toBeInstanceOf(QuerySyntaxError);
      }
    }), { numRuns: 2000 });
  });

  it('round-trips through formatQuery for generated queries', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/).filter((w) => !['and', 'or', 'not', 'near'].includes(w));
    const leaf: fc.Arbitrary<QueryNode> = fc.oneof(
      word.map(q.term),
      fc.array(word, { minLength: 2, maxLength: 3 }).map(q.phrase),
      fc.array(word, { minLength: 1, maxLength: 2 }).map(q.prefix),
      fc.array(word, { minLength: 1, maxLength: 2 }).map(q.hashtag),
      fc.array(word, { minLength: 1, maxLength: 3 }).map(q.mention),
      fc.constantFrom(q.field('platform', 'reddit'), q.field('lang', 'en'), q.field('has', 'media'), q.rating('>=', 7)),
      fc.tuple(word, word, fc.integer({ min: 0, max: 20 })).map(([a, b, n]) => q.near(q.term(a), q.term(b), n)),
    );
    const tree = fc.letrec<{ node: QueryNode }>((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((c) => q.and(c.flatMap((x) => (x.kind === 'and' ? x.children : [x])))),
        fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((c) => q.or(c.flatMap((x) => (x.kind === 'or' ? x.children : [x])))),
        tie('node').filter((n) => n.kind !== 'not').map(q.not)),
    })).node;
    fc.assert(fc.property(tree, (node) => {
      expect(parse(formatQuery(node))).toEqual(node);
    }), { numRuns: 500 });
  });
});
