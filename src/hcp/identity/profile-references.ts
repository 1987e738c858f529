/** Accounts named in a bio or website field: profile URLs of the networks we read, and fediverse/Bluesky handles. */

export interface ProfileReference {
  platform: 'x' | 'bluesky' | 'mastodon' | 'reddit';
  handle: string;
  host?: string;
  text: string;
}

const PATTERNS: Array<{ regex: RegExp; make: (m: RegExpExecArray) => Omit<ProfileReference, 'text'> }> = [
  { regex: /(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?!intent|share|home|search|i\/)@?([A-Za-z0-9_]{1,15})\b/g, make: (m) => ({ platform: 'x', handle: m[1]! }) },
  { regex: /(?:https?:\/\/)?bsky\.app\/profile\/([A-Za-z0-9.-]+\.[A-Za-z]{2,}|did:plc:[a-z2-7]+)/g, make: (m) => ({ platform: 'bluesky', handle: m[1]! }) },
  { regex: /(?<![\w@/.])@?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.bsky\.social)\b/gi, make: (m) => ({ platform: 'bluesky', handle: m[1]! }) },
  { regex: /(?:https?:\/\/)?reddit\.com\/(?:u|user)\/([A-Za-z0-9_-]{3,20})\b/g, make: (m) => ({ platform: 'reddit', handle: m[1]! }) },
  { regex: /(?<![\w/])u\/([A-Za-z0-9_-]{3,20})\b/g, make: (m) => ({ platform: 'reddit', handle: m[1]! }) },
  { regex: /https?:\/\/([a-z0-9.-]+\.[a-z]{2,})\/@([A-Za-z0-9_]+)\b/g, make: (m) => ({ platform: 'mastodon', handle: m[2]!, host: m[1]! }) },
  { regex: /(?<![\w@])@([A-Za-z0-9_]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b/g, make: (m) => ({ platform: 'mastodon', handle: m[1]!, host: m[2]! }) },
];

export function profileReferences(text: string): ProfileReference[] {
  const out: ProfileReference[] = [];
  for (const { regex, make } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const ref = { ...make(m as RegExpExecArray), text: m[0] };
      if (!out.some((r) => r.platform === ref.platform && r.handle.toLowerCase() === ref.handle.toLowerCase())) out.push(ref);
    }
  }
  return out;
}
