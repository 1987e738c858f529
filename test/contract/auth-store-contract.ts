/** The contract of the auth port (src/auth/auth-store.ts), run on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateUserError } from '../../src/auth/auth-store.js';
import type { Store } from '../../src/store/store.js';

export function runAuthStoreContract({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`Auth store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await create(); });
    afterEach(async () => { await store.close(); });
    const NOW = 1_700_000_000_000;

    it('creates users with unique case-insensitive names, finds, lists, counts and updates them', async () => {
      expect(await store.auth.countUsers()).toBe(0);
      const ada = await store.auth.createUser({ username: 'Ada', role: 'admin', passwordHash: 'h1', now: NOW });
      expect(ada).toMatchObject({ username: 'Ada', role: 'admin', passwordHash: 'h1', disabled: false, createdAt: NOW, passwordChangedAt: NOW });
      await expect(store.auth.createUser({ username: 'ada', role: 'viewer', passwordHash: 'h', now: NOW })).rejects.toBeInstanceOf(DuplicateUserError);
      await store.auth.createUser({ username: 'bob', role: 'viewer', passwordHash: 'h2', now: NOW });
      expect((await store.auth.findUser('ADA'))?.id).toBe(ada.id);
      expect(await store.auth.findUser('nobody')).toBeUndefined();
      expect((await store.auth.listUsers()).map((u) => u.username)).toEqual(['Ada', 'bob']);
      expect(await store.auth.countUsers()).toBe(2);
      const changed = await store.auth.updateUser(ada.id, { role: 'analyst', passwordHash: 'h3', now: NOW + 5 });
      expect(changed).toMatchObject({ role: 'analyst', passwordHash: 'h3', passwordChangedAt: NOW + 5, disabled: false });
      const disabled = await store.auth.updateUser(ada.id, { disabled: true, now: NOW + 6 });
      expect(disabled).toMatchObject({ role: 'analyst', passwordHash: 'h3', passwordChangedAt: NOW + 5, disabled: true });
      expect(await store.auth.updateUser(9999, { disabled: true, now: NOW })).toBeUndefined();
    });

    it('keeps a session alive while it is used, ends it after the idle time, at its expiry, or when its user is disabled', async () => {
      const u = await store.auth.createUser({ username: 'ann', role: 'viewer', passwordHash: 'h', now: NOW });
      await store.auth.createSession({ idHash: 's1', userId: u.id, now: NOW, expiresAt: NOW + 10_000 });
      const idle = 1000;
      expect((await store.auth.touchSession('s1', NOW + 900, idle))?.user.username).toBe('ann');
      // Used at +900, so alive until +1900.
      expect((await store.auth.touchSession('s1', NOW + 1800, idle))?.session.lastSeenAt).toBe(NOW + 1800);
      expect(await store.auth.touchSession('s1', NOW + 2800, idle)).toBeUndefined();
      expect(await store.auth.touchSession('s1', NOW + 2801, 1_000_000)).toBeUndefined(); // ended for good
      await store.auth.createSession({ idHash: 's2', userId: u.id, now: NOW, expiresAt: NOW + 500 });
      expect(await store.auth.touchSession('s2', NOW + 500, idle)).toBeUndefined();
      await store.auth.createSession({ idHash: 's3', userId: u.id, now: NOW, expiresAt: NOW + 10_000 });
      await store.auth.updateUser(u.id, { disabled: true, now: NOW });
      expect(await store.auth.touchSession('s3', NOW + 1, idle)).toBeUndefined();
      expect(await store.auth.touchSession('unknown', NOW, idle)).toBeUndefined();
    });

    it('deletes one session or all of a user', async () => {
      const u = await store.auth.createUser({ username: 'ann', role: 'viewer', passwordHash: 'h', now: NOW });
      for (const id of ['a', 'b', 'c']) await store.auth.createSession({ idHash: id, userId: u.id, now: NOW, expiresAt: NOW + 10_000 });
      await store.auth.deleteSession('a');
      expect(await store.auth.touchSession('a', NOW, 5000)).toBeUndefined();
      expect(await store.auth.deleteUserSessions(u.id)).toBe(2);
      expect(await store.auth.touchSession('b', NOW, 5000)).toBeUndefined();
    });

    it('finds tokens by hash until revoked or expired, records their use, lists them per user', async () => {
      const u = await store.auth.createUser({ username: 'ann', role: 'analyst', passwordHash: 'h', now: NOW });
      const v = await store.auth.createUser({ username: 'vic', role: 'viewer', passwordHash: 'h', now: NOW });
      const t = await store.auth.createToken({ userId: u.id, name: 'ci', scope: 'read', tokenHash: 'th1', prefix: 'ausc_ab', now: NOW });
      expect(t).toMatchObject({ userId: u.id, username: 'ann', name: 'ci', scope: 'read', prefix: 'ausc_ab', createdAt: NOW });
      expect(t.revokedAt).toBeUndefined();
      const used = await store.auth.useToken('th1', NOW + 100_000);
      expect(used?.user.username).toBe('ann');
      expect((await store.auth.getToken(t.id))?.lastUsedAt).toBe(NOW + 100_000);
      await store.auth.createToken({ userId: v.id, name: 'x', scope: 'write', tokenHash: 'th2', prefix: 'p', now: NOW, expiresAt: NOW + 50 });
      expect(await store.auth.useToken('th2', NOW + 50)).toBeUndefined();
      expect((await store.auth.listTokens({ userId: u.id })).map((x) => x.name)).toEqual(['ci']);
      expect(await store.auth.listTokens()).toHaveLength(2);
      expect(await store.auth.revokeToken(t.id, NOW + 7)).toBe(true);
      expect(await store.auth.revokeToken(t.id, NOW + 8)).toBe(false);
      expect((await store.auth.getToken(t.id))?.revokedAt).toBe(NOW + 7);
      expect(await store.auth.useToken('th1', NOW + 9)).toBeUndefined();
      expect(await store.auth.useToken('nope', NOW)).toBeUndefined();
    });

    it('a disabled user\'s tokens stop working', async () => {
      const u = await store.auth.createUser({ username: 'ann', role: 'analyst', passwordHash: 'h', now: NOW });
      await store.auth.createToken({ userId: u.id, name: 'ci', scope: 'read', tokenHash: 'th1', prefix: 'p', now: NOW });
      await store.auth.updateUser(u.id, { disabled: true, now: NOW });
      expect(await store.auth.useToken('th1', NOW)).toBeUndefined();
    });

    it('counts failed logins per name (case-insensitively) since a time', async () => {
      for (let i = 0; i < 5; i++) await store.auth.recordLoginFailure('Ann', NOW + i * 1000);
      await store.auth.recordLoginFailure('bob', NOW);
      expect(await store.auth.countLoginFailures('ann', NOW)).toBe(5);
      expect(await store.auth.countLoginFailures('ANN', NOW + 2000)).toBe(3);
      expect(await store.auth.countLoginFailures('bob', NOW)).toBe(1);
      expect(await store.auth.countLoginFailures('carl', 0)).toBe(0);
    });

    it('keeps a two-factor secret unconfirmed until enabled, accepts each time step once, and removes it', async () => {
      const u = await store.auth.createUser({ username: 'mia', role: 'admin', passwordHash: 'h', now: NOW });
      expect(u.mfaEnabled).toBe(false);
      expect(await store.auth.getMfaSecret(u.id)).toBeUndefined();
      expect(await store.auth.enableMfa(u.id, NOW), 'nothing to enable').toBe(false);
      await store.auth.setMfaSecret(u.id, 'SECRETA');
      expect(await store.auth.getMfaSecret(u.id)).toEqual({ secret: 'SECRETA' });
      expect((await store.auth.getUser(u.id))!.mfaEnabled).toBe(false);
      expect(await store.auth.enableMfa(u.id, NOW + 1)).toBe(true);
      expect(await store.auth.getMfaSecret(u.id)).toEqual({ secret: 'SECRETA', enabledAt: NOW + 1 });
      expect((await store.auth.findUser('MIA'))!.mfaEnabled).toBe(true);
      expect(await store.auth.useMfaStep(u.id, 100)).toBe(true);
      expect(await store.auth.useMfaStep(u.id, 100), 'the same step again').toBe(false);
      expect(await store.auth.useMfaStep(u.id, 99), 'an earlier step').toBe(false);
      expect((await Promise.all([store.auth.useMfaStep(u.id, 101), store.auth.useMfaStep(u.id, 101)])).filter(Boolean)).toHaveLength(1);
      // A new secret turns two-factor off until it is confirmed; removing it leaves none.
      await store.auth.setMfaSecret(u.id, 'SECRETB');
      expect(await store.auth.getMfaSecret(u.id)).toEqual({ secret: 'SECRETB' });
      expect((await store.auth.getUser(u.id))!.mfaEnabled).toBe(false);
      await store.auth.setMfaSecret(u.id, undefined);
      expect(await store.auth.getMfaSecret(u.id)).toBeUndefined();
      await store.auth.createSession({ idHash: 'mfa-s', userId: u.id, now: NOW, expiresAt: NOW + 10_000 });
      expect((await store.auth.touchSession('mfa-s', NOW + 1, 5000))!.user.mfaEnabled).toBe(false);
    });
  });
}
