/**
 * Where `shared/datasets` is: `../shared` beside the repository root (CI and a normal checkout), or the first
 * `shared/` found walking up from it (a git worktree one level deeper). AUSCULT_SHARED overrides both.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function sharedDatasetsDir(repoRoot: string): string | undefined {
  const override = process.env.AUSCULT_SHARED;
  if (override) return existsSync(join(override, 'datasets')) ? join(resolve(override), 'datasets') : undefined;
  for (let dir = resolve(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared', 'datasets');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
