import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { getAnalyzer } from '../../nlp/analyze.js';
import { screenDraft, type ScreenResult } from '../../nlp/screen.js';
import { UserError } from '../user-error.js';

interface ScreenFlags { in?: string; json?: boolean; platform?: string; bio?: string }

export function registerScreen(program: Command): void {
  program.command('screen')
    .description('Check a draft before posting: PHI, disclosure, fair balance, established name, off-label, misinformation, adverse events. Exit code 0 pass, 1 review, 2 block.')
    .argument('[draft]', 'the draft text (or use --in)')
    .option('--in <file>', 'read the draft from a file')
    .option('--json', 'print the verdict and findings as JSON')
    .option('--platform <name>', 'where it will be posted (x, instagram, tiktok, linkedin…): sets the "…more" truncation point')
    .option('--bio <text>', "the author's profile bio (to tell a bio-only disclosure from none)")
    .addHelpText('after', `
Examples:
  $ auscult screen "My 92yo patient in room 4B at St. Mary's on 3/14 did great on Keytruda!"
  $ auscult screen --in draft.txt --platform instagram --json
  $ auscult screen "Loving Wegovy, use code GLOW20" || echo "needs changes"`)
    .action((draftArg: string | undefined, flags: ScreenFlags) => {
      if (flags.in && !existsSync(flags.in)) throw new UserError(`${flags.in}: no such file or directory`);
      const draft = flags.in ? readFileSync(flags.in, 'utf8') : draftArg;
      if (draft === undefined || draft.trim() === '') throw new UserError('give the draft as an argument or with --in <file>');
      const result = screenDraft(getAnalyzer(), draft, { ...(flags.platform ? { platform: flags.platform } : {}), ...(flags.bio ? { bio: flags.bio } : {}) });
      if (flags.json) {
        const { analysis: _a, ...rest } = result;
        process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
      } else {
        process.stdout.write(render(result));
      }
      process.exitCode = result.exitCode;
    });
}

function render(r: ScreenResult): string {
  const lines = [`verdict: ${r.verdict.toUpperCase()} (${r.findings.length} finding${r.findings.length === 1 ? '' : 's'})`];
  for (const f of r.findings) {
    lines.push('', `[${f.severity}] ${f.ruleId}: ${f.message}`);
    if (f.span) lines.push(`  at ${f.span.start}-${f.span.end}: "${f.span.text}"`);
    lines.push(`  fix: ${f.fix}`);
    if (f.source) lines.push(`  source: ${f.source}`);
  }
  if (r.findings.some((f) => f.kind === 'phi')) lines.push('', `redacted draft: ${r.redacted}`);
  return `${lines.join('\n')}\n`;
}
