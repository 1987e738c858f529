import type { Command } from 'commander';
import { describeJob } from '../../jobs/describe-job.js';
import { JOB_HANDLERS, finishGroup } from '../../jobs/handlers.js';
import { runWorker, workerId } from '../../jobs/worker.js';
import { commandContext, positiveInt } from '../context.js';

interface WorkerFlags { lease: number; poll: number; exitWhenIdle?: boolean; run?: number; id?: string }

export function registerWorker(program: Command): void {
  program.command('worker')
    .description('Claim and run queued jobs (ingest files or chunks of them) until stopped; run as many as you like, on any machine that reaches the database.')
    .option('--lease <seconds>', 'how long a claimed job is held without a heartbeat before another worker may take it [number]',
      positiveInt('--lease'), 30)
    .option('--poll <ms>', 'wait between polls of an empty queue [number]', positiveInt('--poll'), 1000)
    .option('--exit-when-idle', 'stop once no job is queued or running')
    .option('--run <id>', 'only the jobs of this ingest run [number]', positiveInt('--run'))
    .option('--id <name>', 'worker name shown in `auscult jobs` (default host:pid)')
    .addHelpText('after', `
Examples:
  $ auscult worker --db postgres://auscult@db.internal/auscult
  $ auscult worker --exit-when-idle --run 12 --db team.db`)
    .action(async (flags: WorkerFlags, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const stop = new AbortController();
      const onSignal = () => {
        ctx.reporter.info('stopping: the running job goes back to the queue');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const id = flags.id ?? workerId();
      ctx.reporter.info(`worker ${id} on ${ctx.config.dbLabel}${flags.run ? `, run ${flags.run}` : ''}`);
      const tally = await runWorker({
        store, handlers: JOB_HANDLERS, id, leaseMs: flags.lease * 1000, pollMs: flags.poll,
        ...(flags.exitWhenIdle ? { exitWhenIdle: true } : {}), ...(flags.run ? { groupId: flags.run } : {}),
        onGroupFinished: finishGroup(store), signal: stop.signal,
        onEvent: (e) => {
          if (e.type === 'claimed') ctx.reporter.info(`job ${e.job.id} started (attempt ${e.job.attempts}): ${describeJob(e.job)}`);
          if (e.type === 'done') ctx.reporter.info(`job ${e.job.id} done in ${(e.ms / 1000).toFixed(1)} s`);
          if (e.type === 'failed') ctx.reporter.warn(`job ${e.job.id} failed: ${e.error} → ${e.outcome === 'dead'
            ? 'dead-letter list (auscult jobs --status dead)' : e.outcome === 'retrying' ? `retry in ${(e.retryInMs / 1000).toFixed(0)} s` : 'lost'}`);
          if (e.type === 'lost') ctx.reporter.warn(`job ${e.job.id}: lease lost, another worker has it`);
          if (e.type === 'released') ctx.reporter.info(`job ${e.job.id} given back to the queue`);
          if (e.type === 'group-finished') ctx.reporter.info(`run ${e.groupId} finished`);
        },
      });
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      ctx.reporter.info(`worker ${id} stopped: ${tally.done} jobs done, ${tally.failed} failed`);
    });
}
