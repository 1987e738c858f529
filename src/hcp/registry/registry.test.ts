import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeProfile } from '../analyze-profile.js';
import { parseRegistryMapping, readMappedRegistry } from './generic-registry.js';
import { matchRegistry } from './match-registry.js';
import { NppesHeaderError, readNppes } from './nppes.js';
import type { RegistryRecord, RegistryRowError } from './registry-record.js';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/registry');
const NPPES = join(FIXTURES, 'nppes-first10.csv');

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('NPPES reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-nppes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the real 329-column header by name: individuals and organisations, credentials as written, taxonomy codes', async () => {
    const records = await collect(readNppes(createReadStream(NPPES)));
    expect(records).toHaveLength(10);
    expect(records.filter((r) => r.entity === 'organization')).toHaveLength(2);
    const pilcher = records.find((r) => r.id === '1588667638')!;
    expect(pilcher).toMatchObject({ source: 'nppes', entity: 'individual', firstName: 'WILLIAM', middleName: 'C', lastName: 'PILCHER',
      credential: 'MD', city: 'JACKSONVILLE', state: 'FL', postalCode: '32204', country: 'US', line: 3 });
    expect(pilcher.taxonomies.map((t) => t.code)).toEqual(['207RC0000X']);
    // The primary taxonomy (switch Y) comes first.
    expect(records.find((r) => r.id === '1215930367')!.taxonomies).toEqual([{ code: '207RH0003X', primary: true }, { code: '174400000X', primary: false }]);
    expect(records.find((r) => r.id === '1669475711')!.credential).toBe('M. D.');
  });

  it('skips organisations on request and reports a bad row by line while going on', async () => {
    const lines = readFileSync(NPPES, 'utf8').trimEnd().split('\n');
    const broken = [...lines.slice(0, 4), lines[4]!.replace(/^"\d+"/, '"12AB"'), ...lines.slice(5)].join('\n');
    const errors: RegistryRowError[] = [];
    const records = await collect(readNppes(Readable.from([broken]), { individualsOnly: true, onError: (e) => errors.push(e) }));
    expect(records.every((r) => r.entity === 'individual')).toBe(true);
    expect(records).toHaveLength(7);
    expect(errors).toEqual([{ line: 5, message: 'NPI "12AB" is not 10 digits' }]);
  });

  it('refuses a file that is not NPPES, naming the missing columns', async () => {
    await expect(collect(readNppes(Readable.from(['a,b\n1,2\n'])))).rejects.toThrow(NppesHeaderError);
    await expect(collect(readNppes(Readable.from(['a,b\n1,2\n'])))).rejects.toThrow(/missing column\(s\) "NPI"/);
  });

  it('keeps memory bounded: the heap grows no faster on a file ten times longer', async () => {
    const [header, ...rows] = readFileSync(NPPES, 'utf8').trimEnd().split('\n');
    const write = (path: string, copies: number) => {
      const body: string[] = [header!];
      for (let c = 0; c < copies; c++) for (const row of rows) body.push(row.replace(/^"(\d)\d{3}/, `"$1${String(c % 1000).padStart(3, '0')}`));
      writeFileSync(path, `${body.join('\n')}\n`);
    };
    const peak = async (path: string) => {
      let max = 0;
      let n = 0;
      for await (const _ of readNppes(createReadStream(path))) {
        if (++n % 500 === 0) max = Math.max(max, process.memoryUsage().heapUsed);
      }
      return { max, n };
    };
    write(join(dir, 'small.csv'), 200);
    write(join(dir, 'large.csv'), 2000);
    const small = await peak(join(dir, 'small.csv'));
    const large = await peak(join(dir, 'large.csv'));
    expect(large.n).toBe(10 * small.n);
    // A reader that kept rows would need ~10× the heap for 10× the rows (≈ 48 MB of CSV here).
    expect(large.max / small.max, `heap peaks ${small.max} and ${large.max}`).toBeLessThan(2);
  });
});

describe('generic CSV registry', () => {
  it('reads a registry through a JSON mapping, with constant values and row errors by line', async () => {
    const mapping = parseRegistryMapping(JSON.parse(readFileSync(join(FIXTURES, 'gmc-style.mapping.json'), 'utf8')));
    const errors: RegistryRowError[] = [];
    const records = await collect(readMappedRegistry(createReadStream(join(FIXTURES, 'gmc-style.csv')), mapping, { onError: (e) => errors.push(e) }));
    expect(records.map((r) => [r.id, r.firstName, r.lastName, r.specialty, r.city, r.country])).toEqual([
      ['7001001', 'Priya', 'Raman', 'Cardiology', 'Leeds', 'GB'],
      ['7001002', 'Thomas', "O'Neill", 'Medical Oncology', 'Glasgow', 'GB'],
      ['7001003', 'Anna', 'Kowalczyk', 'Paediatrics', 'London', 'GB'],
    ]);
    expect(errors).toEqual([{ line: 4, message: 'empty id column "Reference"' }]);
  });

  it('rejects an invalid mapping naming the field, and a mapping whose columns are not in the file', async () => {
    expect(() => parseRegistryMapping({ name: 'Bad Name', id: 'x', lastName: 'y' }, 'm.json')).toThrow(/^m\.json: invalid registry mapping at name/);
    expect(() => parseRegistryMapping({ name: 'ok', id: 'x' })).toThrow(/needs lastName or fullName/);
    const mapping = parseRegistryMapping({ name: 'ok', id: 'Id', lastName: 'Family' });
    await expect(collect(readMappedRegistry(Readable.from(['Id,Surname\n1,Smith\n']), mapping))).rejects.toThrow(/column\(s\) "Family" not in the file's header/);
  });
});

describe('registry matching', () => {
  const account = (id: string, name: string, bio: string, location: string) => ({ id, name, location, analysis: analyzeProfile({ name, bio, location }) });

  it('matches an account to its NPPES record by name, specialty and location, with evidence for each', async () => {
    const accounts = [
      account('x:1', 'Dr. William Pilcher, MD', 'Cardiologist. #CardioTwitter', 'Jacksonville, FL'),
      account('x:2', 'Bill Pilcher', 'Dad, golfer', 'Seattle, WA'),
      account('x:3', 'Ravi Adusumilli MD', 'Interventional cardiology, Toledo', 'Toledo, OH'),
    ];
    const matches = await matchRegistry(accounts, readNppes(createReadStream(NPPES)), { minScore: 0.3 });
    const best = (id: string) => matches.find((m) => m.accountId === id);
    expect(best('x:1')).toMatchObject({ recordId: '1588667638', components: { name: 1, specialty: 1, location: 1, credential: 1 } });
    expect(best('x:1')!.score).toBeGreaterThan(0.95);
    expect(best('x:1')!.evidence.map((e) => e.rule)).toEqual(['registry:name', 'registry:specialty', 'registry:location', 'registry:credential']);
    expect(best('x:3')).toMatchObject({ recordId: '1932102084' });
    // Same family name, a different given name, another state: far weaker than the real match.
    expect(best('x:2')?.score ?? 0).toBeLessThan(0.6);
  });

  it('matches generic registry records by free-text specialty', async () => {
    const mapping = parseRegistryMapping(JSON.parse(readFileSync(join(FIXTURES, 'gmc-style.mapping.json'), 'utf8')));
    const records: AsyncIterable<RegistryRecord> = readMappedRegistry(createReadStream(join(FIXTURES, 'gmc-style.csv')), mapping);
    const matches = await matchRegistry([account('x:9', 'Dr Priya Raman', 'Consultant cardiologist, Leeds', 'Leeds, UK')], records);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ recordId: '7001001', components: { name: 1, specialty: 0.8, location: 0.9 } });
  });
});
