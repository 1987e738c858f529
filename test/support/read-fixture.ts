/** Frames a fixture file and runs one format over its records, as the ingest pipeline does. */
import { join, resolve } from 'node:path';
import type { IngestEvent } from '../../src/ingest/events.js';
import type { Format } from '../../src/ingest/formats/format.js';
import { readCsvRecords } from '../../src/ingest/framing/csv-records.js';
import { readJsonRecords } from '../../src/ingest/framing/json-records.js';
import { openInput } from '../../src/ingest/framing/open-input.js';
import type { RawRecord } from '../../src/ingest/framing/raw-record.js';
import { RecordParseError } from '../../src/ingest/record-parse-error.js';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/formats');
export const NOW = Date.parse('2024-07-01T00:00:00Z');

export async function fixtureRecords(name: string): Promise<RawRecord[]> {
  const input = await openInput(join(FIXTURES, name));
  const framed = /\.(csv|tsv)$/.test(name) ? readCsvRecords(input.chunks) : readJsonRecords(input.chunks);
  const records: RawRecord[] = [];
  for await (const r of framed) records.push(r);
  return records;
}

export async function fixtureEvents(name: string, format: Format): Promise<{ events: IngestEvent[]; errors: RecordParseError[] }> {
  const events: IngestEvent[] = [];
  const errors: RecordParseError[] = [];
  for (const record of await fixtureRecords(name)) {
    if (record.error) { errors.push(record.error); continue; }
    try {
      for (const item of format.toEvents(record.value, { file: name, line: record.line, now: NOW })) {
        if (item instanceof RecordParseError) errors.push(item);
        else events.push(item);
      }
    } catch (error) {
      if (!(error instanceof RecordParseError)) throw error;
      errors.push(error);
    }
  }
  return { events, errors };
}

export function ofKind<K extends IngestEvent['kind']>(events: IngestEvent[], kind: K): Array<Extract<IngestEvent, { kind: K }>> {
  return events.filter((e): e is Extract<IngestEvent, { kind: K }> => e.kind === kind);
}
