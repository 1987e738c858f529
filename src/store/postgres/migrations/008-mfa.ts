/** Two-factor sign-in (RFC 6238, R5.2); the same columns as SQLite's 008. */
export const up = `
ALTER TABLE users ADD COLUMN mfa_secret text;
ALTER TABLE users ADD COLUMN mfa_enabled_at bigint;
ALTER TABLE users ADD COLUMN mfa_last_step bigint NOT NULL DEFAULT 0;
`;
