import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from './analyze.js';

let analyzer: Analyzer;
beforeAll(() => { analyzer = createAnalyzer(); });
const s = (text: string) => analyzer.analyze(text).sentiment;

describe('medical sentiment', () => {
  it('a positive test is bad news, a negative test good news', () => {
    expect(s('Tested positive for covid again').label).toBe('negative');
    expect(s('Biopsy came back negative').label).toBe('positive');
  });

  it('a reaction that is gone is good news, one the author lives through is not', () => {
    expect(s('No more pain since starting Humira').label).toBe('positive');
    expect(s('Week 4 on Ozempic and the nausea is constant').label).toBe('negative');
  });

  it('disease names alone are topics, not feelings', () => {
    expect(Math.abs(s('New trial results in breast cancer presented today').score)).toBeLessThan(0.3);
  });

  it('general rules: negation flips, "but" shifts weight, emoji count, evidence explains', () => {
    expect(s('The new clinic is not good').label).toBe('negative');
    expect(s('The side effects were rough but the results are amazing').label).toBe('positive');
    expect(s('Appointment today 😩').label).toBe('negative');
    const r = s('Remission! Best news ever');
    expect(r.label).toBe('positive');
    expect(r.evidence[0]).toMatchObject({ text: expect.any(String), rule: expect.stringMatching(/^(medical|lexicon)\./) });
  });

  it('scores each drug mention in its own sentence (aspect sentiment)', () => {
    const r = s('Humira has been a game changer. Xarelto gave me terrible bruising.');
    const byText = Object.fromEntries(r.aspects.map((a) => [a.text, a.label]));
    expect(byText).toEqual({ Humira: 'positive', Xarelto: 'negative' });
  });

  it('"constructor" and other Object.prototype names are plain words', () => {
    expect(Number.isFinite(s('the constructor toString valueOf').score)).toBe(true);
  });
});

describe('weak cues and the neutral band', () => {
  it('one mild general word used in passing is neutral; an emoji, an emoticon or "!" makes it a statement', () => {
    expect(s('Ok, switching pharmacies on Monday').label).toBe('neutral');
    expect(s('Ok, switching pharmacies on Monday 🙂').label).toBe('positive');
    expect(s('Ok, switching pharmacies on Monday :D').label).toBe('positive');
    expect(s('Ok, switching pharmacies on Monday!').label).toBe('positive');
    const r = s('Ok, switching pharmacies on Monday');
    expect(r.score).toBeGreaterThan(0);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThan(0.2);
  });

  it('health news words are strong cues even when mild', () => {
    expect(s('Ozempic works for me').label).toBe('positive');
    expect(s('Is this normal?').label).toBe('negative');
  });

  it('general words in a question count half; the same words asserted keep their weight', () => {
    const asked = s('Is the new clinic good?');
    const said = s('The new clinic is good.');
    expect(asked.label).toBe('neutral');
    expect(said.label).toBe('positive');
    expect(asked.score).toBeGreaterThan(0);
    expect(asked.score).toBeLessThan(said.score);
    expect(asked.evidence[0]?.rule).toBe('lexicon.word+question');
  });

  it('pronoun contractions are not the words their letters spell ("I\'ll" ≠ ill, "he\'ll" ≠ hell, "we\'ll" ≠ well)', () => {
    for (const text of ["I'll ask my GP tomorrow", "He'll call the pharmacy", "We'll see the nurse at 3", "She'd rather wait"]) {
      expect(s(text)).toMatchObject({ score: 0, label: 'neutral', evidence: [] });
    }
  });

  it('"like" counts as the verb of liking, not as a preposition or filler', () => {
    expect(s('I like my new endo').label).toBe('positive');
    expect(s('Waiting room looks like a zoo today').score).toBe(0);
    expect(s('It was like 3 hours at the lab').score).toBe(0);
  });

  it('laughter is not reversed by a negation, and "no" before a rated word is not counted twice', () => {
    expect(s('Not sure yet lol').evidence.find((e) => e.text === 'lol')?.valence).toBeGreaterThan(0);
    const r = s('No good options left');
    expect(r.label).toBe('negative');
    expect(r.evidence.map((e) => e.text)).toEqual(['good']);
  });

  it('stray letters and HTML entity names carry no feeling', () => {
    expect(s('Vitamin D and vitamin C levels are back').score).toBe(0);
    expect(s('Dose went from 5 &gt; 10 mg').score).toBe(0);
  });
});
