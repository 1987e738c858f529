/**
 * Frames JSON input into records, whatever its layout:
 * - NDJSON (one value per line): each line is a record, so one bad line costs only itself;
 * - a top-level array (REST responses, exports): each element is a record;
 * - one or more concatenated documents (a pretty-printed API page): each document is a record.
 *
 * @NOTE hand-written rather than a streaming JSON library because we need the line where each
 * record starts (for quarantine and checkpoints) and the NDJSON path must stay at the speed
 * of indexOf + JSON.parse (docs/benchmarks.md).
 */
import { RecordParseError } from '../record-parse-error.js';
import type { RawRecord } from './raw-record.js';

type Layout = 'ndjson' | 'array' | 'documents';

export interface JsonFraming {
  /** A slice of an NDJSON file (a chunk job): NDJSON whatever the first lines look like, numbered from this line. */
  ndjsonFromLine?: number;
}

export async function* readJsonRecords(chunks: AsyncIterable<string>, framing: JsonFraming = {}): AsyncGenerator<RawRecord> {
  if (framing.ndjsonFromLine !== undefined) {
    yield* readLines('', chunks, framing.ndjsonFromLine - 1);
    return;
  }
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  // Enough text to see the first few lines decides the layout.
  while (!done && countNewlines(head) < 4 && head.length < 4 << 20) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  const layout = detectLayout(head);
  if (layout === 'ndjson') yield* readLines(head, done ? [] : rest);
  else yield* scanValues(head, done ? [] : rest, layout === 'array');
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function detectLayout(head: string): Layout {
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) return 'array';
  const lines = trimmed.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 3);
  if (lines.length === 0) return 'ndjson';
  const complete = lines.filter((l, i) => (i < lines.length - 1 || head.endsWith('\n') || lines.length === 1) && parses(l));
  if (complete.length > 0) return 'ndjson';
  return trimmed.startsWith('{') ? 'documents' : 'ndjson';
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function* readLines(head: string, rest: AsyncIterable<string> | Iterable<string>, linesBefore = 0): AsyncGenerator<RawRecord> {
  let buffer = head.replace(/^\uFEFF/, '');
  let line = linesBefore;
  const flush = function* (final: boolean): Generator<RawRecord> {
    let start = 0;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n', start)) {
      line++;
      const record = parseLine(buffer.slice(start, end), line);
      if (record) yield record;
      start = end + 1;
    }
    buffer = buffer.slice(start);
    if (final && buffer.length > 0) {
      line++;
      const record = parseLine(buffer, line);
      if (record) yield record;
      buffer = '';
    }
  };
  yield* flush(false);
  for await (const chunk of rest) {
    buffer += chunk;
    yield* flush(false);
  }
  yield* flush(true);
}

function parseLine(raw: string, line: number): RawRecord | undefined {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim().length === 0) return undefined;
  try {
    return { line, text, value: JSON.parse(text) };
  } catch (cause) {
    return { line, text, error: new RecordParseError(`invalid JSON (${(cause as Error).message})`, { cause }) };
  }
}

/**
 * Scans for the boundaries of top-level values (or of a top-level array's elements)
 * without parsing, tracking strings and escapes; each complete value is then JSON.parsed.
 */
async function* scanValues(head: string, rest: AsyncIterable<string> | Iterable<string>, inArray: boolean): AsyncGenerator<RawRecord> {
  const base = inArray ? 1 : 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let startLine = 1;
  let active = false;
  let opened = !inArray;
  let closed = false;
  let pending = '';

  const scan = function* (chunk: string): Generator<RawRecord> {
    let start = 0;
    const take = (end: number): RawRecord => {
      const text = (pending + chunk.slice(start, end)).trim();
      pending = '';
      active = false;
      return parseValue(text, startLine);
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (closed) continue;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        continue;
      }
      if (!opened) {
        if (c === 91) { opened = true; depth = 1; }
        continue;
      }
      if (!active) {
        if (isSpace(c) || (inArray && c === 44)) continue;
        if (inArray && c === 93) { closed = true; continue; }
        active = true;
        startLine = line;
        start = i;
      }
      if (depth === base) {
        if (inArray && (c === 44 || c === 93)) {
          yield take(i);
          if (c === 93) closed = true;
          continue;
        }
        if (!inArray && isSpace(c)) { yield take(i); continue; }
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (!inArray && depth === 0) yield take(i + 1);
      }
    }
    if (active) pending += chunk.slice(start);
  };

  yield* scan(head.replace(/^\uFEFF/, ''));
  for await (const chunk of rest) yield* scan(chunk);
  if (active && pending.trim().length > 0) yield parseValue(pending.trim(), startLine);
  if (inArray && opened && !closed) {
    yield { line, text: '', error: new RecordParseError('unexpected end of input: the JSON array is not closed') };
  }
}

function parseValue(text: string, line: number): RawRecord {
  try {
    return { line, text, value: JSON.parse(text) };
  } catch (cause) {
    return { line, text, error: new RecordParseError(`invalid JSON (${(cause as Error).message})`, { cause }) };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
