/**
 * Profile analysis over the stored accounts, incrementally: only accounts that are new, whose profile snapshot
 * changed since they were analysed, or that were analysed by another analyzer version. Each account is analysed
 * from its name, handle, bio, location, url and a sample of its latest posts (behaviour features).
 */
import { analyzeProfile } from '../analyze-profile.js';
import type { AnalysisToSave, HcpAccount, HcpStore } from '../hcp-store.js';
import { PROFILE_ANALYZER_VERSION } from './analyzer-version.js';

export interface AnalyzeStoredOptions {
  /** Accounts per read and write (default 500). */
  batchSize?: number;
  /** Latest posts per account fed to the analysis (default 20). */
  postsPerAccount?: number;
  onProgress?: (done: number) => void;
  now?: () => number;
}

export interface AnalyzeStoredResult {
  analysed: number;
  /** Of those, accounts with HCP probability ≥ 0.5. */
  likelyHcps: number;
}

export async function analyzeStoredAccounts(hcp: HcpStore, options: AnalyzeStoredOptions = {}): Promise<AnalyzeStoredResult> {
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? Date.now;
  let after = 0;
  const result: AnalyzeStoredResult = { analysed: 0, likelyHcps: 0 };
  for (;;) {
    const accounts = await hcp.accountsNeedingAnalysis(PROFILE_ANALYZER_VERSION, after, batchSize);
    if (accounts.length === 0) break;
    const samples = await hcp.postSamples(accounts.map((a) => a.ref), options.postsPerAccount ?? 20);
    const items = accounts.map((account) => analyseOne(account, samples.get(account.ref) ?? []));
    await hcp.saveAnalyses(items, now());
    result.analysed += items.length;
    result.likelyHcps += items.filter((i) => i.analysis.probability >= 0.5).length;
    options.onProgress?.(result.analysed);
    after = accounts.at(-1)!.ref;
  }
  return result;
}

function analyseOne(account: HcpAccount, posts: Array<{ text: string; hashtags: string[] }>): AnalysisToSave {
  const a = analyzeProfile({ name: account.displayName ?? '', handle: account.handle, bio: account.bio ?? '', location: account.location ?? '',
    url: account.url ?? '', ...(posts.length > 0 ? { posts } : {}) });
  return { ref: account.ref, snapshotAt: account.snapshotAt, analysis: {
    probability: a.hcp.probability, kind: a.kind, type: a.hcp.type, specialties: a.hcp.specialties, credentials: a.hcp.credentials,
    nucc: a.hcp.nucc, country: a.country, analyzerVersion: PROFILE_ANALYZER_VERSION, evidence: a.evidence,
  } };
}
