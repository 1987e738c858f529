/** The auth port on PostgreSQL (src/auth/auth-store.ts). */
import { type AuthStore, DuplicateUserError, type MfaSecretRecord, type SessionRecord, type TokenRecord, type TokenScope, type UserRecord } from '../../auth/auth-store.js';
import type { Role } from '../../auth/roles.js';
import { toToken, toUser } from '../sqlite/sqlite-auth-store.js';
import type { PgPool } from './postgres-database.js';

type Row = Record<string, unknown>;
const TOKEN_SELECT = 'SELECT t.*, u.username FROM api_tokens t JOIN users u ON u.id = t.user_id';

export class PostgresAuthStore implements AuthStore {
  constructor(private readonly pool: PgPool) {}

  async createUser(input: { username: string; role: Role; passwordHash: string; now: number }): Promise<UserRecord> {
    try {
      const r = await this.pool.query(`INSERT INTO users (username, role, password_hash, created_at, password_changed_at)
        VALUES ($1, $2, $3, $4, $4) RETURNING *`, [input.username, input.role, input.passwordHash, input.now]);
      return toUser(r.rows[0] as never);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new DuplicateUserError(`user "${input.username}" exists`);
      throw error;
    }
  }

  async getUser(id: number): Promise<UserRecord | undefined> {
    const r = await this.pool.query('SELECT * FROM users WHERE id = $1', [id]);
    return r.rows[0] ? toUser(r.rows[0] as never) : undefined;
  }

  async findUser(username: string): Promise<UserRecord | undefined> {
    const r = await this.pool.query('SELECT * FROM users WHERE lower(username) = lower($1)', [username]);
    return r.rows[0] ? toUser(r.rows[0] as never) : undefined;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.pool.query('SELECT * FROM users ORDER BY id')).rows.map((r) => toUser(r as never));
  }

  async countUsers(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::bigint AS n FROM users')).rows[0]!.n;
  }

  async updateUser(id: number, patch: { role?: Role; passwordHash?: string; disabled?: boolean; now: number }): Promise<UserRecord | undefined> {
    const r = await this.pool.query(`UPDATE users SET role = coalesce($1, role), password_hash = coalesce($2, password_hash),
        password_changed_at = CASE WHEN $2::text IS NULL THEN password_changed_at ELSE $3 END,
        disabled = coalesce($4, disabled) WHERE id = $5 RETURNING *`,
      [patch.role ?? null, patch.passwordHash ?? null, patch.now, patch.disabled ?? null, id]);
    return r.rows[0] ? toUser(r.rows[0] as never) : undefined;
  }

  async createSession(input: { idHash: string; userId: number; now: number; expiresAt: number }): Promise<void> {
    await this.pool.query('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)',
      [input.idHash, input.userId, input.now, input.expiresAt]);
  }

  async touchSession(idHash: string, now: number, idleMs: number): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
    // One statement: a live session is extended, and the row tells whether it was live.
    const r = await this.pool.query<Row>(`UPDATE sessions s SET last_seen_at = $2 FROM users u
      WHERE s.id_hash = $1 AND u.id = s.user_id AND s.last_seen_at + $3 > $2 AND s.expires_at > $2 AND NOT u.disabled
      RETURNING s.user_id, s.created_at AS s_created, s.expires_at, u.*`, [idHash, now, idleMs]);
    const row = r.rows[0];
    if (!row) {
      await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
      return undefined;
    }
    return {
      session: { userId: Number(row.user_id), createdAt: Number(row.s_created), lastSeenAt: now, expiresAt: Number(row.expires_at) },
      user: toUser(row as never),
    };
  }

  async setMfaSecret(userId: number, secret: string | undefined): Promise<void> {
    await this.pool.query('UPDATE users SET mfa_secret = $1, mfa_enabled_at = NULL WHERE id = $2', [secret ?? null, userId]);
  }

  async getMfaSecret(userId: number): Promise<MfaSecretRecord | undefined> {
    const r = await this.pool.query<{ mfa_secret: string; mfa_enabled_at: string | null }>(
      'SELECT mfa_secret, mfa_enabled_at FROM users WHERE id = $1 AND mfa_secret IS NOT NULL', [userId]);
    const row = r.rows[0];
    return row && { secret: row.mfa_secret, ...(row.mfa_enabled_at !== null ? { enabledAt: Number(row.mfa_enabled_at) } : {}) };
  }

  async enableMfa(userId: number, now: number): Promise<boolean> {
    return (await this.pool.query('UPDATE users SET mfa_enabled_at = $1 WHERE id = $2 AND mfa_secret IS NOT NULL', [now, userId])).rowCount === 1;
  }

  async useMfaStep(userId: number, step: number): Promise<boolean> {
    return (await this.pool.query('UPDATE users SET mfa_last_step = $1 WHERE id = $2 AND mfa_last_step < $1', [step, userId])).rowCount === 1;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteUserSessions(userId: number): Promise<number> {
    return (await this.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
  }

  async createToken(input: { userId: number; name: string; scope: TokenScope; tokenHash: string; prefix: string; now: number;
    expiresAt?: number }): Promise<TokenRecord> {
    const r = await this.pool.query<{ id: number }>(`INSERT INTO api_tokens (user_id, name, scope, token_hash, prefix, created_at, expires_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [input.userId, input.name, input.scope, input.tokenHash, input.prefix, input.now, input.expiresAt ?? null]);
    return (await this.getToken(r.rows[0]!.id))!;
  }

  async useToken(tokenHash: string, now: number): Promise<{ token: TokenRecord; user: UserRecord } | undefined> {
    const r = await this.pool.query<Row>(`${TOKEN_SELECT} WHERE t.token_hash = $1`, [tokenHash]);
    const row = r.rows[0];
    if (!row || row.revoked_at !== null || (row.expires_at !== null && Number(row.expires_at) <= now)) return undefined;
    const user = await this.getUser(Number(row.user_id));
    if (!user || user.disabled) return undefined;
    // Record use at most once a minute: a busy token should not turn every read into a write.
    if (row.last_used_at === null || Number(row.last_used_at) < now - 60_000) {
      await this.pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [now, row.id]);
      row.last_used_at = now;
    }
    return { token: toToken(row as never), user };
  }

  async getToken(id: number): Promise<TokenRecord | undefined> {
    const r = await this.pool.query(`${TOKEN_SELECT} WHERE t.id = $1`, [id]);
    return r.rows[0] ? toToken(r.rows[0] as never) : undefined;
  }

  async listTokens(filter: { userId?: number } = {}): Promise<TokenRecord[]> {
    const r = await this.pool.query(`${TOKEN_SELECT} WHERE ($1::bigint IS NULL OR t.user_id = $1) ORDER BY t.id`, [filter.userId ?? null]);
    return r.rows.map((row) => toToken(row as never));
  }

  async revokeToken(id: number, now: number): Promise<boolean> {
    return (await this.pool.query('UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [now, id])).rowCount === 1;
  }

  async recordLoginFailure(username: string, at: number): Promise<void> {
    await this.pool.query(`WITH gone AS (DELETE FROM login_failures WHERE username = $1 AND at < $3)
      INSERT INTO login_failures (username, at) VALUES ($1, $2)`, [username.toLowerCase(), at, at - 86_400_000]);
  }

  async countLoginFailures(username: string, since: number): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::bigint AS n FROM login_failures WHERE username = $1 AND at >= $2',
      [username.toLowerCase(), since])).rows[0]!.n;
  }
}
