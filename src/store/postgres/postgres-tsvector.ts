/**
 * Builds a post's tsvector in the application, from the same tokenizer the query parser
 * uses (src/query/ast.ts), so PostgreSQL and SQLite see exactly the same words: case and
 * accents folded, runs of letters and digits.
 *
 * One tsvector holds three parts, told apart by weight: the text and title (D, the default),
 * hashtags (B) and mentions (C). Queries restrict each word to the weights of the part it may
 * match, which is what FTS5 column filters do on SQLite.
 *
 * @NOTE positions between parts jump by POSITION_GAP, more than the longest NEAR distance
 * the language allows (1000), so a phrase or NEAR never spans two parts. PostgreSQL caps
 * positions at 16,383: words past that in very long posts (about 15,000 words in) are still
 * found as terms, but not in phrases or NEAR (docs/query-language.md).
 */
import { tokenize } from '../../query/ast.js';

export const POSITION_GAP = 1100;
const MAX_POSITION = 16_383;
/** PostgreSQL refuses lexemes over 2 KB; no real word is this long. */
const MAX_TOKEN_LENGTH = 255;
/** PostgreSQL keeps at most 256 positions per lexeme. */
const MAX_POSITIONS = 256;

export const WEIGHT = { body: '', hashtags: 'B', mentions: 'C' } as const;

export function buildTsvector(body: string, hashtags: readonly string[], mentions: readonly string[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (tokens: string[], weight: string) => {
    for (const token of tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      if (token.length > MAX_TOKEN_LENGTH) continue;
      const list = positions.get(token);
      if (list === undefined) positions.set(token, [`${position}${weight}`]);
      else if (list.length < MAX_POSITIONS) list.push(`${position}${weight}`);
    }
  };
  add(tokenize(body), WEIGHT.body);
  position += POSITION_GAP;
  add(tokenize(hashtags.join(' ')), WEIGHT.hashtags);
  position += POSITION_GAP;
  add(tokenize(mentions.join(' ')), WEIGHT.mentions);
  // Tokens are letters and digits only, so quoting them needs no escaping.
  const parts: string[] = [];
  for (const [token, list] of positions) parts.push(`'${token}':${list.join(',')}`);
  return parts.join(' ');
}
