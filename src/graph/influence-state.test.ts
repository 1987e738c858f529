import { describe, expect, it } from 'vitest';
import { splitLast, syntheticInfluence } from '../../bench/synthetic-influence.js';
import { AREA_IDS, areaBit } from './areas.js';
import { leaderboard } from './dol-score.js';
import { InfluenceInputBuilder } from './influence-input.js';
import { DAY_MS } from './interaction-weights.js';
import { applyIncrement, areaRank, buildInfluenceState, compactDelta } from './influence-state.js';
import { scoreInfluence } from './score-influence.js';
import { segmentCounts, segmentOf } from './segments.js';

const asOf = Date.UTC(2024, 11, 31);

describe('incremental update', () => {
  const input = syntheticInfluence({ accounts: 5000, edges: 200_000, posts: 60_000, seed: 3, asOf });
  const { base, batch } = splitLast(input, 200, 100);
  const options = { asOf, windowDays: 365, tolerance: 1e-9 };
  const full = buildInfluenceState(input, options);
  const incremental = buildInfluenceState(base, options);
  const stats = applyIncrement(incremental, { accounts: input.accounts, ...batch });

  it('matches a full recompute within the push tolerance: every area rank within 5e-4 of the largest score', () => {
    expect(stats.posts).toBeGreaterThan(0);
    expect(stats.edges).toBeGreaterThan(0);
    expect(stats.pushes).toBeGreaterThan(0);
    for (const area of AREA_IDS) {
      const a = areaRank(full, area);
      const b = areaRank(incremental, area);
      const max = a.reduce((m, x) => Math.max(m, x), 0);
      let worst = 0;
      for (let v = 0; v < a.length; v++) worst = Math.max(worst, Math.abs(a[v]! - b[v]!));
      expect(worst / max, area).toBeLessThan(5e-4);
    }
  });

  it('keeps the counters exact: engagement, distinct HCP endorsers, area posts', () => {
    expect(Array.from(incremental.engagement)).toEqual(Array.from(full.engagement));
    expect(Array.from(incremental.endorsers)).toEqual(Array.from(full.endorsers));
    expect(Array.from(incremental.areaPosts)).toEqual(Array.from(full.areaPosts));
    expect(Array.from(incremental.weeks)).toEqual(Array.from(full.weeks));
  });

  it('gives the same leaderboard as a full recompute', () => {
    for (const area of ['oncology', 'cardiology'] as const) {
      const a = leaderboard(full, { area, limit: 20 }).entries.map((e) => e.account);
      const b = leaderboard(incremental, { area, limit: 20 }).entries.map((e) => e.account);
      expect(b).toEqual(a);
    }
  });

  it('touches far fewer nodes than a recompute would (work proportional to the change)', () => {
    // A full recompute visits every edge at every power-iteration step; a push visits its node's out-edges.
    const averageDegree = full.graph.targets.length / full.graph.nodeCount;
    expect(stats.pushes * averageDegree).toBeLessThan((full.graph.targets.length * full.iterations) / 5);
  });

  it('compacting the delta leaves the scores unchanged and empties it', () => {
    const before = areaRank(incremental, 'oncology');
    compactDelta(incremental);
    expect(incremental.deltaEdges).toBe(0);
    expect(Array.from(areaRank(incremental, 'oncology'))).toEqual(Array.from(before));
  });
});

describe('incremental update with accounts first seen in the batch', () => {
  it('grows the state and matches a full recompute', () => {
    const onc = areaBit('oncology');
    const baseRows = (b: InfluenceInputBuilder) => {
      for (let i = 0; i < 30; i++) b.account(`a${i}`, { hcpStatus: 2, followers: 10 * i });
      for (let i = 0; i < 30; i++) b.post(`a${i}`, asOf - i * DAY_MS, onc);
      for (let i = 1; i < 30; i++) b.interaction(`a${i}`, `a${(i * 7) % 30}`, 'reply', asOf - i * DAY_MS, onc);
    };
    const batchRows = (b: InfluenceInputBuilder) => {
      b.account('newcomer', { hcpStatus: 2, followers: 50 });
      for (let i = 0; i < 5; i++) b.post('newcomer', asOf - i * DAY_MS, onc);
      for (let i = 0; i < 10; i++) b.interaction(`a${i}`, 'newcomer', 'repost', asOf - i * DAY_MS, onc);
    };
    const b = new InfluenceInputBuilder();
    baseRows(b);
    const state = buildInfluenceState(b.drain(), { asOf, windowDays: 90, tolerance: 1e-12, pushEpsilon: 1e-12 });
    batchRows(b);
    const stats = applyIncrement(state, b.drain());
    expect(stats.newAccounts).toBe(1);
    const all = new InfluenceInputBuilder();
    baseRows(all);
    batchRows(all);
    const full = buildInfluenceState(all.build(), { asOf, windowDays: 90, tolerance: 1e-12 });
    const a = areaRank(full, 'oncology');
    const c = areaRank(state, 'oncology');
    for (let v = 0; v < a.length; v++) expect(c[v]).toBeCloseTo(a[v]!, 8);
    expect(leaderboard(state, { area: 'oncology', limit: 5 }).entries.map((e) => e.key))
      .toEqual(leaderboard(full, { area: 'oncology', limit: 5 }).entries.map((e) => e.key));
    expect(state.endorsers[30 * AREA_IDS.length + AREA_IDS.indexOf('oncology')]).toBe(10);
  });
});

describe('window, endorsers and segments on a hand-made graph', () => {
  const onc = areaBit('oncology');
  const b = new InfluenceInputBuilder();
  b.account('leader', { hcpStatus: 2, followers: 5000, country: 'US', name: 'Dr Leader' });
  b.account('peer1', { hcpStatus: 2, country: 'US' });
  b.account('peer2', { hcpStatus: 2, country: 'GB' });
  b.account('patient', { hcpStatus: 0 });
  b.account('quiet', { hcpStatus: 2 });
  for (let w = 0; w < 13; w++) b.post('leader', asOf - w * 7 * DAY_MS, onc);
  b.post('peer1', asOf - 3 * DAY_MS, onc, true);
  for (let i = 0; i < 5; i++) b.interaction('peer1', 'leader', 'repost', asOf - i * DAY_MS, onc);
  b.interaction('peer2', 'leader', 'reply', asOf - 2 * DAY_MS, onc);
  b.interaction('patient', 'leader', 'like', asOf - 2 * DAY_MS, onc);
  b.interaction('peer2', 'leader', 'reply', asOf - 200 * DAY_MS, onc);
  const state = buildInfluenceState(b.build(), { asOf, windowDays: 90 });

  it('counts distinct verified HCP endorsers, not interactions, and ignores interactions outside the window', () => {
    const k = AREA_IDS.indexOf('oncology');
    expect(state.endorsers[0 * AREA_IDS.length + k]).toBe(2);
    expect(state.engagement[0 * AREA_IDS.length + k]).toBe(7);
  });

  it('ranks the account peers engage with first, with a why naming its strongest components', () => {
    const board = leaderboard(state, { area: 'oncology' });
    expect(board.entries[0]!.name).toBe('Dr Leader');
    expect(board.entries[0]!.rank).toBe(1);
    expect(board.entries[0]!.percentile).toBe(100);
    expect(board.entries[0]!.why).toMatch(/^Ranked 1 of \d+ in oncology over 90 days: /);
    expect(board.entries[0]!.evidence.map((e) => e.rule)).toContain('dol:peer_endorsement');
    for (const entry of board.entries) expect(entry.why).not.toMatch(/engaged by 0 /);
    const components = board.entries[0]!.components;
    expect(components.consistency.raw).toBeCloseTo(13 / 13, 5);
  });

  it('filters by country', () => {
    const board = leaderboard(state, { area: 'oncology', country: 'GB' });
    expect(board.entries.map((e) => e.key)).toEqual([]);
    expect(leaderboard(state, { area: 'oncology', country: 'US' }).entries.map((e) => e.key)).toEqual(['leader', 'peer1']);
  });

  it('scoreInfluence gives the same leaderboards as building the state and ranking each area', () => {
    const { leaderboards } = scoreInfluence(b.build(), { asOf, windowDays: 90, areas: ['oncology', 'cardiology'] });
    expect(leaderboards.map((l) => l.area)).toEqual(['oncology', 'cardiology']);
    expect(leaderboards[0]!.entries.map((e) => e.key)).toEqual(leaderboard(state, { area: 'oncology' }).entries.map((e) => e.key));
    expect(leaderboards[1]!.candidates).toBe(0);
  });

  it('segments HCPs into creators, engagers and consumers', () => {
    expect(segmentOf(state, 0, 'oncology')).toBe('creator');
    expect(segmentOf(state, 1, 'oncology')).toBe('engager');
    expect(segmentOf(state, 4, 'oncology')).toBe('consumer');
    expect(segmentCounts(state, 'oncology')).toEqual({ creator: 1, engager: 2, consumer: 1, hcps: 4 });
  });
});
