import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type IngestResult, ingestFiles, describeQuarantine } from '../../ingest/ingest-files.js';
import { type CsvMapping, parseCsvMapping } from '../../ingest/formats/csv-mapped.js';
import { DEFAULT_CHUNK_BYTES, planIngestJobs } from '../../ingest/ingest-jobs.js';
import { redactPostPhi } from '../../enrich/redact-before-storage.js';
import type { Store } from '../../store/store.js';
import { commandContext, positiveInt } from '../context.js';
import type { Reporter } from '../reporter.js';
import { runLocalWorkers } from '../spawn-workers.js';
import { renderEnrichResult, renderProfileResult, runEnrichment, runProfileAnalysis } from './enrich.js';
import { UserError } from '../user-error.js';

interface IngestFlags {
  format?: string; mapping?: string[]; batchSize: number; force?: boolean; json?: boolean;
  workers?: number; queue?: boolean; chunkSize: number; enrich: boolean; redactPhi?: boolean;
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('Ingest files (JSON, NDJSON, CSV/TSV, optionally .gz); the format is detected per file.')
    .argument('<paths...>', 'files or directories (directories are read recursively)')
    .option('--format <name>', 'force a format: auscult, x, bluesky, mastodon, reddit, csv:<mapping>')
    .option('--mapping <file...>', 'CSV column-mapping JSON file(s) to use (see docs/mappings.md)')
    .option('--batch-size <n>', 'records per transaction, at most [number]', positiveInt('--batch-size'), 10_000)
    .option('--force', 'read files again even if an earlier run completed them (still idempotent)')
    .option('--json', 'print the run summary as JSON on stdout')
    .option('--workers <n>', 'share the files among n worker processes through the database\'s job queue [number]', positiveInt('--workers'))
    .option('--queue', 'only queue the files as jobs, for `auscult worker` processes on any machine to ingest')
    .option('--redact-phi', 'redact PHI (Safe Harbor) from post text before it is stored (also AUSCULT_REDACT_PHI=1)')
    .option('--no-enrich', 'do not analyse the new posts and profiles afterwards (run `auscult enrich` later)')
    .option('--chunk-size <MB>', 'with --workers or --queue, cut plain NDJSON files into jobs of this size [number]',
      positiveInt('--chunk-size'), DEFAULT_CHUNK_BYTES / (1 << 20))
    .addHelpText('after', `
Examples:
  $ auscult ingest exports/*.json data/reddit.ndjson.gz reviews.csv
  $ auscult ingest --format x tweets.ndjson
  $ auscult ingest --mapping my-tool.json export.csv
  $ auscult ingest --workers 3 --db postgres://postgres@127.0.0.1/auscult firehose/*.ndjson
  $ auscult ingest --queue --db postgres://auscult@db.internal/auscult /shared/exports/`)
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const ctx = commandContext(command);
      const files = await expandPaths(paths);
      const mappings = await Promise.all((flags.mapping ?? []).map(loadMapping));
      await using store = await ctx.openStore();
      const redactPhi = flags.redactPhi === true || ctx.config.redactPhi;
      if (flags.workers !== undefined || flags.queue) {
        if (flags.force) throw new UserError('--force is not available with --workers or --queue: a queued run always reads its files');
        const runId = await store.startRun(files);
        const specs = await planIngestJobs(runId, files, {
          chunkBytes: flags.chunkSize * (1 << 20), batchSize: flags.batchSize, mappings: mappings.map((m) => m.json), enrich: flags.enrich, redactPhi,
          ...(flags.format ? { format: flags.format } : {}),
        });
        await store.jobs.enqueue(specs);
        if (flags.queue) {
          process.stdout.write(`run ${runId}: ${specs.length} job${specs.length === 1 ? '' : 's'} queued for ${files.length} file${files.length === 1 ? '' : 's'}\n` +
            `start workers with: auscult worker --db ${ctx.config.dbLabel}\nwatch them with:   auscult jobs --run ${runId} --db ${ctx.config.dbLabel}\n`);
          return;
        }
        ctx.reporter.info(`run ${runId}: ${specs.length} jobs for ${files.length} files, ${flags.workers} workers`);
        const result = await runLocalWorkers(store, { db: ctx.config.db, runId, workers: flags.workers!, reporter: ctx.reporter });
        if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else process.stdout.write(await renderIngestResult(store, result));
        if (result.files.some((f) => f.status === 'unrecognised' || f.status === 'failed')) process.exitCode = 1;
        return;
      }
      if (redactPhi) ctx.reporter.info('PHI is redacted from post text before it is stored');
      const result = await runIngest(store, files, { ...flags, redactPhi }, mappings.map((m) => m.mapping), ctx.reporter);
      const enrichment = flags.enrich ? await runEnrichment(store, ctx.reporter) : undefined;
      const profiles = flags.enrich ? await runProfileAnalysis(store, ctx.reporter) : undefined;
      if (flags.json) process.stdout.write(`${JSON.stringify({ ...result, ...(enrichment ? { enrichment } : {}), ...(profiles ? { profiles } : {}) }, null, 2)}\n`);
      else {
        process.stdout.write(`${await renderIngestResult(store, result)}${enrichment ? `${renderEnrichResult(enrichment)}\n` : ''}` +
          `${profiles ? `${renderProfileResult(profiles)}\n` : ''}`);
      }
      if (result.files.some((f) => f.status === 'unrecognised' || f.status === 'failed')) process.exitCode = 1;
      await hintStaleScores(store, result.counts, ctx.reporter);
    });
}

/** DOL scores are computed on demand (or by the influence job in queue mode): say when this ingest made them stale. */
async function hintStaleScores(store: Store, counts: IngestResult['counts'], reporter: Reporter): Promise<void> {
  if (counts.postsInserted + counts.interactions + counts.deletions === 0) return;
  const [latest] = await store.influence.runs({ limit: 1 });
  if (latest) {
    reporter.info(`DOL scores were computed before this ingest (${new Date(latest.startedAt).toISOString().slice(0, 16).replace('T', ' ')}); ` +
      'fold the new posts in with: auscult influence update');
  }
}

async function runIngest(
  store: Store, files: string[], flags: IngestFlags, mappings: CsvMapping[], reporter: Reporter,
): Promise<IngestResult> {
  try {
    return await ingestFiles(store, files, {
      batchSize: flags.batchSize,
      ...(flags.format ? { format: flags.format } : {}),
      ...(flags.force ? { force: true } : {}),
      ...(flags.redactPhi ? { transformPost: redactPostPhi } : {}),
      mappings,
      onProgress: (p) => reporter.progress(
        `ingest ${p.fileIndex + 1}/${p.files}`, p.bytesRead, p.bytesTotal,
        `${p.records.toLocaleString('en-US')} records  ${p.file}`),
    });
  } finally {
    reporter.stop();
  }
}

export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new UserError(`${path}: no such file or directory`);
    });
    if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(...entries.filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => join(e.parentPath, e.name)).sort());
    } else {
      files.push(path);
    }
  }
  return files;
}

/** A mapping file, parsed and checked here; its JSON travels in queued jobs so that any worker can use it. */
async function loadMapping(file: string): Promise<{ mapping: CsvMapping; json: unknown }> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UserError(`--mapping ${file}: cannot read the file`);
  });
  try {
    const json: unknown = JSON.parse(text);
    return { mapping: parseCsvMapping(json, file), json };
  } catch (error) {
    throw new UserError(`--mapping ${file}: ${(error as Error).message}`);
  }
}

export async function renderIngestResult(store: Store, result: IngestResult): Promise<string> {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = result.files.map((f) => {
    const c = f.counts;
    const what = f.status === 'already-complete'
      ? 'already ingested, skipped (use --force to read it again)'
      : f.status === 'unrecognised'
        ? 'format not recognised (quarantined; use --format)'
        : `${n(c.postsInserted)} new, ${n(c.postsUpdated)} edited, ${n(c.postsUnchanged)} unchanged, ` +
          `${n(c.deletions)} deleted, ${n(c.interactions)} interactions, ${n(c.quarantined)} quarantined` +
          (f.resumedFrom > 0 ? ` (resumed after record ${n(f.resumedFrom)})` : '');
    return `${f.path} [${f.format ?? '?'}]: ${what}`;
  });
  const c = result.counts;
  lines.push('', `run ${result.runId}: ${n(c.records)} records → ${n(c.postsInserted)} new posts, ` +
    `${n(c.postsUpdated)} edited, ${n(c.postsUnchanged)} unchanged, ${n(c.postsSuppressed)} kept deleted, ` +
    `${n(c.deletions)} deletions, ${n(c.accounts)} account snapshots, ${n(c.interactions)} interactions, ` +
    `${n(c.quarantined)} quarantined`);
  if (c.quarantined > 0) {
    const sample = await store.listQuarantine({ runId: result.runId, limit: 5 });
    lines.push('quarantined records (first 5; all: auscult quarantine --run ' + result.runId + '):');
    lines.push(...sample.map((q) => `  ${describeQuarantine(q)}`));
  }
  return `${lines.join('\n')}\n`;
}
