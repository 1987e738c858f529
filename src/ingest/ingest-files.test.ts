import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/support/dump-database.js';
import { redditComment, writeSample, xPagesNdjson } from '../../test/support/sample-files.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestFiles } from './ingest-files.js';

describe('ingestFiles', () => {
  let dir: string;
  let dbPath: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'auscult-ingest-'));
    dbPath = join(dir, 'test.db');
    store = await openSqliteStore({ path: dbPath });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function mixedFiles() {
    const x = writeSample(dir, 'x.ndjson.gz', xPagesNdjson(3, 10), true);
    const reddit = writeSample(dir, 'reddit.ndjson', [
      redditComment('c1', 'metformin upset my stomach for a week'),
      '{"id": "c2", "body": "truncated',
      JSON.stringify({ body: 'no id here', author: 'x', subreddit: 'diabetes', created_utc: 1706774400 }),
      redditComment('c4', 'insulin pricing again'),
    ].join('\n'));
    const unknown = writeSample(dir, 'notes.json', JSON.stringify({ hello: 'world' }));
    return { x, reddit, unknown };
  }

  it('ingests mixed real formats, quarantines bad records with file and line, and goes on', async () => {
    const { x, reddit, unknown } = mixedFiles();
    const result = await ingestFiles(store, [x, reddit, unknown], { batchSize: 2 });
    expect(result.files.map((f) => [f.format, f.status])).toEqual([
      ['x', 'ingested'], ['reddit', 'ingested'], [undefined, 'unrecognised'],
    ]);
    expect(result.counts.postsInserted).toBe(32);
    expect(result.counts.quarantined).toBe(3);
    const quarantined = await store.listQuarantine();
    expect(quarantined.map((q) => [q.file, q.line])).toEqual([[reddit, 2], [reddit, 3], [unknown, 1]]);
    expect(quarantined[0]?.reason).toMatch(/invalid JSON/);
    expect(quarantined[1]?.field).toBeDefined();
    expect(quarantined[2]?.reason).toMatch(/unrecognised format/);
    expect((await store.stats()).platforms).toEqual({ x: 30, reddit: 2 });
  });

  it('is idempotent: a second run skips completed files, and a forced run changes nothing', async () => {
    const files = Object.values(mixedFiles());
    await ingestFiles(store, files, { batchSize: 3 });
    const before = dumpDatabase(dbPath);
    const again = await ingestFiles(store, files);
    expect(again.files.map((f) => f.status)).toEqual(['already-complete', 'already-complete', 'already-complete']);
    const forced = await ingestFiles(store, files, { force: true });
    expect(forced.counts.postsInserted).toBe(0);
    expect(forced.counts.postsUpdated).toBe(0);
    expect(dumpDatabase(dbPath)).toEqual(before);
  });

  it('keeps what is stored when a later file is all bad', async () => {
    const { x } = mixedFiles();
    await ingestFiles(store, [x]);
    const before = dumpDatabase(dbPath);
    const garbage = writeSample(dir, 'garbage.ndjson', 'not json\n{"also": "unknown"}\n\u0000\u0001\n');
    const result = await ingestFiles(store, [garbage]);
    expect(result.counts.quarantined).toBeGreaterThan(0);
    const after = dumpDatabase(dbPath);
    expect({ ...after, quarantine: [], checkpoints: [] }).toEqual({ ...before, quarantine: [], checkpoints: [] });
  });

  it('resumes an interrupted file after its last committed batch', async () => {
    const x = writeSample(dir, 'x.ndjson', xPagesNdjson(10, 5));
    const controller = new AbortController();
    await expect(ingestFiles(store, [x], {
      batchSize: 2, signal: controller.signal,
      onProgress: (p) => { if (p.records >= 4) controller.abort(); },
    })).rejects.toThrow();
    const resumed = await ingestFiles(store, [x], { batchSize: 2 });
    expect(resumed.files[0]?.resumedFrom).toBe(4);
    expect((await store.stats()).posts).toBe(50);
  });

  it('keeps what it read before a corrupt gzip stream, quarantines the file and goes on', async () => {
    const whole = gzipSync(xPagesNdjson(200, 10));
    const corrupt = Buffer.from(whole);
    corrupt.fill(0x55, Math.floor(corrupt.length * 0.6), Math.floor(corrupt.length * 0.6) + 64);
    const bad = join(dir, 'corrupt.ndjson.gz');
    writeFileSync(bad, corrupt);
    const good = writeSample(dir, 'good.ndjson', redditComment('z9', 'still ingested'));
    const result = await ingestFiles(store, [bad, good], { batchSize: 5 });
    expect(result.files.map((f) => f.status)).toEqual(['failed', 'ingested']);
    expect(result.files[0]?.error).toMatch(/corrupt\.ndjson\.gz: cannot read further/);
    expect(result.files[0]?.counts.postsInserted).toBeGreaterThan(0);
    expect(result.files[0]?.counts.postsInserted).toBeLessThan(2000);
    expect((await store.listQuarantine()).some((q) => q.file === bad && /cannot read further/.test(q.reason))).toBe(true);
    expect(await store.getPost('reddit', 't1_z9')).toBeDefined();
  });

  it('never fails a run on arbitrary bytes, plain or behind gzip magic (R5.6)', async () => {
    let n = 0;
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), fc.constantFrom('.ndjson', '.json', '.csv'),
      async (bytes, gzipped, extension) => {
        const path = join(dir, `arbitrary-${n++}${extension}${gzipped ? '.gz' : ''}`);
        writeFileSync(path, gzipped ? Buffer.concat([Buffer.from([0x1f, 0x8b]), bytes]) : bytes);
        const result = await ingestFiles(store, [path]);
        expect(['ingested', 'unrecognised', 'failed', 'already-complete']).toContain(result.files[0]?.status);
      }), { numRuns: 60 });
  });
});
