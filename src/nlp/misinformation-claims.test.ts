import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from './analyze.js';

// Sentences written for these tests (issue 6); none is taken from an evaluation set.
let a: Analyzer;
beforeAll(() => { a = createAnalyzer(); });
const live = (t: string) => a.analyze(t).misinformation.claims.filter((c) => !c.debunked).map((c) => c.claimId);
const cues = (t: string) => a.analyze(t).misinformation.riskCues.map((c) => c.id);

describe('misinformation claims added for issue 6', () => {
  it.each([
    ['Measles is harmless, the media is fear mongering to sell shots', 'measles-harmless'],
    ['Abortion pills are poison and kill women', 'abortion-pill-dangerous'],
    ['Abortion causes breast cancer, they hide it', 'abortion-breast-cancer'],
    ['Long covid is just hypochondria', 'long-covid-denial'],
    ['Viruses do not exist, read about terrain theory', 'viruses-do-not-exist'],
  ])('"%s" → %s', (text, id) => {
    expect(live(text)).toContain(id);
  });

  it('each new claim names its refuting source', () => {
    const byId = new Map(a.lexicons.misinformation.claims.map((c) => [c.id, c.source]));
    expect(byId.get('measles-harmless')).toMatchObject({ org: 'WHO', url: 'https://www.who.int/news-room/fact-sheets/detail/measles' });
    expect(byId.get('abortion-pill-dangerous')?.org).toBe('FDA');
    expect(byId.get('abortion-breast-cancer')?.url).toBe('https://doi.org/10.1016/S0140-6736(04)15835-2');
    expect(byId.get('long-covid-denial')?.org).toBe('WHO');
    expect(byId.get('viruses-do-not-exist')?.url).toBe('https://wwwnc.cdc.gov/eid/article/26/6/20-0516_article');
  });
});

describe('misinformation wording families (issue 6)', () => {
  it.each([
    ['Turbo cancer everywhere since the jabs rolled out', 'turbo-cancer'],
    ['mRNA shots are causing a surge in cancers in young people', 'turbo-cancer'],
    ['The jab destroyed my natural immunity and now I catch everything', 'vaccine-immune-damage'],
    ['Bill Gates created covid in a lab and released it', 'covid-released-bioweapon'],
    ['The pandemic was pre-planned, Event 201 proves it', 'health-conspiracy'],
    ['Vaxxed people will all die within 5 years', 'vaccines-kill'],
    ['They call it a death jab for a reason', 'vaccines-kill'],
    ['vaccines magnetize people, watch the spoon stick', 'covid-vaccine-magnetic'],
    ['COVID is a hoax', 'covid-hoax'],
    ['the mRNA integrates into your DNA permanently', 'covid-vaccine-dna'],
    ['The jabs cannot stop transmission and never could', 'covid-vaccine-ineffective'],
    ['They micro-chipped everyone who got the vaccine', 'covid-vaccine-microchip'],
    ['The covid "vaccine" is the real killer, wake up', 'mrna-gene-therapy'],
  ])('"%s" → %s', (text, id) => {
    expect(live(text)).toContain(id);
  });

  it('health news, protective effects, personal histories and refutations are not claims', () => {
    for (const t of [
      "Moderna's personalised mRNA cancer vaccine cut melanoma recurrence in the phase 2 trial",
      'Flu vaccine reduces hospitalisations in over-65s by 40%, new data',
      'Pfizer reports Q3 earnings; oncology sales up',
      'COVID created a huge backlog of cancer screenings, get checked',
      'Long covid is real and it is not a hoax, listen to patients',
      'COVID is not a hoax. Over a million Americans died.',
      'Measles is not harmless: some children with measles develop encephalitis',
      'Vaccines save lives: measles vaccination averted millions of deaths',
      'Our study found no link between abortion and breast cancer risk',
      'The jab in round 3 was a killer, what a fight',
      'She had a heart attack last year, booster appointment moved to Friday',
      'I am going to die if this meeting runs late, need my booster coffee',
      'COVID vaccines do not prevent every infection but they still protect against severe disease',
      'Anti-vaxxers claim the vaccine causes autism; it does not',
      'The CDC released covid data for the week: cases down',
      'Researchers created covid antivirals in record time',
      'Started the new vaccine series 2 weeks ago and I cannot stop the chills, is this normal?',
    ]) {
      expect(a.analyze(t).misinformation.present, t).toBe(false);
    }
  });
});

describe('misinformation risk cues (issue 6)', () => {
  it('conspiracy framing, miracle cures and anti-vaccine identity are cues; two kinds flag a post', () => {
    expect(cues('Big pharma is hiding the truth about the narrative')).toContain('suppressed-truth');
    expect(cues('This miracle supplement reverses diabetes')).toContain('miracle-cure');
    expect(cues('the covidians are at it again')).toContain('anti-vaccine-identity');
    const m = a.analyze('Wake up sheeple, do your own research').misinformation;
    expect(m.claims).toEqual([]);
    expect(m.present).toBe(true);
  });

  it('scare quotes count only when tight around the word', () => {
    expect(cues('they "fact checked" it and the "experts" agreed')).toContain('scare-quotes');
    expect(cues('the experts agreed after a fact check')).not.toContain('scare-quotes');
  });

  it('a cue or a claim written as one hashtag counts; a one-word tag does not', () => {
    const m = a.analyze('Another athlete down #diedsuddenly #plandemic').misinformation;
    expect(m.riskCues.map((c) => c.id)).toContain('harm-framing');
    expect(m.claims.map((c) => c.claimId)).toContain('covid-hoax');
    expect(a.analyze('Booked my flu shot #vaccine #poison').misinformation.present).toBe(false);
  });

  it('ordinary tweets carry no cue', () => {
    for (const t of ['What a miracle we made the train', 'Wake up call at 6am tomorrow, ugh', 'That sheep farm documentary was lovely']) {
      expect(a.analyze(t).misinformation.present, t).toBe(false);
    }
  });
});
