/**
 * What every browser suite starts from: the demo corpus (4,000 posts, seed 7) ingested and enriched into a fresh
 * SQLite file, whatever else the suite prepares on it (given the corpus's labels), a real server on loopback serving the built dashboard, one
 * signed-out Chromium page, and a screenshot helper writing to test-artifacts/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { generateDemo } from '../../src/demo/generate-demo.js';
import { enrichPending } from '../../src/enrich/enrich-posts.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { type TestServer, startTestServer } from './api-server.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-artifacts/screenshots');

export interface DemoDashboard {
  store: Store;
  server: TestServer;
  browser: Browser;
  page: Page;
  shot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startDemoDashboard(prepare: (store: Store, demo: { labelsPath: string }) => Promise<void> = async () => undefined): Promise<DemoDashboard> {
  if (!existsSync(resolve(ROOT, 'dist/web/index.html'))) {
    const built = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`could not build the dashboard: ${built.stderr}`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'auscult-e2e-'));
  const manifest = await generateDemo({ outDir: join(dir, 'data'), size: 4000, seed: 7 });
  const store = await openSqliteStore({ path: join(dir, 'e2e.db') });
  await ingestFiles(store, manifest.files.map((f) => f.path));
  await enrichPending(store, { workers: 0 });
  await prepare(store, manifest);
  const server = await startTestServer(store, { webRoot: resolve(ROOT, 'dist/web') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  return {
    store, server, browser, page,
    shot: (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }),
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
