/**
 * Sentiment on VADER's 4,200 human-rated tweets (evaluation only, read at run time): Pearson correlation with the
 * mean rating and 3-class accuracy / macro-F1. Gold classes: mean > 0.5 positive, < −0.5 negative, else neutral.
 * Ours: compound ≥ 0.05 positive, ≤ −0.05 negative (VADER's published thresholds, not tuned here).
 * Baseline in the same run: AFINN alone (the `sentiment` npm package, AFINN-165): score > 0 positive, < 0 negative.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import type { Analyzer } from '../../src/nlp/analyze.js';
import { binary, fmt, pearson } from '../metrics.js';
import { table, type Section } from '../report.js';

export interface RatedText { text: string; mean: number }

export function readVaderTweets(datasets: string): RatedText[] | undefined {
  const path = join(datasets, 'vader', 'tweets_GroundTruth.txt');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((l) => {
    const [, mean, ...text] = l.split('\t');
    return { mean: Number(mean), text: text.join('\t') };
  });
}

export type Label = 'positive' | 'neutral' | 'negative';
export const goldLabel = (mean: number): Label => (mean > 0.5 ? 'positive' : mean < -0.5 ? 'negative' : 'neutral');

export function threeClass(pred: Label[], gold: Label[]): { accuracy: number; macroF1: number } {
  const labels: Label[] = ['positive', 'neutral', 'negative'];
  const f1s = labels.map((l) => binary(pred.map((p, i) => [p === l, gold[i] === l] as [boolean, boolean])).f1);
  return { accuracy: pred.filter((p, i) => p === gold[i]).length / pred.length, macroF1: f1s.reduce((a, b) => a + b, 0) / 3 };
}

export function sentimentSection(analyzer: Analyzer, datasets: string | undefined): Section {
  const tweets = datasets ? readVaderTweets(datasets) : undefined;
  if (!tweets) return { title: 'Sentiment', markdown: '**not present** (`../shared/datasets/vader` missing).', numbers: {}, gates: [] };
  const afinn = new Sentiment();
  const gold = tweets.map((t) => goldLabel(t.mean));
  const ours = tweets.map((t) => analyzer.analyze(t.text).sentiment);
  const base = tweets.map((t) => afinn.analyze(t.text).score);
  const oursLabels = ours.map((s) => s.label);
  const baseLabels = base.map((s): Label => (s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral'));
  const o = threeClass(oursLabels, gold);
  const b = threeClass(baseLabels, gold);
  const means = tweets.map((t) => t.mean);
  const ro = pearson(ours.map((s) => s.score), means);
  const rb = pearson(base, means);
  const markdown = [
    `### VADER tweets (Hutto & Gilbert 2014; ${tweets.length} tweets rated by ≥ 20 people; evaluation only)\n`,
    'General 2013 tweets, not health talk: they test the general-language part of the scorer; the medical rules ("tested',
    'positive", "no more pain", reactions the author lives through) are covered by unit tests and the ADE gold set, not by this set.',
    `Gold classes from the mean rating: > 0.5 positive (${gold.filter((g) => g === 'positive').length}), < −0.5 negative (${gold.filter((g) => g === 'negative').length}), else neutral (${gold.filter((g) => g === 'neutral').length}).`,
    'Ours: compound ≥ 0.05 positive, ≤ −0.05 negative. Our word valences include VADER\'s human-rated lexicon (MIT), built from',
    'ratings collected separately from these tweets; nothing was tuned on the tweets.\n',
    table(['method', 'Pearson r (score vs mean rating)', '3-class accuracy', '3-class macro F1'], [
      ['baseline: AFINN alone (`sentiment` package, score sign)', fmt(rb), fmt(b.accuracy), fmt(b.macroF1)],
      ['ours: medical lexicon-and-rules scorer', fmt(ro), fmt(o.accuracy), fmt(o.macroF1)],
    ]),
  ].join('\n');
  return { title: 'Sentiment', markdown, numbers: { 'sentiment.pearson': ro, 'sentiment.accuracy': o.accuracy, 'sentiment.afinn.pearson': rb, 'sentiment.afinn.accuracy': b.accuracy }, gates: [] };
}
