/**
 * A failure with a stable code, shown to the person who caused it: the API renders it as
 * `{"error": {"code", "message", "field"}}` with its HTTP status, the CLI prints its message.
 */
export type AppErrorCode =
  | 'invalid_request' | 'invalid_query' | 'unauthenticated' | 'invalid_credentials' | 'forbidden' | 'not_found'
  | 'conflict' | 'rate_limited' | 'csrf_rejected' | 'not_available' | 'internal'
  /** The password was right; the account also needs a one-time code. */
  | 'mfa_required'
  /** The action needs two-factor sign-in turned on for this account first (R5.2). */
  | 'mfa_enrollment_required';

const STATUS: Record<AppErrorCode, number> = {
  invalid_request: 400, invalid_query: 400, unauthenticated: 401, invalid_credentials: 401, forbidden: 403, not_found: 404,
  conflict: 409, rate_limited: 429, csrf_rejected: 403, not_available: 501, internal: 500, mfa_required: 401,
  mfa_enrollment_required: 403,
};

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(readonly code: AppErrorCode, message: string, readonly field?: string, readonly extra?: Record<string, unknown>) {
    super(message);
    this.status = STATUS[code];
  }
}
