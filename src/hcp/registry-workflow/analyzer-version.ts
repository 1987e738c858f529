/**
 * The version of profile analysis whose results the store keeps. Raise it when analyzeProfile, its lexicons or
 * its model weights change: `auscult hcp analyze` then re-analyses every account.
 */
export const PROFILE_ANALYZER_VERSION = 'hcp-profile-1';
