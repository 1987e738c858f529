/**
 * Redaction before storage (R1.4): with --redact-phi, none of the identifiers planted in the
 * posts can be found anywhere in the database file (posts, versions, the full-text index,
 * enrichment), by search, or in an export.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { redditComment, writeSample } from '../../support/sample-files.js';

const PLANTED = ['617-555-0142', '0142', '4482913', '94yo', '3/14/2024', 'pat.doe@example.com', 'Eleanor Whitfield'];

describe('ingest --redact-phi', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-redact-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores no planted identifier anywhere, and keeps what is not PHI', () => {
    const db = join(dir, 'redacted.db');
    const file = writeSample(dir, 'reddit.ndjson', [
      redditComment('r1', 'My 94yo dad Eleanor Whitfield is in room 4B since 3/14/2024, call me at 617-555-0142 about his Ozempic nausea'),
      redditComment('r2', 'MRN 4482913 was in the chart shared by mistake, email pat.doe@example.com'),
      redditComment('r1', 'My 94yo dad Eleanor Whitfield is in room 4B since 3/14/2024, call me at 617-555-0142 about his Ozempic nausea, update',
        { edited: 1706800000 }),
    ].join('\n'));
    const ingest = runCli(['ingest', file, '--redact-phi', '--db', db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toContain('PHI is redacted');
    const bytes = readFileSync(db).toString('latin1');
    for (const identifier of PLANTED) expect(bytes.includes(identifier), identifier).toBe(false);
    const shown = runCli(['show', 'reddit', 't1_r1', '--db', db]).stdout;
    expect(shown).toContain('Ozempic nausea');
    expect(shown).not.toContain('617');
    for (const q of ['4482913', '"617 555 0142"', 'whitfield']) {
      expect(runCli(['search', q, '--count', '--db', db]).stdout.trim(), q).toBe('0');
    }
    const exported = runCli(['search', 'ozempic OR chart', '--format', 'csv', '--db', db]).stdout;
    expect(exported.split('\n').length).toBeGreaterThan(2);
    for (const identifier of PLANTED) expect(exported.includes(identifier), identifier).toBe(false);
    // Re-ingesting the same file changes nothing (redaction is deterministic).
    expect(runCli(['ingest', file, '--redact-phi', '--force', '--db', db]).stdout).toMatch(/0 new, 0 edited/);
  });
});
