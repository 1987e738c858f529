/**
 * Typed access to untrusted JSON with errors that name the field: every format reads its
 * records through this, so a wrong type becomes a RecordParseError at "data[3].author_id"
 * rather than a crash.
 */
import { RecordParseError } from '../record-parse-error.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class RecordReader {
  constructor(readonly value: Json, readonly path: string = '') {}

  static of(value: unknown, path = ''): RecordReader {
    if (!isObject(value)) throw new RecordParseError('expected a JSON object', { field: path || '(record)' });
    return new RecordReader(value, path);
  }

  field(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  has(name: string): boolean {
    return this.value[name] !== undefined && this.value[name] !== null;
  }

  /** A required non-empty string (numbers are accepted and stringified: ids often arrive as numbers). */
  id(name: string): string {
    const v = this.value[name];
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string' || v.length === 0) throw new RecordParseError(v === undefined ? 'missing' : 'expected a non-empty string', { field: this.field(name) });
    return v;
  }

  string(name: string): string {
    const v = this.value[name];
    if (typeof v !== 'string') throw new RecordParseError(v === undefined ? 'missing' : 'expected a string', { field: this.field(name) });
    return v;
  }

  optString(name: string): string | undefined {
    const v = this.value[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new RecordParseError('expected a string', { field: this.field(name) });
    return v;
  }

  optNumber(name: string): number | undefined {
    const v = this.value[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new RecordParseError('expected a number', { field: this.field(name) });
    return v;
  }

  optCount(name: string): number | undefined {
    const v = this.optNumber(name);
    return v === undefined ? undefined : Math.max(0, Math.trunc(v));
  }

  /** A time as ISO 8601 text, or (with unit) epoch seconds or milliseconds. */
  time(name: string, unit: 'iso' | 's' = 'iso'): number {
    const v = this.value[name];
    const ms = unit === 's'
      ? (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) ? Number(v) * 1000 : Number.NaN)
      : typeof v === 'string' ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms)) throw new RecordParseError(v === undefined ? 'missing' : 'expected a valid time', { field: this.field(name) });
    return ms;
  }

  optTime(name: string, unit: 'iso' | 's' = 'iso'): number | undefined {
    return this.has(name) ? this.time(name, unit) : undefined;
  }

  object(name: string): RecordReader {
    return RecordReader.of(this.value[name], this.field(name));
  }

  optObject(name: string): RecordReader | undefined {
    return this.has(name) ? this.object(name) : undefined;
  }

  /** An optional array; elements are returned raw with their paths, for the caller to read. */
  array(name: string): Array<{ value: unknown; path: string }> {
    const v = this.value[name];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new RecordParseError('expected an array', { field: this.field(name) });
    return v.map((value, i) => ({ value, path: `${this.field(name)}[${i}]` }));
  }

  /** Elements of an optional array that are objects; others are skipped (entities are best-effort). */
  objects(name: string): RecordReader[] {
    return this.array(name).filter((e) => isObject(e.value)).map((e) => new RecordReader(e.value as Json, e.path));
  }
}

/** Drops undefined values, so optional fields are absent rather than present-and-undefined. */
export function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Runs a parse step; a RecordParseError becomes an item-level error, anything else is rethrown. */
export function attempt<T>(fn: () => T): T | RecordParseError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RecordParseError) return error;
    throw error;
  }
}

const HASHTAG = /(?:^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/** Hashtags written in plain text (for sources that do not list them), lower-case, unique. */
export function hashtagsIn(text: string): string[] {
  return [...new Set([...text.matchAll(HASHTAG)].map((m) => m[1]!.toLowerCase()))];
}
