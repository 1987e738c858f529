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
