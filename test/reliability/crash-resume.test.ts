/**
 * Crash-injection test (R5.8): the ingest child process is killed with SIGKILL at seeded
 * random moments and started again until it finishes. The result must equal an
 * uninterrupted run row for row, with a clean integrity check.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../../src/demo/random.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dumpDatabase, integrityCheck } from '../support/dump-database.js';
import { writeSample, xPagesNdjson } from '../support/sample-files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = 20241124;


function runCli(args: string[], killAfterMs?: number): Promise<{ killed: boolean; code: number | null; stderr: string; activeMs: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
      cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    // Kill only once the child has started writing, so each kill lands mid-ingest.
    let timer: NodeJS.Timeout | undefined;
    let started = 0;
    child.stderr.once('data', () => {
      started = performance.now();
      if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ killed: signal === 'SIGKILL', code, stderr, activeMs: started ? performance.now() - started : 0 });
    });
  });
}

function checkpointState(path: string): { done: number; complete: boolean } | undefined {
  if (!existsSync(path)) return undefined;
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare('SELECT records_done, complete FROM ingest_checkpoints').get() as
      { records_done: number; complete: number } | undefined;
    return row && { done: row.records_done, complete: row.complete === 1 };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

describe('ingest killed with SIGKILL and restarted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends with exactly the database of an uninterrupted run', async () => {
    const file = writeSample(dir, 'x.ndjson', xPagesNdjson(3000, 10));
    const cleanPath = join(dir, 'clean.db');
    const clean = await openSqliteStore({ path: cleanPath });
    await ingestFiles(clean, [file], { batchSize: 50 });
    await clean.close();

    // How long this machine takes from the first progress line to the end, measured on a scratch database: kills land
    // at seeded fractions of it, so they fall mid-ingest on a fast quiet machine and on a loaded one alike.
    const timing = await runCli(['ingest', file, '--no-enrich', '--db', join(dir, 'timing.db'), '--batch-size', '50']);
    expect(timing.code, timing.stderr).toBe(0);
    const activeMs = Math.max(timing.activeMs, 20);
    const crashedPath = join(dir, 'crashed.db');
    const random = new Random(SEED);
    let kills = 0;
    let midFileKills = 0;
    for (let attempt = 0; attempt < 30; attempt++) {
      const before = checkpointState(crashedPath);
      const run = await runCli(['ingest', file, '--no-enrich', '--db', crashedPath, '--batch-size', '50'], Math.round(activeMs * random.int(5, 60) / 100));
      if (!run.killed) {
        expect(run.code, run.stderr).toBe(0);
        break;
      }
      kills++;
      const after = checkpointState(crashedPath);
      if (after && !after.complete && after.done > (before?.done ?? 0)) midFileKills++;
      expect(integrityCheck(crashedPath)).toBe('ok');
    }
    expect(checkpointState(crashedPath)?.complete).toBe(true);
    expect(kills).toBeGreaterThan(0);
    expect(midFileKills).toBeGreaterThan(0);
    expect(integrityCheck(crashedPath)).toBe('ok');
    expect(dumpDatabase(crashedPath)).toEqual(dumpDatabase(cleanPath));
  });
});
