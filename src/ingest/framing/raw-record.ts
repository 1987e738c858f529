import type { RecordParseError } from '../record-parse-error.js';

/** One framed record: a parsed value, or the reason it could not be parsed. */
export interface RawRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** The record's source text (cut to a bounded length by the caller when stored). */
  text: string;
  value?: unknown;
  error?: RecordParseError;
}
