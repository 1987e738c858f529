/**
 * Turns a hand-marked PHI development set (eval/dev/phi-dev-<n>.marked.txt) into its JSONL (phi-dev-<n>.jsonl).
 * Same mark syntax as the gold set ({{type|span}}, see eval/gold/build-phi-gold.ts); lines are "<id><spaces><text>".
 * Offsets are computed from the marks (UTF-16 code units), never counted by hand; the detector is not run.
 *
 * Run: node --import tsx eval/dev/build-phi-dev.ts [n]     (default 5)
 *      node --import tsx eval/dev/build-phi-dev.ts --holdout <n>   (eval/holdout/phi-holdout-<n>.marked.txt)
 *      node --import tsx eval/dev/build-phi-dev.ts --retired <n>   (eval/dev/phi-retired-gold-<n>.marked.txt)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHI_TYPES } from '../../src/nlp/phi.js';
import { parseMarkedPosts, toJsonl } from '../gold/build-phi-gold.js';

const holdout = process.argv[2] === '--holdout';
const retired = process.argv[2] === '--retired';
const n = (holdout || retired ? process.argv[3] : process.argv[2]) ?? '5';
const dir = holdout ? join(import.meta.dirname, '..', 'holdout') : import.meta.dirname;
const stem = holdout ? `phi-holdout-${n}` : retired ? `phi-retired-gold-${n}` : `phi-dev-${n}`;
const source = `${stem}.marked.txt`;
const lines = readFileSync(join(dir, source), 'utf8').split('\n').map((line) => {
  if (line.trim() === '' || line.startsWith('#')) return line;
  const m = /^(\S+)\s+(.*)$/.exec(line);
  if (!m) throw new Error(`${source}: expected "<id> <text>" in: ${line}`);
  return `${m[1]}\t${m[2]}`;
});
const posts = parseMarkedPosts(lines.join('\n'), source);
const ids = new Set<string>();
for (const p of posts) {
  if (ids.has(p.id)) throw new Error(`${source}: duplicate id ${p.id}`);
  ids.add(p.id);
  for (const s of p.phi) {
    if (!(PHI_TYPES as readonly string[]).includes(s.type)) throw new Error(`${source}: ${p.id}: unknown type "${s.type}"`);
    if (s.text !== s.text.trim() || s.text === '') throw new Error(`${source}: ${p.id}: span "${s.text}" has outer spaces or is empty`);
  }
}
writeFileSync(join(dir, `${stem}.jsonl`), toJsonl(posts));
console.error(`wrote ${posts.length} posts, ${posts.reduce((k, p) => k + p.phi.length, 0)} spans to ${stem}.jsonl`);
