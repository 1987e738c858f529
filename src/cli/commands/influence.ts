import type { Command } from 'commander';
import { DEFAULT_WINDOWS, type StoredRunSummary } from '../../influence/influence-engine.js';
import { computeInfluence, latestRuns, updateInfluence } from '../../influence/influence-service.js';
import { commandContext } from '../context.js';
import { UserError } from '../user-error.js';
import type { Reporter } from '../reporter.js';

export function registerInfluence(program: Command): void {
  const influence = program.command('influence')
    .description('Compute, update and inspect the stored Digital Opinion Leader scores (docs/influence.md).');

  influence.command('compute')
    .description('Full recompute of every window from the stored accounts, posts and interactions; stores one run per window.')
    .option('--windows <days>', 'comma-separated windows in days', DEFAULT_WINDOWS.join(','))
    .option('--as-of <date>', 'end of the windows (ISO date; default now, or the newest post when the data ends earlier)')
    .option('--json', 'print the stored runs as JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult influence compute\n  $ auscult influence compute --windows 90 --as-of 2024-12-31')
    .action(async (flags: { windows: string; asOf?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      const windows = flags.windows.split(',').map((w) => Number(w.trim().replace(/d$/, '')));
      if (windows.some((w) => !Number.isInteger(w) || w <= 0)) throw new UserError(`--windows expects days such as 30,90,365, got "${flags.windows}"`);
      const asOf = flags.asOf === undefined ? undefined : Date.parse(flags.asOf);
      if (asOf !== undefined && Number.isNaN(asOf)) throw new UserError(`--as-of expects an ISO date, got "${flags.asOf}"`);
      await using store = await ctx.openStore();
      const started = Date.now();
      const { runs } = await computeInfluence(store, { windows, ...(asOf !== undefined ? { asOf } : {}), onProgress: progress(ctx.reporter) });
      ctx.reporter.stop();
      print(runs, flags.json, `computed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

  influence.command('update')
    .description('Fold posts and interactions stored since the last run into the scores (incremental; a full compute when none exists).')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult influence update\n  $ auscult ingest new/ && auscult influence update')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const result = await updateInfluence(store, { onProgress: progress(ctx.reporter) });
      ctx.reporter.stop();
      if (flags.json) { process.stdout.write(`${JSON.stringify(result, null, 2)}\n`); return; }
      print(result.runs, false, result.mode === 'full' ? 'no earlier run: computed in full'
        : `folded ${result.folded.posts} posts and ${result.folded.interactions} interactions`);
    });

  influence.command('status')
    .description('The newest stored run of each window.')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult influence status\n  $ auscult influence status --json')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const runs = await latestRuns(store);
      if (flags.json) { process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`); return; }
      if (runs.length === 0) { process.stdout.write('no influence run stored yet (run: auscult influence compute)\n'); return; }
      process.stdout.write(`${['run  window  mode         as of       accounts  posts     interactions  scores  finished']
        .concat(runs.sort((a, b) => a.windowDays - b.windowDays).map((r) => [String(r.id).padEnd(4), `${r.windowDays}d`.padEnd(7),
          r.mode.padEnd(12), new Date(r.asOf).toISOString().slice(0, 10), String(r.accounts).padStart(9), String(r.posts).padStart(6),
          String(r.interactions).padStart(13), String(r.scores).padStart(7), ` ${new Date(r.finishedAt).toISOString().slice(0, 19)}Z`].join(' ')))
        .join('\n')}\n`);
    });
}

function progress(reporter: Reporter) {
  return (phase: string, rows: number) => reporter.progress(`influence: ${phase}`, rows, 0, `${rows.toLocaleString('en-US')} ${phase}`);
}

function print(runs: StoredRunSummary[], json: boolean | undefined, headline: string): void {
  if (json) { process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`); return; }
  process.stdout.write(`${headline}\n${runs.map((r) => `  run ${r.runId}: ${r.windowDays}-day window, ${r.mode}, ${r.scores} scores stored`).join('\n')}\n`);
}
