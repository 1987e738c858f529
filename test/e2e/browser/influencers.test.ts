/**
 * The Influencers and Profile pages in a real browser (Debian's Chromium via playwright-core, as dashboard.test.ts)
 * on a demo corpus with DOL scores computed: pick a therapy area, read its leaderboard and component chart, open a
 * profile from the leaderboard and find its scores and interactions. Screenshots go to test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../src/influence/influence-service.js';
import { PASSWORD, type TestServer } from '../../support/api-server.js';
import { browserMissing } from '../../support/chromium.js';
import { type DemoDashboard, startDemoDashboard } from '../../support/demo-dashboard.js';

const missing = browserMissing();

(missing ? describe.skip : describe)('influencers and profiles in Chromium', () => {
  let ui: DemoDashboard;
  let server: TestServer;
  let page: Page;
  const shot = (name: string) => ui.shot(name);

  beforeAll(async () => {
    ui = await startDemoDashboard((store) => computeInfluence(store).then(() => undefined));
    ({ server, page } = ui);
    await server.auth.addUser({ name: 'test' }, { username: 'ada', role: 'analyst', password: PASSWORD });
  });
  afterAll(async () => { await ui?.close(); });

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
    // A traditional KOL list against the digital leaders: the top DOL is on it, another KOL is offline only.
    const kols = page.getByTestId('kol-overlap');
    await kols.getByText('No KOL list for this area').waitFor();
    await kols.getByLabel(/KOL list/).setInputFiles({ name: 'cardio-faculty.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`name,publications,trials,guideline roles,area\n"${name}",80,5,1,cardiology\nZebulon Quartermaine,40,2,1,cardiology\n`) });
    await kols.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => kols.getByRole('status').textContent()).toContain('list "cardio-faculty": 2 KOLs stored');
    await expect.poll(() => kols.textContent()).toContain('Both (1 of 2 KOLs');
    expect(await kols.textContent()).toContain('Zebulon Quartermaine');
    await shot('influencers-kols');
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
