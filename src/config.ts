/**
 * The one reader of process.env. Precedence: command-line flag, then environment, then default.
 */
export interface ResolvedConfig {
  /** SQLite file path, or a postgres:// URL. */
  readonly db: string;
  /** The same, fit for messages: a URL's password is masked. */
  readonly dbLabel: string;
  /** True when output goes to something other than a terminal, or CI says so: plain progress lines. */
  readonly plainProgress: boolean;
  readonly color: boolean;
  /** Redact PHI from post text before storing it (AUSCULT_REDACT_PHI=1, or --redact-phi). */
  readonly redactPhi: boolean;
}

export const DEFAULT_DB = './auscult.db';

export function resolveConfig(flags: { db?: string; redactPhi?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const isTty = Boolean(process.stderr.isTTY);
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false';
  const db = flags.db ?? nonEmpty(env.AUSCULT_DB) ?? DEFAULT_DB;
  return Object.freeze({
    db,
    dbLabel: db.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@'),
    plainProgress: !isTty || ci,
    color: isTty && env.NO_COLOR === undefined,
    redactPhi: flags.redactPhi ?? ['1', 'true', 'yes', 'on'].includes((env.AUSCULT_REDACT_PHI ?? '').toLowerCase()),
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
