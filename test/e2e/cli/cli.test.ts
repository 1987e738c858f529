import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { redditComment, writeSample, xPagesNdjson } from '../../support/sample-files.js';

describe('auscult CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-cli-'));
  const db = join(dir, 'cli.db');
  let xFile: string;
  let redditFile: string;

  beforeAll(() => {
    xFile = writeSample(dir, 'x.ndjson.gz', xPagesNdjson(5, 4), true);
    redditFile = writeSample(dir, 'reddit.ndjson', [
      redditComment('k1', 'Ozempic gave me nausea for two weeks'),
      redditComment('k2', 'semaglutide vomiting giveaway, click here'),
      '{"id": "k3", "body": broken json}',
    ].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('init creates the database and says which schema version it is at', () => {
    const r = runCli(['init', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/schema at version \d+ \(\d+ migrations? applied\)/);
  });

  it('ingest reports per file and in total, naming quarantined records by file and line', () => {
    const r = runCli(['ingest', xFile, redditFile, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('x.ndjson.gz [x]: 20 new');
    expect(r.stdout).toContain('reddit.ndjson [reddit]: 2 new');
    expect(r.stdout).toMatch(/reddit\.ndjson line 3.*invalid JSON/);
    expect(r.stderr).toMatch(/ingest 1\/2/);
  });

  it('stats --json prints the documented keys', () => {
    const r = runCli(['stats', '--json'], { AUSCULT_DB: db });
    expect(r.code, r.stderr).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({ posts: 22, interactions: expect.any(Number), quarantined: 1, platforms: { x: 20, reddit: 2 } });
    expect(stats.accounts).toBeGreaterThanOrEqual(8);
  });

  it('search --format json returns the matching posts with the documented fields', () => {
    const r = runCli(['search', '(ozempic OR semaglutide) AND (nausea OR vomiting) -giveaway', '--format', 'json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const posts = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(posts.map((p) => p.id)).toContain('t1_k1');
    expect(posts.map((p) => p.id)).not.toContain('t1_k2');
    for (const post of posts) {
      expect(post).toMatchObject({ platform: expect.any(String), id: expect.any(String), text: expect.any(String),
        author: expect.any(String), createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    }
  });

  it('search --format csv has a header and one row per post', () => {
    const r = runCli(['search', 'ozempic', '--format', 'csv', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^platform,id,createdAt,author/);
    const count = runCli(['search', 'ozempic', '--count', '--db', db]);
    expect(lines.length - 1).toBe(Number(count.stdout.trim()));
  });

  it('a query syntax error names the column and points at it', () => {
    const r = runCli(['search', 'ozempic AND (nausea OR', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/column \d+/);
    expect(r.stderr).toContain('^');
  });

  it('quarantine lists the bad record with its reason', () => {
    const r = runCli(['quarantine', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/reddit\.ndjson line 3: invalid JSON/);
  });

  it('a second ingest of the same files changes nothing', () => {
    const before = runCli(['stats', '--json', '--db', db]).stdout;
    const r = runCli(['ingest', xFile, redditFile, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('already ingested');
    expect(runCli(['stats', '--json', '--db', db]).stdout).toBe(before);
  });

  it('show prints a post, and runs lists the ingest runs', () => {
    const post = runCli(['show', 'reddit', 't1_k1', '--db', db]);
    expect(post.code, post.stderr).toBe(0);
    expect(post.stdout).toContain('Ozempic gave me nausea for two weeks');
    const missing = runCli(['show', 'reddit', 't1_nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('not in this database');
    const runs = runCli(['runs', '--json', '--db', db]);
    const parsed = JSON.parse(runs.stdout) as Array<{ status: string; counts: { postsInserted: number } }>;
    expect(parsed.length).toBeGreaterThanOrEqual(2);
    expect(parsed.at(-1)).toMatchObject({ status: 'done', counts: { postsInserted: 22 } });
  });

  it('a deletion at the source removes the post from search and show, and an old copy does not bring it back', () => {
    const deletion = writeSample(dir, 'reddit-deleted.ndjson', redditComment('k1', '[deleted]'));
    expect(runCli(['ingest', deletion, '--db', db]).code).toBe(0);
    const shown = runCli(['show', 'reddit', 't1_k1', '--db', db]);
    expect(shown.stdout).toContain('deleted at source');
    const search = runCli(['search', 'nausea', '--format', 'json', '--db', db]);
    expect((JSON.parse(search.stdout) as Array<{ id: string }>).map((p) => p.id)).not.toContain('t1_k1');
    const again = runCli(['ingest', redditFile, '--force', '--db', db]);
    expect(again.stdout).toContain('1 kept deleted');
    expect(runCli(['show', 'reddit', 't1_k1', '--db', db]).code).toBe(1);
    // The deletion is in the audit log as counts, without the post's id or text.
    const audit = JSON.parse(runCli(['audit', 'list', '--action', 'ingest.deletions', '--json', '--db', db]).stdout) as Array<{ details: Record<string, number> }>;
    // Newest first: the forced re-ingest kept the post deleted, the run before applied the deletion.
    expect(audit.map((e) => [e.details.deletions, e.details.keptDeleted])).toEqual([[0, 1], [1, 0]]);
    expect(JSON.stringify(audit)).not.toContain('nausea');
  });

  it('a missing file is a clear error', () => {
    const r = runCli(['ingest', join(dir, 'nope.json'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json: no such file or directory');
  });

  it('every command has help with an example', () => {
    for (const command of ['init', 'migrate', 'ingest', 'enrich', 'worker', 'jobs', 'search', 'show', 'stats', 'quarantine', 'runs', 'demo',
      'analyze', 'screen', 'analyze-profiles']) {
      const r = runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Examples?:\n\s+\$ auscult /);
    }
  });

  it('demo generates the corpus, ingests it and prints what is in it', () => {
    const demoDb = join(dir, 'demo.db');
    const r = runCli(['demo', '--no-serve', '--size', '2000', '--out', join(dir, 'demo-data'), '--db', demoDb]);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of ['posts', 'accounts', 'platforms', 'date range', 'top hashtags', 'top accounts']) {
      expect(r.stdout).toContain(heading);
    }
    const stats = JSON.parse(runCli(['stats', '--json', '--db', demoDb]).stdout) as { posts: number; platforms: Record<string, number> };
    expect(stats.posts).toBeGreaterThan(1500);
    expect(Object.keys(stats.platforms).sort()).toEqual(['bluesky', 'mastodon', 'reddit', 'reviews', 'x']);
  });
});
