import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import { AuthService, DEFAULT_AUTH_SETTINGS } from './auth-service.js';
import { SecretKeyError, openSecret, parseSecretKey, sealSecret } from './secret-box.js';
import { totpCode } from './totp.js';

const KEY = randomBytes(32);

describe('secret box', () => {
  it('seals with a fresh nonce each time, opens with the key, and refuses a wrong key or an edited value', () => {
    const a = sealSecret('JBSWY3DPEHPK3PXP', KEY);
    const b = sealSecret('JBSWY3DPEHPK3PXP', KEY);
    expect(a).toMatch(/^v1:/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(a, KEY)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(a, randomBytes(32))).toThrow(SecretKeyError);
    expect(() => openSecret(`${a.slice(0, -2)}AA`, KEY)).toThrow(SecretKeyError);
    expect(() => openSecret(a, undefined)).toThrow(/AUSCULT_SECRET_KEY is not set/);
  });

  it('reads a value stored before a key was set as it is, and without a key stores as it is', () => {
    expect(openSecret('JBSWY3DPEHPK3PXP', KEY)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', undefined)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('takes the key as base64 or hex of 32 bytes, and says what is wrong otherwise', () => {
    expect(Buffer.from(parseSecretKey(KEY.toString('base64'))!).equals(KEY)).toBe(true);
    expect(Buffer.from(parseSecretKey(KEY.toString('hex'))!).equals(KEY)).toBe(true);
    expect(parseSecretKey(undefined)).toBeUndefined();
    expect(() => parseSecretKey('too-short')).toThrow(/32 random bytes/);
  });

  it('keeps two-factor secrets sealed in the database, and sign-in with a code still works', async () => {
    await using store = await openSqliteStore({ path: ':memory:' });
    let now = Date.now();
    const auth = new AuthService(store, { ...DEFAULT_AUTH_SETTINGS, scrypt: { N: 2 ** 12, r: 8, p: 1 }, secretKey: KEY }, () => now);
    const { user } = await auth.addUser({ name: 'test' }, { username: 'ada', role: 'admin', password: 'a long test passphrase 42' });
    const { secret } = await auth.startMfaSetup({ name: 'test' }, user.id);
    const stored = (await store.auth.getMfaSecret(user.id))!.secret;
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    await auth.confirmMfa({ name: 'test' }, user.id, totpCode(secret, now));
    now += 30_000;
    const { user: signedIn } = await auth.login('ada', 'a long test passphrase 42', { code: totpCode(secret, now) });
    expect(signedIn.mfaEnabled).toBe(true);
  });
});
