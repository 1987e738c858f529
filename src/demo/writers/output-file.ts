/**
 * A buffered, optionally gzipped output file that respects backpressure, so the generator
 * streams any corpus size in bounded memory.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createGzip, type Gzip } from 'node:zlib';

const FLUSH_AT = 1 << 20;

export class OutputFile {
  private buffer = '';
  private readonly sink: Gzip | WriteStream;
  private readonly file: WriteStream;

  constructor(readonly path: string, gzip: boolean) {
    this.file = createWriteStream(path);
    if (gzip) {
      const zip = createGzip({ level: 6 });
      zip.pipe(this.file);
      this.sink = zip;
    } else {
      this.sink = this.file;
    }
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.sink.end();
    await once(this.file, 'close');
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const ok = this.sink.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.sink, 'drain');
  }
}

/** Rotates to a new numbered file every `perFile` records. */
export class RotatingOutput {
  private current: OutputFile | undefined;
  private inFile = 0;
  private index = 0;
  readonly files: Array<{ path: string; records: number; posts: number }> = [];

  constructor(private readonly pathFor: (index: number) => string, private readonly perFile: number, private readonly gzip: boolean,
    private readonly header = '', private readonly footer = '', private readonly separator = '') {}

  async write(text: string, posts: number): Promise<void> {
    if (!this.current || this.inFile >= this.perFile) await this.rotate();
    await this.current!.write(this.inFile > 0 ? this.separator + text : text);
    this.inFile++;
    const entry = this.files[this.files.length - 1]!;
    entry.records++;
    entry.posts += posts;
  }

  async close(): Promise<void> {
    if (this.current) {
      await this.current.write(this.footer);
      await this.current.close();
    }
    this.current = undefined;
  }

  private async rotate(): Promise<void> {
    await this.close();
    const path = this.pathFor(++this.index);
    this.current = new OutputFile(path, this.gzip);
    await this.current.write(this.header);
    this.inFile = 0;
    this.files.push({ path, records: 0, posts: 0 });
  }
}
