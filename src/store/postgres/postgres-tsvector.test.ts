import { describe, expect, it } from 'vitest';
import { POSITION_GAP, buildTsvector } from './postgres-tsvector.js';

describe('buildTsvector', () => {
  it('uses the query tokenizer: case and accents folded, runs of letters and digits', () => {
    expect(buildTsvector('Übelkeit bei GLP-1', [], [])).toBe(`'ubelkeit':1 'bei':2 'glp':3 '1':4`);
  });

  it('weights hashtags B and mentions C, far enough apart that no phrase or NEAR spans two parts', () => {
    const tsv = buildTsvector('asco update', ['asco24', 'bcsm'], ['dr-jane.bsky.social']);
    const hashtagStart = 2 + POSITION_GAP + 1;
    const mentionStart = hashtagStart + 1 + POSITION_GAP + 1;
    expect(tsv).toBe(`'asco':1 'update':2 'asco24':${hashtagStart}B 'bcsm':${hashtagStart + 1}B ` +
      `'dr':${mentionStart}C 'jane':${mentionStart + 1}C 'bsky':${mentionStart + 2}C 'social':${mentionStart + 3}C`);
    expect(POSITION_GAP).toBeGreaterThan(1001); // the longest NEAR the language allows is NEAR/1000
  });

  it('keeps every occurrence of a word, up to the 256 positions PostgreSQL holds', () => {
    expect(buildTsvector('no no no', [], [])).toBe(`'no':1,2,3`);
    const many = buildTsvector(Array.from({ length: 300 }, () => 'x').join(' '), [], []);
    expect(many.split(',')).toHaveLength(256);
  });

  it('caps positions at 16,383 and leaves out words longer than 255 characters', () => {
    const long = buildTsvector(`${Array.from({ length: 17_000 }, (_, i) => `w${i}`).join(' ')} ${'y'.repeat(300)}`, [], []);
    expect(long).toContain(`'w16999':16383`);
    expect(long).not.toContain('yyy');
  });
});
