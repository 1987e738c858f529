/**
 * Ingests files into a fresh SQLite database in its own process, so that peak RSS belongs
 * to this ingest alone. Prints one JSON line: {records, posts, seconds, maxRssMb}.
 */
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';

const [dbPath, ...files] = process.argv.slice(2);
if (!dbPath || files.length === 0) throw new Error('usage: ingest-child.ts <db> <files…>');
const store = await openSqliteStore({ path: dbPath });
const started = process.hrtime.bigint();
const result = await ingestFiles(store, files);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const stats = await store.stats();
await store.close();
process.stdout.write(`${JSON.stringify({
  records: result.counts.records, posts: stats.posts, events: result.counts.postsInserted + result.counts.interactions,
  quarantined: result.counts.quarantined, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024,
})}\n`);
