/**
 * The Influencers and Profile pages in a real browser (Debian's Chromium via playwright-core, as dashboard.test.ts)
 * on a demo corpus with DOL scores computed: pick a therapy area, read its leaderboard and component chart, open a
 * profile from the leaderboard and find its scores and interactions. Screenshots go to test-artifacts/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/demo/generate-demo.js';
import { enrichPending } from '../../../src/enrich/enrich-posts.js';
import { computeInfluence } from '../../../src/influence/influence-service.js';
import { ingestFiles } from '../../../src/ingest/ingest-files.js';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { PASSWORD, type TestServer, startTestServer } from '../../support/api-server.js';
import { CHROMIUM, CHROMIUM_ARGS, browserMissing } from '../../support/chromium.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHOTS = resolve(ROOT, 'test-artifacts/screenshots');
const missing = browserMissing();

(missing ? describe.skip : describe)('influencers and profiles in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-e2e-influence-'));
  let store: Store;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/web/index.html'))) {
      const built = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`could not build the dashboard: ${built.stderr}`);
    }
    mkdirSync(SHOTS, { recursive: true });
    const manifest = await generateDemo({ outDir: join(dir, 'data'), size: 4000, seed: 7 });
    store = await openSqliteStore({ path: join(dir, 'e2e.db') });
    await ingestFiles(store, manifest.files.map((f) => f.path));
    await enrichPending(store, { workers: 0 });
    await computeInfluence(store, { asOf: Date.parse((await store.stats()).lastPostAt!) });
    server = await startTestServer(store, { webRoot: resolve(ROOT, 'dist/web') });
    await server.auth.addUser({ name: 'test' }, { username: 'ada', role: 'analyst', password: PASSWORD });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks an area, shows its leaderboard with components, and opens a profile from it', async () => {
    await page.goto(server.url);
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Influencers' }).click();
    await page.getByLabel('therapy area').selectOption('cardiology');
    await page.getByRole('heading', { name: /Leaderboard: cardiology · 90 days/ }).waitFor();
    const rows = page.getByTestId('leaderboard').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await rows.first().textContent()).toMatch(/Ranked 1 of \d+ in cardiology over 90 days/);
    await page.getByRole('img', { name: /weighted score components of the top \d+ in cardiology/ }).waitFor();
    await page.getByTestId('network').locator('canvas').first().waitFor();
    await page.getByLabel('window').selectOption('365');
    await page.getByRole('heading', { name: /Leaderboard: cardiology · 365 days/ }).waitFor();
    await shot('influencers-leaderboard');
    const first = rows.first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await expect.poll(() => page.getByTestId('profile-name').textContent()).toBe(name);
    await page.getByRole('heading', { name: 'Profile analysis' }).waitFor();
    await page.getByTestId('area-scores').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('area-scores').textContent()).toContain('cardiology');
    await page.getByTestId('interactions').locator('tbody tr').first().waitFor();
    await page.getByRole('heading', { name: 'Top posts' }).waitFor();
    await shot('profile-influence');
  });
});
