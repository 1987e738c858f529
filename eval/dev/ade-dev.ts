/**
 * Development sets for post-level adverse-event detection, written and labelled by us (nlp2) for rule development and
 * separate from the independent gold set: eval/dev/ade-dev.jsonl (80 posts) and, with --held-out, ade-dev2.jsonl (50 posts,
 * written before the second round of rules and measured once before tuning on it: ours F1 0.766 vs co-occurrence 0.731), --fresh (dev3),
 * --fresh4 (dev4) and --set6 (ade-dev-6.jsonl, 225 posts, issue 6). Prints P/R/F1 of analyze() and of the
 * co-occurrence baseline, experiencer accuracy, and every error (this set may be read and tuned on; the gold may not).
 *   node --import tsx eval/dev/ade-dev.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/nlp/analyze.js';
import { binary, fmt } from '../metrics.js';

const analyzer = createAnalyzer();
const SETS: Record<string, string> = { '--held-out': 'ade-dev2.jsonl', '--fresh': 'ade-dev3.jsonl', '--fresh4': 'ade-dev4.jsonl', '--set6': 'ade-dev-6.jsonl' };
const file = Object.entries(SETS).find(([flag]) => process.argv.includes(flag))?.[1] ?? 'ade-dev.jsonl';
const rows = readFileSync(join(import.meta.dirname, file), 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; ae: boolean; experiencer: string });
const ours: Array<[boolean, boolean]> = [];
const co: Array<[boolean, boolean]> = [];
let expOk = 0;
for (const r of rows) {
  const a = analyzer.analyze(r.text);
  ours.push([a.ae.present, r.ae]);
  const ents = analyzer.entities(r.text);
  co.push([ents.some((e) => e.type === 'drug') && ents.some((e) => e.type === 'reaction' || e.type === 'condition'), r.ae]);
  const exp = a.ae.experiencer;
  if (exp === r.experiencer) expOk++;
  if (process.argv.includes('--errors') && (a.ae.present !== r.ae || exp !== r.experiencer)) {
    console.log(`${a.ae.present !== r.ae ? (r.ae ? 'FN' : 'FP') : 'ok'} exp ${exp}/${r.experiencer} ${r.id} ${r.text}`);
    console.log(`   ents: ${ents.map((e) => `${e.type}:${e.text}[${e.assertion},${e.experiencer}]`).join(' ')} pairs: ${a.ae.pairs.map((p) => `${p.drug}+${p.reaction}`).join(' ')} conf ${a.ae.confidence} ${a.ae.ruleId}`);
  }
}
const o = binary(ours); const c = binary(co);
console.log(`ours P ${fmt(o.precision)} R ${fmt(o.recall)} F1 ${fmt(o.f1)} | co-occurrence P ${fmt(c.precision)} R ${fmt(c.recall)} F1 ${fmt(c.f1)} | experiencer ${fmt(expOk / rows.length)} (n=${rows.length})`);
