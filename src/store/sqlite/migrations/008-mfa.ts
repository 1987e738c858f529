/**
 * Two-factor sign-in with time-based one-time codes (RFC 6238, R5.2): a user's shared secret,
 * when it was confirmed, and the last time step a code was accepted for (so a code works once).
 */
export const up = `
ALTER TABLE users ADD COLUMN mfa_secret TEXT;
ALTER TABLE users ADD COLUMN mfa_enabled_at INTEGER;
ALTER TABLE users ADD COLUMN mfa_last_step INTEGER NOT NULL DEFAULT 0;
`;
