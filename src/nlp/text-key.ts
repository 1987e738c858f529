/** The matching key of a phrase: its normalised word tokens joined by spaces (how lexicon files store names). */
import { matchableTokens, tokenize } from './tokenize.js';

export function keyOf(phrase: string): string {
  return matchableTokens(tokenize(phrase)).map((t) => t.norm).join(' ');
}
