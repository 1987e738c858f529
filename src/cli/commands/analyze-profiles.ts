import { createReadStream, existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import { analyzeProfileLines } from '../../hcp/analyze-profile-lines.js';
import { commandContext } from '../context.js';
import { UserError } from '../user-error.js';

interface AnalyzeFlags { in?: string; threshold: number; evidence: boolean }

export function registerAnalyzeProfiles(program: Command): void {
  program.command('analyze-profiles')
    .description('Classify profiles (HCP probability, type, specialties, credentials, country, kind) with the evidence for each.')
    .option('--in <file>', 'NDJSON file of {"id","name","bio","location","url"} lines (.gz read transparently); default stdin')
    .option('--threshold <p>', 'HCP probability at or above which a profile is an HCP [number] (default: 0.5)', probability, 0.5)
    .option('--no-evidence', 'leave the evidence list out of the output')
    .addHelpText('after', `
Output: one JSON line per input line on stdout:
  {"id","kind","hcp":{"probability","type","specialties","credentials","nucc"},"country","areas","evidence":[…]}
A line that is not valid JSON is reported on stderr with its line number and skipped; the exit code is then 1.

Examples:
  $ auscult analyze-profiles --in profiles.ndjson --no-evidence > analysed.ndjson
  $ echo '{"id":"1","name":"Dr. Jane Smith, MD","bio":"Cardiologist @MayoClinic #CardioTwitter","location":"Rochester, MN"}' | auscult analyze-profiles`)
    .action(async (flags: AnalyzeFlags, command: Command) => {
      const ctx = commandContext(command);
      const label = flags.in ?? 'stdin';
      const input = openProfiles(flags.in);
      let failed = 0;
      let written = 0;
      for await (const line of analyzeProfileLines(input, {
        threshold: flags.threshold, evidence: flags.evidence,
        onError: (e) => { failed++; ctx.reporter.warn(`${label} line ${e.line}: ${e.message}`); },
        onProgress: (n) => ctx.reporter.progress('analyze-profiles', n, 0, `${n.toLocaleString('en-US')} line${n === 1 ? '' : 's'} read`),
      })) {
        written++;
        if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
      ctx.reporter.stop();
      if (failed > 0) {
        ctx.reporter.info(`${written} profiles analysed, ${failed} line${failed === 1 ? '' : 's'} skipped`);
        process.exitCode = 1;
      }
    });
}

function openProfiles(path: string | undefined): Readable {
  if (!path) return process.stdin;
  if (!existsSync(path)) throw new UserError(`--in ${path}: no such file or directory`);
  const file = createReadStream(path);
  return path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
}

function probability(value: string): number {
  const p = Number(value);
  if (!Number.isFinite(p) || p < 0 || p > 1) throw new Error(`--threshold expects a number between 0 and 1, got "${value}"`);
  return p;
}
