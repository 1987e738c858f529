import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parser.js';
import { QueryUnsupportedError } from '../../query/query-syntax-error.js';
import { compilePostgresQuery } from './postgres-query-compiler.js';

// What queries match is checked on every store by test/contract/query-contract.ts; here, the SQL.
describe('PostgreSQL query compiler', () => {
  it('reads author-profile fields from the profile: canonical specialty, upper-case country, boolean literal', () => {
    const { where, params } = compilePostgresQuery(parseQuery('specialty:Kardiologin country:gb verified:no'));
    expect(where).toContain('pr.specialty = $');
    expect(where).toContain('pr.verified = FALSE');
    expect(where).toContain('ak.profile_id IS NULL');
    expect(params).toEqual(expect.arrayContaining(['cardiology', 'GB']));
    expect(() => compilePostgresQuery({ kind: 'field', field: 'nonsense', value: 'x' })).toThrow(QueryUnsupportedError);
  });

  it('expands NEAR/n into both orders at every distance up to n + 1', () => {
    const { params } = compilePostgresQuery(parseQuery('insulin NEAR/1 price'));
    expect(params).toEqual([`('insulin':BD <1> 'price':BD | 'price':BD <1> 'insulin':BD | 'insulin':BD <2> 'price':BD | 'price':BD <2> 'insulin':BD)`]);
  });

  it('compiles a textual subtree to one tsquery (reviewable SQL)', () => {
    expect(compilePostgresQuery(parseQuery('(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01')))
      .toMatchSnapshot();
    expect(compilePostgresQuery(parseQuery('"weight lo"* OR #t1d OR @dr-jane.bsky.social'))).toMatchSnapshot();
    expect(compilePostgresQuery(parseQuery('lang:en -insulin -semaglutide'))).toMatchSnapshot();
    expect(compilePostgresQuery(parseQuery('ozempic OR platform:reddit author:drjane'))).toMatchSnapshot();
  });
});
