/**
 * CSV and TSV exports through a column mapping (mappings/*.json, docs/mappings.md): drug
 * reviews, listening-tool exports, anything tabular. A review becomes a post with a rating.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { z } from 'zod';
import type { IngestEvent } from '../events.js';
import { RecordParseError } from '../record-parse-error.js';
import { DATE_LAYOUTS, type DateLayout, parseCsvDate } from './csv-dates.js';
import type { Format } from './format.js';
import { defined, hashtagsIn, isObject } from './record-reader.js';

/** A column, or several to try in order (exports rename columns between versions). */
const column = z.union([z.string(), z.array(z.string()).min(1)]);

export const csvMappingSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  description: z.string(),
  /** A platform name for every row, or `{ "column": "…" }` to read it per row. */
  platform: z.union([z.string().min(1), z.object({ column, default: z.string().optional() })]),
  /** Header names that must all be present for this mapping to be picked automatically. */
  requiredColumns: z.array(z.string()).min(1),
  columns: z.object({
    id: column.optional(),
    text: column,
    title: column.optional(),
    author: column.optional(),
    authorName: column.optional(),
    createdAt: column,
    url: column.optional(),
    lang: column.optional(),
    rating: column.optional(),
    likes: column.optional(),
    reposts: column.optional(),
    replies: column.optional(),
    views: column.optional(),
    score: column.optional(),
    hashtags: column.optional(),
  }),
  /** Scale of the rating column (5 for stars, 10 for the drug-review sets); stored on 0–10. */
  ratingScale: z.number().positive().optional(),
  dateFormats: z.array(z.enum(DATE_LAYOUTS as [DateLayout, ...DateLayout[]])).optional(),
  /** Columns kept on the post as extra facts, e.g. {"drug": "drugName"}. */
  extra: z.record(z.string(), column).optional(),
});

export type CsvMapping = z.infer<typeof csvMappingSchema>;

/** Validates a mapping, naming the file and field at fault. */
export function parseCsvMapping(value: unknown, source: string): CsvMapping {
  const parsed = csvMappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: invalid mapping at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The mappings shipped in mappings/ at the package root. */
export function loadCsvMappings(dir = join(packageRoot(), 'mappings')): CsvMapping[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseCsvMapping(JSON.parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)))
    // The most specific mapping (most required columns) is tried first.
    .sort((a, b) => b.requiredColumns.length - a.requiredColumns.length);
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function createCsvFormat(mapping: CsvMapping): Format {
  return {
    name: `csv:${mapping.name}`,
    framing: 'csv',
    detect(record) {
      return isObject(record) && mapping.requiredColumns.every((c) => c in record);
    },
    toEvents(record) {
      if (!isObject(record)) throw new RecordParseError('expected a CSV row');
      return [rowToPost(mapping, record as Record<string, string>)];
    },
  };
}

function rowToPost(m: CsvMapping, row: Record<string, string>): IngestEvent {
  const read = (spec: string | string[] | undefined): { column: string; value: string } | undefined => {
    if (spec === undefined) return undefined;
    for (const name of Array.isArray(spec) ? spec : [spec]) {
      const value = row[name];
      if (value !== undefined && value.trim() !== '') return { column: name, value: value.trim() };
    }
    return undefined;
  };
  const named = (spec: string | string[]) => (Array.isArray(spec) ? spec[0]! : spec);
  const c = m.columns;
  const textCell = read(c.text);
  if (!textCell) throw new RecordParseError('empty text', { field: named(c.text) });
  const text = clean(textCell.value);
  const title = read(c.title);
  const dateCell = read(c.createdAt);
  if (!dateCell) throw new RecordParseError('missing date', { field: named(c.createdAt) });
  const createdAt = parseCsvDate(dateCell.value, m.dateFormats ?? DATE_LAYOUTS);
  if (createdAt === undefined) throw new RecordParseError(`unreadable date "${dateCell.value}"`, { field: dateCell.column });
  const platform = typeof m.platform === 'string' ? m.platform
    : (read(m.platform.column)?.value.toLowerCase() ?? m.platform.default);
  if (!platform) throw new RecordParseError('missing platform', { field: named((m.platform as { column: string | string[] }).column) });
  const rating = number(read(c.rating), 'rating');
  const scale = m.ratingScale ?? 10;
  if (rating !== undefined && (rating < 0 || rating > scale)) {
    throw new RecordParseError(`rating ${rating} is outside 0–${scale}`, { field: read(c.rating)!.column });
  }
  const extra: Record<string, string> = {};
  for (const [key, spec] of Object.entries(m.extra ?? {})) {
    const cell = read(spec);
    if (cell) extra[key] = clean(cell.value);
  }
  const author = read(c.author)?.value.replace(/^@/, '');
  const id = read(c.id)?.value ?? contentId(platform, text, title?.value, dateCell.value, author, extra);
  const hashtags = read(c.hashtags)?.value.split(/[\s,;]+/).map((t) => t.replace(/^#/, '').toLowerCase()).filter(Boolean);
  return {
    kind: 'post',
    post: {
      platform, nativeId: id, authorId: (author ?? 'anonymous').toLowerCase(), authorHandle: author ?? 'anonymous',
      text, createdAt,
      hashtags: [...new Set([...(hashtags ?? []), ...hashtagsIn(text)])], mentions: [], links: [],
      metrics: defined({
        likes: number(read(c.likes), 'likes'), reposts: number(read(c.reposts), 'reposts'),
        replies: number(read(c.replies), 'replies'), views: number(read(c.views), 'views'), score: number(read(c.score), 'score'),
      }),
      visibility: 'public',
      ...defined({
        title: title ? clean(title.value) : undefined, url: read(c.url)?.value, lang: read(c.lang)?.value.toLowerCase(),
        rating: rating === undefined ? undefined : Math.round((rating * 10 / scale) * 100) / 100,
        extra: Object.keys(extra).length > 0 ? extra : undefined,
      }),
    },
  };
}

function number(cell: { column: string; value: string } | undefined, what: string): number | undefined {
  if (!cell) return undefined;
  const n = Number(cell.value.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new RecordParseError(`${what} "${cell.value}" is not a number`, { field: cell.column });
  return n;
}

/** Review sets carry HTML entities (&#039;) and wrapping quotes; people should read plain text. */
function clean(text: string): string {
  const decoded = decodeHTML(text).trim();
  return decoded.length >= 2 && decoded.startsWith('"') && decoded.endsWith('"') ? decoded.slice(1, -1).trim() : decoded;
}

/** Rows without an id get one from their content, so re-ingesting the same file is idempotent. */
function contentId(platform: string, ...parts: Array<string | undefined | Record<string, string>>): string {
  const hash = createHash('sha1').update(platform);
  for (const part of parts) hash.update('\u0000').update(typeof part === 'object' ? JSON.stringify(part) : part ?? '');
  return `h:${hash.digest('hex').slice(0, 20)}`;
}
