/**
 * The demo corpus: a year of healthcare conversation across five sources, written in each
 * network's real format so that the demo exercises the real ingest path, plus a labels
 * file of everything planted (docs/demo-corpus.md).
 *
 * Streaming: posts are generated day by day and written as they are made; the only state
 * kept is per account and a short window of recent posts to reply to.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { planDays, timesInDay } from './distributions/temporal.js';
import { THERAPY_AREAS } from './distributions/therapy-areas.js';
import { type DemoAccount, type DemoPlatform, createAccount } from './generators/accounts.js';
import { type Person, createPerson } from './generators/people.js';
import { draftText } from './generators/texts.js';
import { Random, cumulate } from './random.js';
import { BlueskyWriter } from './writers/bluesky-writer.js';
import type { DemoPost, PlatformWriter, PublishedPost } from './writers/demo-post.js';
import { MastodonWriter } from './writers/mastodon-writer.js';
import { OutputFile } from './writers/output-file.js';
import { RedditWriter } from './writers/reddit-writer.js';
import { ReviewsWriter } from './writers/reviews-writer.js';
import { XWriter } from './writers/x-writer.js';

export interface DemoOptions {
  outDir: string;
  size: number;
  seed: number;
  /** First day of the year of posts (default 2024-01-01). */
  start?: Date;
  onProgress?: (postsWritten: number) => void;
}

export interface DemoManifest {
  files: Array<{ path: string; format: string; posts: number }>;
  labelsPath: string;
  posts: number;
  accounts: number;
}

type Source = DemoPlatform | 'reviews';
const SOURCE_MIX: Array<[Source, number]> = [['x', 35], ['bluesky', 20], ['mastodon', 15], ['reddit', 20], ['reviews', 10]];
const PLATFORMS: DemoPlatform[] = ['x', 'bluesky', 'mastodon', 'reddit'];
const LEADERS_PER_AREA = 3;
const RECENT = 400;

export async function generateDemo(options: DemoOptions): Promise<DemoManifest> {
  const random = new Random(options.seed);
  const start = (options.start ?? new Date('2024-01-01T00:00:00Z')).getTime();
  const dirs = Object.fromEntries(['x', 'bluesky', 'mastodon', 'reddit', 'reviews'].map((d) => [d, join(options.outDir, d)]));
  for (const dir of Object.values(dirs)) await mkdir(dir, { recursive: true });
  const labels = new OutputFile(join(options.outDir, 'labels.jsonl'), false);

  const population = buildPopulation(random, options.size);
  for (const account of population.accounts) await labels.write(`${JSON.stringify(accountLabel(account))}\n`);
  for (const p of population.persons.filter((x) => x.leader)) {
    await labels.write(`${JSON.stringify({ type: 'leader', area: p.area.id, person: p.index, name: p.name })}\n`);
  }

  const writers: Record<Source, PlatformWriter> = {
    x: new XWriter(dirs.x!),
    bluesky: new BlueskyWriter(dirs.bluesky!),
    mastodon: new MastodonWriter(dirs.mastodon!),
    reddit: new RedditWriter(dirs.reddit!, random, (area) => random.pick(THERAPY_AREAS.find((a) => a.id === area)!.subreddits)),
    reviews: new ReviewsWriter(dirs.reviews!, (post) => reviewFields(random, post)),
  };
  const sourceCumulative = cumulate(SOURCE_MIX.map(([, w]) => w));
  const recent = new Map<Source, PublishedPost[]>(SOURCE_MIX.map(([s]) => [s, []]));
  const leaderPosts = new Map<string, PublishedPost[]>();
  let written = 0;

  for (const day of planDays(start, 366, options.size)) {
    const times = timesInDay(random, day.start, day.posts);
    for (const at of times) {
      const source = SOURCE_MIX[random.weighted(sourceCumulative)]![0];
      const post = source === 'reviews'
        ? reviewPost(random, population, at)
        : platformPost(random, population, source, at, day.congresses, recent.get(source)!, leaderPosts);
      const published = await writers[source].writePost(post);
      if (post.label) {
        await labels.write(`${JSON.stringify({ type: 'post', platform: source === 'reviews' ? 'reviews' : source,
          id: published.nativeId, account: post.account.index, ...post.label })}\n`);
      }
      if (source !== 'reviews') {
        remember(recent.get(source)!, published);
        if (post.account.person.leader) remember(leaderPosts.get(`${source}:${post.area}`) ?? newList(leaderPosts, `${source}:${post.area}`), published);
        await engage(random, population, writers[source], published, post);
        if (source === 'bluesky' && random.chance(0.004)) await writers.bluesky.writeEdit!(published, `${post.text} (edited: fixed a typo)`, at + 60_000);
        if (source === 'bluesky' && random.chance(0.002)) await writers.bluesky.writeDelete!(published, at + 120_000);
      }
      if (++written % 5000 === 0) options.onProgress?.(written);
    }
  }

  const files: DemoManifest['files'] = [];
  for (const writer of Object.values(writers)) {
    for (const f of await writer.close()) files.push({ path: f.path, format: writer.format, posts: f.posts });
  }
  await labels.close();
  options.onProgress?.(written);
  return { files, labelsPath: join(options.outDir, 'labels.jsonl'), posts: written, accounts: population.accounts.length };
}

interface Population {
  persons: Person[];
  accounts: DemoAccount[];
  byPlatform: Map<DemoPlatform, DemoAccount[]>;
  activity: Map<DemoPlatform, Float64Array>;
  /** HCP accounts per platform and area: the peers whose engagement makes a leader. */
  hcpPeers: Map<string, DemoAccount[]>;
  patients: Person[];
}

function buildPopulation(random: Random, size: number): Population {
  const count = Math.max(150, Math.min(200_000, Math.round(size / 12)));
  const persons: Person[] = [];
  for (const area of THERAPY_AREAS) for (let i = 0; i < LEADERS_PER_AREA; i++) persons.push(createPerson(random, persons.length, area));
  while (persons.length < count) persons.push(createPerson(random, persons.length));
  const accounts: DemoAccount[] = [];
  const byPlatform = new Map<DemoPlatform, DemoAccount[]>(PLATFORMS.map((p) => [p, []]));
  for (const person of persons) {
    const primary = person.leader ? 'x' : pickPlatform(random, person);
    const platforms: DemoPlatform[] = [primary];
    // Some people, most leaders among them, are on two networks: the identity-linking case.
    if ((person.leader && random.chance(0.7)) || (person.kind === 'hcp' && random.chance(0.12))) {
      platforms.push(random.pick(PLATFORMS.filter((p) => p !== primary && p !== 'reddit')));
    }
    for (const platform of platforms) {
      const account = createAccount(random, accounts.length, person, platform);
      accounts.push(account);
      byPlatform.get(platform)!.push(account);
    }
  }
  const hcpPeers = new Map<string, DemoAccount[]>();
  for (const a of accounts) {
    if (a.person.kind !== 'hcp') continue;
    const key = `${a.platform}:${a.person.area.id}`;
    hcpPeers.set(key, [...(hcpPeers.get(key) ?? []), a]);
  }
  const activity = new Map(PLATFORMS.map((p) => [p, cumulate(byPlatform.get(p)!.map((a) => a.person.activity))]));
  return { persons, accounts, byPlatform, activity, hcpPeers, patients: persons.filter((p) => p.kind === 'patient' || p.kind === 'caregiver') };
}

function pickPlatform(random: Random, person: Person): DemoPlatform {
  if (person.kind === 'patient' || person.kind === 'caregiver') return random.pick(['reddit', 'reddit', 'x', 'bluesky', 'mastodon']);
  if (person.kind === 'organization' || person.kind === 'media') return random.pick(['x', 'x', 'bluesky', 'mastodon']);
  if (person.kind === 'bot') return random.pick(['x', 'x', 'bluesky']);
  return random.pick(['x', 'x', 'bluesky', 'mastodon', 'reddit']);
}

function platformPost(
  random: Random, population: Population, platform: DemoPlatform, at: number,
  congresses: Array<{ tag: string; area: { id: string } }>, recent: PublishedPost[], leaderPosts: Map<string, PublishedPost[]>,
): DemoPost {
  const candidates = population.byPlatform.get(platform)!;
  const account = candidates[random.weighted(population.activity.get(platform)!)]!;
  const person = account.person;
  const area = person.area;
  const leaders = leaderPosts.get(`${platform}:${area.id}`) ?? [];
  // HCPs answer their area's leaders far more than chance would: the signal DOL scoring should find.
  let parent: PublishedPost | undefined;
  const replyRate = platform === 'reddit' ? 0.75 : 0.3;
  if (random.chance(replyRate) && recent.length > 0) {
    parent = person.kind === 'hcp' && leaders.length > 0 && random.chance(0.5) ? random.pick(leaders) : random.pick(recent);
    if (parent.account === account) parent = undefined;
  }
  const congress = congresses.find((c) => c.area.id === area.id && person.kind !== 'patient')?.tag;
  const draft = draftText(random, person, area, congress, parent !== undefined);
  const mentionLeader = !parent && person.kind === 'hcp' && leaders.length > 0 && random.chance(0.15);
  const reach = account.followers;
  return {
    account, at, text: draft.text, hashtags: draft.hashtags, links: draft.links, lang: person.lang,
    mentions: mentionLeader ? [random.pick(leaders).account] : [],
    metrics: {
      likes: Math.floor(random.pareto(1, 1.3) * Math.sqrt(reach) * 0.3), reposts: Math.floor(random.pareto(1, 1.6) * Math.sqrt(reach) * 0.05),
      replies: random.int(0, 3), views: Math.floor(reach * (0.5 + random.next())),
    },
    area: area.id,
    ...(parent ? { parent } : {}),
    ...(draft.label ? { label: draft.label } : {}),
  };
}

function reviewPost(random: Random, population: Population, at: number): DemoPost {
  const person = random.pick(population.patients);
  const draft = draftText(random, { ...person, kind: 'patient', lang: 'en' }, person.area, undefined, false);
  const account = population.accounts[0]!;
  return { account, at, text: draft.text, hashtags: [], links: [], lang: 'en', mentions: [],
    metrics: { likes: 0, reposts: 0, replies: 0, views: 0 }, area: person.area.id, ...(draft.label ? { label: draft.label } : {}) };
}

function reviewFields(random: Random, post: DemoPost) {
  const area = THERAPY_AREAS.find((a) => a.id === post.area)!;
  const mentioned = area.drugs.find((d) => d.brands.some((b) => post.text.includes(b)) || post.text.includes(d.generic)) ?? random.pick(area.drugs);
  const negative = post.label?.ae !== undefined || /brutal|terrible|denied|can't/i.test(post.text);
  return {
    drug: random.chance(0.5) ? mentioned.brands[0]! : capitalise(mentioned.generic),
    condition: capitalise(random.pick(area.conditions)),
    rating: negative ? random.int(1, 4) : random.int(5, 10),
    useful: Math.floor(random.pareto(1, 1.5)),
  };
}

/** Reposts and likes: peers engage with leaders much more than with anyone else. */
async function engage(random: Random, population: Population, writer: PlatformWriter, post: PublishedPost, draft: DemoPost): Promise<void> {
  const leader = draft.account.person.leader;
  const expected = leader ? 4 : draft.account.person.kind === 'bot' ? 0.05 : 0.35;
  let n = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
  const peers = population.hcpPeers.get(`${draft.account.platform}:${draft.area}`) ?? [];
  const everyone = population.byPlatform.get(draft.account.platform)!;
  while (n-- > 0) {
    const actor = leader && peers.length > 0 && random.chance(0.7) ? random.pick(peers) : random.pick(everyone);
    if (actor === draft.account) continue;
    const at = post.at + random.int(60_000, 6 * 3_600_000);
    if (writer.writeLike && random.chance(0.6)) await writer.writeLike(actor, post, at);
    else await writer.writeRepost(actor, post, at);
  }
}

function accountLabel(a: DemoAccount) {
  const p = a.person;
  return {
    type: 'account', platform: a.platform, id: a.id, handle: a.handle, person: p.index, kind: p.kind, country: p.country,
    area: p.area.id, ...(p.hcp ? { hcp: p.hcp } : {}), ...(p.org ? { org: p.org } : {}), ...(p.leader ? { leader: true } : {}),
  };
}

function remember(list: PublishedPost[], post: PublishedPost): void {
  list.push(post);
  if (list.length > RECENT) list.splice(0, list.length - RECENT);
}

function newList(map: Map<string, PublishedPost[]>, key: string): PublishedPost[] {
  const list: PublishedPost[] = [];
  map.set(key, list);
  return list;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
