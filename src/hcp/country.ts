/**
 * Country from a free-text location ("Boston, MA", "London 🇬🇧", "München", "Toronto, ON"), and failing that from a
 * place named in the bio ("cardiologist in Madrid"). Precedence: flag emoji, country name, state or province, city.
 */
import { type Evidence, evidence } from './evidence.js';
import { AU_STATES, CA_PROVINCES, CITIES, COUNTRIES, REGIONAL_INDICATOR_A, US_STATES } from './gazetteer.js';
import { fold } from './text-folding.js';

export interface CountryResult {
  /** ISO 3166-1 alpha-2, or undefined when nothing decides it. */
  country?: string;
  /** 1 for a flag or a country name, 0.9 state, 0.8 city, 0.5 a place mentioned in the bio. */
  confidence: number;
  evidence: Evidence[];
}

const COUNTRY_NAMES = new Map<string, string>();
for (const [code, ...names] of COUNTRIES) for (const n of names) COUNTRY_NAMES.set(fold(n!), code!);
const STATE_NAMES = new Map<string, [string, string]>([
  ...US_STATES.map(([code, name]) => [name, ['US', code]] as [string, [string, string]]),
  ...US_STATES.filter(([, n]) => n.endsWith(' state')).map(([code, n]) => [n.replace(/ state$/, ''), ['US', code]] as [string, [string, string]]),
  ...CA_PROVINCES.map(([code, name]) => [name, ['CA', code]] as [string, [string, string]]),
  ...AU_STATES.map(([code, name]) => [name, ['AU', code]] as [string, [string, string]]),
]);
const STATE_CODES: Array<[Set<string>, string]> = [
  [new Set(US_STATES.map(([c]) => c)), 'US'], [new Set(CA_PROVINCES.map(([c]) => c)), 'CA'], [new Set(AU_STATES.map(([c]) => c)), 'AU'],
];
const CITY_NAMES = new Map<string, string>(CITIES.map(([city, code]) => [fold(city), code]));
// Words too common in running text to be read as a place in a bio.
const BIO_STOP = new Set(['us', 'u.s.', 'uk', 'america', 'york', 'nice', 'sf', 'dc', 'lima', 'santiago', 'victoria', 'reading', 'bath',
  'cork', 'salvador', 'georgia', 'jordan', 'chad', 'oman', 'bay area', 'manhattan', 'india', 'holland', 'ksa', 'rsa', 'prc']);

export function isKnownCity(name: string): boolean {
  return CITY_NAMES.has(fold(name));
}

export function countryOf(location: string | undefined, bio?: string): CountryResult {
  if (location && location.trim()) {
    const found = fromLocation(location);
    if (found) return found;
  }
  if (bio) {
    const flag = fromFlags(bio, 'bio');
    if (flag) return { ...flag, confidence: 0.7 };
    const mention = fromBioMention(bio);
    if (mention) return mention;
  }
  return { confidence: 0, evidence: [] };
}

function fromLocation(location: string): CountryResult | undefined {
  const flag = fromFlags(location, 'location');
  if (flag) return flag;
  const whole = fold(location).trim();
  const direct = lookupPart(whole, location, [0, location.length]);
  if (direct) return direct;
  // "City, ST": a state or province code after the last comma, checked against a known city.
  const code = /,\s*([A-Z]{2,3})\.?\s*(?:\d{5})?\s*$/.exec(location);
  if (code) {
    const candidates = STATE_CODES.filter(([codes]) => codes.has(code[1]!)).map(([, country]) => country);
    const cityCountry = CITY_NAMES.get(fold(location.slice(0, code.index)).trim());
    const country = cityCountry && candidates.includes(cityCountry) ? cityCountry : candidates[0];
    if (country) {
      const span: [number, number] = [code.index + code[0].indexOf(code[1]!), code.index + code[0].indexOf(code[1]!) + code[1]!.length];
      return { country, confidence: 0.9, evidence: [evidence('gazetteer:state-code', `country:${country}`, 'location', { text: code[1]!, span })] };
    }
  }
  // Parts separated by commas, slashes, bars, dots: the most decisive one wins.
  const parts = [...location.matchAll(/(?:(?![,/|·•;()\n&]|\p{Extended_Pictographic}|\uFE0F).)+/gu)];
  const results = parts.map((m) => lookupPart(fold(m[0]).trim(), m[0].trim(), [m.index + m[0].indexOf(m[0].trim()), m.index + m[0].indexOf(m[0].trim()) + m[0].trim().length]))
    .filter((r): r is CountryResult => r !== undefined);
  results.sort((a, b) => b.confidence - a.confidence);
  if (results[0]) return results[0];
  // "Boston-based", "NYC & London": a known name anywhere as a whole word.
  return scanNames(location, 'location', new Set(), 0.7);
}

function lookupPart(folded: string, text: string, span: [number, number]): CountryResult | undefined {
  const clean = folded.replace(/[.!]+$/, '').replace(/^(?:based in|living in|from|in)\s+/, '').trim();
  const country = COUNTRY_NAMES.get(clean);
  if (country) return { country, confidence: 1, evidence: [evidence('gazetteer:country-name', `country:${country}`, 'location', { text, span })] };
  const state = STATE_NAMES.get(clean);
  if (state) return { country: state[0], confidence: 0.9, evidence: [evidence('gazetteer:state', `country:${state[0]}`, 'location', { text, span, note: state[1] })] };
  const city = CITY_NAMES.get(clean);
  if (city) return { country: city, confidence: 0.8, evidence: [evidence('gazetteer:city', `country:${city}`, 'location', { text, span })] };
  return undefined;
}

function fromFlags(text: string, field: 'location' | 'bio'): CountryResult | undefined {
  const m = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u.exec(text);
  if (!m) return undefined;
  const code = String.fromCharCode(65 + m[1]!.codePointAt(0)! - REGIONAL_INDICATOR_A, 65 + m[2]!.codePointAt(0)! - REGIONAL_INDICATOR_A);
  const country = code === 'UK' ? 'GB' : code;
  return { country, confidence: 1, evidence: [evidence('gazetteer:flag', `country:${country}`, field, { text: m[0], span: [m.index, m.index + m[0].length] })] };
}

function fromBioMention(bio: string): CountryResult | undefined {
  return scanNames(bio, 'bio', BIO_STOP, 0.5, /(?:\bin|\bfrom|\bbased in|\bat|@|,)\s+$/i);
}

/** Looks for any known place name as whole words; in a bio, only after "in", "from", "based in"… */
function scanNames(text: string, field: 'location' | 'bio', stop: Set<string>, confidence: number, before?: RegExp): CountryResult | undefined {
  const folded = fold(text);
  if (folded.length !== text.length) return scanFolded(folded, text, field, stop, confidence, before, true);
  return scanFolded(folded, text, field, stop, confidence, before, false);
}

function scanFolded(folded: string, text: string, field: 'location' | 'bio', stop: Set<string>, confidence: number,
  before: RegExp | undefined, approximateSpans: boolean): CountryResult | undefined {
  const tables: Array<[Map<string, string | [string, string]>, string]> = [[COUNTRY_NAMES, 'country-name'], [STATE_NAMES, 'state'], [CITY_NAMES, 'city']];
  for (const [table, rule] of tables) {
    for (const [name, value] of table) {
      if (name.length < 4 || stop.has(name)) continue;
      let at = folded.indexOf(name);
      while (at !== -1) {
        const okStart = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
        const end = at + name.length;
        const okEnd = end === folded.length || !/[\p{L}\p{N}]/u.test(folded[end]!) || folded.startsWith('-based', end);
        const okBefore = !before || before.test(text.slice(0, at)) || folded.startsWith('-based', end);
        if (okStart && okEnd && okBefore) {
          const country = typeof value === 'string' ? value : value[0];
          return { country, confidence, evidence: [evidence(`gazetteer:${field === 'bio' ? 'bio-mention' : `${rule}-in-text`}`, `country:${country}`, field,
            { text: approximateSpans ? name : text.slice(at, end), ...(approximateSpans ? {} : { span: [at, end] as [number, number] }) })] };
        }
        at = folded.indexOf(name, at + 1);
      }
    }
  }
  return undefined;
}
