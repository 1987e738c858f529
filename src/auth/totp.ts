/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps — what every
 * authenticator app reads from an otpauth:// link), through the otpauth library.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
/** Codes of the step before and after are accepted too, for clocks a little apart. */
const WINDOW = 1;

function totp(secret: string, label = 'user'): TOTP {
  return new TOTP({ issuer: 'Auscult', label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new random 160-bit secret, base32 (RFC 4226 recommends 160 bits). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// link an authenticator app imports (as a QR code or pasted). */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The time step a code belongs to when it is valid at `now` (epoch ms), else undefined. */
export function totpStep(secret: string, code: string, now: number): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret).validate({ token, timestamp: now, window: WINDOW });
  return delta === null ? undefined : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** The code for `now` (epoch ms): for tests and for `auscult user mfa` checks, never sent anywhere. */
export function totpCode(secret: string, now: number): string {
  return totp(secret).generate({ timestamp: now });
}
