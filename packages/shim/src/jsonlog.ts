import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dataLoss, notFound } from '@berth/errdefs';

/** One line of a container's output, as stored by the json-file log driver. */
export interface LogEntry {
  stream: 'stdout' | 'stderr';
  time: Date;
  /** The line's bytes, including its trailing newline (absent on a final partial line). */
  line: Buffer;
}

type OutputStream = LogEntry['stream'];

// RFC 3339 with nanoseconds, as Docker writes: wall clock at start-up plus a monotonic offset,
// so entries written in order also sort in order even within one millisecond.
const wallAtStartNs = BigInt(Date.now()) * 1_000_000n;
const monoAtStartNs = process.hrtime.bigint();
function nowRfc3339Nano(): string {
  const ns = wallAtStartNs + (process.hrtime.bigint() - monoAtStartNs);
  const iso = new Date(Number(ns / 1_000_000n)).toISOString(); // ...T20:00:00.123Z
  return `${iso.slice(0, 19)}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}Z`;
}

/**
 * Writes container output in Docker's json-file format: one `{"log","stream","time"}` object per
 * line. Output is split on newlines per stream; a partial last line is written as-is at close.
 */
export class JsonLogWriter {
  private readonly out: WriteStream;
  private readonly partial: Record<OutputStream, Buffer[]> = { stdout: [], stderr: [] };
  private closed: Promise<void> | undefined;

  constructor(readonly path: string) {
    this.out = createWriteStream(path, { flags: 'a', mode: 0o640 });
    // A failing log must not take the container's output pipes down with it.
    this.out.on('error', () => undefined);
  }

  write(stream: OutputStream, chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.partial[stream].push(chunk.subarray(start, nl + 1));
      this.flushLine(stream);
      start = nl + 1;
    }
    if (start < chunk.length) this.partial[stream].push(chunk.subarray(start));
  }

  /** Writes any partial lines and closes the file. */
  close(): Promise<void> {
    if (!this.closed) {
      this.flushLine('stdout');
      this.flushLine('stderr');
      this.closed = new Promise((resolve) => {
        if (this.out.closed) return resolve();
        this.out.once('close', () => resolve());
        this.out.end();
      });
    }
    return this.closed;
  }

  private flushLine(stream: OutputStream): void {
    const pieces = this.partial[stream];
    if (pieces.length === 0) return;
    const log = Buffer.concat(pieces).toString('utf8');
    this.partial[stream] = [];
    this.out.write(JSON.stringify({ log, stream, time: nowRfc3339Nano() }) + '\n');
  }
}

/** Reads a json-file log written by the shim (or by Docker), oldest entry first. */
export async function* readJsonLog(path: string): AsyncIterable<LogEntry> {
  await access(path).catch((err: unknown) => {
    throw notFound(`log file ${path} does not exist`, { cause: err });
  });
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number++;
    if (text === '') continue;
    let entry: { log?: unknown; stream?: unknown; time?: unknown };
    try {
      entry = JSON.parse(text) as typeof entry;
    } catch (err) {
      throw dataLoss(`${path}:${number}: not a json-file log entry`, { cause: err });
    }
    if (typeof entry.log !== 'string' || (entry.stream !== 'stdout' && entry.stream !== 'stderr') || typeof entry.time !== 'string') {
      throw dataLoss(`${path}:${number}: not a json-file log entry`);
    }
    yield { stream: entry.stream, time: new Date(entry.time), line: Buffer.from(entry.log, 'utf8') };
  }
}
