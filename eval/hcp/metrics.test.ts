import { describe, expect, it } from 'vitest';
import { prf, spearman } from './metrics.js';

describe('evaluation metrics', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 8, fp: 2, fn: 8, tn: 100 })).toEqual({ precision: 0.8, recall: 0.5, f1: 0.615, n: 118 });
  });
  it('computes Spearman with ties as mid-ranks', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.949, 3);
  });
});
