/** The vocabularies of profile analysis, shared with the evaluation contract (`auscult analyze-profiles`). */

export const HCP_TYPES = ['physician', 'nurse', 'pharmacist', 'dentist', 'allied_health', 'trainee', 'researcher'] as const;
export type HcpType = (typeof HCP_TYPES)[number];

export const PROFILE_KINDS = [
  'hcp', 'patient', 'caregiver', 'patient_advocate', 'organization', 'media', 'bot', 'other',
] as const;
export type ProfileKindLabel = (typeof PROFILE_KINDS)[number];

export const ORGANIZATION_TYPES = ['pharma', 'hospital', 'society', 'journal', 'government'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
