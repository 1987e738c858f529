import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
const store = await openSqliteStore({ path: 'bench/out/api-1000000.db' });
const t = async (name: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); console.log(name, Math.round(performance.now() - s), 'ms'); };
const DAY = 86_400_000;
const stats = await store.stats();
const to = (Math.floor(Date.parse(stats.lastPostAt!) / DAY) + 1) * DAY; const from = to - 30 * DAY;
for (let i = 0; i < 2; i++) {
await t('stats', () => store.stats());
await t('volume authorKind 30d', () => store.analytics.volume({ from, to }, { interval: 'day', split: 'authorKind' }));
await t('volume none 44d', () => store.analytics.volume({ from: from - 14 * DAY, to }, { interval: 'day', split: 'none' }));
await t('hashtags 30d', () => store.analytics.breakdown({ from, to }, 'hashtag', 10));
await t('topVoices 30d', () => store.analytics.topVoices({ from, to }, 10));
await t('drugs 30d', () => store.analytics.breakdown({ from, to }, 'drug', 10));
await t('conditions 30d', () => store.analytics.breakdown({ from, to }, 'condition', 10));
await t('sentiment 30d', () => store.analytics.breakdown({ from, to }, 'sentiment', 3));
await t('topAccounts all', () => store.topAccounts(10));
}
await store.close();
