/**
 * Sealing of secrets the server must be able to read back (two-factor secrets cannot be hashed): AES-256-GCM with a
 * key from outside the database (`AUSCULT_SECRET_KEY`, 32 bytes as base64 or hex), so a copy of the database alone
 * does not give away anyone's second factor. Sealed values read `v1:<iv>:<tag>:<ciphertext>` (base64url); a value
 * without that prefix was stored before a key was set and is read as it is.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'v1:';

export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

/** The key in `text` (base64 or hex of 32 bytes), or undefined when `text` is empty. */
export function parseSecretKey(text: string | undefined): Uint8Array | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new SecretKeyError('AUSCULT_SECRET_KEY must be 32 random bytes as base64 or hex (e.g. `openssl rand -base64 32`)');
  }
  return key;
}

export function sealSecret(plain: string, key: Uint8Array | undefined): string {
  if (!key) return plain;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${ciphertext.toString('base64url')}`;
}

export function openSecret(stored: string, key: Uint8Array | undefined): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!key) throw new SecretKeyError('a two-factor secret is sealed but AUSCULT_SECRET_KEY is not set');
  const [iv, tag, ciphertext] = stored.slice(PREFIX.length).split(':');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv!, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext!, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError('a two-factor secret cannot be opened with this AUSCULT_SECRET_KEY (changed key, or an edited value)');
  }
}
