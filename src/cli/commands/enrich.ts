import type { Command } from 'commander';
import { planEnrichJobs } from '../../enrich/enrich-jobs.js';
import { type EnrichResult, enrichPending } from '../../enrich/enrich-posts.js';
import { type AnalyzeStoredResult, analyzeStoredAccounts } from '../../hcp/registry-workflow/analyze-stored-accounts.js';
import { ANALYZER_VERSION } from '../../nlp/analyze.js';
import type { Store } from '../../store/store.js';
import { commandContext } from '../context.js';
import type { Reporter } from '../reporter.js';

interface EnrichFlags { workers?: number; queue?: boolean; status?: boolean; json?: boolean }

export function registerEnrich(program: Command): void {
  program.command('enrich')
    .description('Analyse every post that has no analysis of the current analyzer version (new, edited, or analysed by an older version): entities, sentiment, areas, adverse events, PHI, endorsements, misinformation; then every account profile that is new or changed (HCP detection, kind, country, specialty).')
    .option('--workers <n>', 'analyzer threads (default: every core) [number]', (v) => Number.parseInt(v, 10))
    .option('--queue', 'queue the work as jobs for `auscult worker` processes instead')
    .option('--status', 'only say how many posts are enriched, outdated and missing')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ auscult enrich
  $ auscult enrich --status
  $ auscult enrich --queue --db postgres://auscult@db.internal/auscult`)
    .action(async (flags: EnrichFlags, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      if (flags.status) {
        const summary = { version: ANALYZER_VERSION, ...await store.enrichment.summary(ANALYZER_VERSION) };
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n`
          : `analyzer ${summary.version}: ${n(summary.posts)} posts, ${n(summary.current)} enriched, ` +
            `${n(summary.outdated)} by an older version, ${n(summary.missing)} not yet\n`);
        return;
      }
      if (flags.queue) {
        const specs = await planEnrichJobs(store);
        const ids = await store.jobs.enqueue(specs);
        process.stdout.write(`${ids.length} enrich job${ids.length === 1 ? '' : 's'} queued; start workers with: auscult worker --db ${ctx.config.dbLabel}\n`);
        return;
      }
      const result = await runEnrichment(store, ctx.reporter, flags.workers);
      const profiles = await runProfileAnalysis(store, ctx.reporter);
      process.stdout.write(flags.json ? `${JSON.stringify({ ...result, profiles }, null, 2)}\n`
        : `${renderEnrichResult(result)}\n${renderProfileResult(profiles)}\n`);
      if (result.failed > 0) process.exitCode = 1;
    });
}

/** Enriches with a progress bar; shared by enrich, ingest and demo. */
export async function runEnrichment(store: Store, reporter: Reporter, workers?: number): Promise<EnrichResult> {
  const started = Date.now();
  try {
    return await enrichPending(store, {
      ...(workers !== undefined ? { workers } : {}),
      onProgress: (done, total) => reporter.progress('enrich', done, total,
        `${n(done)}/${n(total)} posts, ${n(Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)))} posts/s`),
    });
  } finally {
    reporter.stop();
  }
}

/**
 * Analyses the profiles of accounts that are new or changed since their analysis (src/hcp/): what `kind:hcp`,
 * `country:`, the author-kind charts and the HCP review queue read. Shared by enrich and ingest.
 */
export async function runProfileAnalysis(store: Store, reporter: Reporter): Promise<AnalyzeStoredResult> {
  // Out of every account: an incremental run analyses only the new and changed ones, so its bar ends early.
  const accounts = (await store.stats()).accounts;
  try {
    return await analyzeStoredAccounts(store.hcp, { onProgress: (done) => reporter.progress('profiles', done, accounts,
      `${n(done)} of ${n(accounts)} account profiles analysed`) });
  } finally {
    reporter.stop();
  }
}

export function renderProfileResult(r: AnalyzeStoredResult): string {
  return r.analysed === 0 ? 'profiles: every account profile is analysed'
    : `profiles: ${n(r.analysed)} analysed, ${n(r.likelyHcps)} likely HCPs (review them: auscult hcp queue)`;
}

export function renderEnrichResult(r: EnrichResult): string {
  if (r.analysed + r.failed === 0) return `enrich: every post already has an analysis of ${r.version}`;
  return `enrich: ${n(r.analysed)} posts analysed with ${r.version}, ${n(r.written)} stored` +
    (r.stale ? `, ${n(r.stale)} changed meanwhile (analysed again next time)` : '') +
    (r.failed ? `, ${n(r.failed)} failed:\n  ${r.errors.join('\n  ')}` : '');
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}
