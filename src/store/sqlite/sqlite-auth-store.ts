/** The auth port on SQLite (src/auth/auth-store.ts). */
import { type AuthStore, DuplicateUserError, type MfaSecretRecord, type SessionRecord, type TokenRecord, type TokenScope, type UserRecord } from '../../auth/auth-store.js';
import type { Role } from '../../auth/roles.js';
import type { SqliteDatabase } from './sqlite-database.js';

interface UserRow { id: number; username: string; role: string; password_hash: string; disabled: number; created_at: number; password_changed_at: number;
  mfa_enabled_at: number | null }
interface TokenRow { id: number; user_id: number; username: string; name: string; scope: string; prefix: string; created_at: number;
  expires_at: number | null; last_used_at: number | null; revoked_at: number | null }

export function toUser(r: UserRow): UserRecord {
  return { id: Number(r.id), username: r.username, role: r.role as Role, passwordHash: r.password_hash, disabled: Boolean(r.disabled),
    createdAt: Number(r.created_at), passwordChangedAt: Number(r.password_changed_at), mfaEnabled: r.mfa_enabled_at !== null };
}

export function toToken(r: TokenRow): TokenRecord {
  return {
    id: Number(r.id), userId: Number(r.user_id), username: r.username, name: r.name, scope: r.scope as TokenScope, prefix: r.prefix,
    createdAt: Number(r.created_at),
    ...(r.expires_at !== null ? { expiresAt: Number(r.expires_at) } : {}),
    ...(r.last_used_at !== null ? { lastUsedAt: Number(r.last_used_at) } : {}),
    ...(r.revoked_at !== null ? { revokedAt: Number(r.revoked_at) } : {}),
  };
}

const TOKEN_SELECT = 'SELECT t.*, u.username FROM api_tokens t JOIN users u ON u.id = t.user_id';

export class SqliteAuthStore implements AuthStore {
  constructor(private readonly db: SqliteDatabase) {}

  async createUser(input: { username: string; role: Role; passwordHash: string; now: number }): Promise<UserRecord> {
    try {
      const r = this.db.prepare(`INSERT INTO users (username, role, password_hash, created_at, password_changed_at)
        VALUES (?, ?, ?, ?, ?)`).run(input.username, input.role, input.passwordHash, input.now, input.now);
      return (await this.getUser(Number(r.lastInsertRowid)))!;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateUserError(`user "${input.username}" exists`);
      throw error;
    }
  }

  async getUser(id: number): Promise<UserRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  async findUser(username: string): Promise<UserRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
    return r && toUser(r);
  }

  async listUsers(): Promise<UserRecord[]> {
    return (this.db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map(toUser);
  }

  async countUsers(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  async updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean; now: number }): Promise<UserRecord | undefined> {
    this.db.prepare(`UPDATE users SET role = coalesce(?, role), password_hash = coalesce(?, password_hash),
        password_changed_at = CASE WHEN ? IS NULL THEN password_changed_at ELSE ? END,
        disabled = coalesce(?, disabled) WHERE id = ?`)
      .run(patch.role ?? null, patch.passwordHash ?? null, patch.passwordHash ?? null, patch.now,
        patch.disabled === undefined ? null : Number(patch.disabled), id);
    return this.getUser(id);
  }

  async createSession(input: { idHash: string; userId: number; now: number; expiresAt: number }): Promise<void> {
    this.db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.idHash, input.userId, input.now, input.now, input.expiresAt);
  }

  async touchSession(idHash: string, now: number, idleMs: number): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
    const row = this.db.prepare(`SELECT s.user_id, s.created_at AS s_created, s.last_seen_at, s.expires_at, u.*
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?`).get(idHash) as
      (UserRow & { user_id: number; s_created: number; last_seen_at: number; expires_at: number }) | undefined;
    if (!row) return undefined;
    if (row.last_seen_at + idleMs <= now || row.expires_at <= now || row.disabled) {
      this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
      return undefined;
    }
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash);
    return { session: { userId: row.user_id, createdAt: row.s_created, lastSeenAt: now, expiresAt: row.expires_at }, user: toUser(row) };
  }

  async setMfaSecret(userId: number, secret: string | undefined): Promise<void> {
    this.db.prepare('UPDATE users SET mfa_secret = ?, mfa_enabled_at = NULL WHERE id = ?').run(secret ?? null, userId);
  }

  async getMfaSecret(userId: number): Promise<MfaSecretRecord | undefined> {
    const r = this.db.prepare('SELECT mfa_secret, mfa_enabled_at FROM users WHERE id = ? AND mfa_secret IS NOT NULL').get(userId) as
      { mfa_secret: string; mfa_enabled_at: number | null } | undefined;
    return r && { secret: r.mfa_secret, ...(r.mfa_enabled_at !== null ? { enabledAt: r.mfa_enabled_at } : {}) };
  }

  async enableMfa(userId: number, now: number): Promise<boolean> {
    return this.db.prepare('UPDATE users SET mfa_enabled_at = ? WHERE id = ? AND mfa_secret IS NOT NULL').run(now, userId).changes === 1;
  }

  async useMfaStep(userId: number, step: number): Promise<boolean> {
    return this.db.prepare('UPDATE users SET mfa_last_step = ? WHERE id = ? AND mfa_last_step < ?').run(step, userId, step).changes === 1;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteUserSessions(userId: number): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
  }

  async createToken(input: { userId: number; name: string; scope: TokenScope; tokenHash: string; prefix: string; now: number;
    expiresAt?: number }): Promise<TokenRecord> {
    const r = this.db.prepare(`INSERT INTO api_tokens (user_id, name, scope, token_hash, prefix, created_at, expires_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(input.userId, input.name, input.scope, input.tokenHash, input.prefix, input.now, input.expiresAt ?? null);
    return (await this.getToken(Number(r.lastInsertRowid)))!;
  }

  async useToken(tokenHash: string, now: number): Promise<{ token: TokenRecord; user: UserRecord } | undefined> {
    const row = this.db.prepare(`${TOKEN_SELECT} WHERE t.token_hash = ?`).get(tokenHash) as TokenRow | undefined;
    if (!row || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now)) return undefined;
    const user = await this.getUser(row.user_id);
    if (!user || user.disabled) return undefined;
    // Record use at most once a minute: a busy token should not turn every read into a write.
    if (row.last_used_at === null || row.last_used_at < now - 60_000) {
      this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, row.id);
      row.last_used_at = now;
    }
    return { token: toToken(row), user };
  }

  async getToken(id: number): Promise<TokenRecord | undefined> {
    const r = this.db.prepare(`${TOKEN_SELECT} WHERE t.id = ?`).get(id) as TokenRow | undefined;
    return r && toToken(r);
  }

  async listTokens(filter: { userId?: number } = {}): Promise<TokenRecord[]> {
    return (this.db.prepare(`${TOKEN_SELECT} WHERE (? IS NULL OR t.user_id = ?) ORDER BY t.id`)
      .all(filter.userId ?? null, filter.userId ?? null) as TokenRow[]).map(toToken);
  }

  async revokeToken(id: number, now: number): Promise<boolean> {
    return this.db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes === 1;
  }

  async recordLoginFailure(username: string, at: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO login_failures (username, at) VALUES (?, ?)').run(username.toLowerCase(), at);
      // Only the last hour matters to the limit; older rows are dropped as new ones come.
      this.db.prepare('DELETE FROM login_failures WHERE username = ? AND at < ?').run(username.toLowerCase(), at - 86_400_000);
    })();
  }

  async countLoginFailures(username: string, since: number): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM login_failures WHERE username = ? AND at >= ?')
      .get(username.toLowerCase(), since) as { n: number }).n;
  }
}
