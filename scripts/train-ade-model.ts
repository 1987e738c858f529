/**
 * Trains the adverse-event logistic regression (models/ade-lr.json) on the PHEE **train** split only, choosing the
 * decision threshold on **dev**. The test split is never read here (eval/run.ts measures on it).
 * Run: npm run train:ade
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adeFeatures } from '../src/nlp/ade-model.js';
import { EntityRecognizer } from '../src/nlp/entities.js';
import { loadLexicons } from '../src/nlp/lexicon/load-lexicons.js';
import { matchableTokens, tokenize } from '../src/nlp/tokenize.js';
import { datasetsDir } from '../eval/datasets-dir.js';
import { readPhee } from '../eval/phee.js';

const ROOT = resolve(import.meta.dirname, '..');
const dir = datasetsDir();
if (!dir) throw new Error('shared datasets not found (set AUSCULT_DATASETS)');
const recognizer = new EntityRecognizer(loadLexicons());
const featurize = (text: string) => {
  const words = matchableTokens(tokenize(text));
  return adeFeatures(words, recognizer.recognize(words));
};
const train = readPhee(join(dir, 'phee', 'json'), 'train').map((s) => ({ f: featurize(s.text), y: s.adverse ? 1 : 0 }));
const dev = readPhee(join(dir, 'phee', 'json'), 'dev').map((s) => ({ f: featurize(s.text), y: s.adverse ? 1 : 0 }));

// Vocabulary: features seen in at least 3 training sentences (entity flags always kept).
const counts = new Map<string, number>();
for (const x of train) for (const f of x.f) counts.set(f, (counts.get(f) ?? 0) + 1);
const vocab = [...counts.entries()].filter(([f, c]) => c >= 3 || f.startsWith('e:')).map(([f]) => f);
const index = new Map(vocab.map((f, i) => [f, i]));
const rows = train.map((x) => ({ idx: x.f.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: x.y }));

// Class-balanced logistic regression, full-batch gradient descent with L2 (seeded by construction: no randomness).
const w = new Float64Array(vocab.length);
let b = 0;
const pos = rows.filter((r) => r.y === 1).length;
const weightOf = (y: number) => (y === 1 ? rows.length / (2 * pos) : rows.length / (2 * (rows.length - pos)));
const l2 = 1e-3;
const lr = 0.5;
for (let epoch = 0; epoch < 400; epoch++) {
  const g = new Float64Array(vocab.length);
  let gb = 0;
  for (const r of rows) {
    let z = b;
    for (const i of r.idx) z += w[i]!;
    const p = 1 / (1 + Math.exp(-z));
    const err = (p - r.y) * weightOf(r.y);
    for (const i of r.idx) g[i]! += err;
    gb += err;
  }
  for (let i = 0; i < w.length; i++) w[i]! -= lr * (g[i]! / rows.length + l2 * w[i]!);
  b -= lr * (gb / rows.length);
}

const score = (f: string[]) => {
  let z = b;
  for (const x of f) { const i = index.get(x); if (i !== undefined) z += w[i]!; }
  return 1 / (1 + Math.exp(-z));
};
// Threshold: best macro-F1 over the two classes on dev (AE vs therapeutic-only), so the rare class counts.
let best = { threshold: 0.5, macroF1: -1, f1: 0 };
for (let t = 0.05; t < 0.96; t += 0.01) {
  let tp = 0; let fp = 0; let fn = 0; let tn = 0;
  for (const x of dev) {
    const p = score(x.f) >= t ? 1 : 0;
    if (p && x.y) tp++; else if (p && !x.y) fp++; else if (!p && x.y) fn++; else tn++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  const f1neg = (2 * tn) / (2 * tn + fn + fp);
  const macro = (f1 + f1neg) / 2;
  if (macro > best.macroF1) best = { threshold: Math.round(t * 100) / 100, macroF1: macro, f1 };
}
const weights: Record<string, number> = {};
vocab.forEach((f, i) => { if (Math.abs(w[i]!) >= 1e-3) weights[f] = Math.round(w[i]! * 1e4) / 1e4; });
const model = { id: 'ade-lr-phee-v1', trainedOn: `PHEE v1 train split (${train.length} sentences); threshold chosen on dev (${dev.length})`,
  threshold: best.threshold, bias: Math.round(b * 1e4) / 1e4, dev: { macroF1: Math.round(best.macroF1 * 1000) / 1000, aeF1: Math.round(best.f1 * 1000) / 1000 }, weights };
writeFileSync(join(ROOT, 'models', 'ade-lr.json'), `${JSON.stringify(model)}\n`);
process.stderr.write(`ade-lr: ${Object.keys(weights).length} weights, threshold ${best.threshold}, dev macro-F1 ${model.dev.macroF1}, AE F1 ${model.dev.aeF1}\n`);
