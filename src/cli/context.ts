import type { Command } from 'commander';
import { resolveConfig, type ResolvedConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createReporter, type Reporter } from './reporter.js';
import { UserError } from './user-error.js';

/** What every command needs: the resolved config, a reporter, and a way to open the store. */
export interface CommandContext {
  config: ResolvedConfig;
  reporter: Reporter;
  openStore(options?: { migrate?: boolean }): Promise<Store>;
}

export function commandContext(command: Command): CommandContext {
  const globals = command.optsWithGlobals<{ db?: string }>();
  const config = resolveConfig(globals.db !== undefined ? { db: globals.db } : {});
  return {
    config,
    reporter: createReporter({ plain: config.plainProgress }),
    openStore: async (options = {}) => {
      try {
        return await openStore(config.db, options);
      } catch (error) {
        // A server that does not answer, a refused login, an unreadable file: the user's to fix.
        throw new UserError(`cannot open the database ${config.dbLabel}: ${(error as Error).message}`, 2, { cause: error });
      }
    },
  };
}

/** Parses a positive integer flag, naming the flag when it is not one. */
export function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} expects a positive whole number, got "${value}"`);
    return n;
  };
}
