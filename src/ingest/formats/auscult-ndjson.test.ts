import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { IngestEvent } from '../events.js';
import { RecordParseError } from '../record-parse-error.js';
import { auscultRecord } from './auscult-ndjson-schema.js';
import { auscultNdjsonFormat, toAuscultNdjson } from './auscult-ndjson.js';
import { jsonSchemaText } from './auscult-ndjson-json-schema.js';

const ctx = { file: 'f', line: 1, now: 0 };
const ms = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = fc.string({ maxLength: 40 });
const id = fc.string({ minLength: 1, maxLength: 20 });
const platform = fc.constantFrom('x', 'bluesky', 'reddit', 'mastodon', 'reviews');
const lowerWord = fc.stringMatching(/^[a-z0-9]{1,12}$/);

const postEvent: fc.Arbitrary<IngestEvent> = fc.record({
  platform, nativeId: id, authorId: id, text, createdAt: ms, hashtags: fc.array(lowerWord, { maxLength: 3 }),
  mentions: fc.array(lowerWord, { maxLength: 3 }), links: fc.array(fc.webUrl(), { maxLength: 2 }),
  metrics: fc.record({ likes: fc.nat(), reposts: fc.nat() }, { requiredKeys: [] }),
  visibility: fc.constantFrom('public' as const, 'private' as const),
}).chain((post) => fc.record({
  authorHandle: id, title: text, lang: fc.constantFrom('en', 'de', 'en-us'), editedAt: ms, url: fc.webUrl(), replyToId: id,
  rootId: id, quoteOfId: id, hasMedia: fc.boolean(), rating: fc.integer({ min: 0, max: 10 }),
}, { requiredKeys: [] }).map((optional) => ({ kind: 'post' as const, post: { ...post, ...optional } })));

const otherEvent: fc.Arbitrary<IngestEvent> = fc.oneof(
  fc.record({ platform, nativeId: id, handle: id, snapshotAt: ms }).chain((a) =>
    fc.record({ displayName: text, bio: text, followersCount: fc.nat(), createdAt: ms }, { requiredKeys: [] })
      .map((o) => ({ kind: 'account' as const, account: { ...a, ...o } }))),
  fc.record({ kind: fc.constant('delete' as const), platform, nativeId: id, at: ms, reason: text }),
  fc.record({ platform, kind: fc.constantFrom('reply' as const, 'repost' as const, 'like' as const), key: id, fromAccountId: id, at: ms })
    .chain((i) => fc.record({ toAccountId: id, postId: id }, { requiredKeys: [] })
      .map((o) => ({ kind: 'interaction' as const, interaction: { ...i, ...o } }))),
  fc.record({ kind: fc.constant('account-status' as const), platform, accountId: id,
    status: fc.constantFrom('active' as const, 'suspended' as const, 'deleted' as const), at: ms }),
);

describe('Auscult NDJSON', () => {
  it('round-trips every event: parse(serialize(x)) = x (R5.6)', () => {
    fc.assert(fc.property(fc.oneof(postEvent, otherEvent), (event) => {
      const line = toAuscultNdjson(event);
      expect(auscultNdjsonFormat.detect(JSON.parse(line))).toBe(true);
      expect(auscultNdjsonFormat.toEvents(JSON.parse(line), ctx)).toEqual([event]);
    }), { numRuns: 500 });
  });

  it('names the field at fault', () => {
    const bad = { v: 1, type: 'post', platform: 'x', id: '1', authorId: 'u', text: 'hi', createdAt: 'yesterday' };
    expect(() => auscultNdjsonFormat.toEvents(bad, ctx)).toThrow(RecordParseError);
    try {
      auscultNdjsonFormat.toEvents(bad, ctx);
    } catch (error) {
      expect((error as RecordParseError).field).toBe('createdAt');
    }
    expect(() => auscultNdjsonFormat.toEvents({ v: 1, type: 'poll', platform: 'x' }, ctx)).toThrow(/type/);
  });

  it('keeps the published JSON Schema in step with the validator', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/auscult-ndjson.schema.json'), 'utf8');
    expect(committed).toBe(jsonSchemaText());
    expect(JSON.parse(committed).$schema).toMatch(/json-schema/);
    expect(z.toJSONSchema).toBeTypeOf('function');
    expect(auscultRecord.safeParse({}).success).toBe(false);
  });
});
