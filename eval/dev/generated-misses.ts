/**
 * Development aid: misses and false positives on the planted-identifier generator's posts (our own data).
 *   node --import tsx eval/dev/generated-misses.ts [type]
 */
import { createAnalyzer } from '../../src/nlp/analyze.js';
import { generatePhiPosts } from '../generators/phi-posts.js';
import { iou } from '../metrics.js';

const only = process.argv[2];
const analyzer = createAnalyzer();
const seen = new Set<string>();
for (const d of generatePhiPosts(2000)) {
  const pred = analyzer.detectPhi(d.text);
  for (const g of d.phi) {
    if (only && g.type !== only) continue;
    if (!pred.some((p) => p.type === g.type && iou(p, g) >= 0.5)) {
      const line = `MISS ${g.type} «${g.text}» [got ${pred.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type}:${p.text}`).join(', ')}] in: ${d.text}`;
      if (!seen.has(line)) { seen.add(line); console.log(line); }
    }
  }
  for (const p of pred) {
    if (only && p.type !== only) continue;
    if (d.phi.some((g) => g.type === p.type && iou(p, g) >= 0.5)) continue;
    const line = `FP ${p.type} «${p.text}» (${p.ruleId}) in: ${d.text}`;
    if (!seen.has(line)) { seen.add(line); console.log(line); }
  }
}
