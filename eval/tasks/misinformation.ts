/**
 * Misinformation: recall on the Reddit health-misinformation posts (all positives, CC BY 4.0) and the false-positive
 * rate on VADER's general tweets (treated as negatives; a few may contain health claims, so the FPR is an upper bound).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Analyzer } from '../../src/nlp/analyze.js';
import { fmt } from '../metrics.js';
import { table, type Section } from '../report.js';
import { readVaderTweets } from './sentiment.js';

export function misinformationSection(analyzer: Analyzer, datasets: string | undefined): Section {
  const path = datasets ? join(datasets, 'health-misinfo-reddit', 'Health_Misinformation_reddit_Dataset.csv') : undefined;
  if (!path || !existsSync(path)) return { title: 'Misinformation', markdown: '**not present** (`health-misinfo-reddit` missing).', numbers: {}, gates: [] };
  const rows = parse(readFileSync(path), { columns: true }) as Array<{ text: string }>;
  const results = rows.map((r) => analyzer.analyze(r.text).misinformation);
  const claimHits = results.filter((r) => r.claims.some((c) => !c.debunked)).length;
  const anyHits = results.filter((r) => r.present).length;
  const cueOnly = results.filter((r) => r.riskCues.length > 0).length;
  const byClaim = new Map<string, number>();
  for (const r of results) for (const c of r.claims.filter((x) => !x.debunked)) byClaim.set(c.claimId, (byClaim.get(c.claimId) ?? 0) + 1);
  const negatives = datasets ? readVaderTweets(datasets) : undefined;
  const fp = negatives?.map((t) => analyzer.analyze(t.text).misinformation) ?? [];
  const fpClaims = fp.filter((r) => r.claims.some((c) => !c.debunked)).length;
  const fpAny = fp.filter((r) => r.present).length;
  const markdown = [
    `### Reddit health misinformation (${rows.length} posts, all positives; COVID-19, influenza, HIV) vs VADER tweets as negatives (${fp.length})\n`,
    'The Reddit set has no negatives, so precision cannot be computed on it; general tweets stand in as negatives for a',
    'false-positive rate. Matching needs every part of a curated claim (e.g. a vaccine word and "autism") and is skipped inside',
    'debunking wording ("myth", "no evidence").\n',
    table(['measure', 'Reddit misinformation (recall)', 'VADER tweets (false-positive rate)'], [
      ['a curated debunked claim matched', `${claimHits} / ${rows.length} = ${fmt(claimHits / rows.length)}`, `${fpClaims} / ${fp.length} = ${fmt(fpClaims / Math.max(1, fp.length))}`],
      ['flagged (claim, or ≥ 2 kinds of risk cue)', `${anyHits} / ${rows.length} = ${fmt(anyHits / rows.length)}`, `${fpAny} / ${fp.length} = ${fmt(fpAny / Math.max(1, fp.length))}`],
      ['any risk cue present', `${cueOnly} / ${rows.length} = ${fmt(cueOnly / rows.length)}`, ''],
    ]), '',
    `Claims matched most often: ${[...byClaim.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, n]) => `${c} (${n})`).join(', ')}.`,
    'Recall is bounded by the curated list: a post whose claim is not in the list is not flagged, however it is worded. The',
    'list grows only with sourced entries, written from public-health myth pages, never from this evaluation set.',
  ].join('\n');
  return { title: 'Misinformation', markdown, numbers: { 'misinfo.claimRecall': claimHits / rows.length, 'misinfo.flagRecall': anyHits / rows.length,
    'misinfo.claimFpr': fpClaims / Math.max(1, fp.length), 'misinfo.flagFpr': fpAny / Math.max(1, fp.length) }, gates: [] };
}
