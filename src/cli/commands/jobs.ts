import type { Command } from 'commander';
import { describeJob } from '../../jobs/describe-job.js';
import { JOB_STATUSES, type Job, type JobStatus } from '../../jobs/job.js';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

interface ListFlags { status?: string; run?: number; limit: number; json?: boolean }

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs')
    .description('Inspect the job queue shared by workers: counts, recent jobs, the dead-letter list; retry failed jobs.')
    .option('--status <status>', `only jobs in this state: ${JOB_STATUSES.join(', ')}`)
    .option('--run <id>', 'only the jobs of this ingest run [number]', positiveInt('--run'))
    .option('--limit <n>', 'how many jobs to list [number]', positiveInt('--limit'), 20)
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ auscult jobs
  $ auscult jobs --status dead --run 12
  $ auscult jobs show 431
  $ auscult jobs retry 431 432
  $ auscult jobs retry --dead --run 12`)
    .action(async (flags: ListFlags, command: Command) => {
      const ctx = commandContext(command);
      const status = parseStatus(flags.status);
      await using store = await ctx.openStore();
      const summary = await store.jobs.summary(flags.run);
      const list = await store.jobs.list({ ...(status ? { status } : {}), ...(flags.run ? { groupId: flags.run } : {}), limit: flags.limit });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ summary, jobs: list }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${flags.run ? `run ${flags.run}: ` : ''}${JOB_STATUSES.map((s) => `${summary[s]} ${s}`).join(', ')}\n`);
      if (list.length === 0) {
        process.stdout.write(status === 'dead' ? 'the dead-letter list is empty\n'
          : 'no jobs (queue some with: auscult ingest --queue <files>, or auscult ingest --workers 3 <files>)\n');
        return;
      }
      for (const job of list) process.stdout.write(`${renderJob(job)}\n`);
    });

  jobs.command('show')
    .description('One job in full: payload, attempts, last error, result.')
    .argument('<id>', 'job id', positiveInt('<id>'))
    .addHelpText('after', '\nExamples:\n  $ auscult jobs show 431')
    .action(async (id: number, _flags: unknown, command: Command) => {
      const ctx = commandContext(command);
      await using store = await ctx.openStore();
      const job = await store.jobs.get(id);
      if (!job) throw new UserError(`no job ${id} in ${ctx.config.dbLabel}`, 1);
      process.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
    });

  jobs.command('retry')
    .description('Put failed (dead) or finished jobs back in the queue with fresh attempts.')
    .argument('[ids...]', 'job ids')
    .option('--dead', 'every job on the dead-letter list (with --run: of that run)')
    .addHelpText('after', '\nExamples:\n  $ auscult jobs retry 431 432\n  $ auscult jobs retry --dead --run 12')
    .action(async (ids: string[], flags: { dead?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      const run = command.parent?.opts<{ run?: number }>().run;
      if (ids.length === 0 && !flags.dead) throw new UserError('jobs retry: name job ids, or --dead for the whole dead-letter list');
      const parsed = ids.map((id) => positiveInt('job id')(id));
      await using store = await ctx.openStore();
      const n = flags.dead
        ? await store.jobs.retry({ status: 'dead', ...(run ? { groupId: run } : {}) })
        : await store.jobs.retry({ ids: parsed });
      process.stdout.write(`${n} job${n === 1 ? '' : 's'} queued again; a running worker picks ${n === 1 ? 'it' : 'them'} up ` +
        `(start one with: auscult worker)\n`);
    });
}

function parseStatus(value: string | undefined): JobStatus | undefined {
  if (value === undefined) return undefined;
  if (!(JOB_STATUSES as readonly string[]).includes(value)) {
    throw new UserError(`--status: expected one of ${JOB_STATUSES.join(', ')}, got "${value}"`);
  }
  return value as JobStatus;
}

function renderJob(job: Job): string {
  const when = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
  const state = job.status === 'running'
    ? `running on ${job.lockedBy ?? '?'} (lease until ${when(job.leaseUntil)})`
    : job.status === 'queued' && job.runAfter > Date.now() ? `queued, retry after ${when(job.runAfter)}` : job.status;
  return `${String(job.id).padStart(6)}  ${state}  attempt ${job.attempts}/${job.maxAttempts}` +
    `${job.groupId !== undefined ? `  run ${job.groupId}` : ''}\n        ${describeJob(job)}` +
    (job.lastError ? `\n        last error: ${job.lastError}` : '');
}
