/**
 * Matches the analysed accounts against one stored registry source (matchRegistry's one pass over the records,
 * read from the store page by page) and replaces that source's matches. Run after an import, and again when new
 * accounts have been analysed. A match is a candidate for the reviewer, never a verification.
 */
import type { HcpStore } from '../hcp-store.js';
import { type MatchableAccount, createRegistryMatcher } from '../registry/match-registry.js';

/** Accounts below this HCP probability are not worth a registry lookup. */
export const MATCH_MIN_PROBABILITY = 0.3;
const PAGE = 5000;

export async function matchStoredRegistry(hcp: HcpStore, source: string, options: { now?: () => number; minScore?: number } = {}) {
  const accounts: MatchableAccount[] = [];
  for (let after = 0; ;) {
    const page = await hcp.analysedAccounts(MATCH_MIN_PROBABILITY, after, PAGE);
    if (page.length === 0) break;
    for (const { account, analysis } of page) {
      accounts.push({ id: String(account.ref), name: account.displayName ?? account.handle, ...(account.location ? { location: account.location } : {}),
        analysis: { country: analysis.country, hcp: { probability: analysis.probability, type: analysis.type as never,
          specialties: analysis.specialties, credentials: analysis.credentials, nucc: analysis.nucc } } });
    }
    after = page.at(-1)!.account.ref;
  }
  const matcher = createRegistryMatcher(accounts, options.minScore !== undefined ? { minScore: options.minScore } : {});
  for (let after = ''; ;) {
    const page = await hcp.registryRecords(source, after, PAGE);
    if (page.length === 0) break;
    for (const record of page) matcher.offer(record);
    after = page.at(-1)!.id;
  }
  const matches = matcher.results();
  await hcp.replaceMatches(source, matches.map((m) => ({ ref: Number(m.accountId), recordId: m.recordId, score: m.score, evidence: m.evidence })),
    (options.now ?? Date.now)());
  return { matches: matches.length, matchedAccounts: new Set(matches.map((m) => m.accountId)).size };
}
