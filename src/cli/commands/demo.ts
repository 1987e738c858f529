import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generateDemo } from '../../demo/generate-demo.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { commandContext, positiveInt } from '../context.js';
import { renderSummary } from './stats.js';
import { renderEnrichResult, runEnrichment } from './enrich.js';
import { analyzeStoredAccounts } from '../../hcp/registry-workflow/analyze-stored-accounts.js';
import { proposeIdentityLinks } from '../../hcp/registry-workflow/propose-links.js';
import { renderIngestResult } from './ingest.js';
import { computeInfluence } from '../../influence/influence-service.js';
import { AuthService } from '../../auth/auth-service.js';
import { generatePassword } from '../../auth/passwords.js';
import type { Store } from '../../store/store.js';
import { cliActor } from '../cli-actor.js';
import { type ServeFlags, serveUntilStopped } from '../serve-store.js';
import { addServeOptions } from './serve.js';

interface DemoFlags extends ServeFlags { size: number; seed: number; out: string; serve: boolean }

export function registerDemo(program: Command): void {
  addServeOptions(program.command('demo')
    .description('Generate the demo corpus in real platform formats, ingest it, show what is in it, then serve the dashboard.'))
    .option('--size <posts>', 'how many posts to generate [number]', positiveInt('--size'), 20_000)
    .option('--seed <n>', 'random seed; the same seed gives the same corpus [number]', positiveInt('--seed'), 42)
    .option('--out <dir>', 'where to write the generated files', './demo-data')
    .option('--no-serve', 'stop after loading instead of serving the dashboard')
    .addHelpText('after', '\nExamples:\n  $ auscult demo\n  $ auscult demo --no-serve --size 1000000 --seed 7 --db big.db')
    .action(async (flags: DemoFlags, command: Command) => {
      const ctx = commandContext(command);
      const outDir = resolve(flags.out);
      await rm(outDir, { recursive: true, force: true });
      const started = Date.now();
      const manifest = await generateDemo({
        outDir, size: flags.size, seed: flags.seed,
        onProgress: (written) => ctx.reporter.progress('generate', written, flags.size, `${written.toLocaleString('en-US')} posts`),
      });
      ctx.reporter.stop();
      ctx.reporter.info(`generated ${manifest.files.length} files in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      await using store = await ctx.openStore();
      const ingestStarted = Date.now();
      const result = await ingestFiles(store, manifest.files.map((f) => f.path), {
        onProgress: (p) => ctx.reporter.progress(`ingest ${p.fileIndex + 1}/${p.files}`, p.bytesRead, p.bytesTotal,
          `${p.records.toLocaleString('en-US')} records`),
      });
      ctx.reporter.stop();
      const seconds = (Date.now() - ingestStarted) / 1000;
      ctx.reporter.info(`ingested into ${ctx.config.dbLabel} in ${seconds.toFixed(1)} s`);
      const rendered = await renderIngestResult(store, result);
      const enrichment = await runEnrichment(store, ctx.reporter);
      const hcp = await analyseDemoProfiles(store);
      process.stdout.write(`${rendered.split('\n').filter((l) => l.startsWith('run ') || l.startsWith('  ')).join('\n')}\n` +
        `${renderEnrichResult(enrichment)}\n${hcp}\n\n`);
      // Windows end at the corpus's last post (computeInfluence's default when the data ends before today).
      const influenceStarted = Date.now();
      const { runs } = await computeInfluence(store);
      ctx.reporter.info(`computed DOL scores (${runs.map((r) => `${r.windowDays}d`).join(', ')}) in ${((Date.now() - influenceStarted) / 1000).toFixed(1)} s`);
      process.stdout.write(await renderSummary(store, 10));
      process.stdout.write(`\nlabels of what was planted: ${manifest.labelsPath}\n` +
        `try: auscult search 'drug:ozempic reaction:nausea flag:ae' --db ${ctx.config.dbLabel}\n` +
        `     auscult influencers --area oncology --db ${ctx.config.dbLabel}\n`);
      if (!flags.serve) return;
      const password = await demoUser(store);
      await serveUntilStopped(ctx, store, flags, ['', 'Demo user (an admin, for this demo database only): sign in with',
        '  username: demo', `  password: ${password}`, '  (admin actions — users, roles — need two-factor sign-in: Settings → Two-factor sign-in)']);
    });
}

/** The demo's own admin, created (or given a fresh password) on every demo run, and audited as such. */
async function demoUser(store: Store): Promise<string> {
  const auth = new AuthService(store);
  const password = generatePassword();
  const existing = await store.auth.findUser('demo');
  if (existing) {
    await auth.setPassword(cliActor(), existing.id, password);
    if (existing.role !== 'admin' || existing.disabled) await auth.update(cliActor(), existing.id, { role: 'admin', disabled: false });
  } else {
    await auth.addUser(cliActor(), { username: 'demo', role: 'admin', password });
  }
  return password;
}

/** Fills the HCP verification queue: profile analysis of every demo account, and identity-link proposals. */
async function analyseDemoProfiles(store: Store): Promise<string> {
  const started = Date.now();
  const analysed = await analyzeStoredAccounts(store.hcp);
  const links = await proposeIdentityLinks(store.hcp);
  return `HCP registry: ${analysed.analysed.toLocaleString('en-US')} accounts analysed, ${analysed.likelyHcps.toLocaleString('en-US')} likely HCPs ` +
    `in the review queue, ${links.proposed} identity links proposed (${((Date.now() - started) / 1000).toFixed(1)} s; auscult hcp queue)`;
}
