/**
 * Sentiment on VADER's 4,200 human-rated tweets (evaluation only, read at run time): Pearson correlation with the
 * mean rating, 3-class accuracy, macro-F1 and per-class F1. Gold classes: mean > 0.5 positive, < −0.5 negative, else neutral.
 * Baseline in the same run: AFINN alone (the `sentiment` npm package, AFINN-165): score > 0 positive, < 0 negative.
 *
 * Split (fixed by the file's own id column, never by position): even id = development half, odd id = held-out half.
 * Only the development half may be read, printed or used to choose anything (eval/dev/sentiment-dev.ts); the held-out
 * half is only ever counted in aggregate, so its figures are the honest estimate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import type { Analyzer } from '../../src/nlp/analyze.js';
import { binary, fmt, pearson, type Scores } from '../metrics.js';
import { table, type Section } from '../report.js';

export interface RatedText { id: number; text: string; mean: number }

export function readVaderTweets(datasets: string): RatedText[] | undefined {
  const path = join(datasets, 'vader', 'tweets_GroundTruth.txt');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((l) => {
    const [id, mean, ...text] = l.split('\t');
    return { id: Number(id), mean: Number(mean), text: text.join('\t') };
  });
}

/** The development half: even tweet ids (2,100 tweets); odd ids (2,100) are held out. */
export const isDevTweet = (t: RatedText): boolean => t.id % 2 === 0;

export type Label = 'positive' | 'neutral' | 'negative';
export const LABELS: readonly Label[] = ['positive', 'neutral', 'negative'];
export const goldLabel = (mean: number): Label => (mean > 0.5 ? 'positive' : mean < -0.5 ? 'negative' : 'neutral');

export interface ThreeClass { accuracy: number; macroF1: number; perClass: Record<Label, Scores> }

export function threeClass(pred: readonly Label[], gold: readonly Label[]): ThreeClass {
  const of = (l: Label): Scores => binary(pred.map((p, i) => [p === l, gold[i] === l] as [boolean, boolean]));
  const perClass: Record<Label, Scores> = { positive: of('positive'), neutral: of('neutral'), negative: of('negative') };
  return { accuracy: pred.filter((p, i) => p === gold[i]).length / pred.length,
    macroF1: LABELS.reduce((a, l) => a + perClass[l].f1, 0) / LABELS.length, perClass };
}

export interface MethodFigures extends ThreeClass { pearson: number }
export interface SplitFigures { n: number; gold: Record<Label, number>; ours: MethodFigures; afinn: MethodFigures }

/** One tweet's predictions from both methods, with its gold rating. */
export interface Scored { tweet: RatedText; gold: Label; ours: { label: Label; score: number }; afinn: { label: Label; score: number } }

export function scoreTweets(analyzer: Analyzer, tweets: readonly RatedText[]): Scored[] {
  const afinn = new Sentiment();
  return tweets.map((t) => {
    const s = analyzer.analyze(t.text).sentiment;
    const a = afinn.analyze(t.text).score;
    return { tweet: t, gold: goldLabel(t.mean), ours: { label: s.label, score: s.score },
      afinn: { label: a > 0 ? 'positive' : a < 0 ? 'negative' : 'neutral', score: a } };
  });
}

export function splitFigures(rows: readonly Scored[]): SplitFigures {
  const gold = rows.map((r) => r.gold);
  const means = rows.map((r) => r.tweet.mean);
  const method = (k: 'ours' | 'afinn'): MethodFigures => ({ ...threeClass(rows.map((r) => r[k].label), gold), pearson: pearson(rows.map((r) => r[k].score), means) });
  const count = (l: Label) => gold.filter((g) => g === l).length;
  return { n: rows.length, gold: { positive: count('positive'), neutral: count('neutral'), negative: count('negative') },
    ours: method('ours'), afinn: method('afinn') };
}

export interface SentimentSplits { development: SplitFigures; heldOut: SplitFigures; all: SplitFigures }

export function sentimentSplits(analyzer: Analyzer, tweets: readonly RatedText[]): SentimentSplits {
  const rows = scoreTweets(analyzer, tweets);
  return { development: splitFigures(rows.filter((r) => isDevTweet(r.tweet))), heldOut: splitFigures(rows.filter((r) => !isDevTweet(r.tweet))),
    all: splitFigures(rows) };
}

/** The comparison table: one row per (split, method), per-class F1 beside the headline figures. */
export function splitsTable(s: SentimentSplits): string {
  const parts: Array<[string, SplitFigures]> = [['development (even ids; training figure)', s.development],
    ['held-out (odd ids; honest estimate)', s.heldOut], ['whole set', s.all]];
  const rows: string[][] = [];
  for (const [name, f] of parts) {
    for (const [method, m] of [['AFINN alone', f.afinn], ['ours', f.ours]] as const) {
      rows.push([`${name}, n = ${f.n}`, method, fmt(m.pearson), fmt(m.accuracy), `**${fmt(m.macroF1)}**`,
        fmt(m.perClass.positive.f1), fmt(m.perClass.neutral.f1), fmt(m.perClass.negative.f1)]);
    }
  }
  return table(['split', 'method', 'Pearson r', 'accuracy', 'macro F1', 'F1 positive', 'F1 neutral', 'F1 negative'], rows);
}

/** Per-class precision / recall / F1 of one method on one split (for the development aid). */
export function perClassTable(f: SplitFigures): string {
  const rows: string[][] = [];
  for (const [method, m] of [['AFINN alone', f.afinn], ['ours', f.ours]] as const) {
    for (const l of LABELS) {
      const c = m.perClass[l];
      rows.push([method, `${l} (${f.gold[l]})`, fmt(c.precision), fmt(c.recall), fmt(c.f1), String(c.tp + c.fp)]);
    }
  }
  return table(['method', 'class (gold count)', 'precision', 'recall', 'F1', 'predicted'], rows);
}

export function sentimentSection(analyzer: Analyzer, datasets: string | undefined): Section {
  const tweets = datasets ? readVaderTweets(datasets) : undefined;
  if (!tweets) return { title: 'Sentiment', markdown: '**not present** (`../shared/datasets/vader` missing).', numbers: {}, gates: [] };
  const s = sentimentSplits(analyzer, tweets);
  const g = s.all.gold;
  const markdown = [
    `### VADER tweets (Hutto & Gilbert 2014; ${tweets.length} tweets rated by ≥ 20 people; evaluation only)\n`,
    'General 2013 tweets, not health talk: they test the general-language part of the scorer; the medical rules ("tested',
    'positive", "no more pain", reactions the author lives through) are covered by unit tests and the ADE gold set, not by this set.',
    `Gold classes from the mean rating: > 0.5 positive (${g.positive}), < −0.5 negative (${g.negative}), else neutral (${g.neutral}).`,
    'Baseline: AFINN alone (`sentiment` package, AFINN-165), label = sign of its score. Our word valences include VADER\'s',
    'human-rated lexicon (MIT), built from ratings collected separately from these tweets.\n',
    `**Split and method.** Fixed by the file's own id column: even id = development half (${s.development.n} tweets), odd id =`,
    `held-out half (${s.heldOut.n}). Ours: a post with a strong cue (emoji or emoticon, "!", a medical rule, a health news`,
    'word) is labelled at compound ±0.05 (VADER\'s published thresholds); a post whose evidence is only general words is',
    'neutral while |compound| < 0.325. What was chosen from these tweets — that band, the half weight of general words in',
    'questions and the weak-cue rules (docs/analyze.md, "Sentiment") — was chosen on the development half only, whose tweets',
    'and errors were read (`eval/dev/sentiment-dev.ts`); the held-out half was never printed or read, only counted in aggregate.',
    'So the development rows are training figures and the held-out rows the honest estimate. The figures before this work',
    '(nlp-1.6.0), measured once on both halves, are in `eval/dev/README.md` ("Sentiment round").\n',
    splitsTable(s),
  ].join('\n');
  const n = (k: string, f: SplitFigures) => ({ [`sentiment.${k}.macroF1`]: f.ours.macroF1, [`sentiment.${k}.afinn.macroF1`]: f.afinn.macroF1 });
  return { title: 'Sentiment', markdown, numbers: { 'sentiment.pearson': s.all.ours.pearson, 'sentiment.accuracy': s.all.ours.accuracy,
    'sentiment.afinn.pearson': s.all.afinn.pearson, 'sentiment.afinn.accuracy': s.all.afinn.accuracy, 'sentiment.macroF1': s.all.ours.macroF1,
    'sentiment.afinn.macroF1': s.all.afinn.macroF1, ...n('development', s.development), ...n('heldOut', s.heldOut) }, gates: [] };
}
