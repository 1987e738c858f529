/**
 * Progress and messages for people, on stderr so stdout stays clean for data (JSON, CSV).
 * A bar on a terminal; plain periodic lines in CI and pipes.
 */
import cliProgress from 'cli-progress';

export interface Reporter {
  /** Start or update a step's progress: done of total units (bytes, posts…). */
  progress(step: string, done: number, total: number, detail?: string): void;
  /** End the current progress display. */
  stop(): void;
  info(message: string): void;
  warn(message: string): void;
}

export function createReporter(options: { plain: boolean; stream?: NodeJS.WriteStream; intervalMs?: number }): Reporter {
  return options.plain ? new LineReporter(options.stream ?? process.stderr, options.intervalMs ?? 2000) : new BarReporter();
}

class BarReporter implements Reporter {
  private bar: cliProgress.SingleBar | undefined;
  private step = '';

  progress(step: string, done: number, total: number, detail = ''): void {
    if (!this.bar || step !== this.step) {
      this.stop();
      this.step = step;
      this.bar = new cliProgress.SingleBar({
        format: `${step.padEnd(24).slice(0, 24)} {bar} {percentage}% | {detail}`,
        hideCursor: true, clearOnComplete: false, stream: process.stderr,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(Math.max(total, 1), 0, { detail });
    }
    this.bar.setTotal(Math.max(total, 1));
    this.bar.update(Math.min(done, Math.max(total, 1)), { detail });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  info(message: string): void {
    this.stop();
    process.stderr.write(`${message}\n`);
  }

  warn(message: string): void {
    this.stop();
    process.stderr.write(`warning: ${message}\n`);
  }
}

class LineReporter implements Reporter {
  private lastAt = 0;
  private lastStep = '';

  constructor(private readonly stream: NodeJS.WriteStream, private readonly intervalMs: number) {}

  progress(step: string, done: number, total: number, detail = ''): void {
    const now = Date.now();
    const finished = total > 0 && done >= total;
    if (step === this.lastStep && !finished && now - this.lastAt < this.intervalMs) return;
    if (step === this.lastStep && finished && this.lastAt === -1) return;
    const pct = total > 0 ? ` ${Math.floor((100 * done) / total)}%` : '';
    this.stream.write(`${step}:${pct}${detail ? ` ${detail}` : ''}\n`);
    this.lastStep = step;
    this.lastAt = finished ? -1 : now;
  }

  stop(): void {
    this.lastStep = '';
  }

  info(message: string): void {
    this.stream.write(`${message}\n`);
  }

  warn(message: string): void {
    this.stream.write(`warning: ${message}\n`);
  }
}
