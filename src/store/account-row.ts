/** Turns an account row (with its post count as n_posts) into an AccountView, for every store. */
import type { AccountView } from './store.js';

const OPTIONAL: Array<[keyof AccountView, string]> = [['displayName', 'display_name'], ['bio', 'bio'],
  ['location', 'location'], ['url', 'url'], ['followers', 'followers'], ['following', 'following'],
  ['postsCount', 'posts_count']];

export function toAccountView(row: Record<string, unknown>): AccountView {
  const view: AccountView = {
    platform: row.platform as string, id: row.native_id as string, handle: row.handle as string,
    status: row.status as AccountView['status'], posts: row.n_posts as number,
  };
  for (const [key, column] of OPTIONAL) if (row[column] !== null) (view as unknown as Record<string, unknown>)[key] = row[column];
  if (row.created_at !== null) view.createdAt = new Date(row.created_at as number).toISOString();
  return view;
}
