/**
 * Stored DOL scores on a demo database: full compute (read the graph from the store, build 30/90/365-day states, store
 * the boards) against an incremental update folding the last N posts (by row id) and the interactions after them
 * into a kept state. Usage: node --import tsx bench/influence-store.ts <demo.db> [newPosts=10000]
 */
import { DAY_MS } from '../src/graph/interaction-weights.js';
import { InfluenceEngine } from '../src/influence/influence-engine.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';

const [path, n = '10000'] = process.argv.slice(2);
if (!path) throw new Error('usage: bench/influence-store.ts <demo.db> [newPosts]');
const store = await openSqliteStore({ path });
const asOf = Date.parse((await store.stats()).lastPostAt!);
const marks = await store.influence.watermarks();
// The last N posts by row id, and the same share of the interactions (by row id), form the "new" part.
const posts = await store.influence.posts({ afterRowId: 0, limit: Number.MAX_SAFE_INTEGER, since: asOf - 365 * DAY_MS });
const cut = posts[Math.max(0, posts.length - Number(n))]!;
const interactions = await store.influence.interactions({ afterRowId: 0, limit: Number.MAX_SAFE_INTEGER });
const firstNew = interactions[Math.max(0, interactions.length - Math.round((interactions.length * Number(n)) / posts.length))]?.rowId ?? marks.interactions + 1;
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => { const t = performance.now(); const r = await f(); return [r, Math.round(performance.now() - t)]; };

const [, fullMs] = await time(async () => { const e = await InfluenceEngine.load(store, { asOf }); await e.save('full'); });
const [engine, baseMs] = await time(() => InfluenceEngine.load(store, { asOf, upTo: { posts: cut.rowId - 1, interactions: firstNew - 1 } }));
const [folded, updateMs] = await time(() => engine.update());
const [, saveMs] = await time(() => engine.save('incremental'));
console.log(JSON.stringify({ posts: posts.length, interactions: interactions.length, newPosts: folded.posts, newInteractions: folded.interactions,
  fullComputeAndStoreMs: fullMs, baseBuildMs: baseMs, incrementalFoldMs: updateMs, storeBoardsMs: saveMs }));
await store.close();
