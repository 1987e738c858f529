/**
 * The API's schemas: request validation and the OpenAPI document are both generated from these
 * (zod 4; src/server/openapi.ts turns them into JSON Schema with z.toJSONSchema).
 */
import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { PROFILE_KINDS } from '../domain/profile.js';
import { BREAKDOWN_DIMENSIONS, VOLUME_INTERVALS, VOLUME_SPLITS } from '../store/analytics.js';

export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string().meta({ description: 'stable machine-readable code, e.g. invalid_query, forbidden, not_found, rate_limited' }),
    message: z.string(),
    field: z.string().optional().meta({ description: 'the offending parameter or body field' }),
    column: z.number().int().optional().meta({ description: 'for invalid_query: the 1-based column of the error in the query' }),
    requestId: z.string().optional(),
  }),
}).meta({ id: 'Error' });

/** A date (YYYY-MM-DD, a whole UTC day) or an ISO 8601 time. */
const dateParam = (endOfDay: boolean) => z.string().max(40).transform((value, ctx) => {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(bare ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: `expected a date like 2024-01-31 or 2024-01-31T12:00:00Z, got "${value}"` });
    return z.NEVER;
  }
  return bare && endOfDay ? ms + 86_400_000 : ms;
});

export const QueryText = z.string().max(2000).meta({ description: 'a query in the search language (docs/query-language.md)' });

export const RangeQuery = z.object({
  q: QueryText.optional(),
  from: dateParam(false).optional().meta({ description: 'on or after (YYYY-MM-DD or ISO 8601)' }),
  to: dateParam(true).optional().meta({ description: 'before the end of (YYYY-MM-DD includes that day)' }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
});

export const Metrics = z.object({
  likes: z.number(), reposts: z.number(), replies: z.number(), quotes: z.number(), views: z.number().optional(), score: z.number().optional(),
});

export const Post = z.object({
  platform: z.string(), id: z.string(), text: z.string(), title: z.string().optional(), author: z.string(), authorId: z.string(),
  authorName: z.string().optional(), authorKind: z.enum(PROFILE_KINDS).optional(), lang: z.string().optional(), createdAt: z.string(),
  url: z.string().optional(), replyToId: z.string().optional(), rootId: z.string().optional(), quoteOfId: z.string().optional(),
  hashtags: z.array(z.string()), mentions: z.array(z.string()), links: z.array(z.string()), hasMedia: z.boolean(), metrics: Metrics,
  visibility: z.enum(['public', 'private']), rating: z.number().optional(),
  extra: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}).meta({ id: 'Post' });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().meta({ description: 'pass as cursor for the next page; null at the end' }) });
}

export const Account = z.object({
  platform: z.string(), id: z.string(), handle: z.string(), displayName: z.string().optional(), bio: z.string().optional(),
  location: z.string().optional(), url: z.string().optional(), followers: z.number().optional(), following: z.number().optional(),
  postsCount: z.number().optional(), createdAt: z.string().optional(), status: z.string(), posts: z.number(),
}).meta({ id: 'Account' });

export const RankedAccount = z.object({
  platform: z.string(), handle: z.string(), displayName: z.string().optional(), interactions: z.number(), posts: z.number(),
});

export const Stats = z.object({
  posts: z.number(), accounts: z.number(), interactions: z.number(), quarantined: z.number(), tombstones: z.number(),
  platforms: z.record(z.string(), z.number()), firstPostAt: z.string().optional(), lastPostAt: z.string().optional(),
});

export const VolumePoint = z.object({ bucket: z.string(), key: z.string(), posts: z.number() });
export const BreakdownRow = z.object({ key: z.string(), posts: z.number() });
export const Interval = z.enum(VOLUME_INTERVALS);
export const Split = z.enum(VOLUME_SPLITS);
export const Dimension = z.enum(BREAKDOWN_DIMENSIONS);

export const Spike = z.object({ day: z.string(), posts: z.number(), baseline: z.number(), zScore: z.number() });

export const User = z.object({
  id: z.number(), username: z.string(), role: z.enum(ROLES), disabled: z.boolean(), createdAt: z.string(), passwordChangedAt: z.string(),
  mfaEnabled: z.boolean(),
}).meta({ id: 'User' });

export const Token = z.object({
  id: z.number(), userId: z.number(), username: z.string(), name: z.string(), scope: z.enum(['read', 'write']), prefix: z.string(),
  createdAt: z.string(), expiresAt: z.string().nullable(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
}).meta({ id: 'Token' });

export const SavedQuery = z.object({
  id: z.number(), ownerId: z.number(), ownerName: z.string(), name: z.string(), query: z.string(), shared: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(), canEdit: z.boolean(),
}).meta({ id: 'SavedQuery' });

export const AuditEntry = z.object({
  seq: z.number(), at: z.string(), actor: z.string(), actorId: z.number().optional(), action: z.string(), target: z.string().optional(),
  outcome: z.enum(['ok', 'denied', 'failed']), reason: z.string().optional(), requestId: z.string().optional(), ip: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(), prevHash: z.string(), hash: z.string(),
}).meta({ id: 'AuditEntry' });

export const IdParam = z.object({ id: z.coerce.number().int().positive() });
export const PostParams = z.object({ platform: z.string().min(1).max(40), id: z.string().min(1).max(300) });
