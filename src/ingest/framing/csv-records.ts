/**
 * Frames CSV/TSV input into header-keyed rows with csv-parse. Rows that csv-parse rejects
 * (wrong column count, unclosed quote) become error records in line order, so they are
 * quarantined like any other bad record.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { RecordParseError } from '../record-parse-error.js';
import type { RawRecord } from './raw-record.js';

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
  raw: string;
}

export async function* readCsvRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  while (!head.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  const skipped: RawRecord[] = [];
  const source = Readable.from((async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })());
  const parser = source.pipe(parse({
    columns: (header: string[]) => header.map((name) => name.trim()),
    delimiter: detectDelimiter(head),
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      skipped.push({
        line,
        text: typeof raw === 'string' ? raw.replace(/\r?\n$/, '') : '',
        error: new RecordParseError(`malformed CSV row (${error?.message ?? 'unreadable'})`, { cause: error }),
      });
    },
  }));
  for await (const row of parser as AsyncIterable<ParsedRow>) {
    const text = row.raw.replace(/\r?\n$/, '');
    const line = row.info.lines - (text.match(/\n/g)?.length ?? 0);
    while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
    yield { line, text, value: row.record };
  }
  yield* skipped;
}

/** The delimiter is whichever of , \t ; appears most in the header line outside quotes. */
export function detectDelimiter(head: string): string {
  const header = head.split('\n', 1)[0] ?? '';
  const counts = new Map<string, number>([[',', 0], ['\t', 0], [';', 0]]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}
