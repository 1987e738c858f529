import type { Command } from 'commander';
import { commandContext, positiveInt } from '../context.js';

export function registerRuns(program: Command): void {
  program.command('runs')
    .description('List recent ingest runs with their paths, status and counts.')
    .option('--limit <n>', 'how many runs [number]', positiveInt('--limit'), 10)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult runs\n  $ auscult runs --limit 1 --json')
    .action(async (flags: { limit: number; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const runs = await store.listRuns(flags.limit);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
        return;
      }
      if (runs.length === 0) {
        process.stdout.write('no ingest runs yet (try: auscult ingest <files> or auscult demo)\n');
        return;
      }
      const n = (x: number) => x.toLocaleString('en-US');
      for (const r of runs) {
        const c = r.counts;
        const totals = c.records === undefined ? '' : `: ${n(c.records)} records, ${n(c.postsInserted)} new, ${n(c.postsUpdated)} edited, ` +
          `${n(c.deletions)} deletions, ${n(c.quarantined)} quarantined`;
        process.stdout.write(`run ${r.id}  ${r.startedAt.slice(0, 19).replace('T', ' ')}  ${r.status}${totals}\n` +
          `  ${r.paths.slice(0, 3).join(' ')}${r.paths.length > 3 ? ` (+${r.paths.length - 3} more)` : ''}\n`);
      }
    });
}
