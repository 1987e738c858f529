/**
 * API and dashboard speed on the 1M-post demo corpus (docs/benchmarks.md, "API and dashboard"):
 *  1. p50/p95 of the Overview call and of a typical Explore page (search + volume + breakdown), one client;
 *  2. the dashboard's first contentful and first meaningful paint (the Overview chart drawn) in headless Chromium;
 *  3. 50 concurrent clients (autocannon) on a mix of dashboard calls: throughput, latency percentiles, errors.
 * The server runs as its own process (the built CLI), as in production.
 * Usage: npm run bench:api  (BENCH_API_POSTS=1000000, BENCH_API_DB=bench/out/api-1m.db to reuse a database, or
 * BENCH_API_DB=postgres://postgres@127.0.0.1:5432/postgres?schema=bench_api for PostgreSQL)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { totpCode } from '../src/auth/totp.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const POSTS = Number(process.env.BENCH_API_POSTS ?? 1_000_000);
const DB = process.env.BENCH_API_DB ?? join(OUT, `api-${POSTS}.db`);
const CLI = join(ROOT, 'bin/auscult.js');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const EXPLORE_Q = '(ozempic OR semaglutide) AND (nausea OR vomiting) lang:en';

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

function cli(args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args, '--db', DB], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CI: 'true' } });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), max: r(s.at(-1)!) };
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', DB], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
  let stderr = '';
  const url = await new Promise<string>((done, fail) => {
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); const m = /running at (http:\/\/\S+)/.exec(stderr); if (m) done(m[1]!); });
    child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { url, child };
}

async function signIn(url: string, name: string, password: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, password }) });
  if (r.status !== 200) throw new Error(`sign-in of ${name}: ${r.status} ${await r.text()}`);
  return r.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function enrollTwoFactor(url: string, cookie: string): Promise<void> {
  const headers = { cookie, 'content-type': 'application/json' };
  const setup = await fetch(`${url}/api/auth/mfa/setup`, { method: 'POST', headers });
  const { secret } = await setup.json() as { secret: string };
  const confirmed = await fetch(`${url}/api/auth/mfa/confirm`, { method: 'POST', headers,
    body: JSON.stringify({ code: totpCode(secret, Date.now()) }) });
  if (confirmed.status !== 200) throw new Error(`two-factor set-up: ${confirmed.status} ${await confirmed.text()}`);
}

async function timed(url: string, token: string, rounds: number, paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    // A fresh connection per round: a kept-alive socket that the server closes after idling would fail a reuse.
    const responses = await Promise.all(paths.map((p) => fetch(`${url}${p}`, { headers: { authorization: `Bearer ${token}`, connection: 'close' } })));
    for (const r of responses) { if (r.status !== 200) throw new Error(`${r.url}: ${r.status} ${await r.text()}`); await r.arrayBuffer(); }
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) throw new Error('build first: npm run build');
  const postgres = /^postgres(ql)?:\/\//.test(DB);
  if (postgres) {
    const held = (JSON.parse(cli(['stats', '--json', '--top', '1'])) as { posts: number }).posts;
    if (held < POSTS * 0.9) {
      log(`loading the demo corpus into PostgreSQL: ${POSTS.toLocaleString()} posts`);
      execFileSync(process.execPath, [CLI, 'demo', '--no-serve', '--size', String(POSTS), '--out', join(OUT, 'api-demo-data'), '--db', DB],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' } });
    }
  } else if (!existsSync(DB)) {
    log(`generating and ingesting the demo corpus: ${POSTS.toLocaleString()} posts into ${DB}`);
    const started = Date.now();
    // Load into a temporary name and rename at the end, so an interrupted load is never taken for a complete one.
    const partial = `${DB}.loading`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
    execFileSync(process.execPath, [CLI, 'demo', '--no-serve', '--size', String(POSTS), '--out', join(OUT, 'api-demo-data'), '--db', partial],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' } });
    renameSync(partial, DB);
    log(`loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const stats = JSON.parse(cli(['stats', '--json', '--top', '1'])) as { posts: number; accounts: number; interactions: number; lastPostAt: string };
  log(`database: ${stats.posts.toLocaleString()} posts, ${stats.accounts.toLocaleString()} accounts, ${stats.interactions.toLocaleString()} interactions`);
  const username = `bench${Date.now().toString(36)}`;
  const password = /password: (\S+)/.exec(cli(['user', 'add', username, '--role', 'analyst']))![1]!;
  const token = cli(['token', 'create', '--user', username, '--name', 'bench']).trim();

  const { url, child } = await startServer();
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: cpus().length,
    store: postgres ? 'postgres' : 'sqlite', ...stats };
  try {
    const q = encodeURIComponent(EXPLORE_Q);
    const explorePaths = [`/api/search?q=${q}&limit=50&withTotal=true`, `/api/analytics/volume?q=${q}&interval=day&split=platform`,
      `/api/analytics/breakdown?q=${q}&dimension=platform&limit=10`];
    // Cold: the first call of each whole-database aggregate after start, before the server's cache holds it.
    log('cold calls (empty aggregate cache)');
    const cold: Record<string, number> = {};
    for (const [name, path] of [['overview', '/api/overview'], ['topAccounts', '/api/analytics/top-accounts?limit=10'],
      ['network300', '/api/analytics/network?nodes=300']] as const) cold[name] = Math.round((await timed(url, token, 1, [path]))[0]!);
    results.cold = cold;
    log(JSON.stringify(cold));
    // Uncached Overview: a different window each call (a new cache key), so every call computes everything.
    log('Overview without the cache (a different 30-day window each call)');
    const DAY = 86_400_000;
    const newest = Date.parse(stats.lastPostAt);
    results.overviewUncached = summary(await Promise.all([0]).then(async () => {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const to = new Date(newest - i * 7 * DAY).toISOString().slice(0, 10);
        const from = new Date(newest - i * 7 * DAY - 29 * DAY).toISOString().slice(0, 10);
        times.push(...await timed(url, token, 1, [`/api/overview?from=${from}&to=${to}`]));
      }
      return times;
    }));
    log(JSON.stringify(results.overviewUncached));
    log('warm-up');
    await timed(url, token, 3, ['/api/overview', ...explorePaths]);
    log('latency, one client: Overview');
    results.overview = summary(await timed(url, token, 100, ['/api/overview']));
    log('latency, one client: Explore page (search + volume + breakdown in parallel)');
    results.explorePage = summary(await timed(url, token, 100, explorePaths));
    for (const [name, path] of [['search', explorePaths[0]!], ['volume', explorePaths[1]!], ['breakdown', explorePaths[2]!]] as const) {
      results[`explore_${name}`] = summary(await timed(url, token, 100, [path]));
    }
    log(JSON.stringify({ overview: results.overview, explorePage: results.explorePage }));

    log('first paint in headless Chromium');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
    const paints: Array<{ fcp: number; fmp: number }> = [];
    try {
      for (let i = 0; i < 6; i++) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const login = await context.request.post(`${url}/api/auth/login`, { data: { username, password } });
        if (login.status() !== 200) throw new Error(`login: ${login.status()}`);
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'commit' });
        // First meaningful paint: the Overview's volume chart and top voices are on screen.
        await page.locator('canvas').first().waitFor();
        await page.getByText('Top voices').waitFor();
        // Evaluated in the page (a string, so this Node file needs no DOM types): the paint entry, and now.
        const t = await page.evaluate(`new Promise((done) => requestAnimationFrame(() => done({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1, fmp: performance.now() })))`) as { fcp: number; fmp: number };
        if (i > 0) paints.push(t); // the first run warms the server's and the OS's caches
        await context.close();
      }
    } finally {
      await browser.close();
    }
    results.firstPaint = { fcp: summary(paints.map((p) => p.fcp)), fmp: summary(paints.map((p) => p.fmp)) };
    log(JSON.stringify(results.firstPaint));

    log('50 users: create them through the API and sign each in (a session each)');
    const admin = `benchadmin${Date.now().toString(36)}`;
    const adminPassword = /password: (\S+)/.exec(cli(['user', 'add', admin, '--role', 'admin']))![1]!;
    // Admin actions need two-factor sign-in (R5.2): the bench admin sets it up through the API first.
    const adminCookie = await signIn(url, admin, adminPassword);
    await enrollTwoFactor(url, adminCookie);
    const cookies = await Promise.all(Array.from({ length: 50 }, async (_, i) => {
      const name = `${username}-u${i}`;
      const r = await fetch(`${url}/api/users`, { method: 'POST', headers: { cookie: adminCookie, 'content-type': 'application/json' },
        body: JSON.stringify({ username: name, role: 'analyst' }) });
      const { password: generated } = await r.json() as { password: string };
      return signIn(url, name, generated);
    }));
    log('50 concurrent users for 30 s (autocannon; each request carries one of the 50 sessions in turn)');
    let turn = 0;
    const paths = ['/api/overview', ...explorePaths, `/api/analytics/top-posts?q=${encodeURIComponent('ozempic')}&limit=20`,
      '/api/analytics/top-accounts?limit=10'];
    const load = await autocannon({
      url, connections: 50, duration: 30,
      requests: paths.map((path) => ({ path, setupRequest: (req: autocannon.Request) =>
        ({ ...req, headers: { ...req.headers, cookie: cookies[turn++ % cookies.length]! } }) })),
    });
    results.load = {
      users: 50, connections: 50, durationS: 30, paths, requests: load.requests.total, requestsPerSecond: load.requests.average,
      latencyMs: { p50: load.latency.p50, p90: load.latency.p90, p97_5: load.latency.p97_5, p99: load.latency.p99, max: load.latency.max },
      errors: load.errors, timeouts: load.timeouts, non2xx: load.non2xx,
      errorRate: (load.errors + load.non2xx) / Math.max(1, load.requests.total),
    };
    log(JSON.stringify(results.load));
  } finally {
    child.kill('SIGTERM');
  }
  writeFileSync(join(OUT, postgres ? 'api-results-postgres.json' : 'api-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
