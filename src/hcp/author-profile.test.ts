import { describe, expect, it } from 'vitest';
import { canonicalSpecialty, profileAttributes, profileGroups } from './author-profile.js';

describe('profileAttributes', () => {
  it('takes a reviewer\'s facts over the analysis, and never calls a rejected HCP an HCP', () => {
    const analysed = { ref: 1, name: 'Jane Doe, MD', probability: 0.93, kind: 'hcp', type: 'physician', specialties: ['oncology'], country: 'US' };
    expect(profileAttributes([analysed])).toEqual({ kind: 'hcp', name: 'Jane Doe, MD', country: 'US', specialty: 'oncology', hcpType: 'physician',
      verified: false });
    expect(profileAttributes([{ ...analysed, verification: { status: 'verified', type: 'researcher', specialty: 'Hematology & Oncology Physician',
      country: 'GB' } }])).toMatchObject({ kind: 'hcp', country: 'GB', hcpType: 'researcher', verified: true });
    expect(profileAttributes([{ ...analysed, verification: { status: 'rejected' } }])).toMatchObject({ kind: 'unknown', specialty: null,
      hcpType: null, verified: false });
    expect(profileAttributes([{ ref: 2, name: 'Mum of two', probability: 0.05, kind: 'caregiver' }])).toMatchObject({ kind: 'caregiver' });
    expect(profileAttributes([{ ref: 3, name: 'spam', kind: 'bot' }]).kind).toBe('unknown');
    expect(profileAttributes([{ ref: 4, name: 'advocate', kind: 'patient_advocate' }]).kind).toBe('patient');
  });

  it('lets the verified account of a linked person speak first, then the most likely HCP', () => {
    const attrs = profileAttributes([
      { ref: 9, name: 'jane on bluesky', probability: 0.6, kind: 'hcp', specialties: ['cardiology'], country: 'CA' },
      { ref: 3, name: 'Jane Doe', probability: 0.2, kind: 'other', verification: { status: 'verified', specialty: 'medical oncology' } },
    ]);
    expect(attrs).toMatchObject({ name: 'Jane Doe', kind: 'hcp', specialty: 'oncology', country: 'CA', verified: true });
  });
});

describe('canonicalSpecialty', () => {
  it('maps words, specialists and NUCC names to one label, in several languages', () => {
    expect(canonicalSpecialty('Medical Oncology')).toBe('oncology');
    expect(canonicalSpecialty('oncologist')).toBe('oncology');
    expect(canonicalSpecialty('Kardiologin')).toBe('cardiology');
    expect(canonicalSpecialty('Cardiovascular Disease Physician')).toBe('cardiology');
    expect(canonicalSpecialty('basket weaving')).toBeUndefined();
  });
});

describe('profileGroups', () => {
  it('joins linked accounts, transitively, under their smallest id whatever the order of the links', () => {
    const a = profileGroups([5, 1, 7, 3], [[7, 5], [5, 3]]);
    const b = profileGroups([7, 3, 5, 1], [[3, 5], [5, 7]]);
    expect(Object.fromEntries(a)).toEqual({ 1: 1, 3: 3, 5: 3, 7: 3 });
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
  });
});
