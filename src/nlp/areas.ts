/**
 * Therapy areas of a text: evidence from drug, condition, procedure and specialty mentions (each concept carries its
 * areas: drugs from the curated list, conditions from their Disease Ontology ancestors) and from hashtags.
 */
import { AREA_HASHTAGS, THERAPY_AREA_IDS, type TherapyAreaId } from './areas-catalog.js';
import type { Entity } from './entities.js';
import type { Token } from './tokenize.js';

export interface AreaEvidence { kind: 'hashtag' | Entity['type']; text: string; id?: string; start?: number; end?: number }

export interface AreaFinding { id: TherapyAreaId; confidence: number; score: number; ruleId: string; evidence: AreaEvidence[] }

const WEIGHT: Record<AreaEvidence['kind'], number> = { hashtag: 1.2, drug: 1, condition: 1, reaction: 0, procedure: 0.5, specialty: 0.7 };
const KNOWN = new Set<string>(THERAPY_AREA_IDS);

/** Areas from recognised entities plus hashtags (tokens of kind 'hashtag' and/or an explicit list). */
export function areasFrom(entities: readonly Entity[], hashtagTokens: readonly Token[], extraHashtags: readonly string[] = [],
  hashtagConcepts?: (tag: string) => Entity['areas'] | undefined): AreaFinding[] {
  const acc = new Map<TherapyAreaId, { score: number; evidence: AreaEvidence[] }>();
  const add = (area: string, weight: number, ev: AreaEvidence) => {
    if (!KNOWN.has(area) || weight <= 0) return;
    const a = acc.get(area as TherapyAreaId) ?? { score: 0, evidence: [] };
    a.score += weight;
    if (a.evidence.length < 5) a.evidence.push(ev);
    acc.set(area as TherapyAreaId, a);
  };
  for (const e of entities) {
    if (e.assertion === 'negated') continue;
    for (const area of e.areas) add(area, WEIGHT[e.type], { kind: e.type, text: e.text, id: e.id, start: e.start, end: e.end });
  }
  const seen = new Set<string>();
  // Built by push onto literals, not spread/map: one elements kind whether empty or not (see sentiment.ts).
  const tags: Array<{ tag: string; start?: number; end?: number; text: string }> = [];
  for (const t of hashtagTokens) tags.push({ tag: t.norm, start: t.start, end: t.end, text: t.text });
  for (const h of extraHashtags) tags.push({ tag: h.replace(/^#/, '').toLowerCase(), text: h.startsWith('#') ? h : `#${h}` });
  for (const t of tags) {
    if (seen.has(t.tag)) continue;
    seen.add(t.tag);
    const areas = AREA_HASHTAGS[t.tag] ?? hashtagConcepts?.(t.tag) ?? [];
    for (const area of areas) add(area, WEIGHT.hashtag, { kind: 'hashtag', text: t.text, ...(t.start !== undefined ? { start: t.start, end: t.end } : {}) });
  }
  const out: AreaFinding[] = [];
  for (const [id, a] of acc) {
    out.push({ id, score: Math.round(a.score * 100) / 100, confidence: Math.round((1 - Math.exp(-a.score)) * 100) / 100, ruleId: 'areas.evidence.v1',
      evidence: a.evidence });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
