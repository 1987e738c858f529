/**
 * The seam through which DOL scoring learns each account's HCP status (0 none, 1 detected candidate, 2 verified by a
 * reviewer). The product's default (`registryHcpStatus`) takes the HCP registry's word (`store.hcp.verificationStatuses()`:
 * verified, rejected, analysed) for the accounts it knows, and the profile analysis for the rest. Scoring takes one
 * `HcpStatusSource` argument, so a test or another registry plugs in at one call site.
 */
import { analyzeProfile } from '../hcp/analyze-profile.js';
import type { InfluenceAccountRow } from '../influence/influence-store.js';
import type { Store } from '../store/store.js';

export interface HcpStatus { platform: string; accountId: string; status: number }

/** Statuses of one page of accounts (any order; accounts it does not name have status 0). */
export type HcpStatusSource = (accounts: readonly InfluenceAccountRow[]) => Promise<readonly HcpStatus[]>;

/** HCP probability at or above which a profile counts as a detected candidate. */
export const CANDIDATE_PROBABILITY = 0.5;

/** Status 1 for accounts whose name, bio, location and link read as an HCP's (src/hcp/analyze-profile.ts). */
export const profileHcpStatus: HcpStatusSource = async (accounts) => accounts.map((a) => {
  const analysis = analyzeProfile({ name: a.displayName ?? '', handle: a.handle, bio: a.bio ?? '', location: a.location ?? '', url: a.url ?? '' });
  return { platform: a.platform, accountId: a.nativeId, status: analysis.hcp.probability >= CANDIDATE_PROBABILITY ? 1 : 0 };
});

/**
 * The statuses a registry reports (read once per source, on first use) for the accounts it names — a reviewer's
 * rejection (0) beats the analysis's "looks like an HCP" (1), a verification (2) beats anything — and `base` for the rest.
 */
export function withRegistryStatuses(base: HcpStatusSource,
  registry: () => Promise<Iterable<HcpStatus>> | AsyncIterable<HcpStatus>): HcpStatusSource {
  let known: Promise<Map<string, number>> | undefined;
  const load = async (): Promise<Map<string, number>> => {
    const map = new Map<string, number>();
    const source = registry();
    const items = Symbol.asyncIterator in source ? source : await source;
    for await (const s of items as AsyncIterable<HcpStatus> | Iterable<HcpStatus>) map.set(`${s.platform}\u0000${s.accountId}`, s.status);
    return map;
  };
  return async (accounts) => {
    known ??= load();
    const map = await known;
    const key = (platform: string, accountId: string) => `${platform}\u0000${accountId}`;
    // The base source (a profile analysis per account) runs only for the accounts the registry has no word on.
    const decided: HcpStatus[] = [];
    const rest: typeof accounts[number][] = [];
    for (const a of accounts) {
      const status = map.get(key(a.platform, a.nativeId));
      if (status === undefined) rest.push(a);
      else decided.push({ platform: a.platform, accountId: a.nativeId, status });
    }
    return rest.length === 0 ? decided : [...decided, ...await base(rest)];
  };
}

/** The HCP registry's statuses where it has any, the profile analysis elsewhere: what scoring uses unless told otherwise. */
export function registryHcpStatus(store: Pick<Store, 'hcp'>): HcpStatusSource {
  return withRegistryStatuses(profileHcpStatus, () => store.hcp.verificationStatuses());
}
