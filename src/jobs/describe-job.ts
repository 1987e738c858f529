import type { Job } from './job.js';

/** One line saying what a job works on, for logs and `auscult jobs`. */
export function describeJob(job: Job): string {
  const payload = job.payload as { source?: { path?: string; range?: { start: number; end: number; firstLine: number } } } | null;
  const source = payload?.source;
  if (job.kind === 'ingest' && source?.path) {
    const range = source.range;
    return range
      ? `ingest ${source.path} bytes ${mb(range.start)}–${mb(range.end)} (from line ${range.firstLine.toLocaleString('en-US')})`
      : `ingest ${source.path}`;
  }
  return job.kind;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
