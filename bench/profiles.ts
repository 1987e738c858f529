/**
 * Profile analysis throughput (docs/benchmarks.md, "Profile analysis"): analyzeProfile over 50,000 synthetic profiles
 * from the HCP training generator (seed 99, not the training seed), three timed passes after one warm-up pass.
 *
 *   node --import tsx bench/profiles.ts       (BENCH_PROFILES overrides the count)
 */
import { analyzeProfile } from '../src/hcp/analyze-profile.js';
import { trainingProfiles } from '../scripts/hcp-training/training-profiles.js';

const COUNT = Number(process.env.BENCH_PROFILES ?? 50_000);
const profiles = trainingProfiles(COUNT, 99);
const rates: number[] = [];
for (let pass = 0; pass < 4; pass++) {
  const started = performance.now();
  for (const p of profiles) analyzeProfile(p);
  const seconds = (performance.now() - started) / 1000;
  if (pass > 0) rates.push(Math.round(COUNT / seconds));
}
rates.sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ profiles: COUNT, profilesPerSecond: rates, median: rates[1], peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
