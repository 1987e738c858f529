/**
 * The HCP registry port (the store's `hcp`): profile analyses per account, the reviewers' verification state, the
 * append-only decision log, identity links, imported provider registries and account ↔ registry matches.
 * The rules (what goes in the queue, which specialty is valid, what gets audited) live in src/hcp/registry-workflow/;
 * this port only stores and reads, and makes a decision, its state change and its audit entry one transaction.
 *
 * Accounts are addressed by `ref`, the store's row id of the account: it never leaves the process (the API and CLI
 * speak `platform` + native id or handle).
 */
import type { AuditEntry, AuditEntryInput } from '../audit/audit-log.js';
import type { ProfileText } from '../domain/account.js';
import type { Evidence } from './evidence.js';
import type { NuccSpecialty } from './analyze-profile.js';
import type { RegistryRecord } from './registry/registry-record.js';

export const VERIFICATION_STATES = ['unreviewed', 'verified', 'rejected', 'needs_evidence'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const REVIEW_DECISIONS = ['verify', 'reject', 'needs_evidence'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export type DecisionKind = ReviewDecision | 'link' | 'unlink';
/** candidate: proposed, needs a human · auto: self-declared above the threshold · confirmed/rejected: a human said so. */
export type LinkStatus = 'candidate' | 'auto' | 'confirmed' | 'rejected';

export interface HcpAccount extends ProfileText {
  ref: number;
  platform: string;
  /** Native id on its platform. */
  accountId: string;
  handle: string;
  status: string;
  /** Epoch ms of the account snapshot the store holds (changes when the profile changes). */
  snapshotAt: number;
}

export type AccountKey = Pick<HcpAccount, 'platform' | 'accountId' | 'handle'> & { displayName?: string };

export interface StoredAnalysis {
  probability: number;
  kind: string;
  type: string | null;
  specialties: string[];
  credentials: string[];
  nucc: NuccSpecialty[];
  country: string | null;
  analyzerVersion: string;
  evidence: Evidence[];
  /** ISO 8601. */
  analysedAt: string;
}

export interface Verification {
  status: VerificationState;
  type?: string;
  specialty?: string;
  country?: string;
  note?: string;
  by: string;
  /** ISO 8601. */
  at: string;
}

export interface DecisionEntry {
  id: number;
  account: AccountKey;
  /** The other account of a link or unlink. */
  other?: AccountKey;
  decision: DecisionKind;
  actor: string;
  /** ISO 8601. */
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  evidence: Evidence[];
  note?: string;
  /** The audit-log entry written with it. */
  auditSeq: number;
}

export interface StoredLink {
  a: AccountKey;
  b: AccountKey;
  status: LinkStatus;
  confidence: number;
  evidence: Evidence[];
  decidedBy?: string;
  decidedAt?: string;
}

export interface StoredMatch {
  source: string;
  recordId: string;
  score: number;
  evidence: Evidence[];
  record: Omit<RegistryRecord, 'line'>;
}

export interface QueueFilter {
  type?: string;
  country?: string;
  minProbability: number;
  limit: number;
  /** Keyset cursor: the last item of the previous page. */
  after?: { value: number; ref: number };
}

export interface QueueRow {
  account: HcpAccount;
  analysis: StoredAnalysis;
  /** Followers when the platform reports them, else interactions received. */
  reach: number;
  reachSource: 'followers' | 'interactions';
  /** reach × probability: the order of the queue. */
  value: number;
  verification?: Verification;
}

export interface AnalysisToSave {
  ref: number;
  snapshotAt: number;
  analysis: Omit<StoredAnalysis, 'analysedAt'>;
}

export interface LinkCandidate {
  a: number;
  b: number;
  confidence: number;
  evidence: Evidence[];
  auto: boolean;
}

/** What one decision changes besides its log entry. */
export type DecisionEffect =
  | { kind: 'verification'; state: Omit<Verification, 'by' | 'at'> }
  | { kind: 'link'; other: number; status: 'confirmed' | 'rejected'; confidence: number; evidence: Evidence[] };

export interface DecisionInput {
  ref: number;
  decision: DecisionKind;
  actor: string;
  at: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  evidence: Evidence[];
  note?: string;
  effect: DecisionEffect;
}

/** The influence engine's view: 0 none · 1 candidate (probability ≥ 0.5, not rejected) · 2 verified by a human. */
export type HcpStatusCode = 0 | 1 | 2;

export interface HcpStore {
  findAccount(platform: string, idOrHandle: string): Promise<HcpAccount | undefined>;
  accountByRef(ref: number): Promise<HcpAccount | undefined>;
  /** Visible accounts after `afterRef` in ref order (for identity linking and matching over everything). */
  accounts(afterRef: number, limit: number): Promise<HcpAccount[]>;
  /**
   * Visible accounts after `afterRef` that have no analysis, an analysis of another analyzer version, or a profile
   * snapshot different from the one analysed.
   */
  accountsNeedingAnalysis(analyzerVersion: string, afterRef: number, limit: number): Promise<HcpAccount[]>;
  /** Up to `perAccount` of each account's most recent posts (text and hashtags). */
  postSamples(refs: readonly number[], perAccount: number): Promise<Map<number, Array<{ text: string; hashtags: string[] }>>>;
  saveAnalyses(items: readonly AnalysisToSave[], now: number): Promise<void>;
  getAnalysis(ref: number): Promise<StoredAnalysis | undefined>;
  /** Analysed accounts with probability ≥ minProbability (for registry matching). */
  analysedAccounts(minProbability: number, afterRef: number, limit: number): Promise<Array<{ account: HcpAccount; analysis: StoredAnalysis }>>;

  /** Undecided accounts (no verification, or `unreviewed`) by value = reach × probability, highest first. */
  queue(filter: QueueFilter): Promise<QueueRow[]>;
  getVerification(ref: number): Promise<Verification | undefined>;
  /**
   * Appends the decision to the log, applies its effect and appends `audit` to the audit log — all in one
   * transaction: either all three are stored or none.
   */
  recordDecision(input: DecisionInput, audit: AuditEntryInput): Promise<{ decision: DecisionEntry; audit: AuditEntry }>;
  /** The decisions about an account (as subject or as the other side of a link), oldest first. */
  decisions(ref: number): Promise<DecisionEntry[]>;

  /** Stores proposed links; a pair a human decided keeps its status. Returns the pairs written. */
  saveLinkCandidates(links: readonly LinkCandidate[], now: number): Promise<number>;
  getLink(a: number, b: number): Promise<StoredLink | undefined>;
  /** Links of one account (any status), or all links with the given statuses, by confidence. */
  links(filter: { ref?: number; statuses?: readonly LinkStatus[]; limit: number; offset: number }): Promise<StoredLink[]>;

  /** Insert or replace registry records by (source, id): a re-import changes nothing. */
  upsertRegistryRecords(records: readonly RegistryRecord[], now: number): Promise<void>;
  /** A source's records in id order, page by page. */
  registryRecords(source: string, afterId: string, limit: number): Promise<RegistryRecord[]>;
  countRegistryRecords(source: string): Promise<number>;
  /** The sources with stored records, by name. */
  registrySources(): Promise<string[]>;
  /** Replaces every match of `source` with these. */
  replaceMatches(source: string, matches: ReadonlyArray<{ ref: number; recordId: string; score: number; evidence: Evidence[] }>, now: number): Promise<void>;
  matches(ref: number): Promise<StoredMatch[]>;

  /**
   * Every account with an analysis or a verification, with its status for the influence engine:
   * 2 verified by a human; 1 candidate (analysis probability ≥ 0.5 and not rejected); 0 otherwise.
   * Accounts not listed are 0.
   */
  verificationStatuses(): Promise<Array<{ platform: string; accountId: string; status: HcpStatusCode }>>;
}
