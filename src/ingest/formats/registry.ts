/**
 * The formats we can read, in the order detection tries them. More specific shapes come
 * first: our own NDJSON has a `type` discriminant; Jetstream events have `did` + `kind`.
 */
import { auscultNdjsonFormat } from './auscult-ndjson.js';
import { blueskyFormat } from './bluesky.js';
import { createCsvFormat, loadCsvMappings, type CsvMapping } from './csv-mapped.js';
import type { Format } from './format.js';
import { mastodonFormat } from './mastodon.js';
import { redditFormat } from './reddit.js';
import { xV2Format } from './x-v2.js';

export const JSON_FORMATS: readonly Format[] = [auscultNdjsonFormat, blueskyFormat, xV2Format, mastodonFormat, redditFormat];

let shippedCsvFormats: Format[] | undefined;

/** One format per shipped column mapping, named `csv:<mapping>`. */
export function csvFormats(extraMappings: CsvMapping[] = []): Format[] {
  const shipped = (shippedCsvFormats ??= loadCsvMappings().map(createCsvFormat));
  return [...extraMappings.map(createCsvFormat), ...shipped];
}

export function allFormatNames(): string[] {
  return [...JSON_FORMATS.map((f) => f.name), ...csvFormats().map((f) => f.name)];
}

export function findFormat(name: string, extraMappings: CsvMapping[] = []): Format | undefined {
  return [...JSON_FORMATS, ...csvFormats(extraMappings)].find((f) => f.name === name);
}

/** CSV by extension (a CSV's first row is not JSON, so content alone would do too, but names are cheaper). */
export function isCsvPath(path: string): boolean {
  return /\.(csv|tsv)(\.gz)?$/i.test(path);
}

/** The first format, in order, that recognises this record. */
export function detectFormat(record: unknown, candidates: readonly Format[]): Format | undefined {
  return candidates.find((format) => safeDetect(format, record));
}

function safeDetect(format: Format, record: unknown): boolean {
  try {
    return format.detect(record);
  } catch {
    return false;
  }
}
