/** Worker side of analyzeMany: loads the analyzer once, then analyzes batches posted by the parent. */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, type AnalyzeOptions } from './analyze.js';
import { encodeAnalysis } from './analysis-codec.js';

const analyzer = createAnalyzer();
parentPort!.on('message', (message: { batch: number; json: boolean; encoded?: boolean; items: Array<{ text: string; options?: AnalyzeOptions }> }) => {
  if (message.json) {
    // One string per batch: JSON text has no raw newline, so the results join on '\n' and cross the thread boundary as
    // a single copy instead of one object per post (measured in bench/nlp.ts: the main thread's share was the limit).
    const lines: string[] = new Array(message.items.length);
    const errors: Array<[number, string]> = [];
    message.items.forEach((item, i) => {
      try {
        lines[i] = JSON.stringify(analyzer.analyze(item.text, item.options));
      } catch (error) {
        lines[i] = '';
        errors.push([i, (error as Error).message]);
      }
    });
    // The stored form too, when asked: deflating is a fixed cost per post that this thread can pay instead of the writer.
    const encoded = message.encoded ? lines.map((line) => (line === '' ? new Uint8Array(0) : encodeAnalysis(line))) : undefined;
    parentPort!.postMessage({ batch: message.batch, joined: lines.join('\n'), errors, ...(encoded ? { encoded } : {}) });
    return;
  }
  const results = message.items.map((item) => {
    try {
      const value = analyzer.analyze(item.text, item.options);
      // JSON text crosses the thread boundary far cheaper than a structured clone of the object graph.
      return message.json ? { ok: true as const, json: JSON.stringify(value) } : { ok: true as const, value };
    } catch (error) {
      return { ok: false as const, error: (error as Error).message };
    }
  });
  parentPort!.postMessage({ batch: message.batch, results });
});
parentPort!.postMessage({ ready: true });
