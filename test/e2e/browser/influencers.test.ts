/**
 * The Influencers and Profile pages in a real browser (Debian's Chromium via playwright-core, as dashboard.test.ts)
 * on a demo corpus with DOL scores computed (after a reviewer linked the cardiology leaders' two accounts): pick a
 * therapy area, read its leaderboard, where else each person is, and the component chart, open a profile from the
 * leaderboard and find its scores and interactions. Screenshots go to test-artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkHcpAccounts } from '../../../src/hcp/registry-workflow/link-accounts.js';
import { computeInfluence } from '../../../src/influence/influence-service.js';
import type { Store } from '../../../src/store/store.js';
import { PASSWORD, type TestServer } from '../../support/api-server.js';
import { browserMissing } from '../../support/chromium.js';
import { type DemoDashboard, startDemoDashboard } from '../../support/demo-dashboard.js';

const missing = browserMissing();
const href = (a: { platform: string; id: string }) => `/accounts/${a.platform}/${encodeURIComponent(a.id)}`;

interface AccountLabel { type: string; platform: string; id: string; person: number; area: string; leader?: boolean }

/** Links the two accounts of every planted cardiology leader on two networks, as a reviewer would; returns each account's partner's href. */
async function linkCardiologyLeaders(store: Store, labelsPath: string): Promise<Map<string, string>> {
  const leaders = readFileSync(labelsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AccountLabel)
    .filter((l) => l.type === 'account' && l.leader && l.area === 'cardiology');
  const partner = new Map<string, string>();
  for (const person of new Set(leaders.map((l) => l.person))) {
    const pair = leaders.filter((l) => l.person === person);
    if (pair.length !== 2) continue;
    const [a, b] = await Promise.all(pair.map(async (l) => (await store.hcp.findAccount(l.platform, l.id))!));
    await linkHcpAccounts(store.hcp, { name: 'test' }, a!, b!, true);
    partner.set(href(pair[0]!), href(pair[1]!)).set(href(pair[1]!), href(pair[0]!));
  }
  return partner;
}

(missing ? describe.skip : describe)('influencers and profiles in Chromium', () => {
  let ui: DemoDashboard;
  let server: TestServer;
  let page: Page;
  let partner: Map<string, string>;
  const shot = (name: string) => ui.shot(name);

  beforeAll(async () => {
    ui = await startDemoDashboard(async (store, demo) => {
      partner = await linkCardiologyLeaders(store, demo.labelsPath);
      await computeInfluence(store);
    });
    ({ server, page } = ui);
    await server.auth.addUser({ name: 'test' }, { username: 'ada', role: 'analyst', password: PASSWORD });
  });
  afterAll(async () => { await ui?.close(); });

  it('picks an area, shows its leaderboard with components and where else each person is, and opens a profile from it', async () => {
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
    // A linked leader is one row, under one account, with a chip to the other account's profile.
    expect(partner.size).toBeGreaterThan(0);
    const linkedRows = rows.filter({ has: page.getByTestId('also-on') });
    expect(await linkedRows.count()).toBeGreaterThan(0);
    for (const row of await linkedRows.all()) {
      const [shown, ...chips] = await row.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(chips).toEqual([partner.get(shown!)]);
      expect(await row.getByRole('list', { name: 'also on' }).textContent()).toMatch(/^@\S+ · (bluesky|mastodon)$/);
    }
    await page.getByRole('img', { name: /weighted score components of the top \d+ in cardiology/ }).waitFor();
    await page.getByTestId('network').locator('canvas').first().waitFor();
    await page.getByLabel('window').selectOption('365');
    await page.getByRole('heading', { name: /Leaderboard: cardiology · 365 days/ }).waitFor();
    await shot('influencers-leaderboard');
    const first = rows.first().getByRole('link').first();
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
