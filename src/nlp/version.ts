/**
 * ANALYZER_VERSION changes whenever a lexicon, the model or the rules change, so enrichment can be redone for what
 * changed: `<rules version>+<first 12 hex of the SHA-256 of every shipped data file>`. Bump RULES_VERSION with any
 * change to detector code that changes results.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEXICON_DIR, LEXICON_FILES } from './lexicon/load-lexicons.js';

export const RULES_VERSION = 'nlp-1.7.0';

function dataHash(): string {
  const hash = createHash('sha256');
  for (const file of LEXICON_FILES) {
    const path = join(LEXICON_DIR, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  const model = resolve(LEXICON_DIR, '..', 'models', 'ade-lr.json');
  if (existsSync(model)) hash.update('ade-lr.json').update(readFileSync(model));
  return hash.digest('hex').slice(0, 12);
}

export const ANALYZER_VERSION = `${RULES_VERSION}+${dataHash()}`;
