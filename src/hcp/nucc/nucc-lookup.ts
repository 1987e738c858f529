/** NUCC code → display name, and the provider type a code belongs to (by its code prefix, a mapping of ours). */
import type { HcpType } from '../hcp-types.js';
import { NUCC_CODES } from './nucc-codes.js';

const NAMES = new Map<string, string>(NUCC_CODES.map(([code, name]) => [code, name]));

export function nuccName(code: string): string | undefined {
  return NAMES.get(code.trim().toUpperCase());
}

/**
 * The provider type of a taxonomy code, from the NUCC groupings: 20x physicians, 163W/164/367/364S/363L nursing and
 * advanced practice nursing, 1835 pharmacists, 1223 dentists, 390200000X students; other individual codes are allied
 * health. Organisations' codes (hospitals, agencies…) are not individuals and get undefined.
 */
export function nuccType(code: string): HcpType | undefined {
  const c = code.trim().toUpperCase();
  if (!NAMES.has(c)) return undefined;
  if (/^20[2-9]/.test(c)) return 'physician';
  if (/^(163W|164W|164X|367500000X|367A|364S|363L|176B)/.test(c)) return 'nurse';
  if (/^1835/.test(c)) return 'pharmacist';
  if (/^1223/.test(c)) return 'dentist';
  if (c === '390200000X') return 'trainee';
  return 'allied_health';
}

/** The classification part of a code's display name, for comparing specialties loosely ("Cardiovascular Disease"). */
export function nuccFamily(code: string): string {
  return code.trim().toUpperCase().slice(0, 4);
}
