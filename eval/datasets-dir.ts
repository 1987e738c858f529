/**
 * Where the shared data sets are: `AUSCULT_DATASETS`, else `../shared/datasets` beside the repository (CI's layout),
 * else two levels up (a git worktree under wt/). Evaluation-only data is read from there at run time, never copied.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export function datasetsDir(): string | undefined {
  const candidates = [process.env.AUSCULT_DATASETS, resolve(REPO_ROOT, '..', 'shared', 'datasets'),
    resolve(REPO_ROOT, '..', '..', 'shared', 'datasets')].filter((x): x is string => Boolean(x));
  return candidates.find((c) => existsSync(c));
}
