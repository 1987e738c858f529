import type { Command } from 'commander';
import { describeQuarantine } from '../../ingest/ingest-files.js';
import { commandContext, positiveInt } from '../context.js';

export function registerQuarantine(program: Command): void {
  program.command('quarantine')
    .description('List records that could not be ingested, with file, line, field and reason.')
    .option('--run <id>', 'only this ingest run', positiveInt('--run'))
    .option('--limit <n>', 'at most this many [number]', positiveInt('--limit'), 100)
    .option('--json', 'print JSON (includes the raw record)')
    .addHelpText('after', '\nExamples:\n  $ auscult quarantine\n  $ auscult quarantine --run 3 --json')
    .action(async (flags: { run?: number; limit: number; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const records = await store.listQuarantine({ limit: flags.limit, ...(flags.run ? { runId: flags.run } : {}) });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
        return;
      }
      if (records.length === 0) {
        process.stdout.write('nothing in quarantine\n');
        return;
      }
      for (const q of records) process.stdout.write(`run ${q.runId}  ${describeQuarantine(q)}\n`);
    });
}
