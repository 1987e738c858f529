/**
 * People's names as accounts, registries and KOL lists write them ("Dr. Jane Q. Smith, MD", "SMITH, JANE Q",
 * "Prof. Dr. med. Hans Müller"): parsed into given and family names without titles and credentials, and compared
 * with a score and the reason for it. Used by registry matching, identity linking and the KOL ↔ DOL overlap.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from './text-folding.js';

export interface PersonName {
  /** Folded tokens without titles and credentials. */
  tokens: string[];
  given?: string;
  family?: string;
}

const TITLE_TOKENS = new Set(['dr', 'dra', 'drª', 'doctor', 'doc', 'prof', 'professor', 'pr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir',
  'dame', 'med', 'dent', 'rer', 'nat', 'phil', 'hon', 'rev', 'jr', 'sr', 'ii', 'iii', 'iv']);
const CREDENTIAL_TOKENS = new Set(['md', 'do', 'mbbs', 'mbchb', 'phd', 'mph', 'rn', 'bsn', 'msn', 'np', 'aprn', 'pharmd', 'rph', 'dds',
  'dmd', 'pa', 'pac', 'facc', 'facs', 'facp', 'frcp', 'frcpc', 'mrcp', 'fesc', 'fnp', 'dnp', 'bds', 'mba', 'ms', 'msc', 'bsc', 'ma',
  'scd', 'drph', 'dpt', 'rd', 'rdn', 'crna', 'lpn', 'facog', 'faap', 'faha', 'fasco', 'mrcgp', 'frcs', 'frcr', 'mbbch', 'bmbs']);

export function parsePersonName(raw: string): PersonName {
  let text = raw.normalize('NFKC');
  // "SMITH, JANE Q" (registry order): family name first when the part after the comma is not credentials.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text.trim());
  if (comma && !isCredentialList(comma[2]!)) text = `${comma[2]} ${comma[1]}`;
  else text = text.split(/,|\s[|·•]\s/)[0] ?? text;
  text = text.replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/gu, ' ').replace(/\([^)]*\)/g, ' ');
  const tokens = fold(text).split(/[^\p{L}'’-]+/u).map((t) => t.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((t) => t.length > 0 && !TITLE_TOKENS.has(t) && !CREDENTIAL_TOKENS.has(t.replace(/[-']/g, '')));
  const named = tokens.length > 0 ? tokens : [];
  return {
    tokens: named,
    ...(named.length >= 2 ? { given: named[0]!, family: named[named.length - 1]! } : named.length === 1 ? { family: named[0]! } : {}),
  };
}

function isCredentialList(text: string): boolean {
  return text.split(/[\s,]+/).filter(Boolean).every((t) => CREDENTIAL_TOKENS.has(fold(t).replace(/[.\-']/g, '')));
}

export interface NameComparison {
  /** 0–1. */
  score: number;
  /** How the names compare, for evidence: "same family and given name", "same family name, initial J"… */
  reason: string;
}

/** Compares two parsed names: family name (exact or one edit for long names), then given name, initial or nickname-free. */
export function compareNames(a: PersonName, b: PersonName): NameComparison {
  if (!a.family || !b.family) return { score: 0, reason: 'a name is missing' };
  const family = sameToken(a.family, b.family) ? 1 : a.family.length >= 6 && distance(a.family, b.family) <= 1 ? 0.85 : 0;
  // Compound family names: "garcia lopez" vs "lopez".
  const familyAlt = family === 0 && (a.tokens.includes(b.family) || b.tokens.includes(a.family)) ? 0.8 : family;
  if (familyAlt === 0) return { score: 0, reason: 'different family names' };
  if (!a.given || !b.given) return { score: 0.5 * familyAlt, reason: 'same family name, no given name to compare' };
  if (sameToken(a.given, b.given)) return { score: familyAlt, reason: familyAlt === 1 ? 'same given and family name' : 'same given name, family name one letter apart' };
  if (a.given.length === 1 || b.given.length === 1) {
    return a.given[0] === b.given[0] ? { score: 0.8 * familyAlt, reason: `same family name, matching initial ${a.given[0]!.toUpperCase()}` }
      : { score: 0.2 * familyAlt, reason: 'same family name, different initial' };
  }
  if (a.given.startsWith(b.given) || b.given.startsWith(a.given)) return { score: 0.85 * familyAlt, reason: 'same family name, given name shortened' };
  if (distance(a.given, b.given) <= 1 && Math.min(a.given.length, b.given.length) >= 4) return { score: 0.85 * familyAlt, reason: 'same family name, given name one letter apart' };
  return { score: 0.3 * familyAlt, reason: 'same family name, different given name' };
}

function sameToken(a: string, b: string): boolean {
  return a === b || a.replace(/[-'’]/g, '') === b.replace(/[-'’]/g, '');
}
