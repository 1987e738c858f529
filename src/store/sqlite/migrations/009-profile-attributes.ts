/**
 * What search and the dashboards know about the person behind an author (src/hcp/author-profile.ts): the
 * profile's country, specialty, HCP type and whether a human verified it, kept by the HCP registry. A profile's
 * id is the smallest id of its accounts.
 */
export const up = `
ALTER TABLE profiles ADD COLUMN country TEXT;
ALTER TABLE profiles ADD COLUMN specialty TEXT;
ALTER TABLE profiles ADD COLUMN hcp_type TEXT;
ALTER TABLE profiles ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
CREATE INDEX profiles_kind ON profiles (kind);
CREATE INDEX profiles_country ON profiles (country) WHERE country IS NOT NULL;
CREATE INDEX profiles_specialty ON profiles (specialty) WHERE specialty IS NOT NULL;
CREATE INDEX accounts_profile ON accounts (profile_id) WHERE profile_id IS NOT NULL;
`;
