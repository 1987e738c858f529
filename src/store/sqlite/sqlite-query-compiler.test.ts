import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parser.js';
import { QueryUnsupportedError } from '../../query/query-syntax-error.js';
import { compileSqliteQuery } from './sqlite-query-compiler.js';

// What queries match is checked on every store by test/contract/query-contract.ts; here, the SQL.
describe('SQLite query compiler', () => {
  it('reads author-profile fields from the profile, with the specialty in its canonical name', () => {
    const { where: sql, params } = compileSqliteQuery(parseQuery('specialty:oncologist country:us verified:yes'));
    expect(sql).toContain('pr.specialty = ?');
    expect(sql).toContain('pr.verified = TRUE');
    expect(params).toEqual(expect.arrayContaining(['oncology', 'US']));
    expect(() => compileSqliteQuery({ kind: 'field', field: 'nonsense', value: 'x' })).toThrow(QueryUnsupportedError);
  });

  it('compiles a textual subtree to one FTS5 match (reviewable SQL)', () => {
    expect(compileSqliteQuery(parseQuery('(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01')))
      .toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('insulin NEAR/5 "out of pocket" OR #t1d'))).toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('lang:en -insulin -semaglutide'))).toMatchSnapshot();
    expect(compileSqliteQuery(parseQuery('ozempic OR platform:reddit author:drjane'))).toMatchSnapshot();
  });
});
