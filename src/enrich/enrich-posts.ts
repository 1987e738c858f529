/**
 * The enrichment stage: every post without an analysis of the current analyzer version (new,
 * edited, or analysed by an older version) goes through the analyzer, and its results are
 * stored beside it. Runs after ingest, on demand (`auscult enrich`), or as jobs for workers.
 */
import { ANALYZER_VERSION } from '../nlp/analyze.js';
import { type AnalyzeInput, analyzeStream, type SummarizeSpec } from '../nlp/analyze-many.js';
import type { Store } from '../store/store.js';
import type { EnrichmentFacts, EnrichmentInput, EnrichmentRecord } from './enrichment.js';

const INLINE_BELOW = 2000;
/** The analyzer's threads summarise each analysis into its index facts (enrichmentFacts), from source or from dist alike. */
const FACTS: SummarizeSpec = {
  module: new URL(import.meta.url.endsWith('.ts') ? './enrichment.ts' : './enrichment.js', import.meta.url).href,
  name: 'enrichmentFacts',
};

export interface EnrichOptions {
  /** Analyzer threads (default: every core; 0 = this thread, as a job handler inside a worker process uses). */
  workers?: number;
  /** Only posts in this row-id range (an enrich job's). */
  afterRowId?: number;
  beforeRowId?: number;
  /** Posts read per page and results written per transaction (default 2,000). */
  pageSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface EnrichResult {
  version: string;
  analysed: number;
  written: number;
  /** Edited or deleted between reading and writing: analysed again next time, or gone. */
  stale: number;
  failed: number;
  errors: string[];
}

/** The text the analyzer reads: the title (Reddit, reviews) and the body, as the full-text index does. */
export function analysedText(post: Pick<EnrichmentInput, 'text' | 'title'>): string {
  return post.title ? `${post.title}\n${post.text}` : post.text;
}

export async function enrichPending(store: Store, options: EnrichOptions = {}): Promise<EnrichResult> {
  const version = ANALYZER_VERSION;
  const pageSize = options.pageSize ?? 2000;
  const result: EnrichResult = { version, analysed: 0, written: 0, stale: 0, failed: 0, errors: [] };
  const summary = await store.enrichment.summary(version);
  const total = summary.missing + summary.outdated;
  if (total === 0) return result;

  // Results come back in input order, so the posts they belong to wait in a queue.
  const waiting: EnrichmentInput[] = [];
  async function* inputs(): AsyncGenerator<AnalyzeInput> {
    let after = options.afterRowId ?? 0;
    for (;;) {
      options.signal?.throwIfAborted();
      const page = await store.enrichment.pending({ version, limit: pageSize, afterRowId: after,
        ...(options.beforeRowId !== undefined ? { beforeRowId: options.beforeRowId } : {}) });
      if (page.length === 0) return;
      for (const post of page) {
        waiting.push(post);
        yield { text: analysedText(post), options: { author: post.author, hashtags: post.hashtags, platform: post.platform } };
      }
      after = page.at(-1)!.rowId;
    }
  }

  let batch: EnrichmentRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const { written, stale } = await store.enrichment.write(batch);
    result.written += written;
    result.stale += stale;
    batch = [];
    options.onProgress?.(result.analysed + result.failed, total);
  };
  // A few posts are quicker in this thread than worth starting threads that each load the lexicons.
  const workers = total < INLINE_BELOW ? 0 : options.workers;
  for await (const outcome of analyzeStream<EnrichmentFacts>(inputs(), { summarize: FACTS, ...(workers !== undefined ? { workers } : {}) })) {
    const post = waiting.shift()!;
    if (!outcome.ok) {
      result.failed++;
      if (result.errors.length < 20) result.errors.push(`${post.platform} ${post.nativeId}: ${outcome.error}`);
      continue;
    }
    result.analysed++;
    const f = outcome.summary;
    batch.push({ platform: post.platform, nativeId: post.nativeId, contentHash: post.contentHash, version: f.version, lang: f.lang,
      sentiment: f.sentiment, sentimentScore: f.sentimentScore, flags: f.flags, entities: f.entities, areas: f.areas,
      encoded: outcome.encoded });
    if (batch.length >= pageSize) await flush();
  }
  await flush();
  return result;
}
