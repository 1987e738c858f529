/**
 * Identity linking across platforms: candidate pairs of accounts that look like one person, each with a confidence
 * and the evidence. Nothing here merges anything: a link at or above `autoLinkThreshold` that rests on the account
 * itself pointing at the other (a profile URL or handle in its bio or website) may be linked automatically; every
 * other candidate waits for a human reviewer (PRODUCT.md: automatic evidence makes a candidate).
 *
 * Evidence and weights (combined as 1 − Π(1 − w)):
 *   profile-reference  0.90  the bio or website names the other account (x.com/…, bsky.app/profile/…, @user@host…)
 *   both-reference     0.98  each names the other
 *   shared-website     0.70  the same personal website (not a platform's home page)
 *   similar-bio        0.50 × word overlap (Jaccard ≥ 0.6) of the two bios
 *   same-name          0.30 × name score (person-name.ts)
 *   same-handle        0.25 same handle stem (digits, "dr" and platform suffixes removed); 0.15 when one edit apart
 *   same-place         0.10 same country and city; a different country subtracts 0.2 from the confidence
 * A shared name and handle alone (0.48) stay under the default reporting threshold (0.5): namesakes are common.
 * Candidate pairs come from blocks (referenced handle, website, full name, handle stem) so the work is not n².
 */
import { distance } from 'fastest-levenshtein';
import { countryOf } from '../country.js';
import type { Evidence } from '../evidence.js';
import { compareNames, parsePersonName } from '../person-name.js';
import { fold } from '../text-folding.js';
import { type ProfileReference, profileReferences } from './profile-references.js';

export interface LinkableAccount {
  /** Stable key, e.g. "x:12345". */
  id: string;
  platform: string;
  handle: string;
  /** For Mastodon: the server host (from the account URL) so @user@host references resolve. */
  host?: string;
  displayName?: string;
  bio?: string;
  url?: string;
  location?: string;
}

export interface IdentityLink {
  a: string;
  b: string;
  confidence: number;
  /** "auto" only for self-declared links above the threshold; everything else needs a reviewer. */
  decision: 'auto' | 'review';
  evidence: Evidence[];
}

export interface LinkOptions {
  /** Candidates below this are not reported (default 0.5). */
  minConfidence?: number;
  /** Self-declared links at or above this may be linked without a reviewer (default 0.9). */
  autoLinkThreshold?: number;
  /** Blocks larger than this are skipped for name and handle blocking (very common names). Default 50. */
  maxBlock?: number;
}

const PLATFORM_HOMES = /^(?:x\.com|twitter\.com|instagram\.com|facebook\.com|linkedin\.com|youtube\.com|tiktok\.com|bsky\.app|reddit\.com|threads\.net|linktr\.ee|about\.me)\/?$/;

export function findIdentityLinks(accounts: readonly LinkableAccount[], options: LinkOptions = {}): IdentityLink[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const autoThreshold = options.autoLinkThreshold ?? 0.9;
  const maxBlock = options.maxBlock ?? 50;
  const byHandle = new Map<string, LinkableAccount>();
  for (const a of accounts) byHandle.set(handleKey(a.platform, a.handle, a.host), a);
  const refs = new Map<string, ProfileReference[]>(accounts.map((a) => [a.id, profileReferences(`${a.bio ?? ''} ${a.url ?? ''}`)]));
  const pairs = new Map<string, [LinkableAccount, LinkableAccount]>();
  const addPair = (x: LinkableAccount, y: LinkableAccount) => {
    if (x.id === y.id || x.platform === y.platform) return;
    const [p, q] = x.id < y.id ? [x, y] : [y, x];
    pairs.set(`${p.id}\u0000${q.id}`, [p, q]);
  };
  for (const a of accounts) {
    for (const ref of refs.get(a.id)!) {
      const target = byHandle.get(handleKey(ref.platform, ref.handle, ref.host));
      if (target) addPair(a, target);
    }
  }
  const blocks = new Map<string, LinkableAccount[]>();
  const block = (key: string | undefined, a: LinkableAccount) => {
    if (!key) return;
    const list = blocks.get(key) ?? [];
    list.push(a);
    blocks.set(key, list);
  };
  for (const a of accounts) {
    block(websiteKey(a.url) && `w:${websiteKey(a.url)}`, a);
    const name = a.displayName ? parsePersonName(a.displayName) : undefined;
    if (name?.given && name.family) block(`n:${name.given} ${name.family}`, a);
    const stem = handleStem(a.handle);
    if (stem.length >= 5) block(`h:${stem}`, a);
  }
  for (const [key, list] of blocks) {
    if (list.length > maxBlock && !key.startsWith('w:')) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) addPair(list[i]!, list[j]!);
  }
  const links: IdentityLink[] = [];
  for (const [a, b] of pairs.values()) {
    const link = scorePair(a, b, refs.get(a.id)!, refs.get(b.id)!);
    if (link.confidence < minConfidence) continue;
    const selfDeclared = link.evidence.some((e) => e.rule === 'link:profile-reference' || e.rule === 'link:both-reference');
    links.push({ ...link, decision: selfDeclared && link.confidence >= autoThreshold ? 'auto' : 'review' });
  }
  return links.sort((x, y) => y.confidence - x.confidence || x.a.localeCompare(y.a));
}

function scorePair(a: LinkableAccount, b: LinkableAccount, refsA: ProfileReference[], refsB: ProfileReference[]): Omit<IdentityLink, 'decision'> {
  const evidence: Evidence[] = [];
  const weights: number[] = [];
  const add = (rule: string, weight: number, e: Partial<Evidence>) => {
    weights.push(weight);
    evidence.push({ rule, supports: `same-person:${a.id}|${b.id}`, field: e.field ?? 'bio', weight: round(weight), ...e });
  };
  const aToB = refsA.find((r) => handleKey(r.platform, r.handle, r.host) === handleKey(b.platform, b.handle, b.host));
  const bToA = refsB.find((r) => handleKey(r.platform, r.handle, r.host) === handleKey(a.platform, a.handle, a.host));
  if (aToB && bToA) add('link:both-reference', 0.98, { text: `${aToB.text} ↔ ${bToA.text}`, note: 'each account names the other' });
  else if (aToB || bToA) {
    const r = (aToB ?? bToA)!;
    add('link:profile-reference', 0.9, { text: r.text, note: `${aToB ? a.id : b.id} names ${aToB ? b.id : a.id}` });
  }
  const wa = websiteKey(a.url);
  if (wa && wa === websiteKey(b.url)) add('link:shared-website', 0.7, { field: 'url', text: wa });
  if (a.displayName && b.displayName) {
    const cmp = compareNames(parsePersonName(a.displayName), parsePersonName(b.displayName));
    if (cmp.score >= 0.5) add('link:same-name', 0.3 * cmp.score, { field: 'name', text: `${a.displayName} / ${b.displayName}`, note: cmp.reason });
  }
  const bio = bioOverlap(a.bio, b.bio);
  if (bio >= 0.6) add('link:similar-bio', 0.5 * bio, { text: b.bio ?? '', note: `${Math.round(bio * 100)}% of bio words shared` });
  const sa = handleStem(a.handle);
  const sb = handleStem(b.handle);
  if (sa.length >= 4 && sa === sb) add('link:same-handle', 0.25, { field: 'handle', text: `${a.handle} / ${b.handle}` });
  else if (sa.length >= 6 && sb.length >= 6 && distance(sa, sb) === 1) add('link:similar-handle', 0.15, { field: 'handle', text: `${a.handle} / ${b.handle}` });
  let penalty = 0;
  if (a.location && b.location) {
    const ca = countryOf(a.location).country;
    const cb = countryOf(b.location).country;
    if (ca && cb && ca !== cb) {
      penalty = 0.2;
      evidence.push({ rule: 'link:different-country', supports: `different-person:${a.id}|${b.id}`, field: 'location', weight: -0.2, text: `${ca} / ${cb}` });
    } else if (ca && ca === cb && fold(a.location).split(',')[0]!.trim() === fold(b.location).split(',')[0]!.trim()) {
      add('link:same-place', 0.1, { field: 'location', text: a.location });
    }
  }
  const confidence = Math.max(0, 1 - weights.reduce((p, w) => p * (1 - w), 1) - penalty);
  return { a: a.id, b: b.id, confidence: round(confidence), evidence };
}

/** Jaccard overlap of the bios' word sets (words of 3+ letters), 0 when either is missing or short. */
function bioOverlap(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const words = (t: string) => new Set(fold(t).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3));
  const wa = words(a);
  const wb = words(b);
  if (wa.size < 3 || wb.size < 3) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** "X:DrJane" → "x:drjane"; Mastodon handles carry their host. */
function handleKey(platform: string, handle: string, host?: string): string {
  const h = handle.replace(/^@/, '').toLowerCase();
  return platform === 'mastodon' && host && !h.includes('@') ? `${platform}:${h}@${host.toLowerCase()}` : `${platform}:${h}`;
}

/** The part of a handle that identifies the person: no platform suffix, no "dr" prefix, no digits or separators. */
export function handleStem(handle: string): string {
  return fold(handle.replace(/^@/, '').split('@')[0]!.replace(/\.(bsky\.social|bsky\.app)$/i, ''))
    .replace(/^(?:dr|doc|prof)(?=[a-z_.])/, '').replace(/(?:md|phd|rn|mbbs)$/, '').replace(/[^a-z]/g, '');
}

/** A personal website as host + path, or undefined for none and for platforms' home pages. */
export function websiteKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const key = url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (!key || PLATFORM_HOMES.test(key) || !key.includes('.')) return undefined;
  return key;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
