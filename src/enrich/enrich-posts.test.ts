import { describe, expect, it } from 'vitest';
import { decodeAnalysis } from '../nlp/analysis-codec.js';
import { getAnalyzer } from '../nlp/analyze.js';
import { analyzeStream } from '../nlp/analyze-many.js';
import { type EnrichmentFacts, enrichmentFacts } from './enrichment.js';

const FACTS = { module: new URL('./enrichment.ts', import.meta.url).href, name: 'enrichmentFacts' };

describe('index facts made beside the analyzer', () => {
  it('arrive with the stored form, in input order, from worker threads or this thread alike, a failing input in its place', async () => {
    const texts: unknown[] = Array.from({ length: 30 }, (_, i) =>
      `Week ${i} on ${i % 2 ? 'Keytruda' : 'Ozempic'}: ${i % 3 ? 'no nausea' : 'rash and nausea'}, "ugh"\nmy dad (94) too #t2d`);
    texts[11] = 42;
    const a = getAnalyzer();
    for (const workers of [0, 2]) {
      const out = [];
      for await (const r of analyzeStream<EnrichmentFacts>(texts as string[], { workers, batchSize: 4, inlineBelow: 0, summarize: FACTS })) out.push(r);
      expect(out, `workers ${workers}`).toHaveLength(30);
      expect(out.filter((r) => !r.ok).length).toBe(1);
      expect(out[11]!.ok).toBe(false);
      for (const i of [0, 1, 10, 12, 29]) {
        const r = out[i]!;
        if (!r.ok) throw new Error(r.error);
        const analysis = a.analyze(texts[i] as string);
        expect(r.summary).toEqual(enrichmentFacts(analysis));
        expect(decodeAnalysis(r.encoded)).toBe(JSON.stringify(analysis));
      }
    }
  });

  it('names a missing summary function', async () => {
    const run = async () => { for await (const _ of analyzeStream(['text'], { workers: 0, summarize: { ...FACTS, name: 'nope' } })) void _; };
    await expect(run()).rejects.toThrow(/exports no function nope/);
  });
});
