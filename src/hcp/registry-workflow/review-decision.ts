/**
 * A reviewer's decision about one account: verify, reject or needs-evidence, with type, specialty, country and a
 * note. It is written to the decision log (append-only), becomes the account's verification state, and is appended
 * to the hash-chained audit log — one transaction (HcpStore.recordDecision). A reversal is simply a new decision.
 */
import { AppError } from '../../app-error.js';
import type { Actor } from '../../auth/auth-service.js';
import type { DecisionEntry, HcpAccount, HcpStore, ReviewDecision, Verification, VerificationState } from '../hcp-store.js';
import { HCP_TYPES } from '../hcp-types.js';
import { accountTarget } from './account-ref.js';
import { resolveSpecialty } from './specialty-vocabulary.js';

export interface DecisionRequest {
  decision: ReviewDecision;
  type?: string;
  specialty?: string;
  country?: string;
  note?: string;
}

const STATE: Record<ReviewDecision, VerificationState> = { verify: 'verified', reject: 'rejected', needs_evidence: 'needs_evidence' };
/** Evidence entries copied into the log with a decision: what the reviewer saw, bounded. */
const EVIDENCE_KEPT = 40;

export async function decideHcp(hcp: HcpStore, actor: Actor, account: HcpAccount, request: DecisionRequest,
  now: () => number = Date.now): Promise<DecisionEntry> {
  const analysis = await hcp.getAnalysis(account.ref);
  const note = request.note?.trim() || undefined;
  if (request.decision !== 'verify' && !note) {
    throw new AppError('invalid_request', `a ${request.decision.replace('_', '-')} decision needs a note saying why`, 'note');
  }
  if (request.type !== undefined && !(HCP_TYPES as readonly string[]).includes(request.type)) {
    throw new AppError('invalid_request', `type "${request.type}": expected one of ${HCP_TYPES.join(', ')}`, 'type');
  }
  if (request.country !== undefined && !/^[A-Za-z]{2}$/.test(request.country)) {
    throw new AppError('invalid_request', `country "${request.country}": expected an ISO 3166-1 alpha-2 code such as US or GB`, 'country');
  }
  const specialty = request.specialty !== undefined ? resolveSpecialty(request.specialty) : undefined;
  // A verification without explicit facts takes the analysis's: what the reviewer confirmed by looking at it.
  const fill = request.decision === 'verify';
  const type = request.type ?? (fill ? analysis?.type ?? undefined : undefined);
  const country = request.country?.toUpperCase() ?? (fill ? analysis?.country ?? undefined : undefined);
  const chosenSpecialty = specialty ?? (fill ? analysis?.specialties[0] : undefined);
  const state: Omit<Verification, 'by' | 'at'> = { status: STATE[request.decision], ...(type ? { type } : {}),
    ...(chosenSpecialty ? { specialty: chosenSpecialty } : {}), ...(country ? { country } : {}), ...(note ? { note } : {}) };
  const previous = await hcp.getVerification(account.ref);
  const before = previous ? { ...previous } : { status: 'unreviewed' };
  const at = now();
  const { decision } = await hcp.recordDecision({
    ref: account.ref, decision: request.decision, actor: actor.name, at, before, after: { ...state },
    evidence: (analysis?.evidence ?? []).slice(0, EVIDENCE_KEPT), ...(note ? { note } : {}), effect: { kind: 'verification', state },
  }, {
    actor: actor.name, ...(actor.id !== undefined ? { actorId: actor.id } : {}), action: `hcp.${request.decision}`, target: accountTarget(account),
    outcome: 'ok', ...(note ? { reason: note } : {}), ...(actor.requestId ? { requestId: actor.requestId } : {}), ...(actor.ip ? { ip: actor.ip } : {}),
    details: { from: String(before.status), to: state.status, type: type ?? null, specialty: chosenSpecialty ?? null, country: country ?? null,
      probability: analysis ? Math.round(analysis.probability * 1000) / 1000 : null },
  });
  return decision;
}
