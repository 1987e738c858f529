import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/nlp/analyze.js';
import { binary, fBeta, macro, micro, pearson, spanCounts } from './metrics.js';
import { evaluatePhi, mapPresidioType } from './tasks/phi.js';
import { goldLabel, threeClass } from './tasks/sentiment.js';

describe('evaluation metrics against hand-computed values', () => {
  it('binary counts, precision, recall, F1, F2', () => {
    const s = binary([[true, true], [true, true], [true, false], [false, true], [false, false]]);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.accuracy).toBeCloseTo(0.6);
    expect(fBeta(0.5, 1, 2)).toBeCloseTo((5 * 0.5) / (4 * 0.5 + 1)); // 0.8333
  });

  it('strict vs relaxed (IoU ≥ 0.5) span matching, typed, with ignored spans', () => {
    const gold = [{ type: 'date', start: 0, end: 10 }, { type: 'name', start: 20, end: 30 }];
    const pred = [{ type: 'date', start: 0, end: 8 }, { type: 'name', start: 20, end: 30 }, { type: 'phone', start: 40, end: 50 }, { type: 'url', start: 60, end: 62 }];
    const strict = spanCounts(pred, gold, 'strict', [{ start: 60, end: 70 }]);
    expect(Object.fromEntries(strict)).toEqual({ date: { tp: 0, fp: 1, fn: 1 }, name: { tp: 1, fp: 0, fn: 0 }, phone: { tp: 0, fp: 1, fn: 0 } });
    const relaxed = spanCounts(pred, gold, 'relaxed');
    expect(relaxed.get('date')).toEqual({ tp: 1, fp: 0, fn: 0 }); // IoU 8/10
    expect(micro(relaxed)).toMatchObject({ tp: 2, fp: 2, fn: 0 });
    expect(macro(relaxed).recall).toBe(1);
  });

  it('Pearson r and 3-class scoring', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(goldLabel(0.6)).toBe('positive');
    expect(goldLabel(-0.2)).toBe('neutral');
    expect(threeClass(['positive', 'neutral', 'negative', 'positive'], ['positive', 'negative', 'negative', 'neutral']).accuracy).toBe(0.5);
  });

  it('maps Presidio types onto Safe Harbor ids, dropping what Safe Harbor keeps', () => {
    expect(mapPresidioType('AGE', '93')).toBe('age_over_89');
    expect(mapPresidioType('AGE', '45')).toBeUndefined();
    expect(mapPresidioType('GPE', 'Canada')).toBeUndefined();
    expect(mapPresidioType('GPE', 'Springfield')).toBe('address');
    expect(mapPresidioType('DATE_TIME', '1977')).toBeUndefined();
    expect(mapPresidioType('CREDIT_CARD', '4111')).toBe('account');
  });

  it('runs the PHI harness on a small hand-labelled subset and gets the hand-computed counts', () => {
    const docs = [
      { id: 'a', text: 'Call 555-123-4567 about my 92yo dad', gold: [{ type: 'phone', start: 5, end: 17 }, { type: 'age_over_89', start: 27, end: 31 }] },
      { id: 'b', text: 'Nothing to see here', gold: [{ type: 'name', start: 0, end: 7 }] },
    ];
    const ev = evaluatePhi(createAnalyzer(), docs);
    expect(ev.relaxed.get('phone')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(ev.relaxed.get('age_over_89')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(ev.relaxed.get('name')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(micro(ev.relaxed).recall).toBeCloseTo(2 / 3);
  });
});
