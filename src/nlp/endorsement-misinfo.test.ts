import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer, type AnalyzeOptions } from './analyze.js';

let analyzer: Analyzer;
beforeAll(() => { analyzer = createAnalyzer(); });
const endorse = (text: string, opts: AnalyzeOptions = {}) => analyzer.analyze(text, opts).endorsement;

describe('endorsement disclosure rules (R3.1), one fixture per rule', () => {
  it('signals: promo code, affiliate link, gifted, paid partnership, paid program, brand tag', () => {
    const kinds = (t: string) => endorse(t).signals.map((s) => s.kind);
    expect(kinds('Loving Wegovy, use code GLOW20')).toContain('promo-code');
    expect(kinds('get yours https://shop.example.com/p?ref=jane22')).toContain('affiliate-link');
    expect(kinds('This was gifted to me, love it')).toContain('gifted');
    expect(kinds('So excited, partnered with a great team on this')).toContain('paid-partnership');
    expect(kinds('I sit on the speakers bureau and this drug rocks')).toContain('paid-program');
    expect(kinds('Day 10 with @ozempic and feeling it')).toContain('brand-tag');
  });

  it('endorsement.disclosure.absent', () => {
    expect(endorse('Loving my results with Wegovy 🙌 use code GLOW20 for a discount').findings.map((f) => f.ruleId)).toEqual(['endorsement.disclosure.absent']);
  });
  it('prominent disclosure passes', () => {
    const r = endorse('#ad Loving my results with Wegovy! use code GLOW20');
    expect(r.disclosure).toMatchObject({ present: true, placement: 'prominent' });
    expect(r.findings).toEqual([]);
  });
  it('endorsement.disclosure.after-truncation', () => {
    const text = `Loving my results with Wegovy, use code GLOW20. ${'So much to say about this journey and how it changed my mornings. '.repeat(3)}#ad`;
    expect(endorse(text, { platform: 'instagram' }).findings.map((f) => f.ruleId)).toEqual(['endorsement.disclosure.after-truncation']);
  });
  it('endorsement.disclosure.hashtag-cluster', () => {
    expect(endorse('Use code GLOW20 for my favourite! #wellness #glow #ad #selfcare', { platform: 'x' }).findings.map((f) => f.ruleId))
      .toEqual(['endorsement.disclosure.hashtag-cluster']);
  });
  it('endorsement.disclosure.bio-only', () => {
    expect(endorse('Use code GLOW20 on my favourite!', { bio: 'Nurse | #ad partner of GlowCo' }).findings.map((f) => f.ruleId))
      .toEqual(['endorsement.disclosure.bio-only']);
  });
  it('endorsement.disclosure.ambiguous', () => {
    expect(endorse('Use code GLOW20 on my favourite! #sp').findings.map((f) => f.ruleId)).toEqual(['endorsement.disclosure.ambiguous']);
  });
  it('endorsement.disclosure.platform-label-only', () => {
    expect(endorse('Loving my mornings lately', { partnershipLabel: true }).findings.map((f) => f.ruleId)).toEqual(['endorsement.disclosure.platform-label-only']);
  });
  it('no signal, no finding', () => {
    expect(endorse('Great session at #ASCO24 today').findings).toEqual([]);
  });
});

describe('misinformation claims, each with its source', () => {
  it('every curated claim is matched by its own wording and names a public-health source', () => {
    for (const claim of analyzer.lexicons.misinformation.claims) {
      const text = claim.all.length > 0 ? claim.all.map((group) => group[0]).join(' and ') : claim.alone![0]!;
      const found = analyzer.analyze(text).misinformation.claims.find((c) => c.claimId === claim.id);
      expect(found, claim.id).toBeDefined();
      expect(found!.source.url).toMatch(/^https:\/\/(?:[a-z]+\.)*(cdc|who|fda|nih|cancer|nccih|hiv|cochrane|hhs|unaids|doi)\.(?:gov|int|org)\//);
      expect(found!.ruleId).toBe(`misinformation.claim.${claim.id}`);
    }
  });

  it('real phrasings match; debunking wording does not count as misinformation', () => {
    const m = analyzer.analyze('Vaccines cause autism, the data has been hidden for years. Do your own research!').misinformation;
    expect(m.present).toBe(true);
    expect(m.claims[0]).toMatchObject({ claimId: 'vaccines-autism', debunked: false, source: { org: 'CDC' } });
    expect(m.riskCues.map((c) => c.id)).toContain('self-research');
    const d = analyzer.analyze('Myth: vaccines cause autism. There is no evidence for it.').misinformation;
    expect(d.claims[0]?.debunked).toBe(true);
    expect(d.present).toBe(false);
    expect(analyzer.analyze('HIV does not cause AIDS, it is a hoax').misinformation.claims.map((c) => c.claimId)).toContain('hiv-aids-denial');
  });

  it('ordinary health talk is not flagged', () => {
    for (const t of ['Got my flu shot today, sore arm but fine', 'Chemo round 3 done, tired but hopeful', 'Started a statin for my cholesterol']) {
      expect(analyzer.analyze(t).misinformation.present, t).toBe(false);
    }
  });
});

describe('misinformation claims added in the second round (paraphrase groups)', () => {
  let a: ReturnType<typeof createAnalyzer>;
  beforeAll(() => { a = createAnalyzer(); });
  const ids = (t: string) => a.analyze(t).misinformation.claims.filter((c) => !c.debunked).map((c) => c.claimId);
  it.each([
    ['The clot shot is destroying your immune system, they call it VAIDS', 'vaccine-immune-damage'],
    ['Hospitals get paid to list covid on death certificates, the numbers are fake', 'covid-deaths-inflated'],
    ['You can catch HIV from mosquitoes and toilet seats', 'hiv-casual-transmission'],
    ['Athletes collapsing on the field everywhere since the jabs rolled out', 'vaccine-sudden-deaths'],
    ['Take a Z pack, antibiotics kill the flu fast', 'antibiotics-viruses'],
    ['Drinking vodka kills the coronavirus in your throat', 'alcohol-heat-kills-covid'],
  ])('"%s" → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it('true statements and debunks with the same words are not flagged', () => {
    for (const t of ['alcohol wipes kill the virus on surfaces', 'HIV cannot spread through kissing or sharing cups',
      'The flu shot is safe and does not give you the flu', 'Natural immunity after covid plus the vaccine gives the best protection',
      'Got my covid vaccine today, arm is sore but fine', 'antibiotics for my sinus infection finally worked']) {
      expect(a.analyze(t).misinformation.present, t).toBe(false);
    }
  });
});

describe('misinformation: general-language look-alikes', () => {
  it('sports and everyday uses of "shot", "gates" or "killing it" are not claims', () => {
    const a = createAnalyzer();
    for (const t of ['that last shot was deadly, what a game', 'open the gates, the shots are free tonight', 'killing it with that jump shot lol']) {
      expect(a.analyze(t).misinformation.present, t).toBe(false);
    }
  });
});

describe('misinformation: the plot template', () => {
  it('a health topic framed as a plot is flagged with the WHO infodemic page; a pronoun "who" is not a topic', () => {
    const a = createAnalyzer();
    const m = a.analyze('The jab is a depopulation bioweapon, wake up').misinformation;
    expect(m.claims.map((c) => c.claimId)).toContain('health-conspiracy');
    expect(a.analyze('the people who covered up the scandal were fired').misinformation.present).toBe(false);
  });
});
