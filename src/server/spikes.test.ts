import { describe, expect, it } from 'vitest';
import { findSpikes } from './spikes.js';

const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('recent spikes', () => {
  it('finds a day far above the two weeks before it, with its baseline and z-score', () => {
    const days = Array.from({ length: 20 }, (_, i) => ({ day: day(i), posts: i === 17 ? 60 : 20 + (i % 3) }));
    // Baseline: the mean of days 3–16 (293 / 14 = 20.9); spread: sqrt(mean), larger than their standard deviation.
    expect(findSpikes(days)).toEqual([{ day: day(17), posts: 60, baseline: 20.9, zScore: 8.5 }]);
  });

  it('needs a week of history, ignores small counts, and counts missing days as zero', () => {
    expect(findSpikes([0, 1, 2, 3, 4, 5].map((i) => ({ day: day(i), posts: i === 5 ? 100 : 1 })))).toEqual([]);
    expect(findSpikes(Array.from({ length: 15 }, (_, i) => ({ day: day(i), posts: i === 14 ? 9 : 0 })))).toEqual([]);
    // Days 1–13 are absent (no posts): a busy day 14 stands out against zeros.
    expect(findSpikes([{ day: day(0), posts: 0 }, { day: day(14), posts: 30 }]).map((s) => s.day)).toEqual([day(14)]);
  });

  it('ranks several spikes by z-score and keeps the top ones', () => {
    const days = Array.from({ length: 40 }, (_, i) => ({ day: day(i), posts: i === 20 ? 50 : i === 35 ? 90 : 10 }));
    expect(findSpikes(days, 1).map((s) => s.day)).toEqual([day(35)]);
    expect(findSpikes(days).map((s) => s.day)).toEqual([day(35), day(20)]);
  });
});
