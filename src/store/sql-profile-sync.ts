/**
 * Keeps `profiles` and `accounts.profile_id` in step with the HCP registry (src/hcp/author-profile.ts), in SQL
 * that both engines run, inside the transaction that changed an analysis, a decision or a link — so a search for
 * `kind:hcp` or `country:US` never sees a profile that disagrees with the registry.
 */
import { type ProfileMember, profileAttributes, profileGroups } from '../hcp/author-profile.js';
import { allForIds, insertMany, runForIds } from './sql-chunks.js';
import type { SqlRunner } from './sql-hcp-store.js';

/**
 * Recomputes the profiles of `refs`: every account linked to them (confirmed or auto links, transitively) and
 * every account that shares a profile with them is regrouped, each group's profile row is written, and profiles
 * left without accounts are removed.
 */
export async function syncProfiles(db: SqlRunner, dialect: 'sqlite' | 'postgres', refs: readonly number[], now: number): Promise<void> {
  if (refs.length === 0) return;
  const members = new Set(refs);
  const links = new Map<string, [number, number]>();
  let frontier = [...members];
  while (frontier.length > 0) {
    const next: number[] = [];
    const reach = (id: number) => { if (!members.has(id)) { members.add(id); next.push(id); } };
    const linked = await allForIds<{ account_a: number; account_b: number }>(db, frontier, (list) => `SELECT account_a, account_b
      FROM hcp_identity_links WHERE status IN ('confirmed', 'auto') AND (account_a IN (${list}) OR account_b IN (${list}))`);
    for (const l of linked) {
      const a = Number(l.account_a);
      const b = Number(l.account_b);
      links.set(`${a}:${b}`, [a, b]);
      reach(a); reach(b);
    }
    const sharing = await allForIds<{ id: number }>(db, frontier, (list) => `SELECT a.id FROM accounts a
      WHERE a.profile_id IN (SELECT b.profile_id FROM accounts b WHERE b.id IN (${list}) AND b.profile_id IS NOT NULL)`);
    for (const s of sharing) reach(Number(s.id));
    frontier = next;
  }

  const ids = [...members];
  const rows = await allForIds<Record<string, unknown>>(db, ids, (list) => `SELECT a.id AS ref, coalesce(a.display_name, a.handle) AS name,
      a.profile_id, an.probability, an.kind, an.type, an.specialties, an.country, v.status AS v_status, v.type AS v_type,
      v.specialty AS v_specialty, v.country AS v_country
    FROM accounts a LEFT JOIN hcp_analyses an ON an.account_id = a.id LEFT JOIN hcp_verifications v ON v.account_id = a.id
    WHERE a.id IN (${list})`);
  const byRef = new Map<number, ProfileMember>();
  const oldProfiles = new Set<number>();
  for (const r of rows) {
    const ref = Number(r.ref);
    if (r.profile_id !== null && r.profile_id !== undefined) oldProfiles.add(Number(r.profile_id));
    const specialties = r.specialties === null || r.specialties === undefined ? undefined
      : (typeof r.specialties === 'string' ? JSON.parse(r.specialties) : r.specialties) as string[];
    byRef.set(ref, {
      ref, name: String(r.name),
      ...(r.probability !== null && r.probability !== undefined ? { probability: Number(r.probability) } : {}),
      ...(r.kind !== null && r.kind !== undefined ? { kind: String(r.kind) } : {}),
      ...(r.type !== null && r.type !== undefined ? { type: String(r.type) } : {}),
      ...(specialties ? { specialties } : {}),
      ...(r.country !== null && r.country !== undefined ? { country: String(r.country) } : {}),
      ...(r.v_status !== null && r.v_status !== undefined ? { verification: {
        status: String(r.v_status),
        ...(r.v_type ? { type: String(r.v_type) } : {}), ...(r.v_specialty ? { specialty: String(r.v_specialty) } : {}),
        ...(r.v_country ? { country: String(r.v_country) } : {}),
      } } : {}),
    });
  }

  const groups = new Map<number, ProfileMember[]>();
  for (const [ref, root] of profileGroups(byRef.keys(), [...links.values()].filter(([a, b]) => byRef.has(a) && byRef.has(b)))) {
    const member = byRef.get(ref);
    if (!member) continue;
    const list = groups.get(root);
    if (list) list.push(member); else groups.set(root, [member]);
  }

  const profiles = [...groups].map(([id, list]) => ({ id, ...profileAttributes(list) }));
  await insertMany(db, profiles, 'INSERT INTO profiles (id, kind, name, created_at, country, specialty, hcp_type, verified)',
    `ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, country = excluded.country,
      specialty = excluded.specialty, hcp_type = excluded.hcp_type, verified = excluded.verified`, 8,
    (p) => [p.id, p.kind, p.name, now, p.country, p.specialty, p.hcpType, dialect === 'sqlite' ? Number(p.verified) : p.verified]);

  // Accounts alone in their group (most of them) in one statement; each linked group in its own.
  const alone = [...groups].filter(([, list]) => list.length === 1).map(([id]) => id);
  await runForIds(db, alone, (list) => `UPDATE accounts SET profile_id = id WHERE id IN (${list}) AND (profile_id IS NULL OR profile_id <> id)`);
  for (const [id, list] of groups) {
    if (list.length === 1) continue;
    await runForIds(db, list.map((m) => m.ref), (l) => `UPDATE accounts SET profile_id = $1 WHERE id IN (${l})`, [id]);
  }
  const orphans = [...oldProfiles].filter((id) => !groups.has(id));
  await runForIds(db, orphans, (list) => `DELETE FROM profiles WHERE id IN (${list})
    AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = profiles.id)`);
}
