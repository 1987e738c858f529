import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { KolCsvError, kolDolOverlap, parseKolCsv } from './kol.js';

describe('KOL lists', () => {
  it('parses a KOL CSV with header aliases, thousands separators and per-line errors', async () => {
    const csv = 'Full Name,Pubs,Clinical Trials,Guideline Roles,Country\n"Smith, Jane","1,204",12,3,us\nDr. Hans Müller,88,3,1,DE\n,5,1,0,FR\nAna Ruiz,many,1,0,ES\n';
    const { kols, errors } = await parseKolCsv(Readable.from([csv]));
    expect(kols.map((k) => [k.name, k.publications, k.trials, k.guidelineRoles, k.country, k.line])).toEqual([
      ['Smith, Jane', 1204, 12, 3, 'US', 2], ['Dr. Hans Müller', 88, 3, 1, 'DE', 3],
    ]);
    expect(errors.map((e) => e.message)).toEqual(['line 4: empty name', 'line 5: publications "many" is not a whole number']);
  });

  it('refuses a file without a name column', async () => {
    await expect(parseKolCsv(Readable.from(['who,pubs\nx,1\n']))).rejects.toThrow(KolCsvError);
  });

  it('reports KOLs who are DOLs, KOLs with no online presence, and digital-only DOLs', () => {
    const kols = [
      { name: 'SMITH, JANE', publications: 200, trials: 12, guidelineRoles: 3, line: 2, country: 'US' },
      { name: 'Prof. Hans Müller', publications: 88, trials: 3, guidelineRoles: 1, line: 3 },
      { name: 'Li Wei', publications: 40, trials: 1, guidelineRoles: 0, line: 4 },
    ];
    const dols = [
      { account: 7, rank: 1, score: 0.9, name: 'Dr. Jane Smith, MD, FACC', country: 'US' },
      { account: 3, rank: 2, score: 0.8, name: 'Priya Raman' },
      { account: 5, rank: 3, score: 0.7, name: 'Hans Mueller' },
      { account: 9, rank: 4, score: 0.6, name: 'H. Müller' },
    ];
    const report = kolDolOverlap(kols, dols);
    // "Mueller" is one letter from the folded "Muller": a better match than the initial "H.".
    expect(report.both.map((m) => [m.kol.line, m.dol.account, m.nameScore])).toEqual([[2, 7, 1], [3, 5, 0.85]]);
    expect(report.kolOnly.map((k) => k.name)).toEqual(['Li Wei']);
    expect(report.dolOnly.map((d) => d.account)).toEqual([3, 9]);
    expect(report.overlap).toBeCloseTo(2 / 3);
    expect(report.both[0]!.evidence[0]!.note).toMatch(/200 publications, 12 trials, 3 guideline roles; DOL rank 1/);
  });
});
