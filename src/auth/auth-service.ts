/**
 * Users, logins, sessions and tokens: the one place their rules live, used by the API and the
 * CLI alike. Every change and every login (ok or failed) is appended to the audit log.
 */
import { AppError } from '../app-error.js';
import type { AuditEntryInput } from '../audit/audit-log.js';
import type { Store } from '../store/store.js';
import { DuplicateUserError, type MfaSecretRecord, type TokenRecord, type TokenScope, type UserRecord } from './auth-store.js';
import {
  DEFAULT_SCRYPT, type ScryptParams, generatePassword, hashPassword, needsRehash, passwordProblem, verifyPassword,
} from './passwords.js';
import { type Role, isRole } from './roles.js';
import { newApiToken, newSessionId, sha256 } from './secrets.js';
import { openSecret, parseSecretKey, sealSecret } from './secret-box.js';
import { newTotpSecret, totpStep, totpUri } from './totp.js';

/** ASVS v4.0.3-2.2.1: at most 100 failed attempts per account per hour. */
export const LOGIN_FAILURE_LIMIT = 100;
export const LOGIN_WINDOW_MS = 3_600_000;

export interface AuthSettings {
  /** A session unused this long ends (default 30 min). */
  idleMs: number;
  /** A session ends this long after login, used or not (default 12 h). */
  absoluteMs: number;
  scrypt: ScryptParams;
  /**
   * Failed logins from one address per hour, across all accounts, before that address is refused
   * (password spraying). Counted in this process's memory; the per-account limit is in the database.
   */
  ipFailureLimit: number;
  /** Seals two-factor secrets at rest (src/auth/secret-box.ts); from AUSCULT_SECRET_KEY. Without it they are stored as they are. */
  secretKey?: Uint8Array;
}

const ENV_SECRET_KEY = parseSecretKey(process.env.AUSCULT_SECRET_KEY);

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000, scrypt: DEFAULT_SCRYPT, ipFailureLimit: 1000,
  ...(ENV_SECRET_KEY ? { secretKey: ENV_SECRET_KEY } : {}),
};

/** Who is acting, for the audit log. */
export interface Actor {
  name: string;
  id?: number;
  requestId?: string;
  ip?: string;
}

export interface AuthenticatedUser {
  id: number;
  username: string;
  role: Role;
  /** How the request proved who it is. */
  via: 'session' | 'token';
  /** Token scope; sessions may read and write. */
  scope: TokenScope;
  tokenId?: number;
  /** Two-factor sign-in is on for this user (so a session of theirs was opened with a one-time code). */
  mfa: boolean;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export function publicUser(u: UserRecord) {
  return { id: u.id, username: u.username, role: u.role, disabled: u.disabled, createdAt: new Date(u.createdAt).toISOString(),
    passwordChangedAt: new Date(u.passwordChangedAt).toISOString(), mfaEnabled: u.mfaEnabled };
}

export function publicToken(t: TokenRecord) {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  return { id: t.id, userId: t.userId, username: t.username, name: t.name, scope: t.scope, prefix: t.prefix,
    createdAt: new Date(t.createdAt).toISOString(), expiresAt: iso(t.expiresAt), lastUsedAt: iso(t.lastUsedAt),
    revokedAt: iso(t.revokedAt) };
}

export class AuthService {
  private dummyHash: Promise<string> | undefined;
  /** Failed-login times per client address, newest last (see AuthSettings.ipFailureLimit). */
  private readonly ipFailures = new Map<string, number[]>();

  constructor(private readonly store: Store, readonly settings: AuthSettings = DEFAULT_AUTH_SETTINGS,
    private readonly now: () => number = Date.now) {}

  audit(actor: Actor, entry: Omit<AuditEntryInput, 'actor' | 'actorId' | 'requestId' | 'ip'>) {
    return this.store.audit.append({
      actor: actor.name, ...entry,
      ...(actor.id !== undefined ? { actorId: actor.id } : {}),
      ...(actor.requestId !== undefined ? { requestId: actor.requestId } : {}),
      ...(actor.ip !== undefined ? { ip: actor.ip } : {}),
    });
  }

  async addUser(actor: Actor, input: { username: string; role: string; password?: string }): Promise<{ user: UserRecord; password?: string }> {
    if (!USERNAME.test(input.username)) {
      throw new AppError('invalid_request', 'username: 2–64 letters, digits, dots, dashes or underscores, starting with a letter or digit', 'username');
    }
    if (!isRole(input.role)) throw new AppError('invalid_request', `role must be admin, analyst, reviewer or viewer, not "${input.role}"`, 'role');
    const generated = input.password === undefined ? generatePassword() : undefined;
    const password = input.password ?? generated!;
    this.checkPassword(password, input.username);
    try {
      const user = await this.store.auth.createUser({ username: input.username, role: input.role,
        passwordHash: await hashPassword(password, this.settings.scrypt), now: this.now() });
      await this.audit(actor, { action: 'user.create', target: `user:${user.id}`, outcome: 'ok', details: { username: user.username, role: user.role } });
      return { user, ...(generated ? { password: generated } : {}) };
    } catch (error) {
      if (error instanceof DuplicateUserError) throw new AppError('conflict', `a user named "${input.username}" already exists`, 'username');
      throw error;
    }
  }

  async setPassword(actor: Actor, userId: number, password: string): Promise<UserRecord> {
    const user = await this.requireUser(userId);
    this.checkPassword(password, user.username);
    const updated = (await this.store.auth.updateUser(userId, { passwordHash: await hashPassword(password, this.settings.scrypt), now: this.now() }))!;
    const ended = await this.store.auth.deleteUserSessions(userId);
    await this.audit(actor, { action: 'user.password', target: `user:${userId}`, outcome: 'ok', details: { sessionsEnded: ended } });
    return updated;
  }

  async update(actor: Actor, userId: number, patch: { role?: string; disabled?: boolean }): Promise<UserRecord> {
    const user = await this.requireUser(userId);
    if (patch.role !== undefined && !isRole(patch.role)) throw new AppError('invalid_request', `role must be admin, analyst, reviewer or viewer`, 'role');
    const demotes = (patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true;
    if (user.role === 'admin' && !user.disabled && demotes && (await this.activeAdmins()) <= 1) {
      throw new AppError('conflict', 'this is the last enabled admin: make another admin first', patch.role !== undefined ? 'role' : 'disabled');
    }
    const updated = (await this.store.auth.updateUser(userId, { ...(patch.role !== undefined ? { role: patch.role as Role } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}), now: this.now() }))!;
    let ended = 0;
    if (patch.disabled === true || (patch.role !== undefined && patch.role !== user.role)) ended = await this.store.auth.deleteUserSessions(userId);
    const details: Record<string, string | number | boolean> = { sessionsEnded: ended };
    if (patch.role !== undefined) { details.roleFrom = user.role; details.roleTo = patch.role; }
    if (patch.disabled !== undefined) details.disabled = patch.disabled;
    await this.audit(actor, { action: patch.disabled === true ? 'user.disable' : patch.disabled === false ? 'user.enable' : 'user.update',
      target: `user:${userId}`, outcome: 'ok', details });
    return updated;
  }

  /**
   * Checks a password (and, when the user has two-factor sign-in on, a one-time code) and opens a
   * session; throws rate_limited, invalid_credentials (the same for a wrong name or password) or
   * mfa_required (the password was right and a code is needed).
   */
  async login(username: string, password: string, meta: { ip?: string; requestId?: string; code?: string } = {}): Promise<{ sessionId: string; user: UserRecord }> {
    const now = this.now();
    const actor: Actor = { name: username.slice(0, 64), ...meta };
    if (meta.ip !== undefined && this.recentIpFailures(meta.ip, now) >= this.settings.ipFailureLimit) {
      await this.audit(actor, { action: 'auth.login', outcome: 'denied', reason: 'too many failed logins from this address in the last hour' });
      throw new AppError('rate_limited', 'too many failed logins from this address; try again later');
    }
    const failures = await this.store.auth.countLoginFailures(username, now - LOGIN_WINDOW_MS);
    if (failures >= LOGIN_FAILURE_LIMIT) {
      await this.audit(actor, { action: 'auth.login', outcome: 'denied', reason: 'too many failed logins in the last hour' });
      throw new AppError('rate_limited', 'too many failed logins for this account; try again later');
    }
    const user = await this.store.auth.findUser(username);
    // A missing user costs the same hash as a real one, so timing does not tell which names exist.
    const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await this.dummy()), false);
    if (!user || !ok || user.disabled) {
      await this.countFailure(username, meta.ip, now);
      await this.audit({ ...actor, ...(user ? { id: user.id } : {}) }, { action: 'auth.login', outcome: 'failed',
        reason: !user ? 'unknown user' : !ok ? 'wrong password' : 'user disabled', ...(user ? { target: `user:${user.id}` } : {}) });
      throw new AppError('invalid_credentials', 'wrong username or password');
    }
    if (user.mfaEnabled) {
      if (meta.code === undefined || meta.code === '') {
        throw new AppError('mfa_required', 'enter the six-digit code from your authenticator app', 'code');
      }
      if (!(await this.acceptCode(user.id, meta.code, now))) {
        await this.countFailure(username, meta.ip, now);
        await this.audit({ ...actor, id: user.id }, { action: 'auth.login', outcome: 'failed', reason: 'wrong or reused two-factor code',
          target: `user:${user.id}` });
        throw new AppError('invalid_credentials', 'wrong or already used two-factor code', 'code');
      }
    }
    if (needsRehash(user.passwordHash, this.settings.scrypt)) {
      await this.store.auth.updateUser(user.id, { passwordHash: await hashPassword(password, this.settings.scrypt), now: user.passwordChangedAt });
    }
    const sessionId = newSessionId();
    await this.store.auth.createSession({ idHash: sha256(sessionId), userId: user.id, now, expiresAt: now + this.settings.absoluteMs });
    await this.audit({ ...actor, name: user.username, id: user.id }, { action: 'auth.login', target: `user:${user.id}`, outcome: 'ok' });
    return { sessionId, user };
  }

  async logout(sessionId: string, actor: Actor): Promise<void> {
    await this.store.auth.deleteSession(sha256(sessionId));
    await this.audit(actor, { action: 'auth.logout', ...(actor.id !== undefined ? { target: `user:${actor.id}` } : {}), outcome: 'ok' });
  }

  async authenticateSession(sessionId: string): Promise<AuthenticatedUser | undefined> {
    const found = await this.store.auth.touchSession(sha256(sessionId), this.now(), this.settings.idleMs);
    return found && { id: found.user.id, username: found.user.username, role: found.user.role, via: 'session', scope: 'write',
      mfa: found.user.mfaEnabled };
  }

  async authenticateToken(token: string): Promise<AuthenticatedUser | undefined> {
    const found = await this.store.auth.useToken(sha256(token), this.now());
    return found && { id: found.user.id, username: found.user.username, role: found.user.role, via: 'token', scope: found.token.scope,
      tokenId: found.token.id, mfa: found.user.mfaEnabled };
  }

  async createToken(actor: Actor, input: { userId: number; name: string; scope: string; expiresInDays?: number }): Promise<{ token: string; record: TokenRecord }> {
    const user = await this.requireUser(input.userId);
    if (input.scope !== 'read' && input.scope !== 'write') throw new AppError('invalid_request', 'scope must be read or write', 'scope');
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw new AppError('invalid_request', 'name: 1–100 characters', 'name');
    const { token, prefix } = newApiToken();
    const now = this.now();
    const record = await this.store.auth.createToken({ userId: user.id, name, scope: input.scope, tokenHash: sha256(token), prefix, now,
      ...(input.expiresInDays !== undefined ? { expiresAt: now + input.expiresInDays * 86_400_000 } : {}) });
    await this.audit(actor, { action: 'token.create', target: `token:${record.id}`, outcome: 'ok',
      details: { owner: user.username, scope: record.scope, prefix } });
    return { token, record };
  }

  async revokeToken(actor: Actor, id: number): Promise<TokenRecord> {
    const token = await this.store.auth.getToken(id);
    if (!token) throw new AppError('not_found', `no token ${id}`, 'id');
    if (!(await this.store.auth.revokeToken(id, this.now()))) throw new AppError('conflict', `token ${id} was already revoked`, 'id');
    await this.audit(actor, { action: 'token.revoke', target: `token:${id}`, outcome: 'ok', details: { owner: token.username } });
    return (await this.store.auth.getToken(id))!;
  }

  /**
   * Starts two-factor set-up: a new secret, returned once as base32 and as an otpauth:// link for
   * an authenticator app. Nothing changes at sign-in until `confirmMfa` accepts a first code.
   */
  async startMfaSetup(actor: Actor, userId: number): Promise<{ secret: string; uri: string }> {
    const user = await this.requireUser(userId);
    if (user.mfaEnabled) throw new AppError('conflict', 'two-factor sign-in is already on; turn it off first to set up a new device');
    const secret = newTotpSecret();
    await this.store.auth.setMfaSecret(userId, sealSecret(secret, this.settings.secretKey));
    await this.audit(actor, { action: 'user.mfa.setup', target: `user:${userId}`, outcome: 'ok' });
    return { secret, uri: totpUri(secret, user.username) };
  }

  /** Turns two-factor sign-in on once the user proves their app shows the right code. */
  async confirmMfa(actor: Actor, userId: number, code: string): Promise<UserRecord> {
    const user = await this.requireUser(userId);
    const mfa = await this.store.auth.getMfaSecret(userId);
    if (!mfa || user.mfaEnabled) throw new AppError('conflict', 'start two-factor set-up first', 'code');
    if (!(await this.acceptCode(userId, code, this.now(), mfa))) {
      await this.audit(actor, { action: 'user.mfa.enable', target: `user:${userId}`, outcome: 'failed', reason: 'wrong code' });
      throw new AppError('invalid_request', 'that code is not the current one: check the app and the device clock', 'code');
    }
    await this.store.auth.enableMfa(userId, this.now());
    await this.audit(actor, { action: 'user.mfa.enable', target: `user:${userId}`, outcome: 'ok' });
    return (await this.store.auth.getUser(userId))!;
  }

  /** The user turns two-factor sign-in off, proving it with a current code. */
  async disableMfa(actor: Actor, userId: number, code: string): Promise<UserRecord> {
    const user = await this.requireUser(userId);
    if (!user.mfaEnabled) throw new AppError('conflict', 'two-factor sign-in is not on');
    if (!(await this.acceptCode(userId, code, this.now()))) {
      await this.audit(actor, { action: 'user.mfa.disable', target: `user:${userId}`, outcome: 'failed', reason: 'wrong code' });
      throw new AppError('invalid_request', 'wrong or already used code', 'code');
    }
    await this.store.auth.setMfaSecret(userId, undefined);
    await this.audit(actor, { action: 'user.mfa.disable', target: `user:${userId}`, outcome: 'ok' });
    return (await this.store.auth.getUser(userId))!;
  }

  /** An admin (or the break-glass CLI) removes a user's second factor, e.g. a lost phone; their sessions end. */
  async resetMfa(actor: Actor, userId: number): Promise<UserRecord> {
    await this.requireUser(userId);
    await this.store.auth.setMfaSecret(userId, undefined);
    const ended = await this.store.auth.deleteUserSessions(userId);
    await this.audit(actor, { action: 'user.mfa.reset', target: `user:${userId}`, outcome: 'ok', details: { sessionsEnded: ended } });
    return (await this.store.auth.getUser(userId))!;
  }

  /** A code is accepted when it is current for the user's secret and its time step was not used before. */
  private async acceptCode(userId: number, code: string, now: number, stored?: MfaSecretRecord): Promise<boolean> {
    const mfa = stored ?? await this.store.auth.getMfaSecret(userId);
    const step = mfa && totpStep(openSecret(mfa.secret, this.settings.secretKey), code, now);
    return step !== undefined && (await this.store.auth.useMfaStep(userId, step));
  }

  /**
   * On an empty database, creates the first admin with a generated password and returns it once
   * (the caller prints it); does nothing when any user exists.
   */
  async ensureFirstAdmin(actor: Actor, username = 'admin'): Promise<{ username: string; password: string } | undefined> {
    if ((await this.store.auth.countUsers()) > 0) return undefined;
    const { user, password } = await this.addUser(actor, { username, role: 'admin' });
    return { username: user.username, password: password! };
  }

  /** A failed sign-in counts towards the account's limit (in the database) and the address's (in this process). */
  private async countFailure(username: string, ip: string | undefined, now: number): Promise<void> {
    await this.store.auth.recordLoginFailure(username, now);
    if (ip !== undefined) this.ipFailures.set(ip, [...(this.ipFailures.get(ip) ?? []), now]);
  }

  private recentIpFailures(ip: string, now: number): number {
    const recent = (this.ipFailures.get(ip) ?? []).filter((t) => t > now - LOGIN_WINDOW_MS);
    if (recent.length === 0) this.ipFailures.delete(ip);
    else this.ipFailures.set(ip, recent);
    return recent.length;
  }

  private checkPassword(password: string, username: string): void {
    const problem = passwordProblem(password, { username });
    if (problem) throw new AppError('invalid_request', `password ${problem}`, 'password');
  }

  private async requireUser(id: number): Promise<UserRecord> {
    const user = await this.store.auth.getUser(id);
    if (!user) throw new AppError('not_found', `no user ${id}`, 'id');
    return user;
  }

  private async activeAdmins(): Promise<number> {
    return (await this.store.auth.listUsers()).filter((u) => u.role === 'admin' && !u.disabled).length;
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(generatePassword(), this.settings.scrypt);
    return this.dummyHash;
  }
}
