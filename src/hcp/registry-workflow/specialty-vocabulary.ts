/**
 * What a reviewer may record as a specialty: a label, word or specialist of our specialty lexicon
 * (lexicon/specialties.ts, in six languages), a NUCC taxonomy display name (with or without its trailing
 * "Physician"), or a NUCC code. Anything else is refused, so the registry's specialties stay comparable.
 */
import { AppError } from '../../app-error.js';
import { SPECIALTIES } from '../lexicon/specialties.js';
import { NUCC_CODES } from '../nucc/nucc-codes.js';
import { nuccName } from '../nucc/nucc-lookup.js';
import { fold } from '../text-folding.js';

let known: Map<string, string> | undefined;

function vocabulary(): Map<string, string> {
  if (known) return known;
  known = new Map();
  for (const s of SPECIALTIES) for (const phrase of [s.label, ...s.words, ...s.specialists]) known.set(fold(phrase), phrase.toLowerCase());
  for (const [, name] of NUCC_CODES) {
    known.set(fold(name), name);
    const bare = name.replace(/ Physician$/, '');
    if (bare !== name && !known.has(fold(bare))) known.set(fold(bare), bare);
  }
  return known;
}

/** The specialty as it is stored (lexicon phrase in lower case, or the NUCC display name), or an AppError naming `field`. */
export function resolveSpecialty(text: string, field = 'specialty'): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const byCode = /^[0-9A-Za-z]{9}X$/.test(trimmed) ? nuccName(trimmed) : undefined;
  if (byCode) return byCode;
  const found = vocabulary().get(fold(trimmed));
  if (found) return found;
  throw new AppError('invalid_request', `specialty "${text}" is neither in the specialty lexicon nor a NUCC taxonomy name or code ` +
    '(e.g. "cardiology", "medical oncology", "Medical Oncology Physician", "207RX0202X")', field);
}
