import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Command } from 'commander';
import { analyzeStream, type AnalyzeInput } from '../../nlp/analyze-many.js';
import { compactAnalysis } from '../../nlp/compact.js';
import { commandContext, positiveInt } from '../context.js';
import { UserError } from '../user-error.js';

interface AnalyzeFlags { in?: string; workers?: number; compact?: boolean; platform?: string }

interface LineMeta { line: number; id: unknown; error?: string }

export function registerAnalyze(program: Command): void {
  program.command('analyze')
    .description('Analyze NDJSON posts {"id","text"} (stdin or --in): language, entities, sentiment, areas, purpose, adverse events, PHI, endorsement, misinformation. One NDJSON line out per line in (docs/analyze.md).')
    .option('--in <file>', 'read this NDJSON file (.gz read transparently) instead of stdin')
    .option('--workers <n>', 'worker threads (default: all cores; 0 = this thread)', (v) => (v === '0' ? 0 : positiveInt('--workers')(v)))
    .option('--compact', 'only the documented minimal keys per finding (no evidence, rule ids or confidences)')
    .option('--platform <name>', 'platform for the endorsement truncation rule when a line has none (x, instagram, tiktok, linkedin…)')
    .addHelpText('after', `
Input lines: {"id": "...", "text": "...", "author"?: "@handle", "hashtags"?: [...], "platform"?: "x", "bio"?: "..."}
A bad line gives {"id": …, "line": N, "error": "…"} on stdout (so output lines match input lines), a message on
stderr, and exit code 1 at the end; the run goes on.

Examples:
  $ auscult analyze --in posts.ndjson.gz --workers 2 > enriched.ndjson
  $ echo '{"id":"1","text":"Started Ozempic, the nausea is brutal"}' | auscult analyze
  $ auscult analyze --in posts.ndjson --compact | jq -c '{id, ae: .ae.present}'`)
    .action(async (flags: AnalyzeFlags, command: Command) => {
      const ctx = commandContext(command);
      if (flags.in && !existsSync(flags.in)) throw new UserError(`${flags.in}: no such file or directory`);
      const source = flags.in ? createReadStream(flags.in) : process.stdin;
      const stream = flags.in?.endsWith('.gz') ? source.pipe(createGunzip()) : source;
      const queue: LineMeta[] = [];
      let failed = 0;
      let written = 0;
      const out: string[] = [];
      const flush = (force = false) => {
        if (out.length >= 512 || (force && out.length > 0)) {
          process.stdout.write(out.join(''));
          out.length = 0;
        }
      };
      const writeError = (meta: LineMeta) => {
        failed++;
        out.push(`${JSON.stringify({ id: meta.id ?? null, line: meta.line, error: meta.error })}\n`);
        process.stderr.write(`auscult analyze: ${flags.in ?? 'stdin'} line ${meta.line}: ${meta.error}\n`);
      };
      async function* inputs(): AsyncGenerator<AnalyzeInput> {
        const lines = createInterface({ input: stream, crlfDelay: Infinity });
        let n = 0;
        for await (const raw of lines) {
          n++;
          if (raw.trim() === '') continue;
          let value: unknown;
          try {
            value = JSON.parse(raw);
          } catch (error) {
            queue.push({ line: n, id: null, error: `invalid JSON (${(error as Error).message})` });
            continue;
          }
          const record = value as Record<string, unknown>;
          if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            queue.push({ line: n, id: null, error: 'expected a JSON object {"id","text"}' });
            continue;
          }
          if (typeof record.text !== 'string') {
            queue.push({ line: n, id: record.id ?? null, error: 'field "text" is missing or not a string' });
            continue;
          }
          queue.push({ line: n, id: record.id ?? null });
          const platform = typeof record.platform === 'string' ? record.platform : flags.platform;
          yield { text: record.text, options: {
            ...(typeof record.author === 'string' ? { author: record.author } : {}),
            ...(Array.isArray(record.hashtags) ? { hashtags: record.hashtags.filter((h): h is string => typeof h === 'string') } : {}),
            ...(platform ? { platform } : {}),
            ...(typeof record.bio === 'string' ? { bio: record.bio } : {}),
          } };
        }
      }
      const drainErrors = () => { while (queue[0]?.error !== undefined) writeError(queue.shift()!); };
      for await (const r of analyzeStream(inputs(), { json: true, ...(flags.workers !== undefined ? { workers: flags.workers } : {}) })) {
        drainErrors();
        const meta = queue.shift()!;
        if (!r.ok) {
          writeError({ ...meta, error: r.error });
        } else {
          const body = flags.compact ? JSON.stringify(compactAnalysis(JSON.parse(r.json))) : r.json;
          out.push(`{"id":${JSON.stringify(meta.id)},${body.slice(1)}\n`);
        }
        written++;
        if (written % 5000 === 0) ctx.reporter.progress('analyze', written, 0, `${written.toLocaleString('en-US')} posts`);
        flush();
      }
      drainErrors();
      flush(true);
      ctx.reporter.stop();
      ctx.reporter.info(`analyzed ${written.toLocaleString('en-US')} posts${failed ? `, ${failed} bad line${failed === 1 ? '' : 's'}` : ''}`);
      if (failed > 0) process.exitCode = 1;
    });
}
