/**
 * Turns a hand-marked PHI set (`<name>.marked.txt`) into `<name>.jsonl`; by default set 2 (set 1 is retired to eval/dev),
 * phi-hcp-posts-2.marked.txt → phi-hcp-posts-2.jsonl.
 *
 * The annotator writes each identifier inline as {{type|span text}}; this script only strips the
 * marks and records where each span lands, as UTF-16 code-unit offsets (JavaScript string indices),
 * so that no offset is ever counted by hand. It invents no text and no labels.
 *
 * Run: node --import tsx eval/gold/build-phi-gold.ts [file.marked.txt]   (a name in eval/gold/ or a path)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PhiSpan {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface PhiPost {
  id: string;
  text: string;
  phi: PhiSpan[];
}

const MARK = /\{\{([a-z_0-9]+)\|(.*?)\}\}/g;

/** Parses the marked source; throws with the line number on a malformed line. */
export function parseMarkedPosts(source: string, file = 'phi-hcp-posts.marked.txt'): PhiPost[] {
  const posts: PhiPost[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new Error(`${file}:${index + 1}: expected "<id><TAB><text>"`);
    const id = line.slice(0, tab);
    const marked = line.slice(tab + 1).replaceAll('\\n', '\n');
    let text = '';
    let last = 0;
    const phi: PhiSpan[] = [];
    for (const match of marked.matchAll(MARK)) {
      text += marked.slice(last, match.index);
      const spanText = match[2]!;
      phi.push({ type: match[1]!, start: text.length, end: text.length + spanText.length, text: spanText });
      text += spanText;
      last = match.index + match[0].length;
    }
    text += marked.slice(last);
    if (text.includes('{{') || text.includes('}}')) throw new Error(`${file}:${index + 1}: unbalanced {{…}} mark in ${id}`);
    posts.push({ id, text, phi });
  });
  return posts;
}

/** The JSONL a marked source builds into: `x.marked.txt` → `x.jsonl`, in the same directory. */
export function jsonlPathFor(markedPath: string): string {
  if (!markedPath.endsWith('.marked.txt')) throw new Error(`${markedPath}: a marked PHI source must end in .marked.txt`);
  return markedPath.slice(0, -'.marked.txt'.length) + '.jsonl';
}

export function toJsonl(posts: PhiPost[]): string {
  return posts.map((p) => JSON.stringify(p)).join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv[2] ?? 'phi-hcp-posts-2.marked.txt';
  // A bare file name means the one in eval/gold/, as the README's commands use it.
  const source = arg === basename(arg) ? join(import.meta.dirname, arg) : resolve(arg);
  const target = jsonlPathFor(source);
  const posts = parseMarkedPosts(readFileSync(source, 'utf8'), basename(source));
  writeFileSync(target, toJsonl(posts));
  console.error(`wrote ${posts.length} posts, ${posts.reduce((n, p) => n + p.phi.length, 0)} spans to ${join(basename(dirname(target)), basename(target))}`);
}
