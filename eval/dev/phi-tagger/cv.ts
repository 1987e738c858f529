/**
 * Leave-one-set-out cross-validation of the PHI tagger over the development sets (eval/dev/phi-dev-*, phi-retired-gold-*,
 * eval/holdout/phi-holdout-1 — every PHI set whose posts we have read; no gold set). For each set: train on the others,
 * then compare on the left-out set the rules alone, the tagger alone, and rules + tagger (tagger spans only where no rule
 * span overlaps). The rules were tuned on every one of these sets, so "rules" is a training figure here; the tagger
 * column is an honest estimate of what the model finds on posts it has not seen.
 *   node --import tsx eval/dev/phi-tagger/cv.ts [--epochs 8] [--margin 0] [--only retired-gold-4] [--misses]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../../src/nlp/analyze.js';
import { PhiTagger, TAGGER_TYPES, trainTagger } from './tagger.js';
import { tokenize } from '../../../src/nlp/tokenize.js';
import { REPO_ROOT } from '../../datasets-dir.js';
import { addCounts, fmt, micro, scores, spanCounts, type Counts, type Span } from '../../metrics.js';
import { DEV_SET_PATTERN, readGoldPhi, type PhiDoc } from '../../tasks/phi.js';
import { generatePhiPosts } from '../../generators/phi-posts.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const epochs = Number(opt('--epochs') ?? 8);
const minMargin = Number(opt('--margin') ?? 0);
const only = opt('--only');
const generated = Number(opt('--generated') ?? 0);

export function phiTrainingSets(): Array<{ name: string; docs: PhiDoc[] }> {
  const sets: Array<{ name: string; docs: PhiDoc[] }> = [];
  const dev = join(REPO_ROOT, 'eval', 'dev');
  for (const f of readdirSync(dev).filter((f) => DEV_SET_PATTERN.test(f)).sort()) {
    sets.push({ name: f.replace(/^phi-|\.jsonl$/g, ''), docs: readGoldPhi(join(dev, f)) });
  }
  const holdout = join(REPO_ROOT, 'eval', 'holdout', 'phi-holdout-1.jsonl');
  if (existsSync(holdout)) sets.push({ name: 'holdout-1', docs: readGoldPhi(holdout) });
  return sets;
}

const analyzer = createAnalyzer();
const names = analyzer.lexicons.names;
const sets = phiTrainingSets();
const types = [...TAGGER_TYPES] as string[];
const total = { rules: new Map<string, Counts>(), tagger: new Map<string, Counts>(), union: new Map<string, Counts>() };

for (const held of sets) {
  if (only && held.name !== only) continue;
  const trainDocs = sets.filter((s) => s !== held).flatMap((s) => s.docs);
  if (generated > 0) for (const g of generatePhiPosts(generated, 7)) trainDocs.push({ id: g.id, text: g.text, gold: g.phi });
  const tagger = new PhiTagger(trainTagger(trainDocs, names, tokenize, { epochs }), names);
  const c = { rules: new Map<string, Counts>(), tagger: new Map<string, Counts>(), union: new Map<string, Counts>() };
  for (const d of held.docs) {
    const gold = d.gold.filter((g) => types.includes(g.type));
    const rules: Span[] = analyzer.detectPhi(d.text).map((p) => ({ type: p.type, start: p.start, end: p.end }));
    const tagged: Span[] = tagger.tag(d.text, tokenize(d.text), minMargin).map((p) => ({ type: p.type, start: p.start, end: p.end }));
    const added = tagged.filter((t) => !rules.some((r) => r.start < t.end && t.start < r.end));
    const union = [...rules, ...added];
    const keep = (s: Span[]) => s.filter((x) => types.includes(x.type));
    addCounts(c.rules, spanCounts(keep(rules), gold, 'relaxed'));
    addCounts(c.tagger, spanCounts(keep(tagged), gold, 'relaxed'));
    addCounts(c.union, spanCounts(keep(union), gold, 'relaxed'));
    if (args.includes('--misses')) {
      for (const a of added) {
        const ok = gold.some((g) => g.type === a.type && g.start < a.end && a.start < g.end);
        console.log(`${ok ? 'GAIN' : 'FP  '} ${d.id} ${a.type} «${d.text.slice(a.start, a.end)}» in: ${d.text.slice(Math.max(0, a.start - 60), a.end + 40).replace(/\n/g, ' ')}`);
      }
    }
  }
  for (const k of ['rules', 'tagger', 'union'] as const) addCounts(total[k], c[k]);
  report(held.name, c);
}
report('ALL', total);

function report(name: string, c: typeof total): void {
  const cell = (m: Map<string, Counts>, t?: string) => {
    const s = t ? scores(m.get(t) ?? { tp: 0, fp: 0, fn: 0 }) : micro(m);
    return `${fmt(s.recall)}/${fmt(s.precision)}`;
  };
  console.log(`\n${name} (recall/precision, relaxed)`);
  console.log(['type', 'support', 'rules', 'tagger', 'rules+tagger'].join('\t'));
  for (const t of types) {
    const s = scores(c.rules.get(t) ?? { tp: 0, fp: 0, fn: 0 });
    if (s.support === 0) continue;
    console.log([t, s.support, cell(c.rules, t), cell(c.tagger, t), cell(c.union, t)].join('\t'));
  }
  console.log(['micro', micro(c.rules).support, cell(c.rules), cell(c.tagger), cell(c.union)].join('\t'));
}
