/** A person or organization behind one or more accounts. */
export const PROFILE_KINDS = ['hcp', 'patient', 'caregiver', 'organization', 'media', 'unknown'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export interface Profile {
  id: number;
  kind: ProfileKind;
  name: string;
  /** Accounts as (platform, nativeId) pairs. */
  accounts: Array<{ platform: string; nativeId: string }>;
}
