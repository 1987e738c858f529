/** A failure the user can fix (bad flag, bad query, missing file): printed without a stack trace. */
export class UserError extends Error {
  override name = 'UserError';

  constructor(message: string, readonly exitCode = 2, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}
