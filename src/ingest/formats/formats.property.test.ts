/**
 * Every parser, fed anything at all, returns events or throws RecordParseError, and its
 * detect never throws (R5.6). Inputs: arbitrary JSON, and real fixtures mutated field by
 * field (removed, retyped, nulled), which reach much deeper into each parser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureRecords } from '../../../test/support/read-fixture.js';
import { RecordParseError } from '../record-parse-error.js';
import type { Format } from './format.js';
import { JSON_FORMATS, csvFormats } from './registry.js';

const ctx = { file: 'prop', line: 1, now: 0 };
const FIXTURES: Record<string, string[]> = {
  auscult: [], x: ['x-page.json', 'x-compliance.ndjson'], bluesky: ['bluesky-jetstream.ndjson', 'bluesky-search.json'],
  mastodon: ['mastodon-statuses.json'], reddit: ['reddit-dump.ndjson'],
};

function mustOnlyThrowRecordParseError(format: Format, value: unknown): void {
  expect(() => format.detect(value)).not.toThrow();
  try {
    const items = format.toEvents(value, ctx);
    expect(Array.isArray(items)).toBe(true);
  } catch (error) {
    if (!(error instanceof RecordParseError)) throw new Error(`${format.name} threw ${String(error)} for ${JSON.stringify(value)?.slice(0, 300)}`);
  }
}

/** Replace the value at a random path with something of the wrong shape. */
function mutate(value: unknown, random: () => number, replacement: unknown): unknown {
  if (typeof value !== 'object' || value === null) return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[Math.floor(random() * keys.length)]!;
  const target = copy as Record<string, unknown>;
  if (random() < 0.35) target[key] = replacement;
  else if (random() < 0.15) delete target[key];
  else target[key] = mutate(target[key], random, replacement);
  return copy;
}

describe('format parsers under arbitrary input', () => {
  const formats = [...JSON_FORMATS, ...csvFormats()];

  it.each(formats.map((f) => [f.name, f] as const))('%s: arbitrary JSON values', (_name, format) => {
    fc.assert(fc.property(fc.jsonValue(), (value) => mustOnlyThrowRecordParseError(format, value)), { numRuns: 300 });
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.string()), (row) => mustOnlyThrowRecordParseError(format, row)), { numRuns: 200 });
  });

  it.each(JSON_FORMATS.filter((f) => FIXTURES[f.name]!.length > 0).map((f) => [f.name, f] as const))(
    '%s: mutated real records', async (name, format) => {
      const records = (await Promise.all(FIXTURES[name]!.map(fixtureRecords))).flat().map((r) => r.value);
      const replacement = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({}), fc.boolean(),
        fc.constant([1, 'x', null]));
      fc.assert(fc.property(fc.constantFrom(...records), fc.integer(), replacement, fc.integer({ min: 1, max: 4 }), (record, seed, bad, times) => {
        let state = seed >>> 0 || 1;
        const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 4294967296);
        let value = record;
        for (let i = 0; i < times; i++) value = mutate(value, random, bad);
        mustOnlyThrowRecordParseError(format, value);
      }), { numRuns: 600 });
    });

  it('each format recognises its own fixtures and no other format claims them first', async () => {
    for (const [name, files] of Object.entries(FIXTURES)) {
      for (const file of files) {
        const [first] = await fixtureRecords(file);
        const claimed = JSON_FORMATS.find((f) => f.detect(first!.value));
        expect(claimed?.name, file).toBe(name);
      }
    }
  });
});
