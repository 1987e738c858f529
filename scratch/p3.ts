import Database from 'better-sqlite3';
const db = new Database('bench/out/api-1000000.db', { readonly: true });
const VIS = `p.author_id NOT IN (SELECT id FROM accounts WHERE status <> 'active')`;
for (const j of ['JOIN', 'CROSS JOIN']) console.log(j, db.prepare(`EXPLAIN QUERY PLAN SELECT e.name AS key, count(DISTINCT p.id) AS posts FROM posts p ${j} post_entities e ON e.post_id = p.id AND e.type = 'drug' WHERE ${VIS} AND p.created_at >= ? AND p.created_at < ? GROUP BY e.name`).all(0, 1).map((r: any) => r.detail));
console.log(db.prepare(`SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('post_entities','post_enrichment','post_areas')`).all());
console.log(db.prepare('SELECT count(*) AS n FROM post_entities').get());
