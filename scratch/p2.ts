import Database from 'better-sqlite3';
const db = new Database('bench/out/api-1000000.db');
const DAY = 86_400_000;
const last = (db.prepare('SELECT max(created_at) AS m FROM posts').get() as { m: number }).m;
const to = (Math.floor(last / DAY) + 1) * DAY, from = to - 30 * DAY;
const VIS = `p.author_id NOT IN (SELECT id FROM accounts WHERE status <> 'active')`;
const t = (name: string, sql: string) => { const s = performance.now(); const r = db.prepare(sql).all(from, to); console.log(name, Math.round(performance.now() - s), 'ms', r.length); };
for (let i = 0; i < 2; i++) {
t('join', `SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p JOIN post_entities e ON e.post_id = p.id AND e.type = 'drug' WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY e.name ORDER BY posts DESC LIMIT 10`);
t('cross', `SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p CROSS JOIN post_entities e ON e.post_id = p.id AND e.type = 'drug' WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY e.name ORDER BY posts DESC LIMIT 10`);
t('sent cross', `SELECT en.sentiment AS key, count(DISTINCT p.id) AS posts FROM posts p CROSS JOIN post_enrichment en ON en.post_id = p.id WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY 1 ORDER BY posts DESC LIMIT 10`);
t('sent cross count*', `SELECT en.sentiment AS key, count(*) AS posts FROM posts p CROSS JOIN post_enrichment en ON en.post_id = p.id WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY 1 ORDER BY posts DESC LIMIT 10`);
}
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p CROSS JOIN post_entities e ON e.post_id = p.id AND e.type = 'drug' WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY e.name`).all(from, to).map((r: any) => r.detail));
