/**
 * Entity recognition with normalised ids: drugs (generic, brand, misspelling, slang → one ingredient id), conditions,
 * adverse reactions (lay wording → a preferred term), procedures and specialties. One phrase trie holds every lexicon;
 * negation, speculation and experiencer are attached to each mention.
 *
 * Id schemes (stable, documented in docs/analyze.md):
 *   drug       drugbank:DB13928 · combinations drugbank:DB00001+DB00002 (sorted) · curated products auscult:drug/<slug>
 *   condition  DOID:9352 (Human Disease Ontology)
 *   reaction   ae:<preferred-term-slug> (e.g. ae:nausea), with the Symptom Ontology id as `xref` when there is one
 *   procedure  procedure:<slug> · specialty specialty:<slug>
 */
import { PROCEDURE_TERMS, SPECIALTY_TERMS } from './areas-catalog.js';
import type { Lexicons } from './lexicon/load-lexicons.js';
import { PhraseTrie } from './lexicon/phrase-trie.js';
import { cueOver, scopeMap, type NegationKind, type ScopeCue } from './negation.js';
import { experiencerAt, type Experiencer } from './experiencer.js';
import { keyOf } from './text-key.js';
import type { Token } from './tokenize.js';

export type EntityType = 'drug' | 'condition' | 'reaction' | 'procedure' | 'specialty';

/**
 * Every Entity has the same keys in the same order (an absent optional one is `undefined`): the detectors that read entities
 * then see one object shape, and V8 does not deoptimise and recompile them each time a rarer combination of keys shows up
 * (measured: most of the analyzer threads' compile time). `EntityView` (analyze.ts) leaves the undefined ones out.
 */
export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  id: string;
  /** Preferred name of the concept. */
  name: string;
  xref?: string;
  /** How it matched: brand, generic, synonym, variant (misspelling/slang/lay term), label… */
  ruleId: string;
  confidence: number;
  /** negated ("no nausea"), ended ("no more pain"), speculated ("might cause"), or asserted. */
  assertion: 'asserted' | NegationKind;
  assertionCue?: ScopeCue;
  experiencer: Experiencer;
  experiencerRule: string;
  areas: string[];
  serious?: boolean;
  /** Token span within the matchable tokens. */
  from: number;
  to: number;
}

interface Payload { type: EntityType; id: string; flags: string }

const TYPE_RANK: Record<EntityType, number> = { drug: 5, reaction: 4, condition: 3, procedure: 2, specialty: 1 };
const FLAG_RULE: Record<string, string> = { b: 'brand', g: 'generic', s: 'synonym', v: 'variant', l: 'label', p: 'preferred', c: 'acronym' };
const FLAG_CONFIDENCE: Record<string, number> = { b: 0.95, g: 0.95, p: 0.9, l: 0.85, v: 0.85, s: 0.75 };
/** Words before a term that make it the condition being treated, not a reaction ("for depression", "with diabetes"). */
const INDICATION_WORDS = new Set(['for', 'treat', 'treating', 'treats', 'treated', 'treatment', 'manage', 'managing', 'with', 'diagnosed', 'dx']);

export class EntityRecognizer {
  private readonly trie = new PhraseTrie<Payload>();
  private readonly lex: Lexicons;

  constructor(lexicons: Lexicons) {
    this.lex = lexicons;
    for (const [key, id, flags] of lexicons.drugs.terms) this.trie.add(key.split(' '), { type: 'drug', id, flags });
    for (const [key, id, flags] of lexicons.conditions.terms) this.trie.add(key.split(' '), { type: 'condition', id, flags });
    for (const [key, id, flags] of lexicons.reactions.terms) this.trie.add(key.split(' '), { type: 'reaction', id, flags });
    for (const p of PROCEDURE_TERMS) for (const t of p.terms) this.trie.add(keyOf(t).split(' '), { type: 'procedure', id: p.id, flags: 'l' });
    for (const s of SPECIALTY_TERMS) for (const t of s.terms) this.trie.add(keyOf(t).split(' '), { type: 'specialty', id: s.id, flags: 'l' });
  }

  get size(): number {
    return this.trie.size;
  }

  /** Entities in the matchable tokens of one text. */
  recognize(tokens: readonly Token[]): Entity[] {
    const matches = this.trie.matchAll(tokens, acceptCase);
    if (matches.length === 0) return [];
    const scopes = scopeMap(tokens);
    const drugSentences = new Set<number>();
    for (const m of matches) if (m.payload.some((p) => p.type === 'drug')) drugSentences.add(tokens[m.from]!.sentence);
    const spans = matches.map((m) => [tokens[m.from]!.start, tokens[m.to - 1]!.end] as const);
    const insideMention = (offset: number) => spans.some(([a, b]) => offset >= a && offset < b);
    const out: Entity[] = [];
    for (const m of matches) {
      const payload = choose(m.payload, tokens, m.from, drugSentences);
      const first = tokens[m.from]!;
      const last = tokens[m.to - 1]!;
      const cue = cueOver(scopes, tokens, m.from, m.to, insideMention);
      const exp = experiencerAt(tokens, m.from);
      const info = this.info(payload);
      const flag = payload.flags.replace('c', '')[0] ?? 'l';
      // A one-word lower-case synonym from the long tail is weaker evidence than a brand or curated term.
      const confidence = FLAG_CONFIDENCE[flag] ?? 0.8;
      out.push({
        type: payload.type, text: first.text === last.text && m.to - m.from === 1 ? first.text : sliceText(tokens, m.from, m.to),
        start: first.start, end: last.end, id: this.publicId(payload), name: info.name,
        xref: info.symp ? info.symp : undefined,
        ruleId: `lexicon.${payload.type}.${FLAG_RULE[flag] ?? 'term'}${payload.flags.includes('c') ? '.acronym' : ''}`,
        confidence, assertion: cue?.kind ?? 'asserted', assertionCue: cue ?? undefined,
        experiencer: exp.experiencer, experiencerRule: exp.ruleId, areas: info.areas ? [...info.areas] : [],
        serious: info.serious ? true : undefined, from: m.from, to: m.to,
      });
    }
    // "Paxlovid mouth", "Keppra rage": a lay reaction named after its drug also names the drug.
    for (const r of out) {
      if (r.type !== 'reaction' || r.to - r.from < 2) continue;
      const inner = this.trie.matchAll(tokens.slice(r.from, r.to - 1)).find((m) => m.payload.some((p) => p.type === 'drug'));
      if (!inner) continue;
      const payload = inner.payload.find((p) => p.type === 'drug')!;
      const from = r.from + inner.from;
      const to = r.from + inner.to;
      const info = this.info(payload);
      const flag = payload.flags.replace('c', '')[0] ?? 'l';
      out.push({ type: 'drug', text: sliceText(tokens, from, to), start: tokens[from]!.start, end: tokens[to - 1]!.end, id: this.publicId(payload), name: info.name,
        xref: undefined, ruleId: `lexicon.drug.${FLAG_RULE[flag] ?? 'term'}.inside-reaction`, confidence: (FLAG_CONFIDENCE[flag] ?? 0.8) * 0.9, assertion: r.assertion,
        assertionCue: r.assertionCue ? r.assertionCue : undefined, experiencer: r.experiencer, experiencerRule: r.experiencerRule,
        areas: info.areas ? [...info.areas] : [], serious: undefined, from, to });
    }
    return out;
  }

  private readonly infoCache = new Map<string, { name: string; areas?: string[]; serious?: boolean; symp?: string }>();

  /** Concept details, computed once per concept (measured: a few per cent of analyze() before caching). */
  private info(p: Payload): { name: string; areas?: string[]; serious?: boolean; symp?: string } {
    const key = `${p.type}|${p.id}`;
    let hit = this.infoCache.get(key);
    if (!hit) { hit = this.computeInfo(p); this.infoCache.set(key, hit); }
    return hit;
  }

  private computeInfo(p: Payload): { name: string; areas?: string[]; serious?: boolean; symp?: string } {
    switch (p.type) {
      case 'drug': {
        const parts = p.id.split('+');
        const names = parts.map((id) => this.lex.drugs.ingredients[id]?.name ?? id);
        const areas = new Set<string>(this.lex.drugs.ingredients[p.id]?.areas ?? parts.flatMap((id) => this.lex.drugs.ingredients[id]?.areas ?? []));
        return { name: this.lex.drugs.ingredients[p.id]?.name ?? names.join(' + '), areas: [...areas] };
      }
      case 'condition': return this.lex.conditions.concepts[p.id] ?? { name: p.id };
      case 'reaction': return this.lex.reactions.concepts[p.id] ?? { name: p.id };
      case 'procedure': {
        const proc = PROCEDURE_TERMS.find((x) => x.id === p.id);
        return { name: p.id.replace(/-/g, ' '), ...(proc?.area ? { areas: [proc.area] } : {}) };
      }
      case 'specialty': {
        const spec = SPECIALTY_TERMS.find((x) => x.id === p.id);
        return { name: p.id.replace(/-/g, ' '), ...(spec?.area ? { areas: [spec.area] } : {}) };
      }
    }
  }

  private publicId(p: Payload): string {
    switch (p.type) {
      case 'drug': return p.id.startsWith('auscult:') ? `auscult:drug/${p.id.slice(8)}` : `drugbank:${p.id}`;
      case 'condition': return p.id;
      case 'reaction': return p.id;
      case 'procedure': return `procedure:${p.id}`;
      case 'specialty': return `specialty:${p.id}`;
    }
  }
}

function sliceText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, i) => (i === 0 ? t.text : `${' '.repeat(Math.max(0, t.start - tokens[from + i - 1]!.end))}${t.text}`)).join('');
}

/** Case-sensitive acronyms ("MS", "ALL", "ADD") only count when written in capitals. */
function acceptCase(p: Payload, tokens: readonly Token[], from: number, to: number): boolean {
  if (!p.flags.includes('c')) return true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (t !== t.toUpperCase()) return false;
  }
  return true;
}

/** Picks one reading of an ambiguous term: a drug first; a reaction near a drug unless it is the indication. */
function choose(payloads: Payload[], tokens: readonly Token[], from: number, drugSentences: Set<number>): Payload {
  if (payloads.length === 1) return payloads[0]!;
  const byType = new Map<EntityType, Payload>();
  for (const p of payloads) if (!byType.has(p.type)) byType.set(p.type, p);
  const reaction = byType.get('reaction');
  const condition = byType.get('condition');
  if (byType.has('drug')) return byType.get('drug')!;
  if (reaction && condition) {
    const prev = tokens[from - 1]?.norm ?? '';
    const prev2 = tokens[from - 2]?.norm ?? '';
    const indication = INDICATION_WORDS.has(prev) || INDICATION_WORDS.has(prev2);
    // A drug in this sentence or the one next to it ("Started Lexapro in May. Now the anxiety is worse").
    const s = tokens[from]!.sentence;
    return (drugSentences.has(s) || drugSentences.has(s - 1) || drugSentences.has(s + 1)) && !indication ? reaction : condition;
  }
  return [...byType.values()].sort((a, b) => TYPE_RANK[b.type] - TYPE_RANK[a.type])[0]!;
}
