/**
 * A record we cannot ingest. It travels as data: the processor quarantines it with its
 * file, line, field and reason, and the run goes on.
 */
export class RecordParseError extends Error {
  override name = 'RecordParseError';
  readonly field: string | undefined;
  readonly reason: string;

  constructor(reason: string, options: { field?: string; cause?: unknown } = {}) {
    super(options.field ? `${options.field}: ${reason}` : reason, { cause: options.cause });
    this.reason = reason;
    this.field = options.field;
  }
}
