/**
 * The `auscult` command table. Each command maps flags onto library functions that the
 * API and tests call too; the CLI has no behaviour of its own.
 */
import { Command, CommanderError } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerAnalyzeProfiles } from './commands/analyze-profiles.js';
import { registerDemo } from './commands/demo.js';
import { registerEnrich } from './commands/enrich.js';
import { registerHcp } from './commands/hcp.js';
import { registerIngest } from './commands/ingest.js';
import { registerInfluence } from './commands/influence.js';
import { registerInfluencers } from './commands/influencers.js';
import { registerKol } from './commands/kol.js';
import { registerProfile } from './commands/profile.js';
import { registerJobs } from './commands/jobs.js';
import { registerMigrate } from './commands/migrate.js';
import { registerInit } from './commands/init.js';
import { registerQuarantine } from './commands/quarantine.js';
import { registerRuns } from './commands/runs.js';
import { registerScreen } from './commands/screen.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStats } from './commands/stats.js';
import { registerToken } from './commands/token.js';
import { registerUser } from './commands/user.js';
import { registerWorker } from './commands/worker.js';
import { UserError } from './user-error.js';

export function buildProgram(): Command {
  const program = new Command('auscult')
    .description('Healthcare social-media intelligence: ingest, search and understand HCP and patient conversations.')
    .option('--db <path|url>', 'SQLite database file, or postgres://user@host:port/database[?schema=name] (env AUSCULT_DB)', undefined)
    .showHelpAfterError('(run with --help for usage and examples)')
    .exitOverride();
  const commands = [registerInit, registerMigrate, registerIngest, registerEnrich, registerWorker, registerJobs, registerSearch, registerShow,
    registerStats, registerQuarantine, registerRuns, registerDemo, registerAnalyze, registerScreen, registerAnalyzeProfiles,
    registerHcp, registerInfluence, registerInfluencers, registerProfile, registerKol, registerServe, registerUser, registerToken, registerAudit];
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof UserError) {
      process.stderr.write(`auscult: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`auscult: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
