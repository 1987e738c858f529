import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'wouter';
import type { Post } from '../api';

/** Marks the query's plain words in a post's text (case-insensitive), as <mark>. */
export function Highlighted({ text, words }: { text: string; words: string[] }) {
  const clean = words.filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (clean.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${clean.join('|')})`, 'giu'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

/** The plain words of a query, for highlighting (fields, operators and negated words left out). */
export function queryWords(query: string): string[] {
  return query.replace(/-\S+/g, ' ').replace(/\b\w+:\S+/g, ' ').replace(/\b(AND|OR|NOT|NEAR\/\d+)\b/g, ' ')
    .match(/[\p{L}\p{N}]+/gu)?.map((w) => w.toLowerCase()) ?? [];
}

export function PostCard({ post, words = [], onOpenThread }: { post: Post; words?: string[]; onOpenThread?: (post: Post) => void }) {
  const m = post.metrics;
  return (
    <article className="post" data-testid="post">
      <header>
        <Link href={`/accounts/${encodeURIComponent(post.platform)}/${encodeURIComponent(post.authorId)}`} className="author">
          {post.authorName ?? post.author} <span className="muted">@{post.author}</span>
        </Link>
        <span className={`badge platform-${post.platform}`}>{post.platform}</span>
        {post.authorKind && post.authorKind !== 'unknown' && <span className="badge">{post.authorKind}</span>}
        <time dateTime={post.createdAt} className="muted">{post.createdAt.slice(0, 16).replace('T', ' ')}</time>
      </header>
      {post.title && <h4>{post.title}</h4>}
      <p><Highlighted text={post.text} words={words} /></p>
      <footer className="muted">
        <span title="likes">♥ {m.likes}</span> <span title="reposts">⟲ {m.reposts}</span> <span title="replies">↩ {m.replies}</span>
        {post.hashtags.length > 0 && <span> · {post.hashtags.map((h) => `#${h}`).join(' ')}</span>}
        {onOpenThread && <button type="button" className="link" onClick={() => onOpenThread(post)}>thread</button>}
        {post.url && <a href={post.url} target="_blank" rel="noreferrer noopener">source</a>}
      </footer>
    </article>
  );
}

/** A virtualised list: only the posts on screen are in the DOM, so thousands of results scroll smoothly. */
export function PostList({ posts, words, onOpenThread, onEnd, height = 560 }: {
  posts: Post[]; words: string[]; onOpenThread?: (post: Post) => void; onEnd?: () => void; height?: number;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: posts.length, getScrollElement: () => parent.current, estimateSize: () => 120, overscan: 6 });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  if (onEnd && last && last.index >= posts.length - 3) queueMicrotask(onEnd);
  return (
    <div ref={parent} className="virtual" style={{ height }} role="feed" aria-label="search results" data-testid="results">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}>
            <PostCard post={posts[item.index]!} words={words} {...(onOpenThread ? { onOpenThread } : {})} />
          </div>
        ))}
      </div>
    </div>
  );
}
