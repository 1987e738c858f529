import { describe, expect, it } from 'vitest';
import { findIdentityLinks, handleStem, websiteKey } from './link-identities.js';
import { profileReferences } from './profile-references.js';

describe('identity linking', () => {
  it('finds profile references in bios: X, Bluesky, Mastodon and Reddit forms', () => {
    const refs = profileReferences('Also at @jane@med-mastodon.com and janesmith.bsky.social · x.com/DrJaneSmith · reddit.com/u/jsmith_md');
    expect(refs.map((r) => [r.platform, r.handle, r.host])).toEqual([
      ['x', 'DrJaneSmith', undefined], ['bluesky', 'janesmith.bsky.social', undefined], ['reddit', 'jsmith_md', undefined],
      ['mastodon', 'jane', 'med-mastodon.com'],
    ]);
  });

  const accounts = [
    { id: 'x:1', platform: 'x', handle: 'DrJaneSmith', displayName: 'Dr. Jane Smith, MD', bio: 'Cardiologist. 🦋 janesmith.bsky.social', location: 'Boston, MA' },
    { id: 'bluesky:did:plc:a', platform: 'bluesky', handle: 'janesmith.bsky.social', displayName: 'Jane Smith', bio: 'Cardiology. Also x.com/DrJaneSmith', location: 'Boston' },
    { id: 'mastodon:https://med-mastodon.com/@jsmith', platform: 'mastodon', handle: 'jsmith', host: 'med-mastodon.com', displayName: 'Jane Smith MD',
      bio: 'Heart doc', url: 'https://www.janesmith-md.com/', location: 'Boston, MA' },
    { id: 'x:2', platform: 'x', handle: 'cardio_jane', displayName: 'Jane S.', url: 'https://janesmith-md.com', location: 'USA' },
    { id: 'bluesky:did:plc:b', platform: 'bluesky', handle: 'janesmith2.bsky.social', displayName: 'Jane Smith', bio: 'Gardener in Leeds', location: 'Leeds, UK' },
  ];
  const links = findIdentityLinks(accounts);
  const link = (a: string, b: string) => links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));

  it('links accounts that name each other with high confidence, automatically', () => {
    const l = link('x:1', 'bluesky:did:plc:a')!;
    expect(l.confidence).toBeGreaterThan(0.98);
    expect(l.decision).toBe('auto');
    expect(l.evidence.map((e) => e.rule)).toContain('link:both-reference');
  });

  it('proposes shared-website and same-name links for review, never automatically', () => {
    const l = link('mastodon:https://med-mastodon.com/@jsmith', 'x:2')!;
    expect(l.evidence.map((e) => e.rule)).toContain('link:shared-website');
    expect(l.decision).toBe('review');
    // A shared name and city alone stay under the default threshold; asked for, they come back as review candidates.
    expect(link('x:1', 'mastodon:https://med-mastodon.com/@jsmith')).toBeUndefined();
    const nameOnly = findIdentityLinks(accounts, { minConfidence: 0.3 })
      .find((l) => [l.a, l.b].sort().join() === ['mastodon:https://med-mastodon.com/@jsmith', 'x:1'].sort().join())!;
    expect(nameOnly.decision).toBe('review');
    expect(nameOnly.evidence.map((e) => e.rule)).toEqual(['link:same-name', 'link:same-place']);
  });

  it('keeps a namesake in another country below the reporting threshold', () => {
    const l = link('x:1', 'bluesky:did:plc:b');
    expect(l?.confidence ?? 0).toBeLessThan(0.5);
    if (l) expect(l.evidence.map((e) => e.rule)).toContain('link:different-country');
  });

  it('never pairs two accounts on the same platform', () => {
    expect(link('x:1', 'x:2')).toBeUndefined();
  });

  it('normalises handles and websites', () => {
    expect(handleStem('DrJaneSmith')).toBe('janesmith');
    expect(handleStem('janesmith2.bsky.social')).toBe('janesmith');
    expect(websiteKey('https://www.example.org/jane/')).toBe('example.org/jane');
    expect(websiteKey('https://linkedin.com')).toBeUndefined();
  });
});
