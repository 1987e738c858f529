/**
 * Development aid: misinformation misses on the DEVELOPMENT half of the Reddit health-misinformation set (even `idx`).
 * The odd half is held out: this tool never prints its posts; only `--section` shows its aggregate figures (the same
 * table `npm run eval` writes into docs/quality.md).
 *   node --import tsx eval/dev/misinfo-misses.ts              misses of the development half (no live claim)
 *   node --import tsx eval/dev/misinfo-misses.ts --hits       development posts that match, with the claims they match
 *   node --import tsx eval/dev/misinfo-misses.ts --negatives  aggregate counts only: VADER tweets, the ADE gold set, demo posts
 *   node --import tsx eval/dev/misinfo-misses.ts --section    the evaluation section (aggregates of both halves and VADER)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/nlp/analyze.js';
import type { MisinformationResult } from '../../src/nlp/misinformation.js';
import { demoTexts } from '../../bench/demo-texts.js';
import { MISINFORMATION_CLAIMS as PLANTED } from '../../src/demo/generators/texts.js';
import { datasetsDir, REPO_ROOT } from '../datasets-dir.js';
import { isDevPost, liveClaims, misinformationSection, readMisinfoPosts } from '../tasks/misinformation.js';
import { readVaderTweets } from '../tasks/sentiment.js';

const dir = datasetsDir();
if (!dir) throw new Error('shared datasets not found');
const analyzer = createAnalyzer();
const args = process.argv.slice(2);
const oneLine = (t: string) => t.replace(/\s+/g, ' ').slice(0, 300);

function counts(label: string, results: MisinformationResult[]): void {
  const claim = results.filter((r) => liveClaims(r).length > 0).length;
  const flagged = results.filter((r) => r.present).length;
  const byClaim = new Map<string, number>();
  for (const r of results) for (const c of liveClaims(r)) byClaim.set(c.claimId, (byClaim.get(c.claimId) ?? 0) + 1);
  console.log(`${label}: ${results.length} posts; claim matched ${claim}, flagged ${flagged}` +
    (byClaim.size ? `; by claim: ${[...byClaim].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}` : ''));
}

if (args.includes('--section')) {
  console.log(misinformationSection(analyzer, dir).markdown);
} else if (args.includes('--negatives')) {
  counts('VADER tweets', (readVaderTweets(dir) ?? []).map((t) => analyzer.analyze(t.text).misinformation));
  const ade = readFileSync(join(REPO_ROOT, 'eval', 'gold', 'ade-social.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  counts('ADE gold set', ade.map((t) => analyzer.analyze(t).misinformation));
  // Demo posts: those the generator planted as misinformation are expected to match; the others are negatives.
  const planted: MisinformationResult[] = [];
  const other: MisinformationResult[] = [];
  for (const d of demoTexts(5000)) (PLANTED.some((c) => d.text.startsWith(c.text)) ? planted : other).push(analyzer.analyze(d.text).misinformation);
  counts('demo posts planted as misinformation', planted);
  counts('demo posts, all others', other);
} else {
  const hits = args.includes('--hits');
  const posts = (readMisinfoPosts(dir) ?? []).filter(isDevPost);
  let shown = 0;
  for (const p of posts) {
    const r = analyzer.analyze(p.text).misinformation;
    const live = liveClaims(r);
    if (hits !== live.length > 0) continue;
    shown++;
    const cues = r.riskCues.map((c) => `${c.id}:${c.text}`).join(', ');
    const debunked = r.claims.filter((c) => c.debunked).map((c) => c.claimId).join(', ');
    const claims = live.map((c) => `${c.claimId} [${c.evidence.map((e) => e.text).join(' + ')}]`).join('; ');
    console.log(`${hits ? 'HIT' : 'MISS'} ${p.idx}: ${oneLine(p.text)}${claims ? `\n    => ${claims}` : ''}${cues ? `\n    cues: ${cues}` : ''}${debunked ? `\n    debunked: ${debunked}` : ''}`);
  }
  console.error(`${shown} of ${posts.length} development posts ${hits ? 'matched' : 'missed'}`);
}
