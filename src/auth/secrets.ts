/**
 * Session ids and API tokens: 256-bit random values, stored only as SHA-256 hashes. A fast
 * hash is enough here because the values carry full entropy (unlike passwords).
 */
import { createHash, randomBytes } from 'node:crypto';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** `ausc_` + 43 characters; the first 12 characters are shown in lists to tell tokens apart. */
export function newApiToken(): { token: string; prefix: string } {
  const token = `ausc_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 12) };
}

export function looksLikeApiToken(value: string): boolean {
  return /^ausc_[A-Za-z0-9_-]{43}$/.test(value);
}
