/**
 * The HCP registry port (src/hcp/hcp-store.ts) in SQL that both engines run. Each adapter supplies an `SqlSession`
 * (sqlite/sqlite-hcp-store.ts, postgres/postgres-hcp-store.ts): statements with `$1` placeholders, a transaction
 * that can append to the audit log, and the dialect for the few places where the engines differ.
 *
 * @NOTE lists and evidence are JSON text on SQLite and jsonb on PostgreSQL: written as JSON strings, read by `json`.
 */
import type { AuditEntry, AuditEntryInput } from '../audit/audit-log.js';
import type { Evidence } from '../hcp/evidence.js';
import type {
  AccountKey, AnalysisToSave, DecisionEntry, DecisionInput, HcpAccount, HcpStatusCode, HcpStore, LinkCandidate, LinkStatus,
  QueueFilter, QueueRow, StoredAnalysis, StoredLink, StoredMatch, Verification,
} from '../hcp/hcp-store.js';
import type { RegistryRecord } from '../hcp/registry/registry-record.js';
import { insertMany } from './sql-chunks.js';
import { syncProfiles } from './sql-profile-sync.js';

export interface SqlRunner {
  all<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

export interface SqlTransaction extends SqlRunner {
  /** Appends to the hash-chained audit log inside this transaction. */
  appendAudit(entry: AuditEntryInput): Promise<AuditEntry>;
}

export interface SqlSession extends SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
}

type Row = Record<string, unknown>;


const ACCOUNT_COLUMNS = `a.id AS ref, a.platform, a.native_id, a.handle, a.display_name, a.bio, a.location, a.url, a.followers,
  a.status, a.snapshot_at`;
const ANALYSIS_COLUMNS = `an.probability, an.kind, an.type AS an_type, an.specialties, an.credentials, an.nucc, an.country AS an_country,
  an.analyzer_version, an.evidence AS an_evidence, an.analysed_at`;
const VERIFICATION_COLUMNS = `v.status AS v_status, v.type AS v_type, v.specialty AS v_specialty, v.country AS v_country, v.note AS v_note,
  v.decided_by AS v_by, v.decided_at AS v_at`;

function json<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();
const opt = <K extends string>(key: K, value: unknown): Partial<Record<K, string>> =>
  value === null || value === undefined ? {} : ({ [key]: String(value) } as Record<K, string>);

function toAccount(r: Row): HcpAccount {
  return {
    ref: Number(r.ref), platform: String(r.platform), accountId: String(r.native_id), handle: String(r.handle),
    ...opt('displayName', r.display_name), ...opt('bio', r.bio), ...opt('location', r.location), ...opt('url', r.url),
    ...(r.followers !== null && r.followers !== undefined ? { followers: Number(r.followers) } : {}),
    status: String(r.status), snapshotAt: Number(r.snapshot_at),
  };
}

function toAnalysis(r: Row): StoredAnalysis {
  return {
    probability: Number(r.probability), kind: String(r.kind), type: (r.an_type as string | null) ?? null,
    specialties: json(r.specialties, []), credentials: json(r.credentials, []), nucc: json(r.nucc, []),
    country: (r.an_country as string | null) ?? null, analyzerVersion: String(r.analyzer_version),
    evidence: json(r.an_evidence, []), analysedAt: iso(r.analysed_at),
  };
}

function toVerification(r: Row): Verification | undefined {
  if (r.v_status === null || r.v_status === undefined) return undefined;
  return {
    status: r.v_status as Verification['status'], ...opt('type', r.v_type), ...opt('specialty', r.v_specialty),
    ...opt('country', r.v_country), ...opt('note', r.v_note), by: String(r.v_by), at: iso(r.v_at),
  };
}

function key(r: Row, prefix: string): AccountKey {
  return { platform: String(r[`${prefix}platform`]), accountId: String(r[`${prefix}native_id`]), handle: String(r[`${prefix}handle`]),
    ...opt('displayName', r[`${prefix}display_name`]) };
}

function toDecision(r: Row): DecisionEntry {
  return {
    id: Number(r.id), account: key(r, 'a_'), ...(r.o_platform !== null && r.o_platform !== undefined ? { other: key(r, 'o_') } : {}),
    decision: r.decision as DecisionEntry['decision'], actor: String(r.actor), at: iso(r.at),
    before: json(r.before, null), after: json(r.after, null), evidence: json(r.evidence, []), ...opt('note', r.note),
    auditSeq: Number(r.audit_seq),
  };
}

function toLink(r: Row): StoredLink {
  return {
    a: key(r, 'a_'), b: key(r, 'b_'), status: r.status as LinkStatus, confidence: Number(r.confidence), evidence: json(r.evidence, []),
    ...opt('decidedBy', r.decided_by), ...(r.decided_at !== null && r.decided_at !== undefined ? { decidedAt: iso(r.decided_at) } : {}),
  };
}

function toRecord(r: Row): RegistryRecord {
  const out: RegistryRecord = { source: String(r.source), id: String(r.record_id), entity: r.entity as RegistryRecord['entity'],
    taxonomies: json(r.taxonomy_codes, []), line: 0 };
  const fields: Array<[keyof RegistryRecord, string]> = [['firstName', 'first_name'], ['middleName', 'middle_name'], ['lastName', 'last_name'],
    ['fullName', 'full_name'], ['credential', 'credential'], ['specialty', 'specialty'], ['city', 'city'], ['state', 'state'],
    ['postalCode', 'postal_code'], ['country', 'country']];
  for (const [field, column] of fields) if (r[column] !== null && r[column] !== undefined) (out as unknown as Row)[field] = String(r[column]);
  return out;
}

const DECISION_SELECT = `SELECT d.*, a.platform AS a_platform, a.native_id AS a_native_id, a.handle AS a_handle, a.display_name AS a_display_name,
  o.platform AS o_platform, o.native_id AS o_native_id, o.handle AS o_handle, o.display_name AS o_display_name
  FROM hcp_decisions d JOIN accounts a ON a.id = d.account_id LEFT JOIN accounts o ON o.id = d.other_account_id`;

const LINK_SELECT = `SELECT l.*, a.platform AS a_platform, a.native_id AS a_native_id, a.handle AS a_handle, a.display_name AS a_display_name,
  b.platform AS b_platform, b.native_id AS b_native_id, b.handle AS b_handle, b.display_name AS b_display_name
  FROM hcp_identity_links l JOIN accounts a ON a.id = l.account_a JOIN accounts b ON b.id = l.account_b`;

export class SqlHcpStore implements HcpStore {
  constructor(private readonly db: SqlSession) {}

  /** `column = param` ignoring case, in the form each engine's handle index serves. */
  private sameHandle(column: string, param: string): string {
    return this.db.dialect === 'sqlite' ? `${column} = ${param} COLLATE NOCASE` : `lower(${column}) = lower(${param})`;
  }

  async findAccount(platform: string, idOrHandle: string): Promise<HcpAccount | undefined> {
    const rows = await this.db.all(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a
      WHERE a.platform = $1 AND a.status = 'active' AND (a.native_id = $2 OR ${this.sameHandle('a.handle', '$3')})
      ORDER BY CASE WHEN a.native_id = $2 THEN 0 ELSE 1 END, a.id LIMIT 1`, [platform, idOrHandle, idOrHandle.replace(/^@/, '')]);
    return rows[0] && toAccount(rows[0]);
  }

  async accountByRef(ref: number): Promise<HcpAccount | undefined> {
    const rows = await this.db.all(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1`, [ref]);
    return rows[0] && toAccount(rows[0]);
  }

  async accounts(afterRef: number, limit: number): Promise<HcpAccount[]> {
    return (await this.db.all(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id > $1 AND a.status = 'active' ORDER BY a.id LIMIT $2`,
      [afterRef, limit])).map(toAccount);
  }

  async accountsNeedingAnalysis(analyzerVersion: string, afterRef: number, limit: number): Promise<HcpAccount[]> {
    return (await this.db.all(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a LEFT JOIN hcp_analyses an ON an.account_id = a.id
      WHERE a.id > $1 AND a.status = 'active'
        AND (an.account_id IS NULL OR an.analyzer_version <> $2 OR an.snapshot_at <> a.snapshot_at)
      ORDER BY a.id LIMIT $3`, [afterRef, analyzerVersion, limit])).map(toAccount);
  }

  async postSamples(refs: readonly number[], perAccount: number): Promise<Map<number, Array<{ text: string; hashtags: string[] }>>> {
    const out = new Map<number, Array<{ text: string; hashtags: string[] }>>();
    if (refs.length === 0) return out;
    const rows = await this.db.all<{ author_id: number; text: string; hashtags: unknown }>(`SELECT author_id, text, hashtags FROM (
      SELECT p.author_id, p.text, p.hashtags, row_number() OVER (PARTITION BY p.author_id ORDER BY p.created_at DESC) AS n
      FROM posts p WHERE p.author_id IN (${refs.map((_, i) => `$${i + 2}`).join(', ')})) s WHERE n <= $1`, [perAccount, ...refs]);
    for (const r of rows) {
      const ref = Number(r.author_id);
      if (!out.has(ref)) out.set(ref, []);
      out.get(ref)!.push({ text: r.text, hashtags: json(r.hashtags, []) });
    }
    return out;
  }

  async saveAnalyses(items: readonly AnalysisToSave[], now: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.writeAnalyses(tx, items, now);
      await syncProfiles(tx, this.db.dialect, items.map((i) => i.ref), now);
    });
  }

  private writeAnalyses(tx: SqlRunner, items: readonly AnalysisToSave[], now: number): Promise<void> {
    return insertMany(tx, items,
      `INSERT INTO hcp_analyses (account_id, probability, kind, type, specialties, credentials, nucc, country, analyzer_version, evidence,
        snapshot_at, analysed_at)`,
      `ON CONFLICT (account_id) DO UPDATE SET probability = excluded.probability, kind = excluded.kind, type = excluded.type,
        specialties = excluded.specialties, credentials = excluded.credentials, nucc = excluded.nucc, country = excluded.country,
        analyzer_version = excluded.analyzer_version, evidence = excluded.evidence, snapshot_at = excluded.snapshot_at,
        analysed_at = excluded.analysed_at`, 12,
      ({ ref, snapshotAt, analysis: x }) => [ref, x.probability, x.kind, x.type, JSON.stringify(x.specialties), JSON.stringify(x.credentials),
        JSON.stringify(x.nucc), x.country, x.analyzerVersion, JSON.stringify(x.evidence), snapshotAt, now]);
  }

  async getAnalysis(ref: number): Promise<StoredAnalysis | undefined> {
    const rows = await this.db.all(`SELECT ${ANALYSIS_COLUMNS} FROM hcp_analyses an WHERE an.account_id = $1`, [ref]);
    return rows[0] && toAnalysis(rows[0]);
  }

  async analysedAccounts(minProbability: number, afterRef: number, limit: number) {
    const rows = await this.db.all(`SELECT ${ACCOUNT_COLUMNS}, ${ANALYSIS_COLUMNS} FROM hcp_analyses an JOIN accounts a ON a.id = an.account_id
      WHERE an.probability >= $1 AND a.id > $2 AND a.status = 'active' ORDER BY a.id LIMIT $3`, [minProbability, afterRef, limit]);
    return rows.map((r) => ({ account: toAccount(r), analysis: toAnalysis(r) }));
  }

  async queue(filter: QueueFilter): Promise<QueueRow[]> {
    const params: unknown[] = [filter.minProbability];
    const p = (value: unknown) => { params.push(value); return `$${params.length}`; };
    const where: string[] = [];
    if (filter.type !== undefined) where.push(`an.type = ${p(filter.type)}`);
    if (filter.country !== undefined) where.push(`an.country = ${p(filter.country.toUpperCase())}`);
    const after = filter.after === undefined ? '' :
      `WHERE (value < ${p(filter.after.value)} OR (value = $${params.length} AND ref > ${p(filter.after.ref)}))`;
    // Interactions are counted only for the candidates, so the queue costs the candidates' edges, not the whole graph's.
    const rows = await this.db.all(`WITH cand AS (
        SELECT an.account_id FROM hcp_analyses an LEFT JOIN hcp_verifications v ON v.account_id = an.account_id
        WHERE an.probability >= $1 AND (v.status IS NULL OR v.status = 'unreviewed') ${where.map((w) => `AND ${w}`).join(' ')}),
      recv AS (SELECT i.to_account_id AS id, count(*) AS n FROM interactions i JOIN cand ON cand.account_id = i.to_account_id
        GROUP BY i.to_account_id),
      scored AS (SELECT ${ACCOUNT_COLUMNS}, ${ANALYSIS_COLUMNS}, ${VERIFICATION_COLUMNS},
          coalesce(a.followers, recv.n, 0) AS reach, CASE WHEN a.followers IS NULL THEN 'interactions' ELSE 'followers' END AS reach_source,
          coalesce(a.followers, recv.n, 0) * an.probability AS value
        FROM cand JOIN accounts a ON a.id = cand.account_id JOIN hcp_analyses an ON an.account_id = a.id
        LEFT JOIN hcp_verifications v ON v.account_id = a.id LEFT JOIN recv ON recv.id = a.id WHERE a.status = 'active')
      SELECT * FROM scored ${after} ORDER BY value DESC, ref ASC LIMIT ${p(filter.limit)}`, params);
    return rows.map((r) => {
      const verification = toVerification(r);
      return { account: toAccount(r), analysis: toAnalysis(r), reach: Number(r.reach), reachSource: r.reach_source as QueueRow['reachSource'],
        value: Number(r.value), ...(verification ? { verification } : {}) };
    });
  }

  async getVerification(ref: number): Promise<Verification | undefined> {
    const rows = await this.db.all(`SELECT ${VERIFICATION_COLUMNS} FROM hcp_verifications v WHERE v.account_id = $1`, [ref]);
    return rows[0] && toVerification(rows[0]);
  }

  async recordDecision(input: DecisionInput, audit: AuditEntryInput): Promise<{ decision: DecisionEntry; audit: AuditEntry }> {
    const effect = input.effect;
    const { id, entry } = await this.db.transaction(async (tx) => {
      const entry = await tx.appendAudit(audit);
      const other = effect.kind === 'link' ? effect.other : null;
      const inserted = await tx.all<{ id: number }>(`INSERT INTO hcp_decisions (account_id, other_account_id, decision, actor, at, before, after,
        evidence, note, audit_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [input.ref, other, input.decision, input.actor, input.at, input.before === null ? null : JSON.stringify(input.before),
        input.after === null ? null : JSON.stringify(input.after), JSON.stringify(input.evidence), input.note ?? null, entry.seq]);
      if (effect.kind === 'verification') {
        const s = effect.state;
        await tx.run(`INSERT INTO hcp_verifications (account_id, status, type, specialty, country, note, decided_by, decided_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (account_id) DO UPDATE SET status = excluded.status, type = excluded.type,
          specialty = excluded.specialty, country = excluded.country, note = excluded.note, decided_by = excluded.decided_by,
          decided_at = excluded.decided_at`,
        [input.ref, s.status, s.type ?? null, s.specialty ?? null, s.country ?? null, s.note ?? null, input.actor, input.at]);
      } else {
        const [a, b] = input.ref < effect.other ? [input.ref, effect.other] : [effect.other, input.ref];
        await tx.run(`INSERT INTO hcp_identity_links (account_a, account_b, status, confidence, evidence, decided_by, decided_at, updated_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (account_a, account_b) DO UPDATE SET status = excluded.status,
          decided_by = excluded.decided_by, decided_at = excluded.decided_at, updated_at = excluded.updated_at`,
        [a, b, effect.status, effect.confidence, JSON.stringify(effect.evidence), input.actor, input.at]);
      }
      await syncProfiles(tx, this.db.dialect, other === null ? [input.ref] : [input.ref, other], input.at);
      return { id: Number(inserted[0]!.id), entry };
    });
    const rows = await this.db.all(`${DECISION_SELECT} WHERE d.id = $1`, [id]);
    return { decision: toDecision(rows[0]!), audit: entry };
  }

  async decisions(ref: number): Promise<DecisionEntry[]> {
    return (await this.db.all(`${DECISION_SELECT} WHERE d.account_id = $1 OR d.other_account_id = $1 ORDER BY d.id`, [ref])).map(toDecision);
  }

  async saveLinkCandidates(links: readonly LinkCandidate[], now: number): Promise<number> {
    const ordered = links.filter((l) => l.a !== l.b).map((l) => (l.a < l.b ? l : { ...l, a: l.b, b: l.a }));
    await this.db.transaction(async (tx) => {
      await insertMany(tx, ordered,
        'INSERT INTO hcp_identity_links (account_a, account_b, status, confidence, evidence, updated_at)',
        `ON CONFLICT (account_a, account_b) DO UPDATE SET confidence = excluded.confidence, evidence = excluded.evidence,
          updated_at = excluded.updated_at,
          status = CASE WHEN hcp_identity_links.status IN ('confirmed', 'rejected') THEN hcp_identity_links.status ELSE excluded.status END`, 6,
        (l) => [l.a, l.b, l.auto ? 'auto' : 'candidate', l.confidence, JSON.stringify(l.evidence), now]);
      // Self-declared links merge the two accounts into one person (candidates wait for a human).
      await syncProfiles(tx, this.db.dialect, ordered.filter((l) => l.auto).flatMap((l) => [l.a, l.b]), now);
    });
    return ordered.length;
  }

  async getLink(a: number, b: number): Promise<StoredLink | undefined> {
    const [x, y] = a < b ? [a, b] : [b, a];
    const rows = await this.db.all(`${LINK_SELECT} WHERE l.account_a = $1 AND l.account_b = $2`, [x, y]);
    return rows[0] && toLink(rows[0]);
  }

  async links(filter: { ref?: number; statuses?: readonly LinkStatus[]; limit: number; offset: number }): Promise<StoredLink[]> {
    const params: unknown[] = [];
    const p = (value: unknown) => { params.push(value); return `$${params.length}`; };
    const where = ['1 = 1'];
    if (filter.ref !== undefined) { const r = p(filter.ref); where.push(`(l.account_a = ${r} OR l.account_b = ${r})`); }
    if (filter.statuses?.length) where.push(`l.status IN (${filter.statuses.map(p).join(', ')})`);
    return (await this.db.all(`${LINK_SELECT} WHERE ${where.join(' AND ')} AND a.status = 'active' AND b.status = 'active'
      ORDER BY l.confidence DESC, l.account_a, l.account_b LIMIT ${p(filter.limit)} OFFSET ${p(filter.offset)}`, params)).map(toLink);
  }

  async upsertRegistryRecords(records: readonly RegistryRecord[], now: number): Promise<void> {
    await this.db.transaction((tx) => insertMany(tx, records,
      `INSERT INTO hcp_registry_records (source, record_id, entity, first_name, middle_name, last_name, full_name, credential, taxonomy_codes,
        specialty, city, state, postal_code, country, imported_at)`,
      `ON CONFLICT (source, record_id) DO UPDATE SET entity = excluded.entity, first_name = excluded.first_name,
        middle_name = excluded.middle_name, last_name = excluded.last_name, full_name = excluded.full_name, credential = excluded.credential,
        taxonomy_codes = excluded.taxonomy_codes, specialty = excluded.specialty, city = excluded.city, state = excluded.state,
        postal_code = excluded.postal_code, country = excluded.country, imported_at = excluded.imported_at`, 15,
      (r) => [r.source, r.id, r.entity, r.firstName ?? null, r.middleName ?? null, r.lastName ?? null, r.fullName ?? null, r.credential ?? null,
        JSON.stringify(r.taxonomies), r.specialty ?? null, r.city ?? null, r.state ?? null, r.postalCode ?? null, r.country ?? null, now]));
  }

  async registryRecords(source: string, afterId: string, limit: number): Promise<RegistryRecord[]> {
    return (await this.db.all(`SELECT * FROM hcp_registry_records WHERE source = $1 AND record_id > $2 ORDER BY record_id LIMIT $3`,
      [source, afterId, limit])).map(toRecord);
  }

  async countRegistryRecords(source: string): Promise<number> {
    const rows = await this.db.all<{ n: number }>('SELECT count(*) AS n FROM hcp_registry_records WHERE source = $1', [source]);
    return Number(rows[0]?.n ?? 0);
  }

  async registrySources(): Promise<string[]> {
    return (await this.db.all<{ source: string }>('SELECT DISTINCT source FROM hcp_registry_records ORDER BY source')).map((r) => r.source);
  }

  async replaceMatches(source: string, matches: ReadonlyArray<{ ref: number; recordId: string; score: number; evidence: Evidence[] }>, now: number) {
    await this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM hcp_registry_matches WHERE source = $1', [source]);
      await insertMany(tx, matches, 'INSERT INTO hcp_registry_matches (account_id, source, record_id, score, evidence, matched_at)', '', 6,
        (m) => [m.ref, source, m.recordId, m.score, JSON.stringify(m.evidence), now]);
    });
  }

  async matches(ref: number): Promise<StoredMatch[]> {
    const rows = await this.db.all(`SELECT m.score, m.evidence AS match_evidence, r.* FROM hcp_registry_matches m
      JOIN hcp_registry_records r ON r.source = m.source AND r.record_id = m.record_id
      WHERE m.account_id = $1 ORDER BY m.score DESC, m.source, m.record_id`, [ref]);
    return rows.map((r) => {
      const { line: _line, ...record } = toRecord(r);
      return { source: String(r.source), recordId: String(r.record_id), score: Number(r.score), evidence: json(r.match_evidence, []), record };
    });
  }

  async verificationStatuses(): Promise<Array<{ platform: string; accountId: string; status: HcpStatusCode }>> {
    const rows = await this.db.all<{ platform: string; native_id: string; status: number }>(`SELECT a.platform, a.native_id,
        CASE WHEN v.status = 'verified' THEN 2
             WHEN an.probability >= 0.5 AND (v.status IS NULL OR v.status <> 'rejected') THEN 1 ELSE 0 END AS status
      FROM accounts a LEFT JOIN hcp_analyses an ON an.account_id = a.id LEFT JOIN hcp_verifications v ON v.account_id = a.id
      WHERE an.account_id IS NOT NULL OR v.account_id IS NOT NULL ORDER BY a.id`);
    return rows.map((r) => ({ platform: r.platform, accountId: r.native_id, status: Number(r.status) as HcpStatusCode }));
  }
}
