/**
 * `auscult hcp …`: the HCP registry's verification workflow at the terminal. Every subcommand calls the same
 * functions as the HTTP API (src/hcp/registry-workflow/); decisions are made by `cli:<os user>`.
 */
import type { Command } from 'commander';
import type { HcpStore, ReviewDecision } from '../../hcp/hcp-store.js';
import type { Evidence } from '../../hcp/evidence.js';
import { ACCOUNT_REF_FORMS, resolveAccount } from '../../hcp/registry-workflow/account-ref.js';
import { hcpAccountDetail } from '../../hcp/registry-workflow/account-detail.js';
import { importRegistry } from '../../hcp/registry-workflow/import-registry.js';
import { linkHcpAccounts } from '../../hcp/registry-workflow/link-accounts.js';
import { matchStoredRegistry } from '../../hcp/registry-workflow/match-stored-registry.js';
import { proposeIdentityLinks } from '../../hcp/registry-workflow/propose-links.js';
import { reviewQueue } from '../../hcp/registry-workflow/review-queue.js';
import { decideHcp } from '../../hcp/registry-workflow/review-decision.js';
import type { DecisionEntry } from '../../hcp/hcp-store.js';
import type { Store } from '../../store/store.js';
import { cliActor } from '../cli-actor.js';
import { type CommandContext, commandContext, positiveInt } from '../context.js';
import { asUserError } from '../serve-store.js';
import { runProfileAnalysis } from './enrich.js';

const ACCOUNT_HELP = `<account> is ${ACCOUNT_REF_FORMS}.`;

function probability(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`--min-probability expects a number from 0 to 1, got "${value}"`);
  return n;
}

/** Opens the store, runs `fn`, and turns the workflow's AppErrors into the CLI's errors. */
async function withStore<T>(command: Command, fn: (store: Store, ctx: CommandContext) => Promise<T>): Promise<T> {
  const ctx = commandContext(command);
  await using store = await ctx.openStore();
  try {
    return await fn(store, ctx);
  } catch (error) {
    return asUserError(error);
  }
}

const json = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
const who = (a: { platform: string; handle: string }) => `${a.platform}:${a.handle}`;
const pct = (p: number) => `${Math.round(p * 100)}%`;

function evidenceLine(e: Evidence): string {
  return `    ${e.supports.padEnd(22)} ${e.rule.padEnd(28)} ${e.field}${e.text ? ` "${e.text}"` : ''}${e.weight !== undefined ? `  (${e.weight > 0 ? '+' : ''}${Math.round(e.weight * 100) / 100})` : ''}`;
}

function decisionLine(d: DecisionEntry): string {
  const after = d.after ?? {};
  const facts = ['type', 'specialty', 'country'].filter((k) => after[k] !== undefined).map((k) => `${k}=${String(after[k])}`).join(' ');
  return `${d.at.slice(0, 19).replace('T', ' ')}  ${d.actor.padEnd(18)} ${d.decision.padEnd(14)} ${who(d.account)}` +
    `${d.other ? ` ↔ ${who(d.other)}` : ''}  ${String(d.before?.status ?? '-')} → ${String(after.status ?? '-')}` +
    `${facts ? `  ${facts}` : ''}${d.note ? `  "${d.note}"` : ''}  [audit #${d.auditSeq}]`;
}

export function registerHcp(program: Command): void {
  const hcp = program.command('hcp')
    .description('The HCP registry: analyse stored accounts, review the verification queue, decide, link identities, import registries.')
    .addHelpText('after', `
${ACCOUNT_HELP}

Examples:
  $ auscult hcp analyze
  $ auscult hcp queue --type physician --country US --limit 20
  $ auscult hcp show x:DrJaneSmith
  $ auscult hcp verify x:DrJaneSmith --type physician --specialty "medical oncology" --country US --note "NPI 1234567890"
  $ auscult hcp reject x:wellness_guru --note "sells supplements, no licence"
  $ auscult hcp link x:DrJaneSmith bluesky:drjane.bsky.social --note "bio links both"
  $ auscult hcp import-registry npidata_pfile.csv
  $ auscult hcp history x:DrJaneSmith`);

  hcp.command('analyze')
    .description('Analyse accounts that are new, changed or analysed by an older analyzer; then propose identity links and re-match imported registries.')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult hcp analyze\n  $ auscult hcp analyze --json')
    .action(async (flags: { json?: boolean }, command: Command) => withStore(command, async (store, ctx) => {
      const analysed = await runProfileAnalysis(store, ctx.reporter);
      const links = await proposeIdentityLinks(store.hcp);
      // Newly analysed accounts may match registries imported before them.
      const sources = analysed.analysed > 0 ? await store.hcp.registrySources() : [];
      const registryMatches: Record<string, number> = {};
      for (const source of sources) registryMatches[source] = (await matchStoredRegistry(store.hcp, source)).matches;
      if (flags.json) { json({ ...analysed, links, registryMatches }); return; }
      process.stdout.write(`analysed ${analysed.analysed} account(s), ${analysed.likelyHcps} likely HCP(s); ` +
        `${links.proposed} identity link(s) proposed (${links.auto} self-declared, linked automatically)` +
        `${sources.map((s) => `; ${registryMatches[s]} ${s} match(es)`).join('')}\n`);
    }));

  hcp.command('queue')
    .description('Undecided likely HCPs, most valuable first: reach (followers, else interactions received) × likelihood.')
    .option('--type <type>', 'physician, nurse, pharmacist, dentist, allied_health, trainee, researcher')
    .option('--country <code>', 'ISO 3166-1 alpha-2, e.g. US')
    .option('--min-probability <p>', 'HCP probability floor [0-1]', probability, 0.5)
    .option('--limit <n>', 'how many [number]', positiveInt('--limit'), 20)
    .option('--cursor <cursor>', 'the next page (printed at the end of a page)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult hcp queue\n  $ auscult hcp queue --type nurse --country GB --min-probability 0.7 --json')
    .action(async (flags: { type?: string; country?: string; minProbability: number; limit: number; cursor?: string; json?: boolean },
      command: Command) => withStore(command, async (store) => {
      const page = await reviewQueue(store.hcp, { minProbability: flags.minProbability, limit: flags.limit,
        ...(flags.type ? { type: flags.type } : {}), ...(flags.country ? { country: flags.country } : {}), ...(flags.cursor ? { cursor: flags.cursor } : {}) });
      if (flags.json) { json(page); return; }
      if (page.items.length === 0) { process.stdout.write('the queue is empty (run auscult hcp analyze after ingesting)\n'); return; }
      for (const item of page.items) {
        const a = item.analysis;
        process.stdout.write(`${String(Math.round(item.value)).padStart(8)}  ${pct(a.probability).padStart(4)}  ${(a.type ?? '-').padEnd(13)} ` +
          `${(a.country ?? '--').padEnd(3)}${who(item.account).padEnd(32)} ${item.account.displayName ?? ''}  ` +
          `[${a.specialties.join(', ')}] reach ${item.reach} ${item.reachSource}\n`);
      }
      if (page.nextCursor) process.stdout.write(`next page: --cursor ${page.nextCursor}\n`);
    }));

  hcp.command('show <account>')
    .description('One account: profile, analysis with its evidence, registry matches, identity links and decision history.')
    .option('--json', 'print JSON')
    .addHelpText('after', `\n${ACCOUNT_HELP}\n\nExamples:\n  $ auscult hcp show x:DrJaneSmith\n  $ auscult hcp show bluesky:did:plc:abc123 --json`)
    .action(async (accountText: string, flags: { json?: boolean }, command: Command) => withStore(command, async (store) => {
      const detail = await hcpAccountDetail(store.hcp, await resolveAccount(store.hcp, accountText));
      if (flags.json) { json(detail); return; }
      const { account: a, analysis, verification } = detail;
      const lines = [`${who(a)}  ${a.displayName ?? ''}  (id ${a.id}${a.followers !== undefined ? `, ${a.followers} followers` : ''})`];
      if (a.bio) lines.push(`  bio: ${a.bio}`);
      if (a.location) lines.push(`  location: ${a.location}`);
      lines.push(`  status: ${verification ? `${verification.status} by ${verification.by} at ${verification.at}` +
        `${verification.type ? `, ${verification.type}` : ''}${verification.specialty ? `, ${verification.specialty}` : ''}` +
        `${verification.country ? `, ${verification.country}` : ''}` : 'unreviewed'}`);
      if (analysis) {
        lines.push(`  analysis: ${analysis.kind}, HCP ${pct(analysis.probability)}, type ${analysis.type ?? '-'}, ` +
          `specialties ${analysis.specialties.join(', ') || '-'}, country ${analysis.country ?? '-'} (${analysis.analyzerVersion})`, '  evidence:');
        for (const e of analysis.evidence) lines.push(evidenceLine(e));
      } else {
        lines.push('  analysis: none yet (run auscult hcp analyze)');
      }
      lines.push(`  registry matches: ${detail.matches.length === 0 ? 'none' : ''}`);
      for (const m of detail.matches) {
        const r = m.record;
        lines.push(`    ${m.source}:${m.recordId}  score ${m.score.toFixed(2)}  ${[r.firstName, r.lastName, r.fullName].filter(Boolean).join(' ')}` +
          `${r.credential ? `, ${r.credential}` : ''}  ${[r.city, r.state, r.country].filter(Boolean).join(', ')}  ${r.taxonomies.map((t) => t.code).join(' ')}`);
      }
      lines.push(`  identity links: ${detail.links.length === 0 ? 'none' : ''}`);
      for (const l of detail.links) lines.push(`    ${who(l.a)} ↔ ${who(l.b)}  ${l.status}  confidence ${l.confidence.toFixed(2)}`);
      lines.push(`  decisions: ${detail.decisions.length === 0 ? 'none' : ''}`);
      for (const d of detail.decisions) lines.push(`    ${decisionLine(d)}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }));

  const decision = (name: string, kind: ReviewDecision, description: string, example: string) => hcp.command(`${name} <account>`)
    .description(description)
    .option('--type <type>', 'physician, nurse, pharmacist, dentist, allied_health, trainee, researcher')
    .option('--specialty <specialty>', 'a specialty of the lexicon or the NUCC taxonomy (name or code)')
    .option('--country <code>', 'ISO 3166-1 alpha-2, e.g. US')
    .option('--note <text>', kind === 'verify' ? 'why (e.g. the registry record checked)' : 'why (required)')
    .option('--json', 'print JSON')
    .addHelpText('after', `\n${ACCOUNT_HELP}\n\nExamples:\n  $ ${example}`)
    .action(async (accountText: string, flags: { type?: string; specialty?: string; country?: string; note?: string; json?: boolean },
      command: Command) => withStore(command, async (store) => {
      const account = await resolveAccount(store.hcp, accountText);
      const entry = await decideHcp(store.hcp, cliActor(), account, { decision: kind, ...(flags.type ? { type: flags.type } : {}),
        ...(flags.specialty ? { specialty: flags.specialty } : {}), ...(flags.country ? { country: flags.country } : {}),
        ...(flags.note ? { note: flags.note } : {}) });
      if (flags.json) json(entry); else process.stdout.write(`${decisionLine(entry)}\n`);
    }));
  decision('verify', 'verify', 'Record that a human verified the account as an HCP (type, specialty and country default to the analysis).',
    'auscult hcp verify x:DrJaneSmith --type physician --specialty "medical oncology" --country US --note "NPI 1234567890"');
  decision('reject', 'reject', 'Record that the account is not an HCP.', 'auscult hcp reject x:wellness_guru --note "no licence found"');
  decision('needs-evidence', 'needs_evidence', 'Take the account out of the queue until more evidence is found.',
    'auscult hcp needs-evidence x:DrJaneSmith --note "two NPIs match the name"');

  const link = (name: 'link' | 'unlink', description: string, example: string) => hcp.command(`${name} <account> <other>`)
    .description(description)
    .option('--note <text>', 'why')
    .option('--json', 'print JSON')
    .addHelpText('after', `\n${ACCOUNT_HELP}\n\nExamples:\n  $ ${example}`)
    .action(async (aText: string, bText: string, flags: { note?: string; json?: boolean }, command: Command) => withStore(command, async (store) => {
      const a = await resolveAccount(store.hcp, aText);
      const b = await resolveAccount(store.hcp, bText, 'other');
      const entry = await linkHcpAccounts(store.hcp, cliActor(), a, b, name === 'link', flags.note);
      if (flags.json) json(entry); else process.stdout.write(`${decisionLine(entry)}\n`);
    }));
  link('link', 'Record that two accounts are the same person.', 'auscult hcp link x:DrJaneSmith bluesky:drjane.bsky.social --note "bio links both"');
  link('unlink', 'Record that two accounts are not the same person (rejects a proposed link).',
    'auscult hcp unlink x:jsmith reddit:jsmith --note "different people"');

  hcp.command('links')
    .description('Proposed identity links waiting for a reviewer (and self-declared ones linked automatically), by confidence.')
    .option('--all', 'also links a human confirmed or rejected')
    .option('--limit <n>', 'how many [number]', positiveInt('--limit'), 50)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult hcp links\n  $ auscult hcp links --all --json')
    .action(async (flags: { all?: boolean; limit: number; json?: boolean }, command: Command) => withStore(command, async (store) => {
      const links = await store.hcp.links({ limit: flags.limit, offset: 0, ...(flags.all ? {} : { statuses: ['candidate', 'auto'] }) });
      if (flags.json) { json(links); return; }
      if (links.length === 0) { process.stdout.write('no proposed links (run auscult hcp analyze)\n'); return; }
      for (const l of links) {
        process.stdout.write(`${l.confidence.toFixed(2)}  ${l.status.padEnd(9)} ${who(l.a).padEnd(32)} ↔ ${who(l.b).padEnd(32)} ` +
          `${l.evidence.map((e) => e.rule).join(', ')}\n`);
      }
    }));

  hcp.command('import-registry <file>')
    .description('Import a provider registry (the NPPES file, or any CSV with --mapping), streamed; then match stored accounts to it.')
    .option('--mapping <file>', 'a JSON registry mapping: the file is a generic CSV registry (docs/hcp.md)')
    .option('--source <name>', 'the name to store the records under (default nppes, or the mapping\'s name)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ auscult hcp import-registry npidata_pfile_20240101-20240107.csv\n' +
      '  $ auscult hcp import-registry gmc.csv --mapping gmc.mapping.json --source gmc')
    .action(async (file: string, flags: { mapping?: string; source?: string; json?: boolean }, command: Command) => withStore(command, async (store, ctx) => {
      const result = await importRegistry(store.hcp, file, { ...(flags.mapping ? { mappingFile: flags.mapping } : {}),
        ...(flags.source ? { source: flags.source } : {}), onProgress: (n) => ctx.reporter.progress('importing registry', n, n, `${n} records`) });
      ctx.reporter.stop();
      for (const e of result.errors) ctx.reporter.warn(e);
      if (flags.json) json(result);
      else {
        process.stdout.write(`${result.source}: ${result.records} record(s) imported (${result.stored} stored), ${result.badRows} bad row(s); ` +
          `${result.matches} match(es) for ${result.matchedAccounts} account(s)\n`);
      }
      if (result.badRows > 0) process.exitCode = 1;
    }));

  hcp.command('history <account>')
    .description('Every decision about an account (verifications, rejections, links), oldest first, with its audit entry.')
    .option('--json', 'print JSON')
    .addHelpText('after', `\n${ACCOUNT_HELP}\n\nExamples:\n  $ auscult hcp history x:DrJaneSmith`)
    .action(async (accountText: string, flags: { json?: boolean }, command: Command) => withStore(command, async (store) => {
      const decisions = await historyOf(store.hcp, accountText);
      if (flags.json) { json(decisions); return; }
      if (decisions.length === 0) { process.stdout.write('no decisions yet\n'); return; }
      for (const d of decisions) process.stdout.write(`${decisionLine(d)}\n`);
    }));
}

async function historyOf(hcp: HcpStore, accountText: string): Promise<DecisionEntry[]> {
  return hcp.decisions((await resolveAccount(hcp, accountText)).ref);
}
