import { describe, expect, it } from 'vitest';
import { profileHcpStatus, withRegistryStatuses } from './hcp-status-source.js';

const accounts = [
  { rowId: 1, platform: 'x', nativeId: 'doc', handle: 'DrJaneSmith', displayName: 'Dr. Jane Smith, MD, FACC', bio: 'Cardiologist. #CardioTwitter' },
  { rowId: 2, platform: 'x', nativeId: 'fake', handle: 'DrFeelgood', displayName: 'Dr. Feel Good, MD', bio: 'Board-certified physician' },
  { rowId: 3, platform: 'x', nativeId: 'mum', handle: 'mum_of_3', displayName: 'Sam', bio: 'mum of three, coffee lover' },
];

describe('HCP status sources', () => {
  it('the profile analysis calls credentialed clinicians candidates (1) and others 0', async () => {
    const statuses = await profileHcpStatus(accounts);
    expect(statuses.map((s) => s.status)).toEqual([1, 1, 0]);
  });

  it('the registry\'s word wins where it has one: verified 2, a rejected HCP 0; the analysis elsewhere', async () => {
    let reads = 0;
    const analysed: string[] = [];
    const base: typeof profileHcpStatus = (page) => { analysed.push(...page.map((a) => a.nativeId)); return profileHcpStatus(page); };
    const source = withRegistryStatuses(base, async () => {
      reads++;
      return [{ platform: 'x', accountId: 'doc', status: 2 }, { platform: 'x', accountId: 'fake', status: 0 }];
    });
    const statuses = new Map((await source(accounts)).map((s) => [s.accountId, s.status]));
    expect([...statuses]).toEqual(expect.arrayContaining([['doc', 2], ['fake', 0], ['mum', 0]]));
    expect(statuses.size).toBe(3);
    expect((await source(accounts.slice(2))).map((s) => s.status)).toEqual([0]);
    expect(reads).toBe(1);
    // Accounts the registry has decided are not analysed again.
    expect(analysed).toEqual(['mum', 'mum']);
  });
});
