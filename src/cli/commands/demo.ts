import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generateDemo } from '../../demo/generate-demo.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { commandContext, positiveInt } from '../context.js';
import { renderSummary } from './stats.js';
import { renderEnrichResult, runEnrichment } from './enrich.js';
import { renderIngestResult } from './ingest.js';

interface DemoFlags { size: number; seed: number; out: string; serve: boolean; keep?: boolean }

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('Generate the demo corpus in real platform formats, ingest it, and show what is in it.')
    .option('--size <posts>', 'how many posts to generate [number]', positiveInt('--size'), 20_000)
    .option('--seed <n>', 'random seed; the same seed gives the same corpus [number]', positiveInt('--seed'), 42)
    .option('--out <dir>', 'where to write the generated files', './demo-data')
    .option('--no-serve', 'stop after loading (the dashboard is not part of this build yet, so this is the default)')
    .addHelpText('after', '\nExamples:\n  $ auscult demo\n  $ auscult demo --size 1000000 --seed 7 --db big.db')
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
      process.stdout.write(`${rendered.split('\n').filter((l) => l.startsWith('run ') || l.startsWith('  ')).join('\n')}\n` +
        `${renderEnrichResult(enrichment)}\n\n`);
      process.stdout.write(await renderSummary(store, 10));
      process.stdout.write(`\nlabels of what was planted: ${manifest.labelsPath}\n` +
        `try: auscult search 'drug:ozempic reaction:nausea flag:ae' --db ${ctx.config.dbLabel}\n`);
    });
}
