/**
 * Identity-link candidates over every stored account (findIdentityLinks): pairs on different platforms that look
 * like one person, with confidence and evidence. Self-declared links at or above the threshold are stored as
 * `auto`; the rest as `candidate` for a reviewer. A pair a human already decided keeps that decision.
 */
import { findIdentityLinks, type LinkOptions, type LinkableAccount } from '../identity/link-identities.js';
import type { HcpStore } from '../hcp-store.js';

const PAGE = 2000;

export async function proposeIdentityLinks(hcp: HcpStore, options: LinkOptions = {}, now: () => number = Date.now) {
  const accounts: LinkableAccount[] = [];
  const refOf = new Map<string, number>();
  for (let after = 0; ;) {
    const page = await hcp.accounts(after, PAGE);
    if (page.length === 0) break;
    for (const a of page) {
      const id = `${a.platform}:${a.accountId}`;
      refOf.set(id, a.ref);
      const host = a.platform === 'mastodon' && a.url ? hostOf(a.url) : undefined;
      accounts.push({ id, platform: a.platform, handle: a.handle, ...(host ? { host } : {}),
        ...(a.displayName !== undefined ? { displayName: a.displayName } : {}), ...(a.bio !== undefined ? { bio: a.bio } : {}),
        ...(a.url !== undefined ? { url: a.url } : {}), ...(a.location !== undefined ? { location: a.location } : {}) });
    }
    after = page.at(-1)!.ref;
  }
  const links = findIdentityLinks(accounts, options);
  await hcp.saveLinkCandidates(links.map((l) => ({ a: refOf.get(l.a)!, b: refOf.get(l.b)!, confidence: l.confidence, evidence: l.evidence,
    auto: l.decision === 'auto' })), now());
  return { accounts: accounts.length, proposed: links.length, auto: links.filter((l) => l.decision === 'auto').length };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
