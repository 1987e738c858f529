/**
 * A real Auscult server on loopback for API and browser tests: a store, an AuthService with a
 * clock the test can move, and helpers to sign in and call the API over HTTP.
 */
import { AuthService, DEFAULT_AUTH_SETTINGS } from '../../src/auth/auth-service.js';
import type { Role } from '../../src/auth/roles.js';
import { newSessionId, sha256 } from '../../src/auth/secrets.js';
import { totpCode } from '../../src/auth/totp.js';
import { SESSION_COOKIE } from '../../src/server/access.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';

/** Cheaper scrypt for test users only (the stored hash carries its parameters; production uses DEFAULT_SCRYPT). */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
export const PASSWORD = 'a long test passphrase 42';

export interface TestServer {
  url: string;
  store: Store;
  auth: AuthService;
  clock: { now: number };
  close(): Promise<void>;
  /** Creates a user and signs in; returns a client that sends its session cookie. Admins get two-factor sign-in first (R5.2). */
  as(role: Role, username?: string): Promise<Client>;
  /** A fresh session cookie for an existing user (see `session` below). */
  session(username: string): Promise<string>;
  /** The two-factor secrets of the users `as` enrolled, by username. */
  mfaSecrets: Map<string, string>;
}

export interface Client {
  username: string;
  userId: number;
  cookie: string;
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function startTestServer(store: Store, options: { secureCookies?: boolean; webRoot?: string | null; ipFailureLimit?: number } = {}): Promise<TestServer> {
  const clock = { now: Date.now() };
  const auth = new AuthService(store, { ...DEFAULT_AUTH_SETTINGS, scrypt: TEST_SCRYPT,
    ...(options.ipFailureLimit !== undefined ? { ipFailureLimit: options.ipFailureLimit } : {}) }, () => clock.now);
  const server: RunningServer = await startServer({ store, auth, port: 0, host: '127.0.0.1', webRoot: options.webRoot ?? null,
    settings: { secureCookies: Boolean(options.secureCookies), storeKind: 'sqlite' } });
  let n = 0;
  const mfaSecrets = new Map<string, string>();
  const t: TestServer = {
    url: server.url, store, auth, clock, mfaSecrets,
    close: () => server.close(),
    async as(role, username = `${role}${++n}`) {
      const { user } = await auth.addUser({ name: 'test' }, { username, role, password: PASSWORD });
      if (role === 'admin') {
        const { secret } = await auth.startMfaSetup({ name: 'test' }, user.id);
        await auth.confirmMfa({ name: 'test' }, user.id, totpCode(secret, clock.now));
        mfaSecrets.set(username, secret);
        // The code of the next 30-second step: the confirming code's step cannot be used again.
        const cookie = await login(server.url, username, PASSWORD, totpCode(secret, clock.now + 30_000));
        return client(server.url, username, user.id, cookie);
      }
      return client(server.url, username, user.id, await login(server.url, username, PASSWORD));
    },
    /**
     * Signs in over HTTP; a user with two-factor sign-in gets a session written straight to the
     * store instead, because a one-time code works once per 30-second step and tests sign in
     * more often than that. The code path itself is tested in test/api/mfa.test.ts.
     */
    async session(username) {
      if (!mfaSecrets.has(username)) return login(server.url, username, PASSWORD);
      const user = (await store.auth.findUser(username))!;
      const id = newSessionId();
      await store.auth.createSession({ idHash: sha256(id), userId: user.id, now: clock.now, expiresAt: clock.now + auth.settings.absoluteMs });
      return `${SESSION_COOKIE}=${id}`;
    },
  };
  return t;
}

export async function login(url: string, username: string, password: string, code?: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, ...(code !== undefined ? { code } : {}) }) });
  if (r.status !== 200) throw new Error(`login of ${username} failed: ${r.status} ${await r.text()}`);
  return r.headers.getSetCookie()[0]!.split(';')[0]!;
}

export function client(url: string, username: string, userId: number, cookie: string, auth: 'cookie' | 'bearer' = 'cookie'): Client {
  const credentials = (): Record<string, string> => (auth === 'cookie' ? { cookie } : { authorization: `Bearer ${cookie}` });
  return {
    username, userId, cookie,
    get: (path) => fetch(`${url}${path}`, { headers: credentials() }),
    send: (method, path, body, headers = {}) => fetch(`${url}${path}`, { method, headers: {
      ...credentials(), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }),
  };
}
