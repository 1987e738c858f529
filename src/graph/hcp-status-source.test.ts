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
    const source = withRegistryStatuses(profileHcpStatus, async () => {
      reads++;
      return [{ platform: 'x', accountId: 'doc', status: 2 }, { platform: 'x', accountId: 'fake', status: 0 }];
    });
    expect((await source(accounts)).map((s) => s.status)).toEqual([2, 0, 0]);
    expect((await source(accounts.slice(2))).map((s) => s.status)).toEqual([0]);
    expect(reads).toBe(1);
  });
});
