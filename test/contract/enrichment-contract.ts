/**
 * The contract of the enrichment port (src/enrich/enrichment-store.ts) and of the query fields
 * it feeds, on every store. Results are written by hand here (no analyzer), so this checks the
 * store alone; test/e2e/cli/enrich.test.ts runs the real analyzer end to end.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLAG, type EnrichmentRecord } from '../../src/enrich/enrichment.js';
import { parseQuery } from '../../src/query/parser.js';
import type { Store } from '../../src/store/store.js';
import { T0, postEvent } from '../support/factories.js';

const V1 = 'test-1';
const V2 = 'test-2';

function record(nativeId: string, contentHash: string, overrides: Partial<EnrichmentRecord> = {}): EnrichmentRecord {
  return {
    platform: 'x', nativeId, contentHash, version: V1, lang: 'en', sentiment: 'negative', sentimentScore: -0.5, flags: 0,
    entities: [], areas: [], analysis: JSON.stringify({ lang: 'en', id: nativeId }), ...overrides,
  };
}

export function runEnrichmentContract({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`Enrichment contract: ${name}`, () => {
    let store: Store;
    let runId: number;
    const write = (events: Parameters<Store['writeBatch']>[0]['events']) => store.writeBatch({ runId, events, quarantine: [] });
    const ids = async (q: string) => (await store.search(parseQuery(q, { now: T0 }), { limit: 100 })).map((p) => p.id).sort();
    const hashOf = async (id: string) => (await store.enrichment.pending({ version: 'none', limit: 100 })).find((p) => p.nativeId === id)!.contentHash;

    beforeEach(async () => {
      store = await create();
      runId = await store.startRun(['enrichment']);
      await write([
        postEvent({ nativeId: '1', text: 'Ozempic made me so nauseous', createdAt: T0, hashtags: ['glp1'] }),
        postEvent({ nativeId: '2', text: 'Keytruda week 3, no nausea at all', createdAt: T0 + 1000 }),
        postEvent({ nativeId: '3', text: 'my 94yo dad in room 4B', createdAt: T0 + 2000 }),
      ]);
    });
    afterEach(async () => { await store.close(); });

    it('lists posts without an analysis of the current version, in row order, with what the analyzer needs', async () => {
      const pending = await store.enrichment.pending({ version: V1, limit: 10 });
      expect(pending.map((p) => p.nativeId)).toEqual(['1', '2', '3']);
      expect(pending[0]).toMatchObject({ platform: 'x', text: 'Ozempic made me so nauseous', hashtags: ['glp1'], author: 'drjane' });
      const page = await store.enrichment.pending({ version: V1, limit: 2 });
      expect((await store.enrichment.pending({ version: V1, limit: 10, afterRowId: page.at(-1)!.rowId })).map((p) => p.nativeId)).toEqual(['3']);
      expect(await store.enrichment.summary(V1)).toEqual({ posts: 3, current: 0, outdated: 0, missing: 3 });
    });

    it('stores results, keeps them out of pending, and re-lists them for a new analyzer version', async () => {
      const written = await store.enrichment.write([record('1', await hashOf('1')), record('2', await hashOf('2'))]);
      expect(written).toEqual({ written: 2, stale: 0 });
      expect((await store.enrichment.pending({ version: V1, limit: 10 })).map((p) => p.nativeId)).toEqual(['3']);
      expect(await store.enrichment.summary(V1)).toEqual({ posts: 3, current: 2, outdated: 0, missing: 1 });
      expect(await store.enrichment.summary(V2)).toEqual({ posts: 3, current: 0, outdated: 2, missing: 1 });
      expect((await store.enrichment.pending({ version: V2, limit: 10 })).map((p) => p.nativeId)).toEqual(['1', '2', '3']);
      expect(await store.enrichment.analysisOf('x', '1')).toEqual({ version: V1, analysis: JSON.stringify({ lang: 'en', id: '1' }) });
      // Writing again replaces: still one analysis per post.
      await store.enrichment.write([record('1', await hashOf('1'), { version: V2 })]);
      expect(await store.enrichment.summary(V2)).toMatchObject({ current: 1, outdated: 1 });
    });

    it('drops a result whose text changed or was deleted meanwhile, and an edit or deletion removes the stored one (R4.1, R4.4)', async () => {
      const h1 = await hashOf('1');
      const h2 = await hashOf('2');
      await store.enrichment.write([record('1', h1, { flags: FLAG.ae, entities: [{ type: 'drug', id: 'drugbank:DB13928', name: 'semaglutide', surface: 'ozempic' }] }),
        record('2', h2, { areas: ['oncology'] })]);
      expect(await ids('drug:ozempic')).toEqual(['1']);
      await write([postEvent({ nativeId: '1', text: 'Ozempic: nausea gone now', editedAt: T0 + 60_000 })]);
      expect(await store.enrichment.analysisOf('x', '1')).toBeUndefined();
      expect(await ids('drug:ozempic')).toEqual([]);
      expect(await ids('flag:ae')).toEqual([]);
      expect(await store.enrichment.write([record('1', h1)])).toEqual({ written: 0, stale: 1 });
      await write([{ kind: 'delete', platform: 'x', nativeId: '2', at: T0 + 5, reason: 'deleted at source' }]);
      expect(await ids('area:oncology')).toEqual([]);
      expect(await store.enrichment.write([record('2', h2)])).toEqual({ written: 0, stale: 1 });
      expect(await store.enrichment.summary(V1)).toEqual({ posts: 2, current: 0, outdated: 0, missing: 2 });
    });

    it('writes a large batch as one: stale results dropped, earlier results replaced, a repeated post as its last result', async () => {
      const many = Array.from({ length: 150 }, (_, i) => postEvent({ nativeId: `b${i}`, text: `batch post ${i}`, createdAt: T0 + 20_000 + i }));
      await write(many);
      const hashes = new Map((await store.enrichment.pending({ version: 'none', limit: 1000 })).map((p) => [p.nativeId, p.contentHash]));
      const drug = (i: number) => ({ type: 'drug', id: `drugbank:DB${i}`, name: `drug${i}`, surface: `drug${i}` });
      // Every third post is analysed once already, with an entity and an area of its own.
      await store.enrichment.write(many.filter((_, i) => i % 3 === 0).map((_, k) => record(`b${k * 3}`, hashes.get(`b${k * 3}`)!,
        { entities: [drug(9000 + k * 3)], areas: ['oncology'] })));
      // Posts b140… change after they are read: their results must not be stored.
      await write(Array.from({ length: 10 }, (_, k) => postEvent({ nativeId: `b${140 + k}`, text: `edited ${k}`, editedAt: T0 + 90_000 })));
      const batch = Array.from({ length: 150 }, (_, i) => record(`b${i}`, hashes.get(`b${i}`)!,
        { version: V2, flags: i % 2 ? FLAG.ae : 0, entities: [drug(i)], areas: i % 2 ? ['diabetes'] : [] }));
      batch.push(record('b7', hashes.get('b7')!, { version: V2, entities: [drug(7777)], areas: [] }));
      expect(await store.enrichment.write(batch)).toEqual({ written: 141, stale: 10 });
      expect(await store.enrichment.summary(V2)).toMatchObject({ current: 140 });
      expect(await ids('drug:drug3')).toEqual(['b3']);
      expect(await ids('drug:drug9003')).toEqual([]);
      expect(await ids('drug:drug7')).toEqual([]);
      expect(await ids('drug:drug7777')).toEqual(['b7']);
      expect(await ids('drug:drug141')).toEqual([]);
      expect(await store.countMatches(parseQuery('area:oncology'))).toBe(0);
      expect(await store.countMatches(parseQuery('area:diabetes'))).toBe(69);
      expect(await store.countMatches(parseQuery('flag:ae'))).toBe(69);
    });

    it('answers the enrichment query fields', async () => {
      await store.enrichment.write([
        record('1', await hashOf('1'), { flags: FLAG.ae, sentiment: 'negative', areas: ['diabetes'], entities: [
          { type: 'drug', id: 'drugbank:DB13928', name: 'semaglutide', surface: 'ozempic' },
          { type: 'reaction', id: 'ae:nausea', name: 'nausea', surface: 'nauseous' }] }),
        record('2', await hashOf('2'), { sentiment: 'positive', flags: FLAG.mixed, areas: ['oncology'], entities: [
          { type: 'drug', id: 'drugbank:DB09037', name: 'pembrolizumab', surface: 'keytruda' }] }),
        record('3', await hashOf('3'), { sentiment: 'neutral', flags: FLAG.phi }),
      ]);
      expect(await ids('drug:ozempic')).toEqual(['1']);
      expect(await ids('drug:semaglutide')).toEqual(['1']);
      expect(await store.search(parseQuery('drug:wegovy'))).toEqual([]);
      const resolved = { kind: 'field', field: 'drug', value: 'wegovy', ids: ['drugbank:DB13928'] } as const;
      expect((await store.search(resolved)).map((p) => p.id)).toEqual(['1']);
      // A broad condition resolves to thousands of ids (condition:cancer): bound as one list, on every store.
      const many = Array.from({ length: 5000 }, (_, i) => `DOID:${i}`);
      const broad = { kind: 'field', field: 'drug', value: 'anything', ids: [...many, 'drugbank:DB09037'] } as const;
      expect((await store.search(broad)).map((p) => p.id)).toEqual(['2']);
      expect(await store.countMatches({ kind: 'field', field: 'drug', value: 'anything', ids: many })).toBe(0);
      expect(await ids('reaction:nausea')).toEqual(['1']);
      expect(await ids('area:diabetes OR area:oncology')).toEqual(['1', '2']);
      expect(await ids('area:cancer')).toEqual(['2']);
      expect(await ids('sentiment:negative')).toEqual(['1']);
      expect(await ids('sentiment:mixed')).toEqual(['2']);
      expect(await ids('flag:ae')).toEqual(['1']);
      expect(await ids('flag:phi')).toEqual(['3']);
      expect(await ids('flag:misinfo')).toEqual([]);
      expect(await ids('-flag:ae nausea')).toEqual(['2']);
      expect(await ids('drug:keytruda OR flag:phi')).toEqual(['2', '3']);
      expect(await store.countMatches(parseQuery('drug:semaglutide reaction:nausea'))).toBe(1);
    });

    it('cuts the pending posts into ranges that cover each exactly once', async () => {
      await write(Array.from({ length: 7 }, (_, i) => postEvent({ nativeId: `m${i}`, text: `more ${i}`, createdAt: T0 + 10_000 + i })));
      const ranges = await store.enrichment.pendingRanges(V1, 3);
      expect(ranges.length).toBe(4);
      const seen: string[] = [];
      for (const r of ranges) seen.push(...(await store.enrichment.pending({ version: V1, limit: 100, ...r })).map((p) => p.nativeId));
      expect(seen.sort()).toEqual(['1', '2', '3', 'm0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    });
  });
}
