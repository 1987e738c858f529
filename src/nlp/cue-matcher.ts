/**
 * Finds cue phrases (lists of words per rule) in matchable tokens: the shared tool of the rule-based detectors
 * (purpose, seriousness, endorsement, misinformation). Phrases are normalised the way lexicons are.
 */
import { PhraseTrie } from './lexicon/phrase-trie.js';
import { keyOf } from './text-key.js';
import type { Token } from './tokenize.js';

export interface CueHit<R extends string = string> { rule: R; text: string; start: number; end: number; from: number; to: number }

export class CueMatcher<R extends string = string> {
  private readonly trie = new PhraseTrie<R>();

  constructor(rules: Record<R, readonly string[]> | ReadonlyArray<readonly [R, readonly string[]]>) {
    const entries = Array.isArray(rules) ? rules : Object.entries(rules);
    for (const [rule, phrases] of entries as Array<[R, readonly string[]]>) {
      for (const p of phrases) {
        const key = keyOf(p);
        if (key) this.trie.add(key.split(' '), rule);
      }
    }
  }

  find(tokens: readonly Token[], text: string): Array<CueHit<R>> {
    const out: Array<CueHit<R>> = [];
    for (const m of this.trie.matchAll(tokens)) {
      const start = tokens[m.from]!.start;
      const end = tokens[m.to - 1]!.end;
      for (const rule of new Set(m.payload)) out.push({ rule, text: text.slice(start, end), start, end, from: m.from, to: m.to });
    }
    return out;
  }
}
