/** Worker side of analyzeMany: loads the analyzer once, then analyzes batches posted by the parent. */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, type AnalyzeOptions } from './analyze.js';

const analyzer = createAnalyzer();
parentPort!.on('message', (message: { batch: number; json: boolean; items: Array<{ text: string; options?: AnalyzeOptions }> }) => {
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
