/**
 * Writes small input files in real platform formats for ingest tests: X API v2 pages as
 * NDJSON, and Reddit comments as in the public dumps.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BASE = Date.parse('2024-02-01T08:00:00Z');
const WORDS = ['ozempic', 'semaglutide', 'nausea', 'insulin', 'metformin', 'keytruda', 'trial', 'dose', 'clinic', 'patients'];

/** `pages` lines, each an X API v2 search page of `perPage` tweets by a few users. */
export function xPagesNdjson(pages: number, perPage: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let page = 0; page < pages; page++) {
    const data = [];
    const users = new Map<string, object>();
    for (let i = 0; i < perPage; i++, n++) {
      const userId = String(1000 + (n % 7));
      users.set(userId, {
        id: userId, username: `user${userId}`, name: `User ${userId}`, description: 'RN, oncology nurse',
        created_at: '2019-05-01T00:00:00.000Z', public_metrics: { followers_count: 10 + n % 7, following_count: 5, tweet_count: 100 },
      });
      const text = `${WORDS[n % WORDS.length]} ${WORDS[(n * 3) % WORDS.length]} note ${n} #MedTwitter`;
      data.push({
        id: String(1_700_000_000_000 + n), text, author_id: userId, lang: 'en',
        created_at: new Date(BASE + n * 60_000).toISOString(),
        conversation_id: String(1_700_000_000_000 + n),
        entities: { hashtags: [{ start: text.indexOf('#'), end: text.length, tag: 'MedTwitter' }] },
        public_metrics: { retweet_count: n % 3, reply_count: 0, like_count: n % 11, quote_count: 0 },
        edit_history_tweet_ids: [String(1_700_000_000_000 + n)],
      });
    }
    lines.push(JSON.stringify({ data, includes: { users: [...users.values()] }, meta: { result_count: perPage } }));
  }
  return `${lines.join('\n')}\n`;
}

export function redditComment(id: string, body: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id, body, author: 'throwaway_t2d', subreddit: 'diabetes', link_id: 't3_abc', parent_id: 't3_abc',
    created_utc: Math.floor(BASE / 1000) + Number.parseInt(id, 36) % 1000, score: 3, ...extra,
  });
}

export function writeSample(dir: string, name: string, content: string, gzip = false): string {
  const path = join(dir, name);
  writeFileSync(path, gzip ? gzipSync(content) : content);
  return path;
}
