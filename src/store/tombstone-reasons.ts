/**
 * The reason a tombstone carries when a post went with its deleted account. A post's own
 * deletion outranks it, so the tombstone kept is the same whichever notice arrives first.
 */
export const ACCOUNT_DELETED = 'account deleted at source';
