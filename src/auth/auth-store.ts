/**
 * The auth port (the store's `auth`): users, sessions, API tokens and failed-login counts.
 * Adapters store credentials only as hashes (passwords through src/auth/passwords.ts, session
 * ids and tokens as SHA-256); policy (who may do what, rate limits, auditing) lives in
 * src/auth/auth-service.ts, not here.
 */
import type { Role } from './roles.js';

export type TokenScope = 'read' | 'write';

export interface UserRecord {
  id: number;
  username: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  /** Epoch ms. */
  createdAt: number;
  passwordChangedAt: number;
  /** Two-factor sign-in is on: a password alone no longer signs this user in. */
  mfaEnabled: boolean;
}

/** A user's one-time-code secret (RFC 6238). `enabledAt` is unset while the user has not yet confirmed a first code. */
export interface MfaSecretRecord {
  secret: string;
  enabledAt?: number;
}

export interface TokenRecord {
  id: number;
  userId: number;
  username: string;
  name: string;
  scope: TokenScope;
  /** The first characters of the token, shown so that people can tell their tokens apart. */
  prefix: string;
  createdAt: number;
  expiresAt?: number;
  lastUsedAt?: number;
  revokedAt?: number;
}

export interface SessionRecord {
  userId: number;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export class DuplicateUserError extends Error {
  override name = 'DuplicateUserError';
}

export interface AuthStore {
  /** Throws DuplicateUserError when the name is taken (names compare case-insensitively). */
  createUser(input: { username: string; role: Role; passwordHash: string; now: number }): Promise<UserRecord>;
  getUser(id: number): Promise<UserRecord | undefined>;
  findUser(username: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<UserRecord[]>;
  countUsers(): Promise<number>;
  updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean; now: number }): Promise<UserRecord | undefined>;

  createSession(input: { idHash: string; userId: number; now: number; expiresAt: number }): Promise<void>;
  /**
   * The session and its user when the session exists, was seen within `idleMs`, has not reached
   * its absolute expiry and its user is enabled; its last-seen time becomes `now`. Otherwise undefined.
   */
  touchSession(idHash: string, now: number, idleMs: number): Promise<{ session: SessionRecord; user: UserRecord } | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a user (password change, disable); returns how many. */
  deleteUserSessions(userId: number): Promise<number>;

  createToken(input: { userId: number; name: string; scope: TokenScope; tokenHash: string; prefix: string; now: number;
    expiresAt?: number }): Promise<TokenRecord>;
  /** The token and its user when the token is known, not revoked, not expired and its user enabled; records its use. */
  useToken(tokenHash: string, now: number): Promise<{ token: TokenRecord; user: UserRecord } | undefined>;
  getToken(id: number): Promise<TokenRecord | undefined>;
  listTokens(filter?: { userId?: number }): Promise<TokenRecord[]>;
  /** False when the token does not exist or was already revoked. */
  revokeToken(id: number, now: number): Promise<boolean>;

  /** Sets a new, not yet confirmed secret (turning two-factor off until it is confirmed), or removes it (undefined). */
  setMfaSecret(userId: number, secret: string | undefined): Promise<void>;
  getMfaSecret(userId: number): Promise<MfaSecretRecord | undefined>;
  /** Marks the secret confirmed; false when the user has no secret. */
  enableMfa(userId: number, now: number): Promise<boolean>;
  /**
   * Accepts a code's time step once: true, recording the step, when it is later than the last
   * accepted one; false otherwise (a replayed code). Atomic, so two requests cannot both use a code.
   */
  useMfaStep(userId: number, step: number): Promise<boolean>;

  recordLoginFailure(username: string, at: number): Promise<void>;
  /** Failed logins for this name at or after `since` (names compare case-insensitively). */
  countLoginFailures(username: string, since: number): Promise<number>;
}
