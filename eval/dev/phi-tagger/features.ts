/**
 * Token features for the experimental PHI sequence tagger (tagger.ts), as integers. Every feature is (template, value)
 * packed into one number, so scoring a token is a handful of integer Map lookups and no string building — built for a
 * detector that would run on every post of the enrichment stage.
 */
import type { Token } from '../../../src/nlp/tokenize.js';

/** The lexicon facts a feature may ask about a lower-case word. */
export interface WordFacts {
  firstName: Set<string>;
  lastName: Set<string>;
  place: Set<string>;
  common: Set<string>;
}

/** Word and suffix ids learnt in training; an unseen word is id 0. */
export interface Vocabulary {
  words: Map<string, number>;
  suffixes: Map<string, number>;
}

const T = {
  bias: 1, word: 2, prev: 3, next: 4, prev2: 5, next2: 6, shape: 7, prevShape: 8, nextShape: 9, suffix: 10, facts: 11,
  prevFacts: 12, nextFacts: 13, prevWordShape: 14, wordNextShape: 15, prevNext: 16, kind: 17, lineStart: 18, shapeFacts: 19,
  prev3: 20, next3: 21, chunk: 22, chunkPos: 23, prevWord: 24, chunkPrev: 25,
} as const;
const SLOT = 2 ** 24;
const key = (template: number, value: number) => template * SLOT + (value % SLOT);
const pair = (a: number, b: number) => (a * 40_503 + b) % SLOT;

/**
 * A word's shape: letters as X/x, digits as d, the rest kept, runs of one class cut to two ("Pemberton" → "Xxx",
 * "2024" → "dd", "4B" → "dX"). The id is a hash of that, so shapes need no vocabulary.
 */
export function shapeOf(text: string): number {
  let h = 17;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < text.length && i < 24; i++) {
    const c = text.charCodeAt(i);
    const cls = c >= 48 && c <= 57 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 97 && c <= 122 ? 3 : c > 127 ? (text[i] === text[i]!.toUpperCase() && text[i] !== text[i]!.toLowerCase() ? 2 : 3) : 4 + c;
    if (cls === prev) {
      if (++run >= 2) continue;
    } else {
      run = 0;
    }
    prev = cls;
    h = (h * 31 + cls) % 1_000_003;
  }
  return h;
}

function facts(norm: string, f: WordFacts): number {
  return (f.firstName.has(norm) ? 1 : 0) | (f.lastName.has(norm) ? 2 : 0) | (f.place.has(norm) ? 4 : 0) | (f.common.has(norm) ? 8 : 0);
}

const KIND_ID: Record<Token['kind'], number> = { word: 1, number: 2, hashtag: 3, mention: 4, url: 5, punct: 6, symbol: 7 };

/** Per-token values computed once and shared by the neighbours' features. */
/**
 * Per-token values computed once and shared by the neighbours' features. `chunk` is the shape of the run of tokens
 * written without spaces ("3/14/2024", "4B", "+44-7700"), which one token's shape cannot show; `chunkPos` says where in
 * that run the token sits (0 alone, 1 first, 2 inside, 3 last).
 */
export interface TokenInfo { word: number; shape: number; facts: number; suffix: number; capital: boolean; chunk: number; chunkPos: number }

export function tokenInfo(tokens: readonly Token[], vocab: Vocabulary, lex: WordFacts, text: string): TokenInfo[] {
  const info = tokens.map((t): TokenInfo => {
    const norm = t.norm;
    const c = t.text.charCodeAt(0);
    return {
      word: vocab.words.get(norm) ?? 0,
      shape: shapeOf(t.text),
      facts: t.kind === 'word' ? facts(norm, lex) : 0,
      suffix: norm.length > 3 ? vocab.suffixes.get(norm.slice(-3)) ?? 0 : 0,
      capital: c >= 65 && c <= 90 || c > 127 && t.text[0] !== t.text[0]!.toLowerCase(),
      chunk: 0,
      chunkPos: 0,
    };
  });
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const shape = j > i ? shapeOf(text.slice(tokens[i]!.start, tokens[j]!.end)) : info[i]!.shape;
    for (let k = i; k <= j; k++) {
      info[k]!.chunk = shape;
      info[k]!.chunkPos = i === j ? 0 : k === i ? 1 : k === j ? 3 : 2;
    }
    i = j + 1;
  }
  return info;
}

/** The features of token i, written into `out` (reused between tokens); returns how many. */
export function featuresAt(tokens: readonly Token[], info: readonly TokenInfo[], i: number, out: number[]): number {
  let n = 0;
  const t = info[i]!;
  const p = info[i - 1];
  const q = info[i + 1];
  const p2 = info[i - 2];
  const q2 = info[i + 2];
  const lineStart = tokens[i]!.breakBefore ? 1 : 0;
  out[n++] = key(T.bias, 0);
  out[n++] = key(T.word, t.word);
  out[n++] = key(T.shape, t.shape);
  out[n++] = key(T.suffix, t.suffix);
  out[n++] = key(T.facts, t.facts * 4 + (t.capital ? 2 : 0) + lineStart);
  out[n++] = key(T.kind, KIND_ID[tokens[i]!.kind]);
  out[n++] = key(T.lineStart, lineStart * 2 + (t.capital ? 1 : 0));
  out[n++] = key(T.shapeFacts, pair(t.shape, t.facts));
  out[n++] = key(T.prev, p ? p.word : 1_000_001);
  out[n++] = key(T.next, q ? q.word : 1_000_002);
  out[n++] = key(T.prev2, p2 ? p2.word : 1_000_001);
  out[n++] = key(T.next2, q2 ? q2.word : 1_000_002);
  out[n++] = key(T.prevShape, p ? p.shape : 1);
  out[n++] = key(T.nextShape, q ? q.shape : 2);
  out[n++] = key(T.prevFacts, p ? p.facts * 2 + (p.capital ? 1 : 0) : 99);
  out[n++] = key(T.nextFacts, q ? q.facts * 2 + (q.capital ? 1 : 0) : 99);
  out[n++] = key(T.prevWordShape, pair(p ? p.word : 1_000_001, t.shape));
  out[n++] = key(T.wordNextShape, pair(t.word, q ? q.shape : 2));
  out[n++] = key(T.prevNext, pair(p ? p.word : 1_000_001, q ? q.word : 1_000_002));
  const p3 = info[i - 3];
  const q3 = info[i + 3];
  out[n++] = key(T.prev3, p3 ? p3.word : 1_000_001);
  out[n++] = key(T.next3, q3 ? q3.word : 1_000_002);
  out[n++] = key(T.chunk, pair(t.chunk, t.chunkPos));
  out[n++] = key(T.chunkPos, pair(t.chunkPos, t.shape));
  out[n++] = key(T.prevWord, pair(p ? p.word : 1_000_001, t.word));
  out[n++] = key(T.chunkPrev, pair(t.chunk, p ? p.word : 1_000_001));
  return n;
}

export const MAX_FEATURES = 28;
