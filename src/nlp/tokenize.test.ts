import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseTrie } from './lexicon/phrase-trie.js';
import { matchableTokens, normalizeWord, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits words, hashtags, mentions, urls and emoji with UTF-16 offsets', () => {
    const text = 'Week 3 on #Ozempic 😩 ask @dr_jane https://t.co/xY1. Crohn’s!';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'number', 'word', 'hashtag', 'symbol', 'word', 'mention', 'url', 'punct', 'word', 'punct']);
    expect(tokens.find((t) => t.kind === 'hashtag')!.norm).toBe('ozempic');
    expect(tokens.find((t) => t.kind === 'url')!.text).toBe('https://t.co/xY1');
    expect(tokens.find((t) => t.text === 'Crohn’s')!.norm).toBe('crohns');
    expect(tokens.find((t) => t.text === '😩')!.end - tokens.find((t) => t.text === '😩')!.start).toBe(2);
  });

  it('folds diacritics and marks clause and sentence breaks', () => {
    expect(normalizeWord('Nausées')).toBe('nausees');
    const words = matchableTokens(tokenize('No nausea. But headache, fatigue'));
    expect(words.map((w) => [w.norm, w.breakBefore, w.sentence])).toEqual([
      ['no', true, 0], ['nausea', false, 0], ['but', true, 1], ['headache', false, 1], ['fatigue', true, 1]]);
  });

  it('never loses or misplaces a token on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      let last = 0;
      for (const t of tokenize(s)) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(s.slice(t.start, t.end)).toBe(t.text);
        last = t.end;
      }
    }), { numRuns: 300 });
  });
});

describe('PhraseTrie', () => {
  it('finds the longest phrase and never crosses a clause break', () => {
    const trie = new PhraseTrie<string>();
    trie.add(['breast'], 'x');
    trie.add(['breast', 'cancer'], 'y');
    trie.add(['cancer', 'free'], 'z');
    const words = matchableTokens(tokenize('breast cancer free? breast, cancer'));
    const m = trie.matchAll(words);
    expect(m.map((x) => [x.from, x.to, x.payload[0]])).toEqual([[0, 2, 'y'], [3, 4, 'x']]);
  });
});
