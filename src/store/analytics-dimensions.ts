/** How the dimensions of the analytics port are read: the SQL both stores share (dialect-specific parts stay in each adapter). */
import type { BreakdownDimension, VolumeInterval, VolumeSplit } from './analytics.js';

const DAY = 86_400_000;

/** Bucket start in ms. Weeks start on Monday: 1970-01-01 was a Thursday, three days after one. */
export const BUCKET: Record<VolumeInterval, string> = {
  day: `(p.created_at / ${DAY}) * ${DAY}`,
  week: `((p.created_at / ${DAY}) - ((p.created_at / ${DAY} + 3) % 7)) * ${DAY}`,
};

/** A column of the post author's profile (kept by the HCP registry), or 'unknown' when the author has none. */
const authorProfile = (column: 'kind' | 'country' | 'specialty') =>
  `coalesce((SELECT pr.${column} FROM accounts a JOIN profiles pr ON pr.id = a.profile_id WHERE a.id = p.author_id), 'unknown')`;

export const SPLIT: Record<VolumeSplit, string> = { none: `'all'`, platform: 'p.platform', authorKind: authorProfile('kind') };

/** Dimensions counted from values per post (hashtags, the enrichment tables); the rest are one expression per post. */
export type Joined = Exclude<BreakdownDimension, 'platform' | 'lang' | 'authorKind' | 'authorCountry' | 'authorSpecialty'>;

/** The one-value-per-post dimensions, given the dialect's expression for a language tag's primary subtag (en-US → en). */
export function columnDimensions(primaryLanguage: string): Record<Exclude<BreakdownDimension, Joined>, string> {
  return { platform: 'p.platform', lang: `lower(coalesce(${primaryLanguage}, 'und'))`, authorKind: authorProfile('kind'),
    authorCountry: authorProfile('country'), authorSpecialty: authorProfile('specialty') };
}

export type Enriched = Exclude<BreakdownDimension, 'platform' | 'lang' | 'authorKind' | 'authorCountry' | 'authorSpecialty' | 'hashtag'>;
/**
 * The enrichment tables, read for the posts that match: `post_id IN (matching posts)`. Measured on 1M posts: a plain
 * join lets SQLite start from every drug mention in the database (4 s for a 30-day window); the IN form reads the
 * window's posts first (0.3 s) and stays reasonable without a window (1.2–1.6 s). The same SQL runs on PostgreSQL.
 */
export const ENRICHED_DIMENSIONS: Record<Enriched, { table: string; key: string; where: string }> = {
  drug: { table: 'post_entities', key: 'name', where: `type = 'drug'` },
  condition: { table: 'post_entities', key: 'name', where: `type = 'condition'` },
  reaction: { table: 'post_entities', key: 'name', where: `type = 'reaction'` },
  sentiment: { table: 'post_enrichment', key: 'sentiment', where: '1 = 1' },
  area: { table: 'post_areas', key: 'area', where: '1 = 1' },
};

