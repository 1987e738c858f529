/**
 * A real Auscult server on loopback for API and browser tests: a store, an AuthService with a
 * clock the test can move, and helpers to sign in and call the API over HTTP.
 */
import { AuthService, DEFAULT_AUTH_SETTINGS } from '../../src/auth/auth-service.js';
import type { Role } from '../../src/auth/roles.js';
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
  /** Creates a user and signs in; returns a client that sends its session cookie. */
  as(role: Role, username?: string): Promise<Client>;
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
  const t: TestServer = {
    url: server.url, store, auth, clock,
    close: () => server.close(),
    async as(role, username = `${role}${++n}`) {
      const { user } = await auth.addUser({ name: 'test' }, { username, role, password: PASSWORD });
      const cookie = await login(server.url, username, PASSWORD);
      return client(server.url, username, user.id, cookie);
    },
  };
  return t;
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }) });
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
