/**
 * A reviewer says two accounts are (link) or are not (unlink) one person. Nothing merges without this decision
 * except self-declared links above the threshold (see propose-links.ts). Logged and audited like a verification.
 */
import { AppError } from '../../app-error.js';
import type { Actor } from '../../auth/auth-service.js';
import type { DecisionEntry, HcpAccount, HcpStore } from '../hcp-store.js';
import { accountTarget } from './account-ref.js';

export async function linkHcpAccounts(hcp: HcpStore, actor: Actor, a: HcpAccount, b: HcpAccount, linked: boolean, note?: string,
  now: () => number = Date.now): Promise<DecisionEntry> {
  if (a.ref === b.ref) throw new AppError('invalid_request', 'an account cannot be linked to itself', 'other');
  const existing = await hcp.getLink(a.ref, b.ref);
  const status = linked ? 'confirmed' as const : 'rejected' as const;
  const trimmed = note?.trim() || undefined;
  const evidence = existing?.evidence ?? [];
  const { decision } = await hcp.recordDecision({
    ref: a.ref, decision: linked ? 'link' : 'unlink', actor: actor.name, at: now(),
    before: existing ? { status: existing.status, confidence: existing.confidence } : null,
    after: { status, confidence: existing?.confidence ?? 1 }, evidence, ...(trimmed ? { note: trimmed } : {}),
    effect: { kind: 'link', other: b.ref, status, confidence: existing?.confidence ?? 1, evidence },
  }, {
    actor: actor.name, ...(actor.id !== undefined ? { actorId: actor.id } : {}), action: linked ? 'hcp.link' : 'hcp.unlink',
    target: accountTarget(a), outcome: 'ok', ...(trimmed ? { reason: trimmed } : {}),
    ...(actor.requestId ? { requestId: actor.requestId } : {}), ...(actor.ip ? { ip: actor.ip } : {}),
    details: { other: accountTarget(b), from: existing?.status ?? null, to: status },
  });
  return decision;
}
