/** The profile's country, specialty, HCP type and verification (see SQLite's 009). */
export const up = `
ALTER TABLE profiles ADD COLUMN country text;
ALTER TABLE profiles ADD COLUMN specialty text;
ALTER TABLE profiles ADD COLUMN hcp_type text;
ALTER TABLE profiles ADD COLUMN verified boolean NOT NULL DEFAULT false;
CREATE INDEX profiles_kind ON profiles (kind);
CREATE INDEX profiles_country ON profiles (country) WHERE country IS NOT NULL;
CREATE INDEX profiles_specialty ON profiles (specialty) WHERE specialty IS NOT NULL;
CREATE INDEX accounts_profile ON accounts (profile_id) WHERE profile_id IS NOT NULL;
`;
