/**
 * Recent spikes: days whose volume stands far above the days before them. A day is a spike when
 * its count is at least 3 standard deviations above the mean of the 14 days before it (at least
 * 7 of them known) and at least 10 posts; the z-score says how far, so a reader can judge.
 */
export interface DailyCount { day: string; posts: number }
export interface Spike { day: string; posts: number; baseline: number; zScore: number }

const WINDOW = 14;
const MIN_HISTORY = 7;
const Z = 3;
const MIN_POSTS = 10;

export function findSpikes(days: DailyCount[], limit = 5): Spike[] {
  // Fill missing days with zero: a quiet day is part of the baseline.
  const filled: DailyCount[] = [];
  for (const d of days) {
    const last = filled.at(-1);
    if (last) {
      for (let t = Date.parse(last.day) + 86_400_000; t < Date.parse(d.day); t += 86_400_000) {
        filled.push({ day: new Date(t).toISOString().slice(0, 10), posts: 0 });
      }
    }
    filled.push(d);
  }
  const spikes: Spike[] = [];
  for (let i = MIN_HISTORY; i < filled.length; i++) {
    const history = filled.slice(Math.max(0, i - WINDOW), i).map((d) => d.posts);
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    const sd = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
    // Counts are Poisson-like: never trust a spread below sqrt(mean), nor below 1.
    const spread = Math.max(sd, Math.sqrt(mean), 1);
    const day = filled[i]!;
    const z = (day.posts - mean) / spread;
    if (z >= Z && day.posts >= MIN_POSTS) spikes.push({ day: day.day, posts: day.posts, baseline: Math.round(mean * 10) / 10, zScore: Math.round(z * 10) / 10 });
  }
  return spikes.sort((a, b) => b.zScore - a.zScore).slice(0, limit);
}
