/**
 * Development aid: PHI misses and false positives on the DEVELOPMENT half of the Presidio synthetic set (even
 * indexes). The odd half is held out and only its aggregate figures are read (docs/quality.md).
 *   node --import tsx eval/dev/presidio-misses.ts [type] [--fp]
 */
import { createAnalyzer } from '../../src/nlp/analyze.js';
import { datasetsDir } from '../datasets-dir.js';
import { iou } from '../metrics.js';
import { readPresidio } from '../tasks/phi.js';

const dir = datasetsDir();
if (!dir) throw new Error('shared datasets not found');
const only = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
const showFp = process.argv.includes('--fp');
const analyzer = createAnalyzer();
const docs = readPresidio(dir).filter((_, i) => i % 2 === 0);
for (const d of docs) {
  const pred = analyzer.detectPhi(d.text);
  for (const g of d.gold) {
    if (only && g.type !== only) continue;
    if (!pred.some((p) => p.type === g.type && iou(p, g) >= 0.5)) {
      const near = pred.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type}:${p.text}`).join(', ');
      console.log(`MISS ${g.type} «${d.text.slice(g.start, g.end)}» in: ${d.text.replace(/\n/g, ' ').slice(0, 160)}${near ? `  [got ${near}]` : ''}`);
    }
  }
  if (showFp) {
    for (const p of pred) {
      if (only && p.type !== only) continue;
      if (d.gold.some((g) => g.type === p.type && iou(p, g) >= 0.5)) continue;
      if (d.ignore?.some((g) => p.start < g.end && g.start < p.end)) continue;
      console.log(`FP ${p.type} «${p.text}» (${p.ruleId}) in: ${d.text.replace(/\n/g, ' ').slice(0, 160)}`);
    }
  }
}
