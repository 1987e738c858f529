import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parser.js';
import { QueryUnsupportedError } from '../../query/query-syntax-error.js';
import { compileSqliteQuery } from './sqlite-query-compiler.js';

// What queries match is checked on every store by test/contract/query-contract.ts; here, the SQL.
describe('SQLite query compiler', () => {
  it('refuses author-profile fields clearly until the HCP registry exists', () => {
    expect(() => compileSqliteQuery(parseQuery('specialty:oncology'))).toThrow(QueryUnsupportedError);
    expect(() => compileSqliteQuery(parseQuery('specialty:oncology'))).toThrow(/needs the HCP registry/);
  });

  it('compiles a textual subtree to one FTS5 match (reviewable SQL)', () => {
    expect(compileSqliteQuery(parseQuery('(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01')))
      .toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('insulin NEAR/5 "out of pocket" OR #t1d'))).toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('lang:en -insulin -semaglutide'))).toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('ozempic OR platform:reddit author:drjane'))).toMatchSnapshot();
  });
});
