import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordParseError } from '../record-parse-error.js';
import { readJsonRecords } from './json-records.js';
import type { RawRecord } from './raw-record.js';

async function frame(text: string, chunkSize = 7): Promise<RawRecord[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const out: RawRecord[] = [];
  for await (const r of readJsonRecords((async function* () { yield* chunks; })())) out.push(r);
  return out;
}

describe('readJsonRecords', () => {
  it('frames NDJSON line by line, keeping line numbers and isolating a bad line', async () => {
    const records = await frame('{"a":1}\n\n{"a":2\n{"a":3}\r\n');
    expect(records.map((r) => [r.line, r.value, r.error?.constructor.name])).toEqual([
      [1, { a: 1 }, undefined], [3, undefined, 'RecordParseError'], [4, { a: 3 }, undefined],
    ]);
    expect(records[1]?.text).toBe('{"a":2');
  });

  it('keeps NDJSON framing when the first line is the bad one', async () => {
    const records = await frame('{"a":\n{"a":2}\n{"a":3}\n{"a":4}\n');
    expect(records.map((r) => r.value ?? 'bad')).toEqual(['bad', { a: 2 }, { a: 3 }, { a: 4 }]);
  });

  it('frames the elements of a top-level array with the line each starts on', async () => {
    const records = await frame('[\n  {"id": "a", "s": "x,]}\\""},\n  {"id": "b"}, 3,\n  [1, 2]\n]\n');
    expect(records.map((r) => [r.line, r.value])).toEqual([
      [2, { id: 'a', s: 'x,]}"' }], [3, { id: 'b' }], [3, 3], [4, [1, 2]],
    ]);
  });

  it('frames concatenated pretty-printed documents', async () => {
    const records = await frame('{\n  "data": [1]\n}\n{\n  "data": [2]\n}\n', 3);
    expect(records.map((r) => [r.line, r.value])).toEqual([[1, { data: [1] }], [4, { data: [2] }]]);
  });

  it('reports a truncated array instead of dropping it silently', async () => {
    const records = await frame('[{"id": 1}, {"id": 2');
    expect(records[0]?.value).toEqual({ id: 1 });
    expect(records.slice(1).every((r) => r.error instanceof RecordParseError)).toBe(true);
    expect(records.length).toBeGreaterThan(1);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const text = '[{"a":"b\\"c"},{"d":[1,{"e":"}"}]}]';
    const whole = await frame(text, text.length);
    for (const size of [1, 2, 3, 5]) expect(await frame(text, size)).toEqual(whole);
  });

  it('turns arbitrary input into records or RecordParseErrors, never a crash (R5.6)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 17 }),
      async (text, size) => {
        const records = await frame(text, size);
        for (const r of records) expect(r.value !== undefined || r.error instanceof RecordParseError).toBe(true);
      }), { numRuns: 300 });
  });

  it('round-trips arbitrary JSON values written as NDJSON and as an array (R5.6)', async () => {
    const objects = fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 8 });
    await fc.assert(fc.asyncProperty(objects, async (values) => {
      const ndjson = await frame(values.map((v) => JSON.stringify(v)).join('\n'));
      expect(ndjson.map((r) => r.value)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
      const array = await frame(JSON.stringify(values, null, 1));
      expect(array.map((r) => r.value)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
    }), { numRuns: 200 });
  });
});
