/**
 * Auscult NDJSON, version 1: our own interchange format, one JSON object per line with a
 * `type` discriminant. The JSON Schema in docs/auscult-ndjson.schema.json is generated
 * from these definitions (scripts/write-ndjson-schema.ts), never written by hand.
 */
import { z } from 'zod';

/** ISO 8601 text or epoch milliseconds. */
const time = z.union([
  z.iso.datetime({ offset: true }).describe('ISO 8601 date-time'),
  z.number().int().nonnegative().describe('Unix epoch milliseconds'),
]);
const id = z.string().min(1).max(2048);
const platform = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case platform name');
const count = z.number().int().nonnegative();

const base = { v: z.literal(1).describe('schema version'), platform };

export const postRecord = z.object({
  ...base,
  type: z.literal('post'),
  id: id.describe('native id of the post on its platform'),
  authorId: id.describe("native id of the author's account"),
  authorHandle: z.string().min(1).optional(),
  text: z.string().max(200_000),
  title: z.string().max(2000).optional(),
  lang: z.string().min(2).max(35).optional().describe('BCP-47 tag'),
  createdAt: time,
  editedAt: time.optional().describe('when this version was written, for edits'),
  url: z.string().max(4096).optional(),
  replyToId: id.optional(),
  replyToAuthorId: id.optional(),
  rootId: id.optional(),
  quoteOfId: id.optional(),
  hashtags: z.array(z.string().min(1).max(280)).max(200).optional(),
  mentions: z.array(z.string().min(1).max(280)).max(200).optional(),
  links: z.array(z.string().min(1).max(4096)).max(200).optional(),
  hasMedia: z.boolean().optional(),
  metrics: z.object({
    likes: count.optional(), reposts: count.optional(), replies: count.optional(), quotes: count.optional(),
    views: count.optional(), score: z.number().int().optional(),
  }).optional(),
  visibility: z.enum(['public', 'private']).optional(),
  rating: z.number().min(0).max(10).optional().describe('review rating on a 0–10 scale'),
  extra: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const accountRecord = z.object({
  ...base,
  type: z.literal('account'),
  id,
  handle: z.string().min(1).max(512),
  displayName: z.string().max(1000).optional(),
  bio: z.string().max(20_000).optional(),
  location: z.string().max(1000).optional(),
  url: z.string().max(4096).optional(),
  followers: count.optional(),
  following: count.optional(),
  posts: count.optional(),
  createdAt: time.optional(),
  snapshotAt: time.optional().describe('when this picture of the account was taken; defaults to ingest time'),
  status: z.enum(['active', 'deleted', 'deactivated', 'suspended', 'takendown']).optional(),
});

export const deleteRecord = z.object({
  ...base,
  type: z.literal('delete'),
  id,
  at: time.optional(),
  reason: z.string().max(500).optional(),
});

export const interactionKind = z.enum(['reply', 'mention', 'repost', 'quote', 'follow', 'like']);

export const interactionRecord = z.object({
  ...base,
  type: z.literal('interaction'),
  kind: interactionKind,
  key: id.describe('what makes this interaction unique, e.g. the repost record id'),
  from: id.describe('native id of the acting account'),
  to: id.optional().describe('native id of the target account'),
  toHandle: z.string().min(1).optional(),
  post: id.optional().describe('the post acted on'),
  at: time,
});

export const interactionDeleteRecord = z.object({
  ...base,
  type: z.literal('interaction-delete'),
  kind: interactionKind,
  key: id,
  at: time.optional(),
});

export const accountStatusRecord = z.object({
  ...base,
  type: z.literal('account-status'),
  id,
  status: z.enum(['active', 'deleted', 'deactivated', 'suspended', 'takendown']),
  at: time,
});

export const auscultRecord = z.discriminatedUnion('type', [
  postRecord, accountRecord, deleteRecord, interactionRecord, interactionDeleteRecord, accountStatusRecord,
]);

export type AuscultRecord = z.infer<typeof auscultRecord>;
