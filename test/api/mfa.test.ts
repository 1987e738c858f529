/**
 * Two-factor sign-in (R5.2, ASVS v4.0.3-2.8): set-up, sign-in with a one-time code, codes that
 * work once, admin actions refused until it is on, an admin reset — over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/auth/totp.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { PASSWORD, type TestServer, client, login, startTestServer } from '../support/api-server.js';

const STEP = 30_000;

describe('two-factor sign-in', () => {
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    store = await openSqliteStore({ path: ':memory:' });
    server = await startTestServer(store);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  async function signIn(username: string, code?: string): Promise<Response> {
    return fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD, ...(code !== undefined ? { code } : {}) }) });
  }

  it('an admin without it is refused admin actions until they set it up; then the password alone no longer signs in', async () => {
    const { user } = await server.auth.addUser({ name: 'test' }, { username: 'ada', role: 'admin', password: PASSWORD });
    const ada = client(server.url, 'ada', user.id, await login(server.url, 'ada', PASSWORD));
    const refused = await ada.get('/api/users');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'mfa_enrollment_required' } });
    expect((await ada.get('/api/audit/verify')).status).toBe(403);
    const me = await (await ada.get('/api/auth/me')).json() as { user: { mfaEnabled: boolean }; permissions: string[] };
    expect(me.user.mfaEnabled).toBe(false);
    expect(me.permissions).not.toContain('users:manage');
    expect(me.permissions).toContain('audit:read');

    const setup = await (await ada.send('POST', '/api/auth/mfa/setup')).json() as { secret: string; uri: string };
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Auscult:ada\?.*secret=/);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    // Set up but not confirmed: nothing changes yet.
    expect((await ada.get('/api/users')).status).toBe(403);
    expect((await signIn('ada')).status).toBe(200);

    const wrong = await ada.send('POST', '/api/auth/mfa/confirm', { code: '123456' === totpCode(setup.secret, server.clock.now) ? '654321' : '123456' });
    expect(wrong.status).toBe(400);
    const confirmed = await ada.send('POST', '/api/auth/mfa/confirm', { code: totpCode(setup.secret, server.clock.now) });
    expect(confirmed.status).toBe(200);
    expect((await ada.get('/api/users')).status).toBe(200);
    expect((await ada.get('/api/audit/verify')).status).toBe(200);

    const noCode = await signIn('ada');
    expect(noCode.status).toBe(401);
    expect(await noCode.json()).toMatchObject({ error: { code: 'mfa_required', field: 'code' } });
    // The confirming code's step is used up: the same code is a replay.
    const replay = await signIn('ada', totpCode(setup.secret, server.clock.now));
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const next = totpCode(setup.secret, server.clock.now + STEP);
    expect((await signIn('ada', next)).status).toBe(200);
    expect((await signIn('ada', next)).status).toBe(401);
    server.clock.now += 5 * STEP;
    expect((await signIn('ada', next)).status, 'an old code').toBe(401);
    expect((await signIn('ada', totpCode(setup.secret, server.clock.now))).status).toBe(200);

    const failures = await store.audit.list({ action: 'auth.login', actor: 'ada', limit: 20 });
    expect(failures.filter((e) => e.reason === 'wrong or reused two-factor code').length).toBe(3);
    const enabled = await store.audit.list({ action: 'user.mfa.enable', limit: 5 });
    expect(enabled.map((e) => e.outcome).sort()).toEqual(['failed', 'ok']);
  });

  it('wrong codes count towards the failed-login limit like wrong passwords', async () => {
    const admin = await server.as('admin', 'limited');
    expect(admin.userId).toBeGreaterThan(0);
    const before = await store.auth.countLoginFailures('limited', 0);
    expect((await signIn('limited', '000000')).status).toBe(401);
    expect(await store.auth.countLoginFailures('limited', 0)).toBe(before + 1);
  });

  it('a user turns it off with a current code; an admin resets a lost one and the user\'s sessions end', async () => {
    const admin = await server.as('admin', 'boss');
    const { user } = await server.auth.addUser({ name: 'test' }, { username: 'rita', role: 'reviewer', password: PASSWORD });
    const rita = client(server.url, 'rita', user.id, await login(server.url, 'rita', PASSWORD));
    const { secret } = await (await rita.send('POST', '/api/auth/mfa/setup')).json() as { secret: string };
    expect((await rita.send('POST', '/api/auth/mfa/confirm', { code: totpCode(secret, server.clock.now) })).status).toBe(200);
    expect((await rita.send('POST', '/api/auth/mfa/setup')).status, 'already on').toBe(409);
    expect((await rita.send('POST', '/api/auth/mfa/disable', { code: totpCode(secret, server.clock.now) })).status, 'a replay').toBe(400);
    const off = await rita.send('POST', '/api/auth/mfa/disable', { code: totpCode(secret, server.clock.now + STEP) });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ user: { mfaEnabled: false } });
    expect((await signIn('rita')).status).toBe(200);

    const again = await (await rita.send('POST', '/api/auth/mfa/setup')).json() as { secret: string };
    server.clock.now += 2 * STEP;
    await rita.send('POST', '/api/auth/mfa/confirm', { code: totpCode(again.secret, server.clock.now) });
    expect((await signIn('rita')).status).toBe(401);
    const reset = await admin.send('POST', `/api/users/${user.id}/mfa/reset`);
    expect(reset.status).toBe(200);
    expect(await reset.json()).toMatchObject({ mfaEnabled: false });
    expect((await rita.get('/api/auth/me')).status, 'sessions ended').toBe(401);
    expect((await signIn('rita')).status).toBe(200);
    const [entry] = await store.audit.list({ action: 'user.mfa.reset', limit: 1 });
    expect(entry).toMatchObject({ actor: 'boss', target: `user:${user.id}`, outcome: 'ok' });
  });

  it('an API token cannot set up or remove a second factor', async () => {
    const admin = await server.as('admin', 'tokenholder');
    const { token } = await server.auth.createToken({ name: 'test' }, { userId: admin.userId, name: 'w', scope: 'write' });
    const bot = client(server.url, 'tokenholder', admin.userId, token, 'bearer');
    expect((await bot.send('POST', '/api/auth/mfa/setup')).status).toBe(403);
    expect((await bot.send('POST', '/api/auth/mfa/disable', { code: '000000' })).status).toBe(403);
  });
});
