/** A file could not be read to the end (corrupt gzip, I/O error). What was read before it is kept. */
export class InputReadError extends Error {
  override name = 'InputReadError';

  constructor(readonly path: string, options: { cause?: unknown } = {}) {
    super(`${path}: cannot read further (${(options.cause as Error | undefined)?.message ?? 'unknown error'})`, options);
  }
}
