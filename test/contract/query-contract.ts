/**
 * What the query language means, checked on every store: the same posts, the same queries,
 * the same answers (docs/query-language.md). Each adapter's test is one call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/query/parser.js';
import type { Store } from '../../src/store/store.js';

export interface QueryContractOptions {
  name: string;
  create: () => Promise<Store>;
}

const DAY = 86_400_000;
const T = Date.UTC(2024, 4, 1);

/** [id, platform, author, text, hashtags, mentions, lang, day offset, links, has_media, rating] */
export const QUERY_POSTS: Array<[string, string, string, string, string[], string[], string, number, string[], number, number | null]> = [
  ['1', 'x', 'drjane', 'Ozempic gave my patient severe nausea', ['medtwitter'], [], 'en', 0, [], 0, null],
  ['2', 'x', 'promo', 'Semaglutide giveaway! vomiting? not here', [], [], 'en', 1, ['https://spam.example'], 0, null],
  ['3', 'reddit', 'pat', 'week 3 on semaglutide and the vomiting is rough', [], ['dr-jane.bsky.social'], 'en-US', 2, [], 0, null],
  ['4', 'bluesky', 'dr-jane.bsky.social', 'Ozempic Übelkeit bei Patientin', ['asco24'], [], 'de', 3, [], 1, null],
  ['5', 'reviews', 'anon', 'Insulin price went up again, out of pocket cost is insane', [], [], 'en', 4, [], 0, 9],
  ['6', 'reviews', 'anon2', 'insulin works but the price hurts', [], [], 'en', 5, [], 0, 3],
  ['7', 'x', 'drbob', 'GLP-1 agonists and weight loss: a thread', ['obesity'], ['drjane'], 'en', 6, [], 0, null],
];

export function runQueryContract({ name, create }: QueryContractOptions): void {
  describe(`Query language: ${name}`, () => {
    let store: Store;
    const ids = async (text: string) =>
      (await store.search(parseQuery(text, { now: T + 10 * DAY }), { limit: 100 })).map((p) => p.id).sort();

    beforeAll(async () => {
      store = await create();
      const runId = await store.startRun(['fixture']);
      await store.writeBatch({
        runId, quarantine: [], events: QUERY_POSTS.map(([id, platform, author, text, hashtags, mentions, lang, day, links, media, rating]) => ({
          kind: 'post', post: {
            platform, nativeId: id, authorId: author, authorHandle: author, text, hashtags, mentions, lang,
            createdAt: T + day * DAY, links, hasMedia: media === 1, metrics: {}, visibility: 'public',
            ...(rating !== null ? { rating } : {}),
          },
        })),
      });
    });
    afterAll(async () => store.close());

    it('runs the analysts\' example', async () => {
      expect(await ids('(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway lang:en from:2024-01-01')).toEqual(['1', '3']);
    });

    it.each([
      ['ozempic', ['1', '4']],
      ['OZEMPIC nausea', ['1']],
      ['"severe nausea"', ['1']],
      ['"nausea severe"', []],
      ['sema*', ['2', '3']],
      ['"weight lo"*', ['7']],
      ['GLP-1', ['7']],
      ['insulin NEAR/3 price', ['5', '6']],
      ['insulin NEAR/1 price', ['5']],
      ['insulin NEAR/2 price', ['5']],
      ['#ASCO24', ['4']],
      ['#medtwitter OR #obesity', ['1', '7']],
      ['medtwitter', ['1']],
      ['@dr-jane.bsky.social', ['3']],
      ['@drjane', ['7']],
      ['ubelkeit', ['4']],
      ['-ozempic', ['2', '3', '5', '6', '7']],
      ['lang:en -insulin -semaglutide', ['1', '7']],
      ['NOT (ozempic OR insulin)', ['2', '3', '7']],
      ['ozempic OR platform:reddit', ['1', '3', '4']],
      ['platform:twitter', ['1', '2', '7']],
      ['lang:en', ['1', '2', '3', '5', '6', '7']],
      ['author:@DrJane', ['1']],
      ['has:link', ['2']],
      ['has:media', ['4']],
      ['has:rating', ['5', '6']],
      ['rating:>=8', ['5']],
      ['rating:<5 insulin', ['6']],
      ['from:2024-05-03 to:2024-05-04', ['3', '4']],
      ['to:2024-05-01', ['1']],
      ['from:-5d', ['6', '7']],
      ['kind:hcp', []],
    ])('%s', async (text, expected) => {
      expect(await ids(text)).toEqual(expected);
    });

    it('treats user input as data, never as SQL or FTS syntax', async () => {
      for (const attack of ['"a\\" OR 1=1 --"', 'foo) OR (bar', "author:\"x' OR '1'='1\"", '"NEAR" "AND" "*"', 'x" OR "1']) {
        let result: string[] | Error;
        try {
          result = await ids(attack);
        } catch (error) {
          result = error as Error;
        }
        if (result instanceof Error) expect(result.name).toBe('QuerySyntaxError');
        else expect(result).toEqual([]);
      }
    });
  });
}
