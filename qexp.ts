import { parseQuery } from './src/query/parser.ts';
import { openSqliteStore } from './src/store/sqlite/open-sqlite-store.ts';
import { compileSqliteQuery } from './src/store/sqlite/sqlite-query-compiler.ts';
const store = await openSqliteStore({ path: '/tmp/q1m.db' });
for (const text of ['ozempic', 'ozempic AND nausea from:2024-03-01 to:2024-09-30', '(ozempic OR semaglutide) AND (nausea OR vomiting) from:2024-03-01 to:2024-09-30', '(ozempic OR semaglutide) AND (nausea OR vomiting) -insurance lang:en from:2024-01-01', 'the', '"weight loss" NEAR/5 insurance', 'sem* platform:reddit']) {
  const q = parseQuery(text);
  const times: number[] = [];
  for (let i = 0; i < 12; i++) { const t = performance.now(); await store.search(q, { limit: 50 }); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(text, '| p50', times[6]!.toFixed(1), 'max', times[11]!.toFixed(1), '| matches', await store.countMatches(q));
}
const c = compileSqliteQuery(parseQuery('ozempic AND nausea from:2024-03-01'));
console.log(store.database.prepare(`EXPLAIN QUERY PLAN SELECT p.id FROM posts p JOIN accounts a ON a.id = p.author_id LEFT JOIN post_counters c ON c.platform = p.platform AND c.native_id = p.native_id WHERE (${c.where}) AND a.status = 'active' ORDER BY p.created_at DESC, p.id DESC LIMIT 50`).all(...c.params));
