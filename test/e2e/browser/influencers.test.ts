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
