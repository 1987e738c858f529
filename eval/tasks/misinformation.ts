/**
 * Misinformation: recall on the Reddit health-misinformation posts (all positives, CC BY 4.0) and the false-positive
 * rate on VADER's general tweets (treated as negatives; a few may contain health claims, so the FPR is an upper bound).
 * The Reddit set is split by its `idx` column: even = development half (its posts and misses may be read:
 * eval/dev/misinfo-misses.ts), odd = held-out half (only the aggregate figures below are ever read).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Analyzer } from '../../src/nlp/analyze.js';
import type { MisinformationResult } from '../../src/nlp/misinformation.js';
import { fmt } from '../metrics.js';
import { table, type Section } from '../report.js';
import { readVaderTweets } from './sentiment.js';

export interface MisinfoPost { idx: number; text: string }

export function readMisinfoPosts(datasets: string): MisinfoPost[] | undefined {
  const path = join(datasets, 'health-misinfo-reddit', 'Health_Misinformation_reddit_Dataset.csv');
  if (!existsSync(path)) return undefined;
  const rows = parse(readFileSync(path), { columns: true }) as Array<{ idx: string; text: string }>;
  return rows.map((r) => ({ idx: Number(r.idx), text: r.text }));
}

/** @NOTE The split is fixed by the data set's own `idx`: never by position, so re-ordering the file cannot move a post. */
export const isDevPost = (p: MisinfoPost): boolean => p.idx % 2 === 0;

export const liveClaims = (r: MisinformationResult) => r.claims.filter((c) => !c.debunked);

interface Tally { n: number; claim: number; flagged: number; cue: number }

function tally(results: readonly MisinformationResult[]): Tally {
  return { n: results.length, claim: results.filter((r) => liveClaims(r).length > 0).length,
    flagged: results.filter((r) => r.present).length, cue: results.filter((r) => r.riskCues.length > 0).length };
}

const rate = (k: number, n: number) => `${k} / ${n} = ${fmt(k / Math.max(1, n))}`;

export function misinformationSection(analyzer: Analyzer, datasets: string | undefined): Section {
  const posts = datasets ? readMisinfoPosts(datasets) : undefined;
  if (!posts) return { title: 'Misinformation', markdown: '**not present** (`health-misinfo-reddit` missing).', numbers: {}, gates: [] };
  const results = posts.map((p) => analyzer.analyze(p.text).misinformation);
  const dev = tally(results.filter((_, i) => isDevPost(posts[i]!)));
  const held = tally(results.filter((_, i) => !isDevPost(posts[i]!)));
  const all = tally(results);
  const byClaim = new Map<string, number>();
  for (const r of results) for (const c of liveClaims(r)) byClaim.set(c.claimId, (byClaim.get(c.claimId) ?? 0) + 1);
  const negatives = datasets ? readVaderTweets(datasets) : undefined;
  const fp = tally(negatives?.map((t) => analyzer.analyze(t.text).misinformation) ?? []);
  const markdown = [
    `### Reddit health misinformation (${posts.length} posts, all positives; COVID-19, influenza, HIV) vs VADER tweets as negatives (${fp.n})\n`,
    'The Reddit set has no negatives, so precision cannot be computed on it; general tweets stand in as negatives for a',
    'false-positive rate (an upper bound: a few tweets may carry a health claim). Matching needs every part of a curated claim',
    '(e.g. a vaccine word and "autism") and is skipped inside debunking wording ("myth", "no evidence", "fact check").\n',
    `**Split and method.** The Reddit set is split by its own \`idx\` column: even \`idx\` = development half (${dev.n} posts),`,
    `odd \`idx\` = held-out half (${held.n} posts). Claims, risk cues and matching are developed on the misses of the`,
    'development half only (`eval/dev/misinfo-misses.ts`); each added claim names a public-health page that refutes it, and',
    'wording is added as general families (morphological variants, lay spellings), not copied from posts. The held-out',
    'half was never printed or read: only its aggregate figures below, so the development column is a training figure and',
    'the held-out column the honest estimate. VADER tweets were only ever counted, never read one by one. The figures of the',
    'rules before this work (nlp-1.6.0), measured once on both halves, are in `eval/dev/README.md`.\n',
    table(['measure', `development half (training, ${dev.n})`, `held-out half (${held.n})`, `whole set (${all.n})`, `VADER tweets (false-positive rate, ${fp.n})`], [
      ['a curated debunked claim matched', rate(dev.claim, dev.n), rate(held.claim, held.n), rate(all.claim, all.n), rate(fp.claim, fp.n)],
      ['flagged (claim, or ≥ 2 kinds of risk cue)', rate(dev.flagged, dev.n), rate(held.flagged, held.n), rate(all.flagged, all.n), rate(fp.flagged, fp.n)],
      ['any risk cue present', rate(dev.cue, dev.n), rate(held.cue, held.n), rate(all.cue, all.n), rate(fp.cue, fp.n)],
    ]), '',
    `Claims matched most often (whole set): ${[...byClaim.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, n]) => `${c} (${n})`).join(', ')}.`,
    'Recall is bounded by the curated list: a post whose claim is not in the list is not flagged, however it is worded. The',
    'list grows only with sourced entries (WHO, CDC, FDA, NIH, NHS pages or peer-reviewed reviews).',
  ].join('\n');
  return { title: 'Misinformation', markdown, numbers: {
    'misinfo.claimRecall': all.claim / all.n, 'misinfo.flagRecall': all.flagged / all.n,
    'misinfo.dev.claimRecall': dev.claim / dev.n, 'misinfo.dev.flagRecall': dev.flagged / dev.n,
    'misinfo.heldOut.claimRecall': held.claim / held.n, 'misinfo.heldOut.flagRecall': held.flagged / held.n,
    'misinfo.claimFpr': fp.claim / Math.max(1, fp.n), 'misinfo.flagFpr': fp.flagged / Math.max(1, fp.n) }, gates: [] };
}
