/** The shapes the CLI (--json) and the API show for accounts and analyses: platform ids, never store row ids. */
import type { ProfileText } from '../../domain/account.js';
import type { Evidence } from '../evidence.js';
import type { HcpAccount, StoredAnalysis } from '../hcp-store.js';

export interface AccountSummary extends ProfileText {
  platform: string;
  id: string;
  handle: string;
}

export interface AnalysisView {
  probability: number;
  kind: string;
  type: string | null;
  specialties: string[];
  credentials: string[];
  country: string | null;
  analyzerVersion: string;
  analysedAt: string;
  evidence: Evidence[];
}

export function accountSummary(a: HcpAccount): AccountSummary {
  return { platform: a.platform, id: a.accountId, handle: a.handle, ...(a.displayName !== undefined ? { displayName: a.displayName } : {}),
    ...(a.bio !== undefined ? { bio: a.bio } : {}), ...(a.location !== undefined ? { location: a.location } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}), ...(a.followers !== undefined ? { followers: a.followers } : {}) };
}

export function analysisView(a: StoredAnalysis): AnalysisView {
  return { probability: Math.round(a.probability * 10_000) / 10_000, kind: a.kind, type: a.type, specialties: a.specialties,
    credentials: a.credentials, country: a.country, analyzerVersion: a.analyzerVersion, analysedAt: a.analysedAt, evidence: a.evidence };
}
