/** A batch could not be written. The store guarantees none of it was: the transaction rolled back. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}
