/**
 * Development aid for the PHI development sets (eval/dev/phi-dev-<n>.jsonl, hand-written, tuned on):
 * the per-category table, then every miss and false positive.
 *   node --import tsx eval/dev/phi-dev.ts [--set 5 | --set retired-gold-1 | --set holdout-1] [--type facility] [--table-only] [--speed]
 * --speed times detectPhi() alone over 20,000 demo-corpus posts (the bench's texts), for a quick before/after.
 */
import { join } from 'node:path';
import { demoTexts } from '../../bench/demo-texts.js';
import { createAnalyzer } from '../../src/nlp/analyze.js';
import { REPO_ROOT } from '../datasets-dir.js';
import { iou } from '../metrics.js';
import { categoryTable, evaluatePhi, readGoldPhi } from '../tasks/phi.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const set = opt('--set') ?? '5';
const only = opt('--type');
const analyzer = createAnalyzer();
// "5" → eval/dev/phi-dev-5.jsonl; "retired-gold-1" → eval/dev/phi-retired-gold-1.jsonl; "holdout-1" → eval/holdout/phi-holdout-1.jsonl
const file = /^\d+$/.test(set) ? join('dev', `phi-dev-${set}.jsonl`) : set.startsWith('holdout-') ? join('holdout', `phi-${set}.jsonl`) : join('dev', `phi-${set}.jsonl`);
const docs = readGoldPhi(join(REPO_ROOT, 'eval', file));
console.log(categoryTable(evaluatePhi(analyzer, docs)));
if (!args.includes('--table-only')) {
  for (const d of docs) {
    const pred = analyzer.detectPhi(d.text);
    for (const g of d.gold) {
      if (only && g.type !== only) continue;
      if (!pred.some((p) => p.type === g.type && iou(p, g) >= 0.5)) {
        const got = pred.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type}:${p.text}`).join(', ');
        console.log(`MISS ${d.id} ${g.type} «${d.text.slice(g.start, g.end)}» [got ${got}] in: ${d.text}`);
      }
    }
    for (const p of pred) {
      if (only && p.type !== only) continue;
      if (!d.gold.some((g) => g.type === p.type && iou(p, g) >= 0.5)) console.log(`FP   ${d.id} ${p.type} «${p.text}» (${p.ruleId}) in: ${d.text}`);
    }
  }
}
if (args.includes('--speed')) {
  const texts = Array.from(demoTexts(20_000), (p) => p.text);
  for (const t of texts.slice(0, 2000)) analyzer.detectPhi(t);
  const t0 = performance.now();
  for (const t of texts) analyzer.detectPhi(t);
  const us = ((performance.now() - t0) * 1000) / texts.length;
  console.log(`detectPhi: ${us.toFixed(1)} µs/post over ${texts.length} demo posts`);
}
