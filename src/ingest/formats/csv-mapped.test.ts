import { describe, expect, it } from 'vitest';
import { fixtureEvents, ofKind } from '../../../test/support/read-fixture.js';
import { parseCsvDate } from './csv-dates.js';
import { createCsvFormat, loadCsvMappings, parseCsvMapping } from './csv-mapped.js';

const mappings = loadCsvMappings();
const format = (name: string) => createCsvFormat(mappings.find((m) => m.name === name)!);

describe('CSV through column mappings', () => {
  it('ships valid mappings, most specific first', () => {
    expect(mappings.map((m) => m.name)).toContain('drug-reviews-uci');
    expect(mappings.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < mappings.length; i++) {
      expect(mappings[i - 1]!.requiredColumns.length).toBeGreaterThanOrEqual(mappings[i]!.requiredColumns.length);
    }
  });

  it('reads the public drug-review layout: entities decoded, rating kept, drug and condition as extra facts', async () => {
    const { events, errors } = await fixtureEvents('drug-reviews.tsv', format('drug-reviews-uci'));
    const posts = ofKind(events, 'post').map((e) => e.post);
    expect(posts.map((p) => p.nativeId)).toEqual(['206461', '95260']);
    expect(posts[0]).toMatchObject({ platform: 'reviews', rating: 9, createdAt: Date.UTC(2012, 4, 20), metrics: { score: 27 },
      extra: { drug: 'Valsartan', condition: 'Left Ventricular Dysfunction' },
      text: 'It has no side effect, I take it in combination of Bystolic 5 Mg and Fish Oil' });
    expect(posts[1]!.text).toContain("It's been hard.");
    expect(posts[1]!.createdAt).toBe(Date.UTC(2010, 3, 27));
    expect(errors.map((e) => e.field)).toEqual(['review']);
  });

  it('reads generic post tables with a platform column and thousands separators', async () => {
    const { events } = await fixtureEvents('generic-posts.csv', format('generic-posts'));
    expect(ofKind(events, 'post').map((e) => [e.post.platform, e.post.nativeId, e.post.metrics.likes, e.post.hashtags])).toEqual([
      ['facebook', 'p1', 12, []], ['youtube', 'p2', 1204, ['cardiology']],
    ]);
  });

  it('derives a stable id from content when a row has none', () => {
    const f = format('drug-reviews-generic');
    const row = { drug: 'Metformin', condition: 'T2D', review: 'fine', rating: '7', date: '2024-01-02' };
    const [a] = f.toEvents(row, { file: 'f', line: 2, now: 0 });
    const [b] = f.toEvents({ ...row }, { file: 'g', line: 9, now: 1 });
    expect(a).toEqual(b);
    expect((a as { post: { nativeId: string } }).post.nativeId).toMatch(/^h:[0-9a-f]{20}$/);
  });

  it('names the column at fault for bad dates and ratings', () => {
    const f = format('drug-reviews-generic');
    const row = { drug: 'x', review: 'ok', rating: '7', date: '2024-01-02' };
    expect(() => f.toEvents({ ...row, date: 'soon' }, { file: 'f', line: 1, now: 0 })).toThrow(/unreadable date/);
    expect(() => f.toEvents({ ...row, rating: '12' }, { file: 'f', line: 1, now: 0 })).toThrow(/outside 0–10/);
  });

  it('rejects an invalid mapping with the file and field', () => {
    expect(() => parseCsvMapping({ name: 'Bad Name' }, 'my.json')).toThrow(/^my\.json: invalid mapping at name/);
  });

  it.each([
    ['May 20, 2012', Date.UTC(2012, 4, 20)], ['20-May-12', Date.UTC(2012, 4, 20)], ['3/14/2024', Date.UTC(2024, 2, 14)],
    ['2024-03-14', Date.UTC(2024, 2, 14)], ['2024-03-14T10:00:00Z', Date.UTC(2024, 2, 14, 10)], ['1710410400', 1710410400000],
    ['February 30, 2024', undefined], ['tomorrow', undefined],
  ])('parses the date %s', (text, expected) => {
    expect(parseCsvDate(text)).toBe(expected);
  });
});
