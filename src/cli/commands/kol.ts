import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { parseKolCsv } from '../../graph/kol.js';
import { kolOverlap, parseArea, parseWindow } from '../../influence/influence-views.js';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

export function registerKol(program: Command): void {
  const kol = program.command('kol').description('Key Opinion Leader lists and their overlap with the Digital Opinion Leaders.');

  kol.command('import <file>')
    .description('Import a KOL list (CSV: name, publications, trials, guideline roles; optional country, area, id, specialty). Re-importing a list replaces it.')
    .option('--list <name>', 'name of the list (default: the file name)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult kol import kols-oncology.csv\n  $ auscult kol import asco.csv --list asco-2024')
    .action(async (file: string, flags: { list?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      try { await access(file); } catch { throw new UserError(`cannot read ${file}`); }
      let parsed;
      try { parsed = await parseKolCsv(createReadStream(file)); } catch (e) { throw new UserError(`${file}: ${(e as Error).message}`); }
      for (const error of parsed.errors) ctx.reporter.warn(`${file} ${error.message} (row skipped)`);
      const list = flags.list ?? basename(file, extname(file));
      await using store = await ctx.openStore();
      const stored = await store.influence.importKols(list, parsed.kols);
      const result = { list, stored, skipped: parsed.errors.map((e) => ({ line: e.line, reason: e.message })) };
      if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(`list "${list}": ${stored} KOLs stored${parsed.errors.length ? `, ${parsed.errors.length} rows skipped` : ''}\n`);
    });

  kol.command('overlap')
    .description("KOLs who are also Digital Opinion Leaders of an area, KOLs with no online presence, and digital-only DOLs.")
    .requiredOption('--area <area>', 'therapy area, e.g. oncology')
    .option('--window <days>', 'window of the DOL scores', '90d')
    .option('--list <name>', 'only this KOL list')
    .option('--top <n>', 'how many DOLs of the area to compare with [number]', positiveInt('--top'), 100)
    .option('--same-country', 'match a KOL only to DOLs of the same country')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult kol overlap --area oncology\n  $ auscult kol overlap --area cardiology --list esc-faculty --top 200 --json')
    .action(async (flags: { area: string; window?: string; list?: string; top: number; sameCountry?: boolean; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      let area; let windowDays;
      try { area = parseArea(flags.area); windowDays = parseWindow(flags.window); } catch (e) { throw new UserError((e as Error).message); }
      await using store = await ctx.openStore();
      const report = await kolOverlap(store, { area, windowDays, top: flags.top, ...(flags.list ? { list: flags.list } : {}),
        ...(flags.sameCountry ? { sameCountry: true } : {}) });
      if (flags.json) { process.stdout.write(`${JSON.stringify(report, null, 2)}\n`); return; }
      process.stdout.write([
        `${area}: ${report.kolsConsidered} KOLs against the top ${report.dolsConsidered} DOLs (HCPs, ${windowDays} days); overlap ${(report.overlap * 100).toFixed(0)}%`,
        '', `KOLs who are DOLs (${report.both.length})`,
        ...report.both.map((m) => `  ${m.kol.name.padEnd(30)} ↔ ${m.dol.name} (DOL rank ${m.dol.rank}, name match ${m.nameScore.toFixed(2)})`),
        '', `KOLs without online presence among the DOLs (${report.kolOnly.length})`,
        ...report.kolOnly.map((k) => `  ${k.name} (${k.publications} publications, ${k.trials} trials, ${k.guidelineRoles} guideline roles)`),
        '', `digital-only DOLs (${report.dolOnly.length})`,
        ...report.dolOnly.slice(0, 20).map((d) => `  rank ${String(d.rank).padStart(3)}  ${d.name}`),
      ].join('\n') + '\n');
    });
}
