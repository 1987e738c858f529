/**
 * The dashboard in a real browser: Debian's Chromium driven by playwright-core, against a real
 * server on loopback with the demo corpus. Signs in, runs a query (and a broken one), opens a
 * thread and a profile, verifies an HCP from the keyboard, saves a query and creates a token, and finds them in the audit trail.
 * A screenshot of every page goes to test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/auth/totp.js';
import { analyzeStoredAccounts } from '../../../src/hcp/registry-workflow/analyze-stored-accounts.js';
import { PASSWORD, type TestServer } from '../../support/api-server.js';
import { browserMissing } from '../../support/chromium.js';
import { type DemoDashboard, startDemoDashboard } from '../../support/demo-dashboard.js';

const missing = browserMissing();

(missing ? describe.skip : describe)('dashboard in Chromium', () => {
  let ui: DemoDashboard;
  let server: TestServer;
  let page: Page;
  const shot = (name: string) => ui.shot(name);

  beforeAll(async () => {
    ui = await startDemoDashboard((store) => analyzeStoredAccounts(store.hcp).then(() => undefined));
    ({ server, page } = ui);
    await server.auth.addUser({ name: 'test' }, { username: 'ada', role: 'admin', password: PASSWORD });
    page.on('dialog', (d) => void (d.type() === 'prompt' ? d.accept('GLP-1 nausea') : d.accept()));
  });
  afterAll(async () => { await ui?.close(); });

  it('signs in and shows the overview with its charts', async () => {
    await page.goto(server.url);
    await shot('login');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('whoami').textContent()).toContain('ada · admin');
    await page.getByRole('heading', { name: 'Volume over time, by author kind' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await page.getByText('Top voices').waitFor();
    // The enrichment stage's drugs fill their card.
    await page.getByRole('heading', { name: 'Top drugs' }).locator('..').locator('canvas').waitFor();
    expect(await page.getByTestId('sentiment-summary').textContent()).toMatch(/Sentiment: .*(positive|negative|neutral) \d/);
    await shot('overview');
  });

  it('runs a query, shows results with highlights, and points at the column of a syntax error', async () => {
    await page.getByRole('link', { name: 'Explore' }).click();
    await page.getByRole('searchbox').or(page.locator('#q')).first().fill('ozempic OR semaglutide');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('post').first().waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('total').textContent()).toMatch(/^[\d,]+ posts$/);
    await page.getByRole('heading', { name: /Volume per (day|week) \(by platform\)/ }).waitFor();
    await shot('explore');
    await page.locator('#q').fill('ozempic AND (nausea OR');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const error = page.getByTestId('query-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/column 23/);
    expect(await error.locator('pre').textContent()).toContain(`${' '.repeat(22)}^`);
    await shot('explore-query-error');
  });

  it('opens a thread and a profile from it', async () => {
    await page.locator('#q').fill('ozempic OR semaglutide OR insulin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('post').first().waitFor();
    await page.getByTestId('post').first().getByRole('button', { name: 'thread' }).click();
    await page.getByTestId('thread').waitFor();
    expect(await page.getByTestId('thread').getByTestId('post').count()).toBeGreaterThanOrEqual(1);
    await page.getByTestId('analysis').waitFor();
    expect(await page.getByTestId('analysis').textContent()).toMatch(/sentiment(positive|negative|neutral)/);
    await shot('thread');
    const author = page.getByTestId('thread').getByTestId('post').first().locator('a.author');
    await author.click();
    await page.getByTestId('profile-name').waitFor();
    await page.getByRole('heading', { name: 'Recent posts' }).waitFor();
    await shot('profile');
  });

  it('shows the influencers page with a WebGL network', async () => {
    await page.getByRole('link', { name: 'Influencers' }).click();
    await page.getByTestId('network').locator('canvas').first().waitFor();
    await page.locator('table.table tbody tr').first().waitFor();
    await shot('influencers');
  });

  it('reviews HCPs from the keyboard: evidence highlighted, verify with v, the decision in the trail and the audit log', async () => {
    await page.getByRole('link', { name: 'HCP review' }).click();
    const queue = page.getByTestId('hcp-queue');
    await queue.locator('li').first().waitFor();
    expect(await page.getByTestId('hcp-keys').textContent()).toContain('verify');
    // j moves to the second candidate; its bio shows the evidence the analysis read.
    await page.locator('body').press('j');
    await expect.poll(() => queue.locator('li[aria-current="true"]').textContent()).toBe(await queue.locator('li').nth(1).textContent());
    await page.getByTestId('hcp-evidence').waitFor();
    expect(await page.getByTestId('hcp-name').locator('mark').count() + await page.getByTestId('hcp-bio').locator('mark').count()).toBeGreaterThan(0);
    await shot('hcp-review');
    const chosen = (await queue.locator('li[aria-current="true"] .muted').textContent())!.trim();
    await page.getByLabel('Note').fill('checked against the registry');
    await page.getByLabel('Note').press('Escape');
    await page.locator('body').press('v');
    const message = page.getByTestId('hcp-message');
    await expect.poll(() => message.textContent()).toMatch(new RegExp(`verify recorded for ${chosen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(audit entry #\\d+`));
    await expect.poll(() => queue.textContent()).not.toContain(chosen);
    await message.getByRole('link', { name: 'see the audit trail' }).click();
    const table = page.getByTestId('audit-table');
    await expect.poll(() => table.textContent()).toContain('hcp.verify');
    expect(await table.textContent()).toContain('checked against the registry');
    await shot('hcp-audit');
    // The profile shows the decision to everyone, and its trail to reviewers.
    const [platform, handle] = chosen.split(':') as [string, string];
    await page.goto(`${server.url}/accounts/${platform}/${encodeURIComponent(handle)}`);
    await expect.poll(() => page.getByTestId('verification-status').textContent()).toContain('verified');
    expect(await page.getByTestId('verification-history').textContent()).toContain('checked against the registry');
    await shot('profile-verified');
  });

  it('saves a query and creates a token, then finds both in the audit trail', async () => {
    await page.getByRole('link', { name: 'Explore' }).click();
    await page.locator('#q').fill('ozempic AND nausea');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('post').first().waitFor();
    await page.getByRole('button', { name: 'Save query' }).click();
    await page.getByRole('link', { name: 'Saved queries' }).click();
    await page.getByRole('link', { name: 'GLP-1 nausea' }).waitFor();
    await shot('saved-queries');
    await page.getByRole('link', { name: 'Settings' }).click();
    // Admin actions need two-factor sign-in (R5.2): set it up with the key the page shows.
    expect(await page.getByTestId('mfa-state').textContent()).toContain('Admin actions');
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.getByTestId('mfa-secret').textContent())!;
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await shot('two-factor-setup');
    await page.getByLabel('Code from the app').fill(totpCode(secret, server.clock.now));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.getByTestId('mfa-state').textContent()).toContain('On:');
    await page.getByRole('heading', { name: 'Users and roles' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('e2e report');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor();
    expect(await page.getByTestId('new-token').textContent()).toMatch(/^ausc_/);
    await shot('settings');
    await page.getByRole('link', { name: 'Audit trail' }).click();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    await expect.poll(() => table.textContent()).toContain('savedquery.create');
    expect(await table.textContent()).toContain('token.create');
    expect(await table.textContent()).toContain('user.mfa.enable');
    expect(await table.textContent()).toContain('auth.login');
    expect(await page.getByTestId('audit-verify').textContent()).toContain('Hash chain intact');
    await shot('audit');
  });

  it('renders readably in the dark theme', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: /switch to dark theme/ }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.locator('canvas').first().waitFor();
    await shot('overview-dark');
  });
});
