import { useState } from 'react';
import type { Page, Post } from '../api';
import { PostCard } from '../components/posts';
import { Empty, Guard } from '../components/states';
import { useApi } from '../hooks';
import { useSession } from '../session';

interface Account { platform: string; id: string; handle: string; displayName?: string; bio?: string; location?: string; url?: string;
  followers?: number; following?: number; createdAt?: string; posts: number }

export function ProfilePage({ platform, id }: { platform: string; id: string }) {
  const base = `/api/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(id)}`;
  const account = useApi<Account>(base);
  const [cursor, setCursor] = useState<string>();
  const posts = useApi<Page<Post>>(`${base}/posts?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
  const { capabilities } = useSession();
  return (
    <section aria-labelledby="profile-title">
      <Guard loaded={account} what="Loading the profile">{(a) => (
        <>
          <h1 id="profile-title" data-testid="profile-name">{a.displayName ?? a.handle}</h1>
          <p className="muted">@{a.handle} on {a.platform}{a.location ? ` · ${a.location}` : ''}</p>
          {a.bio && <p className="bio">{a.bio}</p>}
          <dl className="facts">
            <div><dt>posts here</dt><dd>{a.posts.toLocaleString()}</dd></div>
            {a.followers !== undefined && <div><dt>followers</dt><dd>{a.followers.toLocaleString()}</dd></div>}
            {a.following !== undefined && <div><dt>following</dt><dd>{a.following.toLocaleString()}</dd></div>}
            {a.createdAt && <div><dt>joined</dt><dd>{a.createdAt.slice(0, 10)}</dd></div>}
          </dl>
          {!capabilities.hcp && (
            <p className="notice">Verification status, linked accounts on other platforms and therapy areas appear here when the HCP registry
              (issue 4) lands.</p>
          )}
          {a.url && <p><a href={a.url} rel="noreferrer noopener" target="_blank">{a.url}</a></p>}
        </>
      )}</Guard>
      <h2>Recent posts</h2>
      <Guard loaded={posts}>{(p) => p.items.length === 0 ? <Empty title="No posts">This account has no visible posts in the database.</Empty> : (
        <>
          {p.items.map((post) => <PostCard key={post.id} post={post} />)}
          {p.nextCursor && <button type="button" onClick={() => setCursor(p.nextCursor!)}>Older posts</button>}
        </>
      )}</Guard>
    </section>
  );
}
