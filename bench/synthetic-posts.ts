/**
 * Writes N posts as Auscult NDJSON with seeded pseudo-random medical-ish text: the input of
 * the ingest benchmark and of its floor (raw read + JSON.parse, raw SQLite inserts).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { toAuscultNdjson } from '../src/ingest/formats/auscult-ndjson.js';
import type { IngestEvent } from '../src/ingest/events.js';
import { Random, cumulate } from '../src/demo/random.js';

const WORDS = `ozempic semaglutide wegovy mounjaro tirzepatide metformin insulin glargine keytruda pembrolizumab opdivo
nivolumab humira adalimumab eliquis apixaban statin atorvastatin sertraline lecanemab vaccine booster nausea vomiting
fatigue headache rash dizziness diarrhea constipation pain weight loss appetite dose trial patients clinic oncology
cardiology diabetes endocrinology neurology psychiatry infection asthma copd arthritis psoriasis eczema rare disease
study results guideline congress poster abstract survival response therapy treatment side effects insurance price
coverage pharmacy nurse doctor physician resident fellow my mom dad week month today started stopped switched`.split(/\s+/);
/** Common English words, most frequent first: they take the head of the Zipf curve. */
const COMMON = `the to and a of i is in it that for you my was on with this have but be not are just so at
like all can what about if they get your we me do from out up one been had how when more now will has would there
know think really time people day some much still back good feel going new than only because work got see very even
also make first any after then over need take want well who way why years right never again help better something`.split(/\s+/);
const TAGS = ['medtwitter', 'onctwitter', 'cardiotwitter', 'asco24', 'esc2024', 't1d', 'diabetes', 'bcsm', 'lcsm'];
const PLATFORMS = ['x', 'bluesky', 'mastodon', 'reddit'];
const START = Date.parse('2024-01-01T00:00:00Z');
const YEAR = 366 * 86_400_000;


export interface SyntheticPost { platform: string; id: string; author: string; text: string; createdAt: number; tags: string[] }

/**
 * Posts arrive in time order with increasing ids, as from a firehose or an export; words
 * follow a Zipf law over a vocabulary of common words and domain terms (so a drug name is in
 * a few percent of posts, as in real listening data, not in a quarter of them).
 */
export function* syntheticPosts(count: number, seed = 1): Generator<SyntheticPost> {
  const rng = new Random(seed);
  const random = () => rng.next();
  const pick = <T>(xs: T[]) => rng.pick(xs);
  const vocabulary = [...COMMON, ...WORDS];
  const zipfWeights = cumulate(vocabulary.map((_, rank) => 1 / (rank + 1)));
  const zipf = () => vocabulary[rng.weighted(zipfWeights)]!;
  for (let i = 0; i < count; i++) {
    const length = 8 + Math.floor(random() * 30);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(zipf());
    const tags = random() < 0.3 ? [pick(TAGS)] : [];
    yield {
      platform: pick(PLATFORMS), id: `p${String(i).padStart(9, '0')}`, author: `a${Math.floor(random() * random() * 50_000)}`,
      text: words.join(' ') + (tags.length ? ` #${tags[0]}` : ''), createdAt: START + Math.floor((i / count) * YEAR), tags,
    };
  }
}

export async function writeSyntheticNdjson(path: string, count: number, seed = 1): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const p of syntheticPosts(count, seed)) {
    const event: IngestEvent = {
      kind: 'post',
      post: {
        platform: p.platform, nativeId: p.id, authorId: p.author, authorHandle: p.author, text: p.text, lang: 'en',
        createdAt: p.createdAt, hashtags: p.tags, mentions: [], links: [], metrics: {}, visibility: 'public',
      },
    };
    buffer += `${toAuscultNdjson(event)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
