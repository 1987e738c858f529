/**
 * Mastodon HTML content → plain text, keeping what the markup carried: links, mentions and
 * hashtags. Paragraphs and <br> become newlines; Mastodon's invisible URL parts are kept so
 * a shortened link reads in full.
 */
import { Parser } from 'htmlparser2';

export interface HtmlText {
  text: string;
  links: string[];
  /** Mention link targets (account URLs). */
  mentionUrls: string[];
  hashtags: string[];
}

const BLOCK = new Set(['p', 'div', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function htmlToText(html: string): HtmlText {
  let text = '';
  const links: string[] = [];
  const mentionUrls: string[] = [];
  const hashtags: string[] = [];
  let anchor: { href: string; classes: string[]; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'br') text += '\n';
      else if (BLOCK.has(name) && text.length > 0 && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
      else if (name === 'a') anchor = { href: attributes.href ?? '', classes: (attributes.class ?? '').split(/\s+/), text: '' };
    },
    ontext(data) {
      text += data;
      if (anchor) anchor.text += data;
    },
    onclosetag(name) {
      if (name !== 'a' || !anchor) return;
      const a = anchor;
      anchor = undefined;
      if (a.classes.includes('hashtag') || a.text.trim().startsWith('#')) {
        const tag = a.text.trim().replace(/^#/, '').toLowerCase();
        if (tag) hashtags.push(tag);
      } else if (a.classes.includes('mention') || a.classes.includes('u-url') || a.text.trim().startsWith('@')) {
        if (a.href) mentionUrls.push(a.href);
      } else if (/^https?:\/\//i.test(a.href)) {
        links.push(a.href);
      }
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return { text: text.trim(), links: [...new Set(links)], mentionUrls: [...new Set(mentionUrls)], hashtags: [...new Set(hashtags)] };
}
