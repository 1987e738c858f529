/**
 * What the enrichment stage keeps for each post: the full analysis (for "show why"), and the
 * few facts that search and dashboards filter and count on, as indexed columns and rows.
 */
import { FLAG } from '../domain/post-flags.js';
import type { Analysis } from '../nlp/analyze.js';
import { encodeAnalysis } from '../nlp/analysis-codec.js';

export { FLAG, type FlagName } from '../domain/post-flags.js';

/** A post waiting for (re-)enrichment. */
export interface EnrichmentInput {
  platform: string;
  nativeId: string;
  /** The store's row id: pages of pending posts are read in its order. */
  rowId: number;
  /** The version of the text that is analysed; a result for another version is not stored. */
  contentHash: string;
  text: string;
  title?: string;
  hashtags: string[];
  author: string;
}

export interface EntityMention {
  type: string;
  /** Normalised id (drugbank:DB13928, DOID:9352, ae:nausea…). */
  id: string;
  /** Preferred name, lower-case. */
  name: string;
  /** As written, lower-case. */
  surface: string;
}

/** What an analysis adds to the index: the facts search and dashboards filter and count on. */
export interface EnrichmentFacts {
  version: string;
  lang: string;
  sentiment: 'positive' | 'neutral' | 'negative';
  sentimentScore: number;
  flags: number;
  entities: EntityMention[];
  areas: string[];
}

/**
 * One post's enrichment, ready to store: its facts, and the analysis as JSON text or in its stored form
 * (src/nlp/analysis-codec.ts) or both. The store keeps the stored form, and encodes the JSON itself when it has no other.
 */
export type EnrichmentRecord = EnrichmentFacts & {
  platform: string;
  nativeId: string;
  contentHash: string;
} & ({ /** The analysis as JSON text, every finding with its rule and evidence. */ analysis: string; encoded?: Uint8Array }
  | { analysis?: undefined; encoded: Uint8Array });

/**
 * The indexed summary of an analysis. Negated conditions and reactions ("no nausea") are not mentions for search.
 * The enrichment stage runs it in the analyzer's threads (`summarize` of src/nlp/analyze-many.ts), so only these few
 * facts cross to the thread that writes, never the analysis.
 */
export function enrichmentFacts(analysis: Analysis): EnrichmentFacts {
  let flags = 0;
  if (analysis.ae.present) flags |= FLAG.ae;
  // Handles and links are in most public posts; flag:phi is for the identifiers that matter (R1.1 still records all).
  if (analysis.phi.some((p) => p.type !== 'handle' && p.type !== 'url')) flags |= FLAG.phi;
  if (analysis.misinformation.present) flags |= FLAG.misinfo;
  if (analysis.endorsement.signals.length > 0 && analysis.endorsement.findings.length > 0) flags |= FLAG.undisclosed;
  const aspects = analysis.sentiment.aspects ?? [];
  if (aspects.some((a) => a.label === 'positive') && aspects.some((a) => a.label === 'negative')) flags |= FLAG.mixed;
  const seen = new Set<string>();
  const entities: EntityMention[] = [];
  for (const e of analysis.entities) {
    if (e.assertion === 'negated' && (e.type === 'condition' || e.type === 'reaction')) continue;
    const surface = e.text.toLowerCase();
    const key = `${e.type}\u0000${e.id}\u0000${surface}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({ type: e.type, id: e.id, name: e.name.toLowerCase(), surface });
  }
  return {
    version: analysis.version, lang: analysis.lang, sentiment: analysis.sentiment.label, sentimentScore: analysis.sentiment.score,
    flags, entities, areas: [...new Set(analysis.areas.map((a) => a.id))],
  };
}

/** A post's record from its analysis (in this thread). */
export function toEnrichmentRecord(input: Pick<EnrichmentInput, 'platform' | 'nativeId' | 'contentHash'>, analysis: Analysis,
  analysisJson: string, encoded?: Uint8Array): EnrichmentRecord {
  return { platform: input.platform, nativeId: input.nativeId, contentHash: input.contentHash, ...enrichmentFacts(analysis),
    analysis: analysisJson, ...(encoded ? { encoded } : {}) };
}

/** The analysis as the store keeps it (deflated JSON): the record's stored form, or its JSON encoded now. */
export function storedAnalysis(record: EnrichmentRecord): Uint8Array {
  return record.analysis === undefined ? record.encoded : (record.encoded ?? encodeAnalysis(record.analysis));
}
