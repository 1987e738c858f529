import Database from 'better-sqlite3';
const db = new Database('bench/out/api-1000000.db', { readonly: true });
const DAY = 86_400_000;
const last = (db.prepare('SELECT max(created_at) AS m FROM posts').get() as { m: number }).m;
const to = (Math.floor(last / DAY) + 1) * DAY, from = to - 30 * DAY;
const VIS = `p.author_id NOT IN (SELECT id FROM accounts WHERE status <> 'active')`;
const t = (name: string, sql: string, params: unknown[] = [from, to]) => { const s = performance.now(); const r = db.prepare(sql).all(...params); console.log(name, Math.round(performance.now() - s), 'ms', JSON.stringify(r.slice(0, 2))); };
for (let i = 0; i < 2; i++) {
t('indexed-by', `SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p CROSS JOIN post_entities e INDEXED BY post_entities_post ON e.post_id = p.id WHERE e.type = 'drug' AND ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY e.name ORDER BY posts DESC LIMIT 10`);
t('in-subquery', `SELECT e.name AS key, count(DISTINCT e.post_id) AS posts FROM post_entities e WHERE e.type = 'drug' AND e.post_id IN (SELECT p.id FROM posts p WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ?) GROUP BY e.name ORDER BY posts DESC LIMIT 10`);
t('indexed-by all time', `SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p CROSS JOIN post_entities e INDEXED BY post_entities_post ON e.post_id = p.id WHERE e.type = 'drug' AND ${VIS} GROUP BY e.name ORDER BY posts DESC LIMIT 10`, []);
t('in-subquery all time', `SELECT e.name AS key, count(DISTINCT e.post_id) AS posts FROM post_entities e WHERE e.type = 'drug' AND e.post_id IN (SELECT p.id FROM posts p WHERE ${VIS}) GROUP BY e.name ORDER BY posts DESC LIMIT 10`, []);
t('sentiment in-sub', `SELECT en.sentiment AS key, count(*) AS posts FROM post_enrichment en WHERE en.post_id IN (SELECT p.id FROM posts p WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ?) GROUP BY 1 ORDER BY posts DESC`);
}
