/**
 * Password hashing with scrypt (node:crypto; an approved memory-hard KDF, ASVS v4.0.3-2.4.1) and
 * the password policy (ASVS 2.1.1, 2.1.2, 2.1.7): at least 12 characters, at most 128, and not a
 * known common or breached password.
 *
 * A hash is stored as `scrypt$N$r$p$salt$key` (base64url), so its parameters travel with it: a
 * login checks with the parameters the hash was made with, and re-hashes at the current ones.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

export interface ScryptParams { N: number; r: number; p: number }

/** OWASP's scrypt floor (Password Storage Cheat Sheet): N=2^17, r=8, p=1, about 128 MiB per hash. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export function hashParams(hash: string): ScryptParams | undefined {
  const [scheme, N, r, p] = hash.split('$');
  if (scheme !== 'scrypt') return undefined;
  return { N: Number(N), r: Number(r), p: Number(p) };
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a hash was made with weaker parameters than the current ones (re-hash it at the next login). */
export function needsRehash(hash: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const current = hashParams(hash);
  return !current || current.N < params.N || current.r < params.r || current.p < params.p;
}

/**
 * The common-password list: the "passwords" dictionary of @zxcvbn-ts/language-common (MIT), about
 * 49,000 passwords ranked by frequency in public breach corpora. Loaded once, lower-cased.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** What is wrong with a proposed password, or undefined when it is acceptable. */
export function passwordProblem(password: string, context: { username?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return 'is a commonly used password found in breach lists';
  // A common password padded with digits or symbols ("password1234!") is as guessable.
  const core = lower.replace(/[^a-z]+$/u, '').replace(/^[^a-z]+/u, '');
  if (core.length >= 4 && list.has(core)) return 'is a common password with digits or symbols added';
  if (/^(.)\1+$/u.test(password)) return 'repeats one character';
  if (context.username && lower.includes(context.username.toLowerCase())) return 'must not contain the username';
  return undefined;
}

/** A random password that passes the policy (for generated first-admin and demo credentials). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
