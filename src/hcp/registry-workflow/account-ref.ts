/**
 * How a person names an account to the HCP commands and API: `platform:handle` or `platform:id` (a leading @ on
 * the handle is fine). The platform is everything before the first colon, so ids with colons (did:plc:…) work.
 */
import { AppError } from '../../app-error.js';
import type { HcpAccount, HcpStore } from '../hcp-store.js';

export const ACCOUNT_REF_FORMS = 'platform:handle or platform:id, e.g. x:DrJaneSmith, x:@DrJaneSmith, bluesky:did:plc:abc123';

export function parseAccountRef(text: string, field = 'account'): { platform: string; idOrHandle: string } {
  const at = text.indexOf(':');
  const platform = at > 0 ? text.slice(0, at).trim().toLowerCase() : '';
  const idOrHandle = at > 0 ? text.slice(at + 1).trim() : '';
  if (!platform || !idOrHandle) throw new AppError('invalid_request', `${field} "${text}": expected ${ACCOUNT_REF_FORMS}`, field);
  return { platform, idOrHandle };
}

export async function resolveAccount(hcp: HcpStore, text: string, field = 'account'): Promise<HcpAccount> {
  const { platform, idOrHandle } = parseAccountRef(text, field);
  const account = await hcp.findAccount(platform, idOrHandle);
  if (!account) throw new AppError('not_found', `${field} "${text}": no active ${platform} account has that handle or id (${ACCOUNT_REF_FORMS})`, field);
  return account;
}

/** The audit log's target for an account: platform and native id, never a row id. */
export const accountTarget = (a: Pick<HcpAccount, 'platform' | 'accountId'>) => `account:${a.platform}/${a.accountId}`;
