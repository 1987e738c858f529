/** Everything a reviewer needs about one account: profile, analysis with evidence, registry matches, links, decisions. */
import type { DecisionEntry, HcpAccount, HcpStore, StoredLink, StoredMatch, Verification } from '../hcp-store.js';
import { type AccountSummary, type AnalysisView, accountSummary, analysisView } from './views.js';

export interface AccountDetail {
  account: AccountSummary;
  analysis: AnalysisView | null;
  verification: Verification | null;
  matches: StoredMatch[];
  links: StoredLink[];
  decisions: DecisionEntry[];
}

export async function hcpAccountDetail(hcp: HcpStore, account: HcpAccount): Promise<AccountDetail> {
  const [analysis, verification, matches, links, decisions] = await Promise.all([hcp.getAnalysis(account.ref),
    hcp.getVerification(account.ref), hcp.matches(account.ref), hcp.links({ ref: account.ref, limit: 50, offset: 0 }), hcp.decisions(account.ref)]);
  return { account: accountSummary(account), analysis: analysis ? analysisView(analysis) : null, verification: verification ?? null,
    matches, links, decisions };
}
