/**
 * Development aid for sentiment on VADER's tweets. Split by tweet id: even = development half, odd = held-out half
 * (eval/tasks/sentiment.ts). Only development tweets are ever printed; the held-out half appears only as aggregates.
 *   node --import tsx eval/dev/sentiment-dev.ts            per-class table and confusion matrix (development half),
 *                                                          then the comparison table of both halves and the whole set
 *   node --import tsx eval/dev/sentiment-dev.ts --errors [gold>pred]   development errors, e.g. --errors neutral>positive
 *   node --import tsx eval/dev/sentiment-dev.ts --sweep    macro-F1 of symmetric neutral bands |compound| < t (development half only)
 *   node --import tsx eval/dev/sentiment-dev.ts --section  the evaluation section as `npm run eval` writes it
 */
import { createAnalyzer } from '../../src/nlp/analyze.js';
import { datasetsDir } from '../datasets-dir.js';
import { fmt } from '../metrics.js';
import { table } from '../report.js';
import { isDevTweet, LABELS, perClassTable, readVaderTweets, scoreTweets, sentimentSection, splitFigures, splitsTable, threeClass,
  type Label, type Scored } from '../tasks/sentiment.js';

const dir = datasetsDir();
const tweets = dir ? readVaderTweets(dir) : undefined;
if (!dir || !tweets) throw new Error('../shared/datasets/vader not found');
const analyzer = createAnalyzer();
const args = process.argv.slice(2);
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
const oneLine = (t: string) => t.replace(/\s+/g, ' ').slice(0, 280);

function confusion(rows: readonly Scored[], k: 'ours' | 'afinn'): string {
  return table([`${k}: gold \\ predicted`, ...LABELS], LABELS.map((g) => [g, ...LABELS.map((p) => rows.filter((r) => r.gold === g && r[k].label === p).length)]));
}

if (args.includes('--section')) {
  console.log(sentimentSection(analyzer, dir).markdown);
} else {
  // Held-out tweets are scored only when a table of aggregates needs them; the other modes score the development half alone.
  const dev = scoreTweets(analyzer, tweets.filter(isDevTweet));
  if (args.includes('--errors')) {
    const which = args[args.indexOf('--errors') + 1];
    const [g, p] = which && !which.startsWith('--') ? which.split('>') : [];
    let shown = 0;
    for (const r of dev) {
      if (r.ours.label === r.gold || (g && r.gold !== g) || (p && r.ours.label !== p)) continue;
      shown++;
      const ev = analyzer.analyze(r.tweet.text).sentiment.evidence.map((e) => `${e.text}:${e.valence}${e.rule.startsWith('lexicon.') ? '' : `(${e.rule})`}`).join(' ');
      console.log(`${r.tweet.id} gold ${r.gold} (${r.tweet.mean.toFixed(2)}) ours ${r.ours.label} (${r.ours.score}) afinn ${r.afinn.score}: ${oneLine(r.tweet.text)}\n    ${ev}`);
    }
    console.error(`${shown} development errors shown`);
  } else if (args.includes('--sweep')) {
    const gold = dev.map((r) => r.gold);
    const rows: string[][] = [];
    for (let t = 0.05; t <= 0.6001; t += 0.05) {
      const pred = dev.map((r): Label => (r.ours.score >= t ? 'positive' : r.ours.score <= -t ? 'negative' : 'neutral'));
      const m = threeClass(pred, gold);
      rows.push([t.toFixed(2), fmt(m.accuracy), fmt(m.macroF1), ...LABELS.map((l) => fmt(m.perClass[l].f1))]);
    }
    console.log(table(['band: abs(compound) <', 'accuracy', 'macro F1', ...LABELS.map((l) => `F1 ${l}`)], rows));
  } else {
    console.log('Development half (even ids):\n');
    console.log(perClassTable(splitFigures(dev)));
    console.log();
    console.log(confusion(dev, 'ours'));
    console.log();
    console.log(confusion(dev, 'afinn'));
    console.log('\nAll splits (held-out: aggregates only):\n');
    const all = scoreTweets(analyzer, tweets);
    console.log(splitsTable({ development: splitFigures(all.filter((r) => isDevTweet(r.tweet))), heldOut: splitFigures(all.filter((r) => !isDevTweet(r.tweet))), all: splitFigures(all) }));
  }
}
