import { describe, expect, it } from 'vitest';
import { RecordParseError } from '../record-parse-error.js';
import { detectDelimiter, readCsvRecords } from './csv-records.js';
import type { RawRecord } from './raw-record.js';

async function frame(text: string): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of readCsvRecords((async function* () { yield text.slice(0, 5); yield text.slice(5); })())) out.push(r);
  return out;
}

describe('readCsvRecords', () => {
  it('keys rows by header, keeps the start line of multi-line rows, and puts bad rows in line order', async () => {
    const records = await frame('\uFEFFid,text,rating\n1,plain,5\n2,"two\nlines",7\n3,short\n4,"fine, really",9\n');
    expect(records.map((r) => [r.line, r.value ?? r.error?.constructor.name])).toEqual([
      [2, { id: '1', text: 'plain', rating: '5' }],
      [3, { id: '2', text: 'two\nlines', rating: '7' }],
      [5, 'RecordParseError'],
      [6, { id: '4', text: 'fine, really', rating: '9' }],
    ]);
    expect(records[2]?.error).toBeInstanceOf(RecordParseError);
    expect(records[2]?.text).toBe('3,short');
  });

  it('reads tab-separated files with an unnamed first column', async () => {
    const records = await frame('\tdrugName\trating\n206461\tValsartan\t9\n');
    expect(records.map((r) => r.value)).toEqual([{ '': '206461', drugName: 'Valsartan', rating: '9' }]);
  });

  it('picks the delimiter from the header, ignoring quoted text', () => {
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('"a,b"\t"c,d"\te\n')).toBe('\t');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});
