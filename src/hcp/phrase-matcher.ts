/**
 * Finds whole-word phrases in text, ignoring case and accents, and reports each match with its span in the
 * original text. One regex per phrase list, longest phrase first, so "nurse practitioner" wins over "nurse".
 *
 * @NOTE a regex alternation rather than an Aho-Corasick automaton: bios and display names are short (< 300
 * characters), phrase lists are a few hundred entries, and STACK-NOTES warns that modern-ahocorasick goes through
 * Intl.Segmenter (quadratic on Node 20) for any non-ASCII input.
 */
import { fold, foldWithOffsets, originalSpan } from './text-folding.js';

export interface PhraseMatch<T> {
  /** The phrase as listed (folded). */
  phrase: string;
  value: T;
  /** As written in the original text. */
  text: string;
  span: [number, number];
  /** Start in the folded text, for context checks. */
  foldedStart: number;
}

export class PhraseMatcher<T> {
  private readonly regex: RegExp;
  private readonly values = new Map<string, T>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const key = fold(phrase).trim();
      if (key && !this.values.has(key)) this.values.set(key, value);
    }
    const alternatives = [...this.values.keys()].sort((a, b) => b.length - a.length).map(phrasePattern);
    // Sticky: tried only at word starts (see find), which is ~5× fewer attempts than a global scan.
    this.regex = new RegExp(`(?:${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'uy');
  }

  /** Matches in `text`; `folded` may be passed when the caller already folded it. */
  find(text: string, prepared?: { folded: string; offsets: number[] }): Array<PhraseMatch<T>> {
    const { folded, offsets } = prepared ?? foldWithOffsets(text);
    const out: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < folded.length; i++) {
      const ch = folded[i]!;
      const word = WORD.test(ch);
      // A phrase starts where a word starts, or at a symbol ("≠ medical advice").
      if (word ? i > 0 && WORD.test(folded[i - 1]!) : /\s/.test(ch)) continue;
      this.regex.lastIndex = i;
      const m = this.regex.exec(folded);
      if (!m) continue;
      const phrase = m[0].replace(/[\s-]+/g, ' ');
      const value = this.values.get(phrase) ?? this.values.get(m[0]) ?? this.lookup(m[0]);
      if (value === undefined) continue;
      const span = originalSpan(offsets, m.index, m.index + m[0].length);
      out.push({ phrase, value, text: text.slice(span[0], span[1]), span, foldedStart: m.index });
      i = m.index + m[0].length - 1;
    }
    return out;
  }

  private lookup(matched: string): T | undefined {
    const squashed = matched.replace(/[\s-]+/g, '');
    for (const [key, value] of this.values) if (key.replace(/[\s-]+/g, '') === squashed) return value;
    return undefined;
  }
}

const WORD = /[\p{L}\p{N}]/u;

/** Spaces and hyphens between words are interchangeable ("heme onc", "heme-onc"). */
function phrasePattern(phrase: string): string {
  return phrase.split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[\\s-]+');
}
