import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { THERAPY_AREAS } from './distributions/therapy-areas.js';
import { type DemoManifest, generateDemo } from './generate-demo.js';

const root = mkdtempSync(join(tmpdir(), 'auscult-demo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function generate(name: string, size: number, seed: number): Promise<{ dir: string; manifest: DemoManifest }> {
  const dir = join(root, name);
  return { dir, manifest: await generateDemo({ outDir: dir, size, seed }) };
}

function hashes(dir: string, manifest: DemoManifest): Record<string, string> {
  const files = [...manifest.files.map((f) => f.path), manifest.labelsPath];
  return Object.fromEntries(files.map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

function lines(path: string): unknown[] {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
}

describe('generateDemo', () => {
  let a: { dir: string; manifest: DemoManifest };

  it('is deterministic for a seed and different for another', async () => {
    a = await generate('a', 6000, 7);
    const b = await generate('b', 6000, 7);
    const c = await generate('c', 6000, 8);
    expect(hashes(a.dir, a.manifest)).toEqual(hashes(b.dir, b.manifest));
    expect(hashes(a.dir, a.manifest)).not.toEqual(hashes(c.dir, c.manifest));
  });

  it('writes the requested number of posts across all five sources', () => {
    const posts = a.manifest.files.reduce((n, f) => n + f.posts, 0);
    expect(posts).toBe(6000);
    expect(new Set(a.manifest.files.map((f) => f.format))).toEqual(new Set(['x', 'bluesky', 'mastodon', 'reddit', 'csv:drug-reviews-uci']));
  });

  it('writes X pages whose tweets have their authors in the same page', () => {
    for (const file of a.manifest.files.filter((f) => f.format === 'x')) {
      for (const page of lines(file.path) as Array<{ data: Array<{ author_id: string; referenced_tweets?: Array<{ type: string; id: string }> }>;
        includes: { users: Array<{ id: string }>; tweets?: Array<{ id: string }> } }>) {
        const users = new Set(page.includes.users.map((u) => u.id));
        const included = new Set((page.includes.tweets ?? []).map((t) => t.id));
        for (const tweet of page.data) {
          expect(users.has(tweet.author_id)).toBe(true);
          for (const ref of tweet.referenced_tweets ?? []) expect(included.has(ref.id)).toBe(true);
        }
      }
    }
  });

  it('writes Bluesky facets whose UTF-8 byte offsets slice exactly the mention or tag', () => {
    let checked = 0;
    for (const file of a.manifest.files.filter((f) => f.format === 'bluesky')) {
      for (const event of lines(file.path) as Array<{ commit?: { record?: { text: string; facets?: Array<{ index: { byteStart: number; byteEnd: number };
        features: Array<{ $type: string; tag?: string }> }> } } }>) {
        const record = event.commit?.record;
        for (const facet of record?.facets ?? []) {
          const slice = Buffer.from(record!.text, 'utf8').subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8');
          const feature = facet.features[0]!;
          if (feature.$type.endsWith('#tag')) expect(slice).toBe(`#${feature.tag}`);
          if (feature.$type.endsWith('#mention')) expect(slice.startsWith('@')).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('writes Reddit comments whose parents exist earlier in the dump', () => {
    const seen = new Set<string>();
    for (const file of a.manifest.files.filter((f) => f.format === 'reddit')) {
      for (const r of lines(file.path) as Array<{ id: string; title?: string; parent_id?: string }>) {
        if (r.parent_id) expect(seen.has(r.parent_id)).toBe(true);
        seen.add(`${r.title !== undefined ? 't3' : 't1'}_${r.id}`);
      }
    }
    expect(seen.size).toBeGreaterThan(500);
  });

  it('writes drug reviews in the public layout', () => {
    const review = a.manifest.files.find((f) => f.format === 'csv:drug-reviews-uci')!;
    const rows = parse(readFileSync(review.path), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['uniqueID', 'drugName', 'condition', 'review', 'rating', 'date', 'usefulCount']);
    expect(rows.length).toBe(review.posts);
    for (const row of rows) {
      expect(Number(row.rating)).toBeGreaterThanOrEqual(1);
      expect(Number(row.rating)).toBeLessThanOrEqual(10);
      expect(row.date).toMatch(/^[A-Z][a-z]+ \d{1,2}, 2024$/);
    }
  });

  it('labels what it planted, and congress hashtags fall on their congress dates', () => {
    const labels = lines(a.manifest.labelsPath) as Array<Record<string, unknown>>;
    const leaders = labels.filter((l) => l.type === 'leader');
    expect(leaders).toHaveLength(THERAPY_AREAS.length * 3);
    const posts = labels.filter((l) => l.type === 'post');
    for (const kind of ['ae', 'phi', 'misinfo', 'sponsored', 'congress']) {
      expect(posts.some((p) => p[kind] !== undefined), kind).toBe(true);
    }
    const accounts = labels.filter((l) => l.type === 'account');
    expect(accounts.filter((l) => l.kind === 'hcp').length).toBeGreaterThan(50);
    const persons = new Map<number, number>();
    for (const l of accounts) persons.set(l.person as number, (persons.get(l.person as number) ?? 0) + 1);
    expect([...persons.values()].some((n) => n > 1)).toBe(true);

    const congressDates = new Map(THERAPY_AREAS.flatMap((area) => area.congresses.map((c) => [c.tag, c] as const)));
    let checked = 0;
    for (const file of a.manifest.files.filter((f) => f.format === 'x')) {
      for (const page of lines(file.path) as Array<{ data: Array<{ text: string; created_at: string }> }>) {
        for (const tweet of page.data) {
          for (const [tag, c] of congressDates) {
            if (!tweet.text.startsWith('RT') && tweet.text.includes(`#${tag}`) && !tweet.text.startsWith('@')) {
              const day = tweet.created_at.slice(0, 10);
              expect(day >= c.start && day <= c.end, `${tag} on ${day}`).toBe(true);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps memory bounded: the heap after 200k posts is not 4x the heap after 50k', async () => {
    global.gc?.();
    await generate('m1', 50_000, 3);
    const small = process.memoryUsage().heapUsed;
    await generate('m2', 200_000, 3);
    const large = process.memoryUsage().heapUsed;
    expect(large / small).toBeLessThan(2.5);
  });
});
