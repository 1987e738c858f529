/**
 * An experiment, not part of the product: a statistical PHI tagger that would find names, places, facilities, dates,
 * ages and other identifiers from their context ("my neighbour X", "transferred to X") for the forms the rules of
 * src/nlp/phi.ts have not seen, its spans added only where no rule found anything. cv.ts measures it by leaving one
 * development set out at a time (never a gold set); the result, which kept it out of the analyzer, is in
 * eval/dev/README.md ("Tried and rejected: a statistical tagger").
 */
import type { NameLexicon } from '../../../src/nlp/lexicon/load-lexicons.js';
import type { Token } from '../../../src/nlp/tokenize.js';
import { featuresAt, MAX_FEATURES, tokenInfo, type Vocabulary, type WordFacts } from './features.js';
import { legalTransitions, train, viterbi, type PerceptronModel, type TaggedSequence } from './perceptron.js';

/** The categories the tagger learns: those where fresh gold sets showed the rules missing most. */
export const TAGGER_TYPES = ['name', 'address', 'date', 'age_over_89', 'facility', 'other_id'] as const;
export type TaggerType = (typeof TAGGER_TYPES)[number];

export interface TaggedSpan { type: TaggerType; start: number; end: number; text: string; confidence: number }

/** The model file (models/phi-tagger.json). Weights are quantised to integers of `scale`. */
export interface SavedTagger {
  id: string;
  trainedOn: string[];
  tags: string[];
  words: string[];
  suffixes: string[];
  features: number[];
  /** Row-major: features.length × tags.length integers. */
  weights: number[];
  transitions: number[];
  scale: number;
}

export interface GoldDoc { text: string; gold: Array<{ type: string; start: number; end: number }> }

export function wordFacts(names: NameLexicon): WordFacts {
  const place = new Set<string>();
  for (const c of [...names.cities, ...(names.towns ?? [])]) for (const w of c.toLowerCase().split(/[\s-]+/)) place.add(w);
  return {
    firstName: new Set(names.first.map((n) => n.toLowerCase())),
    lastName: new Set(names.last.map((n) => n.toLowerCase())),
    place,
    common: new Set(names.commonWords ?? []),
  };
}

const TAGS = ['O', ...TAGGER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const TYPE_OF_TAG = TAGS.map((t) => (t === 'O' ? undefined : (t.slice(2) as TaggerType)));

/** Gold spans as one tag per token: B on the first token a span overlaps, I on the rest. */
export function tagTokens(tokens: readonly Token[], gold: GoldDoc['gold']): number[] {
  const tags = new Array<number>(tokens.length).fill(0);
  for (const g of gold) {
    const type = TAGGER_TYPES.indexOf(g.type as TaggerType);
    if (type < 0) continue;
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.end <= g.start || t.start >= g.end) continue;
      tags[i] = first ? 1 + 2 * type : 2 + 2 * type;
      first = false;
    }
  }
  return tags;
}

function featureRows(text: string, tokens: readonly Token[], vocab: Vocabulary, lex: WordFacts): number[][] {
  const info = tokenInfo(tokens, vocab, lex, text);
  const buf: number[] = new Array(MAX_FEATURES);
  return tokens.map((_, i) => buf.slice(0, featuresAt(tokens, info, i, buf)));
}

export interface TrainOptions { epochs?: number; minWordCount?: number; id?: string; trainedOn?: string[] }

/** Trains a tagger on hand-labelled posts (development sets only; see cv.ts). */
export function trainTagger(docs: readonly GoldDoc[], names: NameLexicon, tokenizeFn: (text: string) => Token[], opts: TrainOptions = {}): SavedTagger {
  const lex = wordFacts(names);
  const tokenized = docs.map((d) => tokenizeFn(d.text));
  // Words seen once stay unknown, so the model also learns what an unseen name or street looks like from its context.
  const counts = new Map<string, number>();
  const suffixCounts = new Map<string, number>();
  for (const toks of tokenized) for (const t of toks) {
    counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
    if (t.norm.length > 3) { const s = t.norm.slice(-3); suffixCounts.set(s, (suffixCounts.get(s) ?? 0) + 1); }
  }
  const minCount = opts.minWordCount ?? 2;
  const words = [...counts].filter(([, c]) => c >= minCount).map(([w]) => w).sort();
  const suffixes = [...suffixCounts].filter(([, c]) => c >= minCount).map(([s]) => s).sort();
  const vocab: Vocabulary = { words: new Map(words.map((w, i) => [w, i + 1])), suffixes: new Map(suffixes.map((s, i) => [s, i + 1])) };
  const data: TaggedSequence[] = docs.map((d, k) => ({ features: featureRows(d.text, tokenized[k]!, vocab, lex), tags: tagTokens(tokenized[k]!, d.gold) }));
  const model = train(TAGS, data, opts.epochs ?? 8);
  return save(model, words, suffixes, opts.id ?? 'phi-tagger', opts.trainedOn ?? []);
}

function save(model: PerceptronModel, words: string[], suffixes: string[], id: string, trainedOn: string[]): SavedTagger {
  let max = 0;
  for (const w of model.weights.values()) for (const x of w) max = Math.max(max, Math.abs(x));
  for (const x of model.transitions) max = Math.max(max, Math.abs(x));
  const scale = max / 30_000 || 1;
  const features: number[] = [];
  const weights: number[] = [];
  for (const [f, w] of [...model.weights].sort((a, b) => a[0] - b[0])) {
    const q = Array.from(w, (x) => Math.round(x / scale));
    if (q.every((x) => x === 0)) continue;
    features.push(f);
    weights.push(...q);
  }
  return { id, trainedOn, tags: model.tags, words, suffixes, features, weights, transitions: Array.from(model.transitions, (x) => Math.round(x / scale)), scale };
}

export class PhiTagger {
  private readonly model: PerceptronModel;
  private readonly legal: Uint8Array;
  private readonly vocab: Vocabulary;
  private readonly lex: WordFacts;
  private readonly buf: number[][] = [];
  readonly id: string;

  constructor(saved: SavedTagger, names: NameLexicon) {
    const n = saved.tags.length;
    if (saved.tags.join() !== TAGS.join()) throw new Error(`PHI tagger ${saved.id}: tags ${saved.tags.join(',')} do not match this code (${TAGS.join(',')})`);
    const weights = new Map<number, Float32Array>();
    saved.features.forEach((f, k) => weights.set(f, Float32Array.from(saved.weights.slice(k * n, (k + 1) * n), (x) => x * saved.scale)));
    this.model = { tags: saved.tags, weights, transitions: Float32Array.from(saved.transitions, (x) => x * saved.scale) };
    this.legal = legalTransitions(saved.tags);
    this.vocab = { words: new Map(saved.words.map((w, i) => [w, i + 1])), suffixes: new Map(saved.suffixes.map((s, i) => [s, i + 1])) };
    this.lex = wordFacts(names);
    this.id = saved.id;
  }

  /** Spans the model tags in the text; `minMargin` trades recall for precision (0 = the model's best path). */
  tag(text: string, tokens: readonly Token[], minMargin = 0): TaggedSpan[] {
    if (tokens.length === 0) return [];
    const info = tokenInfo(tokens, this.vocab, this.lex, text);
    const counts: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const row = (this.buf[i] ??= new Array<number>(MAX_FEATURES));
      counts.push(featuresAt(tokens, info, i, row));
    }
    const { tags, margin } = viterbi(this.model, this.legal, this.buf, counts);
    const spans: TaggedSpan[] = [];
    for (let i = 0; i < tags.length; i++) {
      const type = TYPE_OF_TAG[tags[i]!];
      if (!type) continue;
      let j = i;
      let least = margin[i]!;
      while (j + 1 < tags.length && TAGS[tags[j + 1]!] === `I-${type}`) { j++; least = Math.min(least, margin[j]!); }
      if (least >= minMargin) {
        const start = tokens[i]!.start;
        const end = tokens[j]!.end;
        spans.push({ type, start, end, text: text.slice(start, end), confidence: Math.round(100 / (1 + Math.exp(-least / 2))) / 100 });
      }
      i = j;
    }
    return spans;
  }
}
