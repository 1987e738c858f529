/**
 * The contract every job queue passes (src/jobs/job-queue.ts), on the store that holds it.
 * Leases are real and short here; tests wait past them, they never time anything.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

export function runJobQueueContract({ name, create }: { name: string; create: () => Promise<Store> }): void {
  describe(`Job queue contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await create(); });
    afterEach(async () => { await store.close(); });
    const LONG = 60_000;

    it('enqueues once per key and hands each job to one worker only', async () => {
      const specs = Array.from({ length: 12 }, (_, i) => ({ kind: 'ingest', payload: { n: i }, key: `k${i}`, groupId: 7 }));
      const ids = await store.jobs.enqueue(specs);
      expect(new Set(ids).size).toBe(12);
      expect(await store.jobs.enqueue(specs.slice(0, 3))).toEqual(ids.slice(0, 3));
      const unkeyed = await store.jobs.enqueue([{ kind: 'other', payload: 1 }, { kind: 'other', payload: 2 }]);
      expect(unkeyed).toHaveLength(2);
      expect((await store.jobs.get(unkeyed[1]!))?.payload).toBe(2);
      const claims = await Promise.all(Array.from({ length: 16 }, (_, w) => store.jobs.claim(`w${w}`, { leaseMs: LONG, kinds: ['ingest'] })));
      const claimed = claims.filter((j) => j !== undefined).map((j) => j.id);
      expect(claimed.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      expect(await store.jobs.claim('late', { leaseMs: LONG, kinds: ['ingest'] })).toBeUndefined();
      expect(await store.jobs.summary(7)).toEqual({ queued: 0, running: 12, done: 0, dead: 0 });
    });

    it('completes jobs with their result, and the last of a group learns it was the last', async () => {
      await store.jobs.enqueue([1, 2, 3].map((n) => ({ kind: 'ingest', payload: n, key: `g${n}`, groupId: 42 })));
      const jobs = [];
      for (const w of ['a', 'b', 'c']) jobs.push((await store.jobs.claim(w, { leaseMs: LONG }))!);
      expect(await store.jobs.complete(jobs[0]!.id, 'a', { posts: 1 })).toEqual({ lost: false, remainingInGroup: 2 });
      // The two last ones finish together: exactly one of them sees nothing left.
      const last = await Promise.all([store.jobs.complete(jobs[1]!.id, 'b', {}), store.jobs.complete(jobs[2]!.id, 'c', {})]);
      expect(last.map((c) => (c.lost ? -1 : c.remainingInGroup)).sort()).toEqual([0, 1]);
      expect((await store.jobs.get(jobs[0]!.id))).toMatchObject({ status: 'done', result: { posts: 1 }, attempts: 1 });
    });

    it('retries a failed job after its backoff and sends it to the dead-letter list after its last attempt', async () => {
      const [id] = await store.jobs.enqueue([{ kind: 'ingest', payload: {}, key: 'f', maxAttempts: 2 }]);
      const first = (await store.jobs.claim('w', { leaseMs: LONG }))!;
      expect(await store.jobs.fail(first.id, 'w', 'disk on fire', LONG)).toBe('retrying');
      expect(await store.jobs.claim('w', { leaseMs: LONG })).toBeUndefined();
      await store.jobs.fail(first.id, 'w', 'not mine any more', 0).then((r) => expect(r).toBe('lost'));
      await store.jobs.retry({ ids: [id!] }); // nothing: a queued job is not dead
      expect((await store.jobs.get(id!))?.runAfter).toBeGreaterThan(Date.now() + LONG / 2);
      // A job retried by hand is due at once, with fresh attempts.
      const [other] = await store.jobs.enqueue([{ kind: 'ingest', payload: {}, key: 'g', maxAttempts: 1 }]);
      const once = (await store.jobs.claim('w', { leaseMs: LONG }))!;
      expect(once.id).toBe(other);
      expect(await store.jobs.fail(once.id, 'w', 'bad input', 0)).toBe('dead');
      expect(await store.jobs.list({ status: 'dead' })).toMatchObject([{ id: other, lastError: 'bad input', attempts: 1 }]);
      expect(await store.jobs.retry({ status: 'dead' })).toBe(1);
      expect(await store.jobs.claim('w', { leaseMs: LONG })).toMatchObject({ id: other, attempts: 1 });
    });

    it('gives a job whose worker stopped heartbeating to another worker, and the first one loses it', async () => {
      await store.jobs.enqueue([{ kind: 'ingest', payload: {}, key: 'l' }, { kind: 'ingest', payload: {}, key: 'h' }]);
      const lost = (await store.jobs.claim('dying', { leaseMs: 150 }))!;
      const kept = (await store.jobs.claim('alive', { leaseMs: 150 }))!;
      expect(await store.jobs.heartbeat(kept.id, 'alive', LONG)).toBe(true);
      await sleep(400);
      const again = await store.jobs.claim('rescuer', { leaseMs: LONG });
      expect(again).toMatchObject({ id: lost.id, attempts: 2, lockedBy: 'rescuer' });
      expect(await store.jobs.claim('rescuer', { leaseMs: LONG })).toBeUndefined();
      expect(await store.jobs.heartbeat(lost.id, 'dying', LONG)).toBe(false);
      expect(await store.jobs.complete(lost.id, 'dying', {})).toEqual({ lost: true });
      expect(await store.jobs.complete(lost.id, 'rescuer', {})).toEqual({ lost: false, remainingInGroup: 0 });
    });

    it('a job lost on its last attempt goes to the dead-letter list, and a released job keeps its attempts', async () => {
      await store.jobs.enqueue([{ kind: 'ingest', payload: {}, key: 'once', maxAttempts: 1 }, { kind: 'enrich', payload: {}, key: 'r' }]);
      const once = (await store.jobs.claim('w', { leaseMs: 100, kinds: ['ingest'] }))!;
      const released = (await store.jobs.claim('w', { leaseMs: LONG, kinds: ['enrich'] }))!;
      await store.jobs.release(released.id, 'w');
      await sleep(300);
      expect(await store.jobs.claim('w', { leaseMs: LONG, kinds: ['ingest'] })).toBeUndefined();
      expect(await store.jobs.get(once.id)).toMatchObject({ status: 'dead', lastError: expect.stringContaining('lease expired') });
      expect(await store.jobs.claim('w', { leaseMs: LONG, kinds: ['enrich'] })).toMatchObject({ id: released.id, attempts: 1 });
      expect(await store.jobs.summary()).toEqual({ queued: 0, running: 1, done: 0, dead: 1 });
    });
  });
}
