/**
 * Post-nominal credentials as people write them after their names: degrees, licences, board certifications and
 * fellowships, with the dotted and spaced variants seen in the wild ("MD", "M.D.", "M. D.") and the provider type
 * each argues for. Matched case-sensitively on the original text: "MD" is a degree, "md" usually is not.
 *
 * `ambiguous` tokens are also ordinary words or place codes (DO, PA, PT, NP, OT, RD, CNS, OD): they count only in a
 * credential list (next to another credential) or after a comma in the name field.
 */
import type { HcpType } from '../hcp-types.js';

export type CredentialFeature =
  | 'clinical_degree' | 'fellowship' | 'nursing_credential' | 'pharmacy_credential' | 'dental_credential'
  | 'allied_credential' | 'research_degree' | 'non_health_degree';

export interface CredentialRule {
  /** Canonical spelling, what `hcp.credentials` lists. */
  label: string;
  /** Regex source for the variants; matched whole-token. */
  pattern: string;
  feature: CredentialFeature;
  type?: HcpType;
  ambiguous?: boolean;
  /** "Baltimore, MD": a US state code after a city is a place, not a degree. */
  alsoStateCode?: boolean;
}

/** "MD" → M\.?\s?D\.? : letters with optional dots and single spaces between them. */
function dotted(...chunks: string[]): string {
  return chunks.map((c) => `${c}\\.?`).join('\\s?');
}

function plain(...labels: string[]): string {
  return labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

const c = (label: string, pattern: string, feature: CredentialFeature, type?: HcpType, extra: Partial<CredentialRule> = {}): CredentialRule =>
  ({ label, pattern, feature, ...(type ? { type } : {}), ...extra });

export const CREDENTIALS: readonly CredentialRule[] = [
  // Physicians: medical degrees.
  c('MD', dotted('M', 'D'), 'clinical_degree', 'physician', { alsoStateCode: true }),
  c('DO', 'D\\.\\s?O\\.', 'clinical_degree', 'physician'),
  c('DO', 'DO', 'clinical_degree', 'physician', { ambiguous: true }),
  c('MBBS', `${dotted('M', 'B', 'B', 'S')}|MB\\s?BS`, 'clinical_degree', 'physician'),
  c('MBChB', 'MBChB|MB\\s?ChB|MB\\s?BCh|MBBCh|BMBCh|MB\\s?BChir|MBBChir', 'clinical_degree', 'physician'),
  c('BMBS', 'BMBS|BM\\s?BS', 'clinical_degree', 'physician'),
  c('MD', 'MD-PhD|MD/PhD', 'clinical_degree', 'physician'),
  // Membership and fellowship of physicians' colleges (they imply a physician).
  ...['MRCP', 'MRCPI', 'MRCGP', 'MRCS', 'MRCPsych', 'MRCPCH', 'MRCOG', 'FRCP', 'FRCPC', 'FRCPE', 'FRCPI', 'FRCS', 'FRCSEd',
    'FRCSC', 'FRCR', 'FRCPath', 'FRCPCH', 'FRCPsych', 'FRCOG', 'FRCA', 'FRACP', 'FRACS', 'FRANZCP', 'FACC', 'FACS', 'FACP',
    'FAAP', 'FACOG', 'FACEP', 'FAAFP', 'FESC', 'FASCO', 'FASN', 'FIDSA', 'FHM', 'FSCAI', 'FHRS', 'FACE', 'FAAD', 'FACR', 'FCCP',
    'FCPS', 'FEBU', 'FACG', 'FAASLD', 'FACOI', 'FAANS', 'FRCGP', 'DNB']
    .map((label) => c(label, plain(label), 'fellowship', 'physician')),
  // Fellowships any health professional may hold.
  ...['FAHA', 'FAAN', 'FASE', 'FRSPH'].map((label) => c(label, plain(label), 'fellowship')),
  // Nursing.
  c('RN', dotted('R', 'N'), 'nursing_credential', 'nurse'),
  ...['BSN', 'MSN', 'DNP', 'FNP', 'FNP-BC', 'FNP-C', 'AGNP', 'AGNP-C', 'AGACNP', 'AGACNP-BC', 'ANP', 'ANP-BC', 'ACNP', 'PMHNP',
    'PMHNP-BC', 'APRN', 'APRN-BC', 'CRNA', 'CNM', 'LPN', 'LVN', 'CCRN', 'OCN', 'AOCNP', 'AOCNS', 'RGN', 'RMN', 'RSCN', 'CEN', 'CPN',
    'RNC', 'RNC-OB', 'BScN', 'MScN', 'FAANP', 'NP-C', 'WHNP', 'CNL', 'CPNP', 'RN-BC', 'CHPN', 'CNOR', 'CDN']
    .map((label) => c(label, plain(label), 'nursing_credential', 'nurse')),
  c('NP', 'NP', 'nursing_credential', 'nurse', { ambiguous: true }),
  c('CNS', 'CNS', 'nursing_credential', 'nurse', { ambiguous: true }),
  c('RM', 'RM', 'nursing_credential', 'nurse', { ambiguous: true }),
  // Pharmacy.
  c('PharmD', `${dotted('Pharm', 'D')}|PHARMD`, 'pharmacy_credential', 'pharmacist'),
  c('RPh', `${dotted('R', 'Ph')}|RPH`, 'pharmacy_credential', 'pharmacist'),
  ...['BCOP', 'BCPS', 'BCACP', 'BCPP', 'BCIDP', 'BCCCP', 'BCCP', 'BCGP', 'BCEMP', 'BCTXP', 'BCNSP', 'MPharm', 'BPharm', 'FASHP',
    'FCCP-Pharm', 'MRPharmS', 'FRPharmS', 'BCPPS']
    .map((label) => c(label, plain(label), 'pharmacy_credential', 'pharmacist')),
  // Dentistry.
  c('DDS', dotted('D', 'D', 'S'), 'dental_credential', 'dentist'),
  c('DMD', dotted('D', 'M', 'D'), 'dental_credential', 'dentist'),
  ...['BDS', 'BDSc', 'MFDS', 'FDS', 'MSD', 'BDent', 'DMSc'].map((label) => c(label, plain(label), 'dental_credential', 'dentist')),
  // Allied health (physician assistants counted here, as NUCC groups them with advanced practice).
  c('PA-C', 'PA-C', 'allied_credential', 'allied_health'),
  c('PA', 'PA', 'allied_credential', 'allied_health', { ambiguous: true }),
  c('PT', 'PT', 'allied_credential', 'allied_health', { ambiguous: true }),
  c('OT', 'OT', 'allied_credential', 'allied_health', { ambiguous: true }),
  c('RD', 'RD', 'allied_credential', 'allied_health', { ambiguous: true }),
  c('OD', 'OD', 'allied_credential', 'allied_health', { ambiguous: true }),
  ...['DPT', 'OTR/L', 'OTR', 'CCC-SLP', 'SLP', 'RDN', 'RRT', 'EMT', 'EMT-P', 'NRP', 'AuD', 'PsyD', 'LCSW', 'LPC', 'LMFT', 'CDCES',
    'CDE', 'IBCLC', 'ATC', 'CPhT', 'RDH', 'MPAS', 'MSPAS', 'BCBA', 'MRCSLT', 'HCPC']
    .map((label) => c(label, plain(label), 'allied_credential', 'allied_health')),
  // Research degrees: health researchers hold them, and so does everyone else with a doctorate.
  c('PhD', `${dotted('Ph', 'D')}|PHD|DPhil|D\\.Phil\\.`, 'research_degree', 'researcher'),
  c('ScD', `${dotted('Sc', 'D')}|DSc`, 'research_degree', 'researcher'),
  c('DrPH', 'DrPH', 'research_degree', 'researcher'),
  c('MPH', `${dotted('M', 'P', 'H')}|MSPH`, 'research_degree', 'researcher'),
  c('MSCE', 'MSCE|MSCR|MSCI|MHS', 'research_degree', 'researcher'),
  // Doctorates outside health care: they explain a "Dr." that is not clinical.
  c('EdD', 'EdD|Ed\\.D\\.', 'non_health_degree'),
  c('DMin', 'DMin|D\\.Min\\.|ThD|DD', 'non_health_degree'),
  c('JD', 'J\\.D\\.|JD', 'non_health_degree', undefined, { ambiguous: true }),
  c('DVM', 'DVM|VMD|BVSc|MRCVS', 'non_health_degree'),
];
