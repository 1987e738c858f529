/**
 * Matches accounts to registry records by name, specialty and location, with a score and evidence, in one pass over
 * the registry: accounts are indexed by family name, each record looks up the accounts that share it, and only the
 * best few candidates per account are kept. Memory is bounded by the accounts, not by the 7-million-row registry.
 *
 * Score (0–1) = 0.60 name + 0.25 specialty + 0.15 location, + 0.05 when the credentials agree (capped at 1):
 *   name       compareNames (person-name.ts)
 *   specialty  same NUCC code 1 · same code family 0.6 · same provider type 0.4 · specialty words agree 0.8 ·
 *              unknown on either side 0.5 · disagree 0
 *   location   same city and state 1 · same state 0.7 · same country 0.4 · unknown 0.5 · different country 0
 * A match is a candidate for a human reviewer, never a verification by itself.
 */
import type { ProfileAnalysis } from '../analyze-profile.js';
import { countryOf } from '../country.js';
import type { Evidence } from '../evidence.js';
import { US_STATES } from '../gazetteer.js';
import { SPECIALTIES } from '../lexicon/specialties.js';
import { nuccFamily, nuccName, nuccType } from '../nucc/nucc-lookup.js';
import { compareNames, type PersonName, parsePersonName } from '../person-name.js';
import { fold } from '../text-folding.js';
import type { RegistryRecord } from './registry-record.js';

export interface MatchableAccount {
  id: string;
  name: string;
  location?: string;
  /** The profile analysis, for type, specialties, NUCC codes and credentials. */
  analysis?: Pick<ProfileAnalysis, 'hcp' | 'country'>;
}

export interface RegistryMatch {
  accountId: string;
  source: string;
  recordId: string;
  score: number;
  components: { name: number; specialty: number; location: number; credential: number };
  evidence: Evidence[];
}

export interface MatchOptions {
  /** Keep candidates at or above this score (default 0.6). */
  minScore?: number;
  /** Best candidates kept per account (default 3). */
  perAccount?: number;
}

interface Indexed { account: MatchableAccount; name: PersonName; city?: string; state?: string; country?: string }

const STATE_BY_NAME = new Map(US_STATES.map(([code, name]) => [name.replace(/ state$/, ''), code]));
const STATE_CODES = new Set(US_STATES.map(([code]) => code));

export async function matchRegistry(accounts: readonly MatchableAccount[], records: AsyncIterable<RegistryRecord>, options: MatchOptions = {}): Promise<RegistryMatch[]> {
  const matcher = createRegistryMatcher(accounts, options);
  for await (const record of records) matcher.offer(record);
  return matcher.results();
}

export function createRegistryMatcher(accounts: readonly MatchableAccount[], options: MatchOptions = {}) {
  const minScore = options.minScore ?? 0.6;
  const perAccount = options.perAccount ?? 3;
  const byFamily = new Map<string, Indexed[]>();
  for (const account of accounts) {
    const name = parsePersonName(account.name);
    if (!name.family) continue;
    const place = parseLocation(account.location);
    const entry: Indexed = { account, name, ...place, ...(account.analysis?.country ? { country: account.analysis.country } : {}) };
    for (const key of new Set([name.family, ...name.tokens.slice(1)])) {
      const list = byFamily.get(key) ?? [];
      list.push(entry);
      byFamily.set(key, list);
    }
  }
  const best = new Map<string, RegistryMatch[]>();
  return {
    offer(record: RegistryRecord): void {
      if (record.entity !== 'individual') return;
      const recordName = parsePersonName(record.lastName
        ? [record.firstName, record.middleName, record.lastName].filter(Boolean).join(' ') : record.fullName ?? '');
      if (!recordName.family) return;
      const seen = new Set<string>();
      for (const key of new Set([recordName.family, ...recordName.tokens.slice(1)])) {
        for (const candidate of byFamily.get(key) ?? []) {
          if (seen.has(candidate.account.id)) continue;
          seen.add(candidate.account.id);
          const match = scoreMatch(candidate, recordName, record);
          if (match.score < minScore) continue;
          const list = best.get(candidate.account.id) ?? [];
          list.push(match);
          list.sort((a, b) => b.score - a.score);
          if (list.length > perAccount) list.length = perAccount;
          best.set(candidate.account.id, list);
        }
      }
    },
    results(): RegistryMatch[] {
      return [...best.values()].flat().sort((a, b) => b.score - a.score || a.accountId.localeCompare(b.accountId));
    },
  };
}

function scoreMatch(candidate: Indexed, recordName: PersonName, record: RegistryRecord): RegistryMatch {
  const evidence: Evidence[] = [];
  const name = compareNames(candidate.name, recordName);
  const recordLabel = [record.firstName, record.lastName].filter(Boolean).join(' ') || record.fullName || '';
  evidence.push({ rule: 'registry:name', supports: `registry:${record.source}:${record.id}`, field: 'name', text: candidate.account.name,
    weight: round(0.6 * name.score), note: `${name.reason} (registry: ${recordLabel})` });
  const specialty = specialtyAgreement(candidate, record);
  evidence.push({ rule: 'registry:specialty', supports: `registry:${record.source}:${record.id}`, field: 'registry',
    weight: round(0.25 * specialty.score), note: specialty.reason });
  const location = locationAgreement(candidate, record);
  evidence.push({ rule: 'registry:location', supports: `registry:${record.source}:${record.id}`, field: 'location',
    ...(candidate.account.location ? { text: candidate.account.location } : {}), weight: round(0.15 * location.score), note: location.reason });
  const credential = credentialAgreement(candidate, record);
  if (credential > 0) {
    evidence.push({ rule: 'registry:credential', supports: `registry:${record.source}:${record.id}`, field: 'registry', weight: 0.05,
      note: `credential ${record.credential} in both` });
  }
  const score = Math.min(1, 0.6 * name.score + 0.25 * specialty.score + 0.15 * location.score + 0.05 * credential);
  return { accountId: candidate.account.id, source: record.source, recordId: record.id, score: round(score),
    components: { name: round(name.score), specialty: round(specialty.score), location: round(location.score), credential }, evidence };
}

function specialtyAgreement(candidate: Indexed, record: RegistryRecord): { score: number; reason: string } {
  const hcp = candidate.account.analysis?.hcp;
  const codes = hcp?.nucc.map((n) => n.code) ?? [];
  const recordCodes = record.taxonomies.map((t) => t.code);
  if (recordCodes.length > 0 && codes.length > 0) {
    const same = codes.find((c) => recordCodes.includes(c));
    if (same) return { score: 1, reason: `same NUCC code ${same} (${nuccName(same) ?? same})` };
    const family = codes.find((c) => recordCodes.some((r) => nuccFamily(r) === nuccFamily(c)));
    if (family) return { score: 0.6, reason: `same NUCC code family ${nuccFamily(family)}` };
  }
  if (recordCodes.length > 0 && hcp?.type) {
    const types = recordCodes.map(nuccType);
    if (types.includes(hcp.type)) return { score: 0.4, reason: `same provider type (${hcp.type})` };
    if (codes.length > 0 || hcp.specialties.length > 0) return { score: 0, reason: `registry taxonomy ${recordCodes.join(', ')} disagrees with the profile` };
  }
  if (record.specialty && hcp && hcp.specialties.length > 0) {
    const words = fold(record.specialty);
    const agrees = hcp.specialties.some((label) => {
      const entry = SPECIALTIES.find((e) => e.label === label);
      return words.includes(label) || (entry?.words.some((w) => words.includes(fold(w))) ?? false);
    });
    return agrees ? { score: 0.8, reason: `registry specialty "${record.specialty}" agrees with ${hcp.specialties.join(', ')}` }
      : { score: 0, reason: `registry specialty "${record.specialty}" differs from ${hcp.specialties.join(', ')}` };
  }
  return { score: 0.5, reason: 'specialty unknown on one side' };
}

function locationAgreement(candidate: Indexed, record: RegistryRecord): { score: number; reason: string } {
  const country = record.country ?? (record.state && STATE_CODES.has(record.state) ? 'US' : undefined);
  if (candidate.country && country && candidate.country !== country) return { score: 0, reason: `profile in ${candidate.country}, registry in ${country}` };
  const city = record.city ? fold(record.city) : undefined;
  if (candidate.state && record.state && candidate.state === record.state) {
    return candidate.city && city === candidate.city ? { score: 1, reason: `same city and state (${record.city}, ${record.state})` }
      : { score: 0.7, reason: `same state (${record.state})` };
  }
  if (candidate.city && city && candidate.city === city) return { score: 0.9, reason: `same city (${record.city})` };
  if (candidate.state && record.state) return { score: 0.1, reason: `different state (${candidate.state} vs ${record.state})` };
  if (candidate.country && country) return { score: 0.4, reason: `same country (${country})` };
  return { score: 0.5, reason: 'location unknown on one side' };
}

function credentialAgreement(candidate: Indexed, record: RegistryRecord): number {
  if (!record.credential) return 0;
  const norm = (c: string) => c.toUpperCase().replace(/[.\s]/g, '');
  const theirs = record.credential.split(/[,;/]/).map(norm);
  return (candidate.account.analysis?.hcp.credentials ?? []).some((c) => theirs.includes(norm(c))) ? 1 : 0;
}

function parseLocation(location: string | undefined): { city?: string; state?: string; country?: string } {
  if (!location) return {};
  const out: { city?: string; state?: string; country?: string } = {};
  const code = /^\s*([^,]+),\s*([A-Z]{2})\b/.exec(location);
  if (code && STATE_CODES.has(code[2]!)) return { city: fold(code[1]!.trim()), state: code[2]!, country: 'US' };
  const parts = location.split(/[,/|]/).map((p) => fold(p).trim()).filter(Boolean);
  for (const p of parts) {
    const state = STATE_BY_NAME.get(p);
    if (state) { out.state = state; out.country = 'US'; }
  }
  if (parts[0] && !STATE_BY_NAME.has(parts[0])) out.city = parts[0];
  const country = countryOf(location).country;
  if (country) out.country = country;
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
