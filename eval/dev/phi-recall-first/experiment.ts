/**
 * Would a recall-first pass (every capitalised run no list explains becomes a name, facility or place) help on text the
 * rules have not seen? Measured by time travel: the analyzer as it was *before* a set was read (a git worktree of that
 * commit, --root) scores that set with and without the pass, so the set is as fresh as a gold set was at its first look.
 *   node --import tsx eval/dev/phi-recall-first/experiment.ts --root /work/wt/tt-6550bc2 --set eval/dev/phi-dev-10.jsonl
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addCounts, fmt, micro, scores, spanCounts, type Counts, type Span } from '../../metrics.js';
import { readGoldPhi } from '../../tasks/phi.js';
import { recallFirstPass, type RecallFirstLexicon } from './pass.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const root = resolve(opt('--root') ?? '.');
const set = resolve(opt('--set') ?? 'eval/dev/phi-dev-10.jsonl');
const show = opt('--show');

const { createAnalyzer } = await import(pathToFileURL(join(root, 'src/nlp/analyze.ts')).href) as typeof import('../../../src/nlp/analyze.js');
const { tokenize } = await import(pathToFileURL(join(root, 'src/nlp/tokenize.ts')).href) as typeof import('../../../src/nlp/tokenize.js');
const analyzer = createAnalyzer();
const lex: RecallFirstLexicon = RecallFirstLexiconFrom(analyzer.lexicons.names, (t) => analyzer.entities(t).map((e) => ({ start: e.start, end: e.end })));

function RecallFirstLexiconFrom(names: { first: string[]; last: string[]; cities: string[]; towns?: string[]; commonWords?: string[]; plainWords?: string[] },
  concepts: (text: string) => Array<{ start: number; end: number }>): RecallFirstLexicon {
  const places = new Set<string>();
  for (const c of [...names.cities, ...(names.towns ?? [])]) places.add(c.toLowerCase());
  return { common: new Set(names.commonWords ?? []), places, concepts };
}

const docs = readGoldPhi(set);
const before = new Map<string, Counts>();
const after = new Map<string, Counts>();
let added = 0;
for (const d of docs) {
  const rules: Span[] = analyzer.detectPhi(d.text).map((p) => ({ type: p.type, start: p.start, end: p.end }));
  const extra = recallFirstPass(d.text, tokenize(d.text), rules, lex);
  added += extra.length;
  addCounts(before, spanCounts(rules, d.gold, 'relaxed'));
  addCounts(after, spanCounts([...rules, ...extra], d.gold, 'relaxed'));
  if (show) for (const e of extra) if (e.type === show) {
    const ok = d.gold.some((g) => g.type === e.type && g.start < e.end && e.start < g.end);
    console.log(`${ok ? 'GAIN' : 'FP  '} ${d.id} «${d.text.slice(e.start, e.end)}» in: ${d.text.slice(Math.max(0, e.start - 50), e.end + 30).replace(/\n/g, ' ')}`);
  }
}
console.log(`${set.split('/').pop()} scored by the analyzer at ${root} (${docs.length} posts; ${added} spans added)`);
console.log(['type', 'support', 'rules R/P', 'rules+pass R/P'].join('\t'));
for (const t of ['name', 'address', 'facility', 'date', 'other_id', 'age_over_89']) {
  const b = scores(before.get(t) ?? { tp: 0, fp: 0, fn: 0 });
  const a = scores(after.get(t) ?? { tp: 0, fp: 0, fn: 0 });
  console.log([t, b.support, `${fmt(b.recall)}/${fmt(b.precision)}`, `${fmt(a.recall)}/${fmt(a.precision)}`].join('\t'));
}
const mb = micro(before); const ma = micro(after);
console.log(['micro', mb.support, `${fmt(mb.recall)}/${fmt(mb.precision)}`, `${fmt(ma.recall)}/${fmt(ma.precision)}`].join('\t'));
