import { describe, expect, it } from 'vitest';
import type { MisinformationClaim } from './lexicon/load-lexicons.js';
import { MisinformationDetector } from './misinformation.js';
import { matchableTokens, tokenize } from './tokenize.js';

const SOURCE = { org: 'CDC', title: 'a page', url: 'https://www.cdc.gov/example' };
const CLAIMS: MisinformationClaim[] = [
  { id: 'pills-harm', topic: 'general', claim: 'Widget pills ruin your liver.', all: [['widget pills'], ['ruin your liver', 'destroy your liver']],
    alone: ['liver killer pills'], unless: ['liver transplant'], quoted: ['medicine'], source: SOURCE },
  { id: 'gadget-myth', topic: 'general', claim: 'Gadgets do not cause burns, they are a scam.', all: [['gadget', 'gadgets'], ['scam', 'do not cause burns']], source: SOURCE },
];
const detector = new MisinformationDetector(CLAIMS, [{ id: 'plot', kind: 'conspiracy', phrases: ['they hide it'] }]);
const detect = (text: string) => detector.detect(text, matchableTokens(tokenize(text)));
const live = (text: string) => detect(text).claims.filter((c) => !c.debunked).map((c) => c.claimId);

describe('MisinformationDetector matching', () => {
  it('needs every group of a claim', () => {
    expect(live('widget pills ruin your liver')).toEqual(['pills-harm']);
    expect(live('widget pills are on sale')).toEqual([]);
  });

  it('lets filler adverbs sit inside a phrase', () => {
    expect(live('widget pills destroy her liver')).toEqual([]);
    expect(live('widget pills destroy literally your liver')).toEqual(['pills-harm']);
  });

  it('an "alone" phrase states the claim by itself, with that phrase as evidence', () => {
    const m = detect('those liver killer pills again');
    expect(m.claims.map((c) => c.evidence.map((e) => e.text))).toEqual([['liver killer pills']]);
    expect(m.present).toBe(true);
  });

  it('an "unless" phrase anywhere in the post vetoes the claim', () => {
    expect(live('widget pills ruin your liver, she needed a liver transplant')).toEqual([]);
  });

  it('a "quoted" phrase states the claim only in scare quotes', () => {
    expect(live('they sell widget "medicine" at the fair')).toEqual(['pills-harm']);
    expect(live('they sell medicine at the fair')).toEqual([]);
  });

  it("the claim's own wording is never its debunk, even where it is not the first evidence", () => {
    expect(live('gadgets are a scam, they do not cause burns')).toEqual(['gadget-myth']);
  });

  it('debunking words keep a claim from counting, unless they are in scare quotes', () => {
    const debunk = detect('Myth: widget pills ruin your liver.');
    expect(debunk.claims[0]?.debunked).toBe(true);
    expect(debunk.present).toBe(false);
    expect(live('widget pills are 100% “safe and effective” and ruin your liver')).toEqual(['pills-harm']);
    expect(live('widget pills are safe and effective and do not ruin your liver')).toEqual([]);
  });
});
