/**
 * Mentions often name an account by handle before we have seen that account. When its
 * snapshot arrives we resolve the open edges through this index.
 */
export const up = `
CREATE INDEX interactions_unresolved ON interactions (platform, to_handle COLLATE NOCASE)
  WHERE to_account_id IS NULL AND to_handle IS NOT NULL;
CREATE INDEX interactions_post ON interactions (platform, post_native_id);
`;
