/** Worker side of analyzeMany: loads the analyzer once, then analyzes batches posted by the parent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type AnalyzeOptions } from './analyze.js';
import { BatchEncoder } from './analysis-codec.js';
import { loadSummarize, type SummarizeSpec, type WorkerBatchReply } from './analyze-many.js';

const spec = (workerData as { summarize?: SummarizeSpec } | null)?.summarize;
const summarize = spec && await loadSummarize(spec);
const analyzer = createAnalyzer();
const encoder = new BatchEncoder();

parentPort!.on('message', (message: { batch: number; json: boolean; encoded?: boolean; items: Array<{ text: string; options?: AnalyzeOptions }> }) => {
  if (message.json || summarize) {
    // One string per batch: JSON text has no raw newline, so the results join on '\n' and cross the thread boundary as
    // a single copy instead of one object per post (measured in bench/nlp.ts: the main thread's share was the limit).
    // With a summary, only the summaries (one JSON array) and the stored forms cross: the analyses stay here.
    const lines: string[] = new Array(message.items.length);
    const summaries: unknown[] = summarize ? new Array(message.items.length) : [];
    const errors: Array<[number, string]> = [];
    message.items.forEach((item, i) => {
      try {
        const analysis = analyzer.analyze(item.text, item.options);
        lines[i] = JSON.stringify(analysis);
        if (summarize) summaries[i] = summarize(analysis);
      } catch (error) {
        lines[i] = '';
        if (summarize) summaries[i] = null;
        errors.push([i, (error as Error).message]);
      }
    });
    const reply: WorkerBatchReply = { batch: message.batch, errors };
    const transfer: ArrayBuffer[] = [];
    if (message.encoded) {
      // The stored form too: deflating is a fixed cost per post that this thread can pay instead of the writer. The whole
      // batch is deflated into one buffer (one deflate state reset per post), which is transferred, not copied.
      const packed = encoder.encodeBatch(lines);
      reply.blob = packed.blob;
      reply.ends = packed.ends;
      transfer.push(packed.blob, packed.ends);
    }
    if (summarize) reply.summaries = JSON.stringify(summaries);
    else reply.joined = lines.join('\n');
    parentPort!.postMessage(reply, transfer);
    return;
  }
  const results = message.items.map((item) => {
    try {
      return { ok: true as const, value: analyzer.analyze(item.text, item.options) };
    } catch (error) {
      return { ok: false as const, error: (error as Error).message };
    }
  });
  parentPort!.postMessage({ batch: message.batch, results });
});
parentPort!.postMessage({ ready: true });
