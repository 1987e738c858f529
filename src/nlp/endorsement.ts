/**
 * Endorsements (FTC 16 CFR 255, R3.1): material-connection signals (brand tags, promo codes, affiliate links, "gifted",
 * paid partnership, paid-program membership) and whether a disclosure is present and where people see it.
 * Rules (ids used in findings):
 *   endorsement.disclosure.absent             a signal with no disclosure at all
 *   endorsement.disclosure.after-truncation   the first disclosure sits after the platform's "…more" cut
 *   endorsement.disclosure.hashtag-cluster    the disclosure is only inside a trailing cluster of hashtags
 *   endorsement.disclosure.bio-only           the disclosure is only in the profile bio
 *   endorsement.disclosure.ambiguous          only ambiguous wording (#sp, #spon, #collab, #ambassador, "thanks to")
 *   endorsement.disclosure.platform-label-only  only the platform's partnership label (an extra signal, not proof)
 */
import { CueMatcher } from './cue-matcher.js';
import type { Token } from './tokenize.js';

export type SignalKind = 'brand-tag' | 'promo-code' | 'affiliate-link' | 'gifted' | 'paid-partnership' | 'paid-program';
export type Placement = 'prominent' | 'after-truncation' | 'hashtag-cluster' | 'bio-only' | 'ambiguous' | 'platform-label-only' | 'absent' | 'not-needed';

export interface EndorsementSignal { kind: SignalKind; ruleId: string; text: string; start: number; end: number; confidence: number }
export interface EndorsementFinding { ruleId: string; severity: 'high' | 'medium' | 'low'; message: string; fix: string; evidence?: { text: string; start: number; end: number } }

export interface EndorsementResult {
  signals: EndorsementSignal[];
  disclosure: { present: boolean; placement: Placement; evidence?: { text: string; start: number; end: number } };
  findings: EndorsementFinding[];
}

export interface EndorsementOptions {
  platform?: string;
  /** The author's profile bio, to tell "disclosed only in bio" from "not disclosed". */
  bio?: string;
  /** The platform marked the post as a paid partnership. */
  partnershipLabel?: boolean;
}

/** Characters shown before a "…more" cut (Instagram captions ~125, LinkedIn ~210, TikTok ~100, Facebook ~477, YouTube descriptions ~100). */
export const TRUNCATION: Record<string, number> = { instagram: 125, tiktok: 100, linkedin: 210, facebook: 477, youtube: 100, x: 280, bluesky: 300, mastodon: 500, reddit: 300, default: 140 };

const SIGNALS = new CueMatcher<Exclude<SignalKind, 'brand-tag'>>({
  'promo-code': ['use code', 'use my code', 'promo code', 'discount code', 'coupon code', 'coupon', 'code', 'off your first', '% off', 'percent off'],
  'affiliate-link': ['link in bio', 'affiliate link', 'affiliate', 'my link', 'swipe up', 'shop my'],
  gifted: ['gifted', 'gift from', 'pr package', 'sent me', 'complimentary', 'free sample', 'free samples', 'thanks to', 'thank you to', 'was sent'],
  'paid-partnership': ['paid partnership', 'partnered with', 'in partnership with', 'partnering with', 'ambassador', 'sponsored by', 'collab', 'collaboration with', 'proud partner', 'teamed up with'],
  'paid-program': ['speakers bureau', 'speaker bureau', 'advisory board', 'consultant for', 'paid by', 'honorarium', 'paid speaker', 'on the payroll'],
});
const DISCLOSURE_TAGS = new Set(['ad', 'ads', 'advert', 'advertisement', 'sponsored', 'paid', 'paidpartnership', 'paidpartner', 'partner', 'brandpartner', 'gifted', 'giftedproduct', 'promotion', 'promo']);
const AMBIGUOUS_TAGS = new Set(['sp', 'spon', 'collab', 'ambassador', 'thanks', 'partnership']);
const DISCLOSURE_PHRASES = new CueMatcher<'disclosure'>({
  disclosure: ['paid partnership with', 'sponsored by', 'this post is sponsored', 'this is an ad', 'advertisement', 'i was paid', 'i received compensation',
    'i am a paid', 'im a paid', 'disclosure', 'i was compensated', 'in exchange for', 'received this product for free', 'gifted by', 'paid ad', 'sponsored post'],
});
const AFFILIATE_URL = /[?&](?:ref|aff|affiliate|tag|utm_source|utm_campaign|promo|coupon|partner)=|amzn\.to|\/ref=|rstyle\.me|liketk\.it|shopmy|linktr\.ee/i;

export function detectEndorsement(text: string, words: readonly Token[], all: readonly Token[], brandKeys: ReadonlySet<string>,
  brandsInText: ReadonlyArray<{ text: string; start: number; end: number }>, options: EndorsementOptions = {}): EndorsementResult {
  const signals: EndorsementSignal[] = [];
  for (const h of SIGNALS.find(words, text)) {
    // A bare "code" only counts when a code-like word follows ("code GLOW20").
    if (h.rule === 'promo-code' && (h.text.toLowerCase() === 'code' || h.text.toLowerCase().endsWith('code'))) {
      const next = words[h.to];
      if (!next || !/[A-Z0-9]{3,}/.test(next.text) || !/\d|[A-Z]{4,}/.test(next.text)) { if (h.text.toLowerCase() === 'code') continue; }
    }
    if (h.rule === 'gifted' && /thank/.test(h.text.toLowerCase()) && brandsInText.length === 0) continue;
    signals.push({ kind: h.rule, ruleId: `endorsement.signal.${h.rule}`, text: h.text, start: h.start, end: h.end, confidence: h.rule === 'gifted' || h.rule === 'paid-program' ? 0.8 : 0.85 });
  }
  const disclosures: Array<{ text: string; start: number; end: number; ambiguous: boolean }> = [];
  for (const t of all) {
    if ((t.kind === 'mention' || t.kind === 'hashtag') && brandKeys.has(t.norm)) {
      signals.push({ kind: 'brand-tag', ruleId: 'endorsement.signal.brand-tag', text: t.text, start: t.start, end: t.end, confidence: 0.7 });
    }
    if (t.kind === 'url' && AFFILIATE_URL.test(t.text)) {
      signals.push({ kind: 'affiliate-link', ruleId: 'endorsement.signal.affiliate-link', text: t.text, start: t.start, end: t.end, confidence: 0.85 });
    }
    if (t.kind === 'hashtag' && DISCLOSURE_TAGS.has(t.norm)) disclosures.push({ text: t.text, start: t.start, end: t.end, ambiguous: false });
    if (t.kind === 'hashtag' && AMBIGUOUS_TAGS.has(t.norm)) disclosures.push({ text: t.text, start: t.start, end: t.end, ambiguous: true });
  }
  for (const h of DISCLOSURE_PHRASES.find(words, text)) disclosures.push({ text: h.text, start: h.start, end: h.end, ambiguous: false });
  // "Ad:" / "AD |" at the start of a post is a disclosure too.
  const lead = /^\s*(?:\[?ad\]?|#?ad)\s*[:|\-–]/i.exec(text);
  if (lead) disclosures.push({ text: lead[0].trim(), start: lead.index, end: lead.index + lead[0].length, ambiguous: false });
  if (brandsInText.length > 0 && signals.some((s) => s.kind !== 'brand-tag')) {
    const b = brandsInText[0]!;
    signals.push({ kind: 'brand-tag', ruleId: 'endorsement.signal.brand-named', text: b.text, start: b.start, end: b.end, confidence: 0.6 });
  }
  disclosures.sort((a, b) => a.start - b.start);
  const findings: EndorsementFinding[] = [];
  const needs = signals.length > 0 || options.partnershipLabel === true;
  let placement: Placement = 'not-needed';
  const clear = disclosures.filter((d) => !d.ambiguous);
  const first = clear[0];
  const cut = TRUNCATION[options.platform ?? 'default'] ?? TRUNCATION.default!;
  const clusterStart = trailingHashtagCluster(all, text);
  if (first) {
    if (first.start >= cut && text.length > cut) placement = 'after-truncation';
    else if (clusterStart !== undefined && clear.every((d) => d.start >= clusterStart)) placement = 'hashtag-cluster';
    else placement = 'prominent';
  } else if (needs) {
    if (disclosures.length > 0) placement = 'ambiguous';
    else if (options.bio && /#(?:ad|sponsored|partner)\b|paid partnership|sponsored|ambassador for|i am paid/i.test(options.bio)) placement = 'bio-only';
    else if (options.partnershipLabel) placement = 'platform-label-only';
    else placement = 'absent';
  }
  const fix = 'Start the post with a clear disclosure such as "#ad — paid partnership with <brand>" (or "Gifted by <brand>"), before any "…more" cut and outside hashtag clusters.';
  const evidence = signals[0] ? { text: signals[0].text, start: signals[0].start, end: signals[0].end } : undefined;
  if (needs) {
    const messages: Partial<Record<Placement, [string, EndorsementFinding['severity']]>> = {
      absent: ['Material-connection signal with no disclosure.', 'high'],
      'after-truncation': [`The disclosure appears after the first ${cut} characters, behind the platform's "more" cut.`, 'medium'],
      'hashtag-cluster': ['The disclosure is only inside a trailing cluster of hashtags, where people miss it.', 'medium'],
      'bio-only': ['The disclosure is only in the profile bio, not in the post.', 'high'],
      ambiguous: ['Only ambiguous wording (#sp, #collab, #ambassador, "thanks to") discloses the relationship.', 'medium'],
      'platform-label-only': ["Only the platform's partnership label discloses the relationship; add words in the post.", 'low'],
    };
    const m = messages[placement];
    if (m) findings.push({ ruleId: `endorsement.disclosure.${placement}`, severity: m[1], message: m[0], fix, ...(evidence ? { evidence } : {}) });
  }
  return { signals, disclosure: { present: first !== undefined, placement, ...(first ? { evidence: { text: first.text, start: first.start, end: first.end } } : {}) }, findings };
}

/** Start offset of a run of ≥3 hashtags (only hashtags, mentions and whitespace) at the end of the text. */
function trailingHashtagCluster(all: readonly Token[], text: string): number | undefined {
  let count = 0;
  let start: number | undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const t = all[i]!;
    if (t.kind === 'hashtag' || t.kind === 'mention') { count++; start = t.start; continue; }
    if (t.kind === 'punct' && /[.!]/.test(t.text) && i === all.length - 1) continue;
    break;
  }
  return count >= 3 && start !== undefined && text.slice(start).trim().length > 0 ? start : undefined;
}
