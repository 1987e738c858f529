/**
 * Reads a generated demo corpus back through the product's real format parsers (the same detect + toEvents path as
 * `auscult ingest`, without a store) into what the HCP and influence evaluations need: account snapshots, posts,
 * resolved interactions, and the generator's labels.
 */
import { readFile } from 'node:fs/promises';
import type { Account } from '../../src/domain/account.js';
import type { Interaction } from '../../src/domain/interaction.js';
import type { IngestEvent } from '../../src/ingest/events.js';
import { JSON_FORMATS, detectFormat } from '../../src/ingest/formats/registry.js';
import type { Format } from '../../src/ingest/formats/format.js';
import { readJsonRecords } from '../../src/ingest/framing/json-records.js';
import { openInput } from '../../src/ingest/framing/open-input.js';

export interface CorpusPost { key: string; author: string; at: number; text: string; hashtags: string[]; isReply: boolean }

export interface CorpusInteraction { kind: Interaction['kind']; from: string; to: string; at: number; postKey?: string }

export interface AccountLabel {
  platform: string; id: string; handle: string; person: number; kind: string; country: string; area: string;
  hcp?: { type: string; specialty: string; credentials: string[] }; org?: string; leader?: boolean;
}

export interface DemoCorpus {
  accounts: Map<string, Account>;
  posts: Map<string, CorpusPost>;
  interactions: CorpusInteraction[];
  labels: Map<string, AccountLabel>;
  leaders: Array<{ area: string; person: number; name: string }>;
  unresolved: number;
}

export async function readDemoCorpus(files: Array<{ path: string; format: string }>, labelsPath: string): Promise<DemoCorpus> {
  const accounts = new Map<string, Account>();
  const posts = new Map<string, CorpusPost>();
  const raw: Interaction[] = [];
  const deleted = new Set<string>();
  for (const file of files) {
    if (file.format.startsWith('csv') || file.format === 'reviews') continue; // drug reviews: no accounts or interactions
    const input = await openInput(file.path);
    let format: Format | undefined;
    try {
      for await (const record of readJsonRecords(input.chunks)) {
        if (record.error) continue;
        format ??= detectFormat(record.value, JSON_FORMATS);
        if (!format) break;
        for (const item of format.toEvents(record.value, { file: file.path, line: record.line, now: Date.now() })) {
          if (!('kind' in item)) continue;
          collect(item as IngestEvent, accounts, posts, raw, deleted);
        }
      }
    } finally {
      input.close();
    }
  }
  for (const key of deleted) posts.delete(key);
  const byHandle = new Map<string, string>();
  for (const [key, a] of accounts) byHandle.set(`${a.platform}:${a.handle.toLowerCase()}`, key);
  const interactions: CorpusInteraction[] = [];
  let unresolved = 0;
  for (const i of raw) {
    const from = `${i.platform}:${i.fromAccountId}`;
    const postKey = i.postId ? `${i.platform}:${i.postId}` : undefined;
    // The store's rules (sqlite-batch-writer applyInteraction): target id, else handle, else the post's author.
    const to = i.toAccountId ? `${i.platform}:${i.toAccountId}`
      : i.toHandle ? byHandle.get(`${i.platform}:${i.toHandle.toLowerCase()}`)
        : postKey && i.kind !== 'mention' ? posts.get(postKey)?.author : undefined;
    if (!to || to === from) { unresolved++; continue; }
    interactions.push({ kind: i.kind, from, to, at: i.at, ...(postKey ? { postKey } : {}) });
  }
  const labels = new Map<string, AccountLabel>();
  const leaders: DemoCorpus['leaders'] = [];
  for (const line of (await readFile(labelsPath, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const label = JSON.parse(line) as { type: string } & Record<string, unknown>;
    if (label.type === 'account') labels.set(`${label.platform}:${label.id}`, label as unknown as AccountLabel);
    else if (label.type === 'leader') leaders.push(label as unknown as DemoCorpus['leaders'][number]);
  }
  return { accounts, posts, interactions, labels, leaders, unresolved };
}

function collect(event: IngestEvent, accounts: Map<string, Account>, posts: Map<string, CorpusPost>, raw: Interaction[], deleted: Set<string>): void {
  switch (event.kind) {
    case 'account': {
      const key = `${event.account.platform}:${event.account.nativeId}`;
      const prev = accounts.get(key);
      if (!prev || event.account.snapshotAt >= prev.snapshotAt) accounts.set(key, event.account);
      return;
    }
    case 'post': {
      const p = event.post;
      const key = `${p.platform}:${p.nativeId}`;
      const author = `${p.platform}:${p.authorId}`;
      if (!accounts.has(author)) accounts.set(author, { platform: p.platform, nativeId: p.authorId, handle: p.authorHandle ?? p.authorId, snapshotAt: 0 });
      posts.set(key, { key, author, at: p.createdAt, text: p.text, hashtags: p.hashtags, isReply: p.replyToId !== undefined });
      return;
    }
    case 'interaction':
      raw.push(event.interaction);
      return;
    case 'delete':
      deleted.add(`${event.platform}:${event.nativeId}`);
      return;
    default:
  }
}
