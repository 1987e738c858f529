/**
 * A source format: how a file's records are framed, how to recognise the format from its
 * first record, and how to turn one record into IngestEvents.
 *
 * Framing is shared (see ../framing): "json" yields each NDJSON line, each element of a
 * top-level JSON array, or a whole JSON document as one record; "csv" yields header-keyed
 * rows. A format only ever sees one parsed record at a time, which keeps memory bounded.
 */
import type { IngestEvent } from '../events.js';
import type { RecordParseError } from '../record-parse-error.js';

export type Framing = 'json' | 'csv';

export interface RecordContext {
  file: string;
  line: number;
  /** Time the ingest started (ms): the snapshot time of data that carries none. */
  now: number;
}

export interface Format {
  /** Stable name used by `--format` and in docs. */
  readonly name: string;
  readonly framing: Framing;
  /** Does this first record look like ours? Must not throw. */
  detect(record: unknown): boolean;
  /**
   * Turn one record into events. Throws RecordParseError (naming the field) when the whole
   * record is bad. A record that bundles many items (an API page) returns a RecordParseError
   * in place of each bad item, so one bad tweet does not cost its 99 neighbours.
   * Anything else thrown is a bug, but is still quarantined rather than crashing the run.
   */
  toEvents(record: unknown, ctx: RecordContext): Array<IngestEvent | RecordParseError>;
}
