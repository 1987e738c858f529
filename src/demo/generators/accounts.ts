/**
 * Accounts: a person's identity on one network, with the id and handle shapes that network
 * really uses (numeric X ids, atproto DIDs, Mastodon profile URLs, Reddit usernames).
 */
import { createHash } from 'node:crypto';
import type { Random } from '../random.js';
import type { Person } from './people.js';

export type DemoPlatform = 'x' | 'bluesky' | 'mastodon' | 'reddit';

export interface DemoAccount {
  index: number;
  person: Person;
  platform: DemoPlatform;
  /** Native id as the parser will see it. */
  id: string;
  /** Local numeric id (X user id, Mastodon account id). */
  localId: string;
  handle: string;
  /** Mastodon server host. */
  server?: string;
  followers: number;
  following: number;
  createdAt: number;
}

const SERVERS = ['mastodon.social', 'med-mastodon.com', 'mstdn.science', 'fediscience.org', 'mastodon.online'];

export function createAccount(random: Random, index: number, person: Person, platform: DemoPlatform): DemoAccount {
  const slug = person.name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/^(Dr\.?( med\.)?|Dra\.) /, '')
    .split(',')[0]!.replace(/[^A-Za-z0-9]+/g, '').slice(0, 12) || 'user';
  const prefix = person.kind === 'hcp' && person.hcp?.type === 'physician' && random.chance(0.5) ? 'Dr' : '';
  const followers = Math.floor(random.pareto(20, 1.15) * (person.leader ? 40 : person.kind === 'organization' ? 8 : 1));
  const base = {
    index, person, platform, followers: Math.min(followers, 3_000_000), following: random.int(20, 2000),
    createdAt: Date.UTC(2009 + random.int(0, 14), random.int(0, 11), random.int(1, 28)),
  };
  const n = index.toString(36);
  switch (platform) {
    case 'x': {
      const localId = String(1_000_000_000 + index * 7_919);
      return { ...base, id: localId, localId, handle: `${prefix}${slug}${n}`.slice(0, 15) };
    }
    case 'bluesky': {
      const did = `did:plc:${createHash('sha256').update(`bsky:${index}`).digest('hex').replace(/[^a-z2-7]/g, '').padEnd(24, 'a').slice(0, 24)}`;
      return { ...base, id: did, localId: did, handle: `${(prefix + slug).toLowerCase()}${n}.bsky.social` };
    }
    case 'mastodon': {
      const server = person.kind === 'hcp' && random.chance(0.5) ? 'med-mastodon.com' : random.pick(SERVERS);
      const username = `${(prefix + slug).toLowerCase()}${n}`;
      return { ...base, id: `https://${server}/@${username}`, localId: String(100_000 + index), handle: username, server };
    }
    case 'reddit': {
      const username = person.kind === 'patient' || person.kind === 'caregiver'
        ? `${random.pick(['throwaway', 'anon', 'just', 'tired'])}_${slug.toLowerCase().slice(0, 6)}${n}`
        : `${prefix}${slug}${n}`;
      return { ...base, id: username.toLowerCase(), localId: username.toLowerCase(), handle: username };
    }
  }
}
