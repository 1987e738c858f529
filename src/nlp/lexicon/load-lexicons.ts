/**
 * Loads the shipped lexicon files (lexicons/*.json, built by scripts/build-lexicons.ts) once per process.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** lexicons/ at the package root: the same relative path from src/nlp/lexicon and dist/nlp/lexicon. */
export const LEXICON_DIR = resolve(import.meta.dirname, '..', '..', '..', 'lexicons');

export type Term = [key: string, id: string, flags: string];

export interface ConceptInfo { name: string; areas?: string[]; serious?: boolean; symp?: string }

export interface DrugLexicon { ingredients: Record<string, ConceptInfo>; brands: Record<string, string>; terms: Term[] }
export interface ConceptLexicon { concepts: Record<string, ConceptInfo>; terms: Term[] }
export interface SentimentLexicon {
  words: Record<string, number>; phrases: Record<string, number>; emoticons: Record<string, number>; emoji: Record<string, number>;
}
export interface NameLexicon {
  first: string[]; last: string[]; ambiguous: string[]; cities: string[]; states: string[]; stateAbbr: string[];
  /** Smaller places (GeoNames): a place only after a place word ("from Dunmore"), since most are also surnames or words. */
  towns?: string[];
  /** Names that are also English words ("bob", "ruth"): not names when written in lower case. */
  plainWords?: string[];
  /** The most frequent English words (lower case): they do not continue a lower-case name. */
  commonWords?: string[];
}
export interface LabelEntry {
  brand: string; generic: string; id: string; brandKey: string; indicationIds: string[]; indicationText: string;
  seriousRisks: string; boxedWarning: boolean; setId: string; effectiveTime: string; source: string;
}
export interface MisinformationClaim {
  id: string; claim: string; topic: string;
  /** Every group must match (one of its phrases) for the claim to match. */
  all: string[][];
  /** Phrases that state the claim by themselves ("death jab"): one is enough. */
  alone?: string[];
  /** Phrases that show the words are used otherwise ("cancer vaccine", "saves lives"): any one in the post vetoes the claim. */
  unless?: string[];
  /** Phrases that state the claim when written in scare quotes (the "vaccine"). */
  quoted?: string[];
  source: { org: string; title: string; url: string };
}

export interface MisinformationCue {
  id: string; kind: string; phrases: string[];
  /** Counts only in scare quotes tight around the phrase (the "vaccine"). */
  quoted?: boolean;
}

export interface Lexicons {
  drugs: DrugLexicon;
  conditions: ConceptLexicon;
  reactions: ConceptLexicon;
  sentiment: SentimentLexicon;
  names: NameLexicon;
  labeling: { labels: LabelEntry[] };
  misinformation: { claims: MisinformationClaim[]; riskCues: MisinformationCue[] };
  zip3: { restricted: string[] };
}

export const LEXICON_FILES = ['drugs.json', 'conditions.json', 'reactions.json', 'sentiment.json', 'names.json', 'labeling.json',
  'misinformation.json', 'zip3-restricted.json'] as const;

function read<T>(file: string, dir: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

let cached: Lexicons | undefined;

export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  if (cached && dir === LEXICON_DIR) return cached;
  const lexicons: Lexicons = {
    drugs: read('drugs.json', dir), conditions: read('conditions.json', dir), reactions: read('reactions.json', dir),
    sentiment: read('sentiment.json', dir), names: read('names.json', dir), labeling: read('labeling.json', dir),
    misinformation: read('misinformation.json', dir), zip3: read('zip3-restricted.json', dir),
  };
  if (dir === LEXICON_DIR) cached = lexicons;
  return lexicons;
}
