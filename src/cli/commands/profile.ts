import type { Command } from 'commander';
import { COMPONENTS } from '../../graph/dol-score.js';
import { accountInfluence, parseWindow, resolveAccounts, type AccountInfluence } from '../../influence/influence-views.js';
import { commandContext } from '../context.js';
import { UserError } from '../user-error.js';

export function registerProfile(program: Command): void {
  program.command('profile <account>')
    .description('An account: profile analysis with its evidence, verification state and history, linked accounts, DOL score components per area, top interactions and posts.')
    .option('--window <days>', 'window of the scores: 30d, 90d or 365d', '90d')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nThe account is a handle (every platform), or platform:id or platform:handle.\n\nExamples:\n  $ auscult profile drjane\n  $ auscult profile x:12345 --window 365d --json')
    .action(async (ref: string, flags: { window?: string; json?: boolean }, command: Command) => {
      const ctx = commandContext(command);
      let windowDays;
      try { windowDays = parseWindow(flags.window); } catch (e) { throw new UserError((e as Error).message); }
      await using store = await ctx.openStore();
      const accounts = await resolveAccounts(store, ref);
      if (accounts.length === 0) throw new UserError(`no account "${ref}" (try platform:id, e.g. x:12345)`, 1);
      const profiles = await Promise.all(accounts.map((a) => accountInfluence(store, a, { windowDays })));
      if (flags.json) { process.stdout.write(`${JSON.stringify(profiles.length === 1 ? profiles[0] : profiles, null, 2)}\n`); return; }
      process.stdout.write(profiles.map(render).join('\n'));
    });
}

function render(p: AccountInfluence): string {
  const a = p.account;
  const lines = [
    `${a.displayName ?? a.handle}  @${a.handle} on ${a.platform} (id ${a.nativeId})${a.followers !== undefined ? `  ${a.followers.toLocaleString('en-US')} followers` : ''}`,
    ...(a.bio ? [`  bio: ${a.bio.replace(/\s+/g, ' ')}`] : []), ...(a.location ? [`  location: ${a.location}`] : []), ...(a.url ? [`  url: ${a.url}`] : []),
    '',
    'profile analysis',
    `  kind ${p.analysis.kind}; HCP probability ${p.analysis.hcp.probability.toFixed(2)}${p.analysis.hcp.type ? `, ${p.analysis.hcp.type}` : ''}` +
      `${p.analysis.hcp.specialties.length ? `; specialties ${p.analysis.hcp.specialties.join(', ')}` : ''}` +
      `${p.analysis.hcp.credentials.length ? `; credentials ${p.analysis.hcp.credentials.join(', ')}` : ''}${p.analysis.country ? `; country ${p.analysis.country}` : ''}`,
    ...p.analysis.evidence.slice(0, 12).map((e) => `  · ${e.rule} → ${e.supports} (${e.field}${e.text ? `: "${e.text}"` : ''}${e.weight !== undefined ? `, ${e.weight.toFixed(2)}` : ''})`),
    '',
    'verification',
    `  ${p.verification.state ? `${p.verification.state.status}${p.verification.state.type ? `, ${p.verification.state.type}` : ''}` +
      `${p.verification.state.specialty ? `, ${p.verification.state.specialty}` : ''}${p.verification.state.country ? `, ${p.verification.state.country}` : ''}` +
      ` (by ${p.verification.state.by}, ${p.verification.state.at.slice(0, 10)})` : 'not reviewed (auscult hcp queue)'}`,
    ...p.verification.decisions.map((d) => `  · ${d.at.slice(0, 16).replace('T', ' ')}  ${d.decision}${d.other ? ` ${d.other.platform}:${d.other.handle}` : ''}` +
      ` by ${d.actor}${d.note ? ` — ${d.note}` : ''} (audit #${d.auditSeq})`),
    ...p.verification.links.filter((l) => l.status === 'confirmed' || l.status === 'auto').map((l) => {
      const other = l.a.platform === a.platform && l.a.accountId === a.nativeId ? l.b : l.a;
      return `  linked: ${other.platform}:${other.handle} (${l.status}${l.decidedBy ? ` by ${l.decidedBy}` : ''})`;
    }),
    '',
    `DOL scores (${p.windowDays}-day window)`,
    ...(p.scores.length === 0 ? ['  not ranked in any area (or no influence run stored: auscult influence compute)']
      : p.scores.flatMap((s) => [
        `  ${s.area}: rank ${s.rank}, percentile ${s.percentile.toFixed(1)}, score ${s.score.toFixed(3)}, ${s.segment}`,
        `    ${COMPONENTS.map((c) => `${c} ${s.components[c].normalized.toFixed(2)}`).join(' · ')}`,
        `    ${s.why}`])),
    '',
    'top interactions (both directions, weighted by kind)',
    ...(p.interactions.length === 0 ? ['  none in the window'] : p.interactions.map((i) => `  ${`@${i.handle} (${i.platform})`.padEnd(34)} ${i.weight.toFixed(2).padStart(7)}` +
      `  in ${fmt(i.incoming)}  out ${fmt(i.outgoing)}`)),
    '',
    'top posts',
    ...(p.topPosts.length === 0 ? ['  none'] : p.topPosts.map((t) => `  ${t.createdAt.slice(0, 10)}  ${t.text.replace(/\s+/g, ' ').slice(0, 100)}`)),
  ];
  return `${lines.join('\n')}\n`;
}

function fmt(kinds: Record<string, number | undefined>): string {
  const parts = Object.entries(kinds).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : '—';
}
