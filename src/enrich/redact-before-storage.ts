/**
 * Redaction of PHI before storage (R1.4): the text and title of every post go through the
 * analyzer's Safe Harbor redaction (R1.5) before the store sees them, so neither the posts,
 * nor their earlier versions, nor the full-text index, nor exports ever hold the identifiers.
 *
 * @NOTE the platform's own metadata (mention, hashtag and link lists) is kept: it is the
 * public interaction graph, not text a person wrote about someone. The redaction is
 * deterministic for an analyzer version, so re-ingesting the same file changes nothing.
 */
import type { Post } from '../domain/post.js';
import { getAnalyzer } from '../nlp/analyze.js';

export function redactPostPhi(post: Post): Post {
  const analyzer = getAnalyzer();
  const redacted: Post = { ...post, text: analyzer.redact(post.text).text };
  if (post.title !== undefined) redacted.title = analyzer.redact(post.title).text;
  return redacted;
}
