import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { redditComment, writeSample } from '../../support/sample-files.js';

describe('enrichment from the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-enrich-'));
  const db = join(dir, 'enrich.db');
  let file: string;
  beforeAll(() => {
    file = writeSample(dir, 'reddit.ndjson', [
      redditComment('e1', 'Started Ozempic last month and I keep throwing up, ended up in the ER'),
      redditComment('e2', 'Wegovy is working for me, down 10 lbs and no side effects'),
      redditComment('e3', 'insulin prices are a scandal'),
    ].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingest analyses the new posts, and search filters on what was found', () => {
    const ingest = runCli(['ingest', file, '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/enrich: 3 posts analysed with nlp-[\w.+-]+, 3 stored/);
    // The authors' profiles too: what kind:, country: and the HCP review queue read.
    expect(ingest.stdout).toMatch(/profiles: [1-9]\d* analysed, \d+ likely HCPs/);
    const ids = (q: string) => (JSON.parse(runCli(['search', q, '--format', 'json', '--db', db]).stdout) as Array<{ id: string }>)
      .map((p) => p.id).sort();
    expect(ids('drug:semaglutide')).toEqual(['t1_e1', 't1_e2']);
    expect(ids('drug:ozempic')).toEqual(['t1_e1', 't1_e2']);
    expect(ids('reaction:vomiting')).toEqual(['t1_e1']);
    expect(ids('flag:ae')).toEqual(['t1_e1']);
    expect(ids('area:diabetes -flag:ae')).toEqual(['t1_e2', 't1_e3']); // insulin is a diabetes drug
    const status = JSON.parse(runCli(['enrich', '--status', '--json', '--db', db]).stdout) as Record<string, number>;
    expect(status).toMatchObject({ posts: 3, current: 3, outdated: 0, missing: 0 });
  });

  it('an edit is analysed again, and --no-enrich leaves new posts for `auscult enrich`', () => {
    const edit = writeSample(dir, 'edit.ndjson', redditComment('e3', 'insulin prices are a scandal and my mom got hypoglycemia on Lantus',
      { edited: 1706800000 }));
    const again = runCli(['ingest', edit, '--no-enrich', '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('enrich:');
    expect(JSON.parse(runCli(['enrich', '--status', '--json', '--db', db]).stdout)).toMatchObject({ current: 2, missing: 1 });
    const enrich = runCli(['enrich', '--db', db]);
    expect(enrich.code, enrich.stderr).toBe(0);
    expect(enrich.stdout).toMatch(/1 posts analysed/);
    const idle = runCli(['enrich', '--db', db]).stdout;
    expect(idle).toContain('every post already has an analysis');
    expect(idle).toContain('every account profile is analysed');
  });
});
