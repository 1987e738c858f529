import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashParams, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords.js';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('password policy (ASVS v4.0.3-2.1.x)', () => {
  it('needs at least 12 characters (counted as characters, not bytes) and allows up to 128', () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
    expect(passwordProblem('zwölf zeichen')).toBeUndefined();
    expect(passwordProblem('😀'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('a horse, a battery and a staple '.repeat(4))).toBeUndefined();
    expect(passwordProblem('x'.repeat(64) + 'y'.repeat(65))).toMatch(/at most 128/);
  });

  it('refuses common and breached passwords, also padded with digits or symbols, and the username', () => {
    expect(passwordProblem('qwertyuiop123')).toMatch(/common/);
    expect(passwordProblem('1q2w3e4r5t6y')).toMatch(/common/);
    expect(passwordProblem('Password1234!')).toMatch(/common password with digits/);
    expect(passwordProblem('!!2024football')).toMatch(/common password with digits/);
    expect(passwordProblem('zzzzzzzzzzzzzzz')).toMatch(/repeats/);
    expect(passwordProblem('jane.doe-rocks-2024', { username: 'Jane.Doe' })).toMatch(/username/);
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
  });

  it('has no composition rules: a long lower-case passphrase passes', () => {
    expect(passwordProblem('sunlight over the harbour')).toBeUndefined();
  });
});

describe('password hashing (ASVS v4.0.3-2.4.1)', () => {
  it('uses scrypt with a random salt and the OWASP floor by default', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const a = await hashPassword('correct horse battery staple', CHEAP);
    const b = await hashPassword('correct horse battery staple', CHEAP);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hashParams(a)).toEqual(CHEAP);
  });

  it('verifies the right password only, the whole of it, with the parameters stored in the hash', async () => {
    const long = 'ä'.repeat(100);
    const hash = await hashPassword(long, CHEAP);
    expect(await verifyPassword(long, hash)).toBe(true);
    expect(await verifyPassword('ä'.repeat(99), hash)).toBe(false);
    expect(await verifyPassword(`${long}x`, hash)).toBe(false);
    expect(await verifyPassword(long, 'bcrypt$whatever')).toBe(false);
  });

  it('says when a hash is weaker than the current parameters', async () => {
    const weak = await hashPassword('correct horse battery staple', CHEAP);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(weak, CHEAP)).toBe(false);
  });
});
