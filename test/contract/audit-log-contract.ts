/**
 * The contract of the audit log port (src/audit/audit-log.ts), run on every store: append-only
 * at the database, hash-chained, and verify finds an edited, removed or inserted row once the
 * test has dropped the append-only triggers the way an attacker with the driver could.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

export interface AuditContractOptions {
  name: string;
  create: () => Promise<Store>;
  /** Runs raw SQL through the store's own driver. */
  exec: (store: Store, sql: string) => Promise<void>;
  /** The statements that drop the append-only triggers. */
  dropTriggers: string[];
}

export function runAuditLogContract({ name, create, exec, dropTriggers }: AuditContractOptions): void {
  describe(`Audit log contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await create(); });
    afterEach(async () => { await store.close(); });

    const fill = async (n: number) => {
      for (let i = 1; i <= n; i++) {
        await store.audit.append({ actor: i % 2 ? 'ada' : 'bob', actorId: i, action: i === 3 ? 'token.create' : 'auth.login',
          target: `user:${i}`, outcome: i === 4 ? 'failed' : 'ok', requestId: `r${i}`, ip: '127.0.0.1',
          details: { n: i, scope: 'read', ok: true, none: null } });
      }
    };

    it('appends entries in a chain, each hashing the one before, and lists them newest first with filters', async () => {
      await fill(5);
      const all = await store.audit.list();
      expect(all.map((e) => e.seq)).toEqual([5, 4, 3, 2, 1]);
      expect(all[4]!.prevHash).toBe('0'.repeat(64));
      for (let i = 0; i < 4; i++) expect(all[i]!.prevHash).toBe(all[i + 1]!.hash);
      expect(all[0]).toMatchObject({ actor: 'ada', actorId: 5, action: 'auth.login', target: 'user:5', outcome: 'ok', requestId: 'r5',
        ip: '127.0.0.1', details: { n: 5, scope: 'read', ok: true, none: null } });
      expect(all[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
      expect((await store.audit.list({ action: 'token.create' })).map((e) => e.seq)).toEqual([3]);
      expect((await store.audit.list({ actionPrefix: 'auth.' })).map((e) => e.seq)).toEqual([5, 4, 2, 1]);
      expect((await store.audit.list({ actor: 'bob' })).map((e) => e.seq)).toEqual([4, 2]);
      expect((await store.audit.list({ target: 'user:2' })).map((e) => e.seq)).toEqual([2]);
      expect((await store.audit.list({ beforeSeq: 3, limit: 1 })).map((e) => e.seq)).toEqual([2]);
      expect(await store.audit.verify()).toMatchObject({ ok: true, entries: 5, head: { seq: 5, hash: all[0]!.hash } });
    });

    it('keeps one unbroken chain when many appends race', async () => {
      await Promise.all(Array.from({ length: 30 }, (_, i) => store.audit.append({ actor: 'w', action: 'x.y', outcome: 'ok', target: `t${i}` })));
      const v = await store.audit.verify();
      expect(v).toMatchObject({ ok: true, entries: 30, head: { seq: 30 } });
    });

    it('refuses UPDATE and DELETE at the database', async () => {
      await fill(2);
      await expect(exec(store, `UPDATE audit_log SET reason = 'edited' WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await expect(exec(store, 'DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
      expect((await store.audit.verify()).ok).toBe(true);
    });

    it('verify finds an edited row', async () => {
      await fill(5);
      for (const sql of dropTriggers) await exec(store, sql);
      await exec(store, `UPDATE audit_log SET outcome = 'ok' WHERE seq = 4`);
      expect(await store.audit.verify()).toMatchObject({ ok: false, entries: 5, firstBad: { seq: 4, problem: expect.stringMatching(/changed/) } });
    });

    it('verify finds a removed row; a cut tail shows only against a recorded head', async () => {
      await fill(5);
      for (const sql of dropTriggers) await exec(store, sql);
      await exec(store, 'DELETE FROM audit_log WHERE seq = 2');
      expect(await store.audit.verify()).toMatchObject({ ok: false, entries: 4, firstBad: { seq: 3, problem: expect.stringMatching(/missing/) } });
      // Renumbering to close the gap breaks the links instead.
      await exec(store, 'DELETE FROM audit_log WHERE seq >= 3');
      await store.audit.append({ actor: 'mallory', action: 'auth.login', outcome: 'ok' });
      const v = await store.audit.verify();
      expect(v.ok).toBe(true); // a tail cut followed by a new append is only caught against a recorded head:
      expect(v.head?.seq).toBe(2);
    });

    it('verify finds a row whose own hash was recomputed, through the next row\'s link', async () => {
      await fill(4);
      const before = await store.audit.list();
      for (const sql of dropTriggers) await exec(store, sql);
      await exec(store, `UPDATE audit_log SET hash = '${'f'.repeat(64)}', reason = 'x' WHERE seq = 2`);
      const v = await store.audit.verify();
      expect(v.ok).toBe(false);
      expect(v.firstBad?.seq).toBe(2);
      expect(before).toHaveLength(4);
    });
  });
}
