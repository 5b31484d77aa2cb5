import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gzipSync, createGunzip } from 'node:zlib';
import { dataLoss, invalidArgument, notFound, notImplemented } from '@berth/errdefs';

/** One line of a container's output, as a log driver stores it. */
export interface LogEntry {
  stream: 'stdout' | 'stderr';
  time: Date;
  /** The line's bytes, including its trailing newline (absent on a final partial line). */
  line: Buffer;
}

export type OutputStream = LogEntry['stream'];

/**
 * Where a task's output is stored (docker's `--log-driver`):
 * - `json-file`: Docker's format, one `{"log","stream","time"}` object per line; rotated files are
 *   `<path>.1` (newest) … `<path>.N`, gzip-compressed (`.gz`) with `compress=true`.
 * - `local`: berth's binary format (below); rotates and compresses by default, like Docker's.
 * - `none`: nothing is stored; `readLog` fails with NotImplemented.
 */
export type LogDriver = 'json-file' | 'local' | 'none';

/** Driver options, as `--log-opt`: `max-size` (`10k`, `20m`, `1g`; bytes), `max-file`, `compress`. */
export type LogOptions = Record<string, string>;

/** What the shim's io fan-out writes to. */
export interface LogWriter {
  write(stream: OutputStream, chunk: Buffer): void;
  /** Writes any partial lines and closes the file. */
  close(): Promise<void>;
}

interface RotationPolicy {
  /** 0 = never rotate. */
  maxSize: number;
  maxFiles: number;
  compress: boolean;
}

const DEFAULTS: Record<Exclude<LogDriver, 'none'>, RotationPolicy> = {
  'json-file': { maxSize: 0, maxFiles: 1, compress: false },
  local: { maxSize: 20 * 1024 * 1024, maxFiles: 5, compress: true },
};

const KNOWN_OPTIONS = new Set(['max-size', 'max-file', 'compress']);
/** What json-file takes besides (as dockerd's): the extra attributes its lines carry (`docker logs --details`). */
const JSON_FILE_OPTIONS = new Set([...KNOWN_OPTIONS, 'labels', 'labels-regex', 'env', 'env-regex', 'tag']);

/** Validates a driver name and its options; InvalidArgument names the offending one. */
export function parseLogConfig(driver: string, options: LogOptions): { driver: LogDriver; policy: RotationPolicy } {
  const name = (driver || 'json-file') as LogDriver;
  if (name === 'none') {
    if (Object.keys(options).length > 0) throw invalidArgument(`log driver none takes no options`);
    return { driver: name, policy: { maxSize: 0, maxFiles: 1, compress: false } };
  }
  if (name !== 'json-file' && name !== 'local') throw invalidArgument(`logger: no log driver named '${driver}' is registered`);
  const policy = { ...DEFAULTS[name] };
  for (const [key, value] of Object.entries(options)) {
    if (!(name === 'json-file' ? JSON_FILE_OPTIONS : KNOWN_OPTIONS).has(key)) throw invalidArgument(`unknown log opt '${key}' for ${name} log driver`);
    if (key === 'max-size') policy.maxSize = value === '-1' ? 0 : parseSize(value);
    if (key === 'max-file') {
      if (!/^[1-9][0-9]*$/.test(value)) throw invalidArgument(`invalid max-file ${JSON.stringify(value)}: must be a positive integer`);
      policy.maxFiles = Number(value);
    }
    if (key === 'compress') {
      if (value !== 'true' && value !== 'false') throw invalidArgument(`invalid compress ${JSON.stringify(value)}: must be true or false`);
      policy.compress = value === 'true';
    }
  }
  if (name === 'json-file' && policy.maxFiles > 1 && policy.maxSize === 0) throw invalidArgument('max-file cannot be set without max-size');
  return { driver: name, policy };
}

/** `10k`, `20m`, `1g`, `512` → bytes (binary multiples, as docker's units.RAMInBytes). */
function parseSize(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*([kmgt]?)i?b?$/i.exec(text.trim());
  if (!match) throw invalidArgument(`invalid max-size ${JSON.stringify(text)}`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw invalidArgument(`invalid max-size ${JSON.stringify(text)}: must be positive`);
  return bytes;
}

/** A writer for `driver` at `path`, or undefined for `none`. */
export function createLogWriter(path: string, driver: string, options: LogOptions): LogWriter | undefined {
  const config = parseLogConfig(driver, options);
  if (config.driver === 'none') return undefined;
  return new RotatingLogWriter(path, config.policy, config.driver === 'json-file' ? jsonFileCodec : localCodec);
}

// RFC 3339 with nanoseconds, as Docker writes: wall clock at start-up plus a monotonic offset,
// so entries written in order also sort in order even within one millisecond.
const wallAtStartNs = BigInt(Date.now()) * 1_000_000n;
const monoAtStartNs = process.hrtime.bigint();
function nowNs(): bigint {
  return wallAtStartNs + (process.hrtime.bigint() - monoAtStartNs);
}
function rfc3339Nano(ns: bigint): string {
  const iso = new Date(Number(ns / 1_000_000n)).toISOString(); // ...T20:00:00.123Z
  return `${iso.slice(0, 19)}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}Z`;
}

interface DecodePosition {
  file: string;
  records: number;
}

/** How one driver lays entries out in its files. */
interface LogCodec {
  encode(stream: OutputStream, timeNs: bigint, line: Buffer): Buffer;
  /**
   * Decodes complete entries from the front of `data`; returns them and how many bytes they used.
   * `at` names the file and counts the records (lines) decoded so far, for error messages.
   */
  decode(data: Buffer, at: DecodePosition, final: boolean): { entries: LogEntry[]; used: number };
}

const jsonFileCodec: LogCodec = {
  encode: (stream, timeNs, line) => Buffer.from(JSON.stringify({ log: line.toString('utf8'), stream, time: rfc3339Nano(timeNs) }) + '\n'),
  decode(data, at, final) {
    const entries: LogEntry[] = [];
    let start = 0;
    for (;;) {
      let end = data.indexOf(10, start);
      if (end < 0) {
        if (!final || start >= data.length) break;
        end = data.length;
      }
      const text = data.subarray(start, end).toString('utf8');
      start = end + 1;
      const where = `${at.file}:${++at.records}`;
      if (text.trim() === '') continue;
      let entry: { log?: unknown; stream?: unknown; time?: unknown };
      try {
        entry = JSON.parse(text) as typeof entry;
      } catch (err) {
        throw dataLoss(`${where}: not a json-file log entry`, { cause: err });
      }
      if (typeof entry.log !== 'string' || (entry.stream !== 'stdout' && entry.stream !== 'stderr') || typeof entry.time !== 'string') {
        throw dataLoss(`${where}: not a json-file log entry`);
      }
      entries.push({ stream: entry.stream, time: new Date(entry.time), line: Buffer.from(entry.log, 'utf8') });
    }
    return { entries, used: Math.min(start, data.length) };
  },
};

/**
 * The `local` driver's file format: a sequence of records, each
 *   u32 BE  payload length N
 *   N bytes payload: u8 stream (1 stdout, 2 stderr) · u64 BE time (ns since 1970) · the line's bytes
 *   u32 BE  N again (so a reader can walk the file backwards)
 */
const localCodec: LogCodec = {
  encode(stream, timeNs, line) {
    const record = Buffer.allocUnsafe(4 + 9 + line.length + 4);
    const length = 9 + line.length;
    record.writeUInt32BE(length, 0);
    record.writeUInt8(stream === 'stdout' ? 1 : 2, 4);
    record.writeBigUInt64BE(timeNs, 5);
    line.copy(record, 13);
    record.writeUInt32BE(length, 13 + line.length);
    return record;
  },
  decode(data, position, final) {
    const entries: LogEntry[] = [];
    const file = `${position.file} (record ${position.records + 1})`;
    let at = 0;
    while (data.length - at >= 4) {
      const length = data.readUInt32BE(at);
      if (length < 9) throw dataLoss(`${file}: corrupt local log record at byte ${at}`);
      if (data.length - at < 8 + length) break;
      if (data.readUInt32BE(at + 4 + length) !== length) throw dataLoss(`${file}: corrupt local log record at byte ${at}`);
      const kind = data.readUInt8(at + 4);
      if (kind !== 1 && kind !== 2) throw dataLoss(`${file}: corrupt local log record at byte ${at}`);
      const ns = data.readBigUInt64BE(at + 5);
      entries.push({ stream: kind === 1 ? 'stdout' : 'stderr', time: new Date(Number(ns / 1_000_000n)), line: Buffer.from(data.subarray(at + 13, at + 4 + length)) });
      at += 8 + length;
      position.records++;
    }
    if (final && at < data.length) throw dataLoss(`${file}: truncated local log record at byte ${at}`);
    return { entries, used: at };
  },
};

/**
 * Splits output into lines per stream and appends them, encoded, to `path`; when the file would
 * pass `maxSize` it is rotated (`path` → `path.1` → … → `path.<maxFiles-1>`, compressed when asked)
 * and a new one is started. Writes are synchronous appends so rotation never races a write.
 */
class RotatingLogWriter implements LogWriter {
  private fd: number | undefined;
  private size: number;
  private readonly partial: Record<OutputStream, Buffer[]> = { stdout: [], stderr: [] };

  constructor(
    private readonly path: string,
    private readonly policy: RotationPolicy,
    private readonly codec: LogCodec,
  ) {
    this.fd = openSync(path, 'a', 0o640);
    this.size = fstatSync(this.fd).size;
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

  close(): Promise<void> {
    if (this.fd !== undefined) {
      this.flushLine('stdout');
      this.flushLine('stderr');
      closeSync(this.fd);
      this.fd = undefined;
    }
    return Promise.resolve();
  }

  private flushLine(stream: OutputStream): void {
    const pieces = this.partial[stream];
    if (pieces.length === 0 || this.fd === undefined) return;
    this.partial[stream] = [];
    const record = this.codec.encode(stream, nowNs(), Buffer.concat(pieces));
    if (this.policy.maxSize > 0 && this.size > 0 && this.size + record.length > this.policy.maxSize) this.rotate();
    try {
      writeSync(this.fd, record);
      this.size += record.length;
    } catch {
      // A failing log (disk full) must not take the container's output down with it.
    }
  }

  private rotate(): void {
    closeSync(this.fd!);
    const suffix = this.policy.compress ? '.gz' : '';
    if (this.policy.maxFiles > 1) {
      rmSync(`${this.path}.${this.policy.maxFiles - 1}${suffix}`, { force: true });
      for (let n = this.policy.maxFiles - 2; n >= 1; n--) {
        try {
          renameSync(`${this.path}.${n}${suffix}`, `${this.path}.${n + 1}${suffix}`);
        } catch {
          // Not there yet: fewer rotations have happened than files are kept.
        }
      }
      if (this.policy.compress) {
        // Compressed to a temp name first, so a reader never sees a half-written .gz.
        const data = readFileSync(this.path);
        const temp = `${this.path}.1.gz.tmp`;
        const out = openSync(temp, 'w', 0o640);
        writeSync(out, gzipSync(data));
        closeSync(out);
        renameSync(temp, `${this.path}.1.gz`);
        rmSync(this.path, { force: true });
      } else {
        renameSync(this.path, `${this.path}.1`);
      }
    }
    // With max-file 1 the file is simply truncated, as Docker does.
    this.fd = openSync(this.path, this.policy.maxFiles > 1 ? 'a' : 'w', 0o640);
    this.size = 0;
  }
}

export interface ReadLogOptions {
  /** Keep reading what is appended (across rotations) until `stop` aborts. */
  follow?: boolean;
  /**
   * Ends a follow: the engine aborts it when the task's `wait` resolves, which the shim only does
   * once the log is complete and closed (the writer's end-of-log signal).
   */
  stop?: AbortSignal;
  /** Only entries at or after this time. */
  since?: Date;
  /** Only entries before this time. */
  until?: Date;
  /** Only the last N stored entries (followed entries all come after them). */
  tail?: number;
}

const FOLLOW_POLL_MS = 100;

/**
 * Reads a task's log, oldest entry first, from every file the driver kept (rotated ones included).
 * NotFound when there is no log; NotImplemented for the `none` driver (Docker's message).
 */
export async function* readLog(path: string, driver: string, opts: ReadLogOptions = {}): AsyncIterable<LogEntry> {
  const name = driver || 'json-file';
  if (name === 'none') throw notImplemented('configured logging driver does not support reading');
  if (name !== 'json-file' && name !== 'local') throw invalidArgument(`logger: no log driver named '${driver}' is registered`);
  const codec = name === 'json-file' ? jsonFileCodec : localCodec;
  const keep = (entry: LogEntry) => (!opts.since || entry.time >= opts.since) && (!opts.until || entry.time < opts.until);

  let current: FileHandle;
  try {
    current = await open(path, 'r');
  } catch (err) {
    throw notFound(`log file ${path} does not exist`, { cause: err });
  }
  const reader = new FileTail(current, path, codec);
  try {
    const tail = opts.tail !== undefined && opts.tail >= 0 ? opts.tail : undefined;
    const held: LogEntry[] = [];
    const emit = function* (entries: LogEntry[]): Iterable<LogEntry> {
      for (const entry of entries) {
        if (!keep(entry)) continue;
        if (tail === undefined) yield entry;
        else {
          held.push(entry);
          if (held.length > tail) held.shift();
        }
      }
    };
    for (const file of rotatedFiles(path)) {
      for await (const entries of decodeStream(file, codec)) yield* emit(entries);
    }
    yield* emit(await reader.readAvailable(!opts.follow));
    if (tail !== undefined) yield* held;
    if (!opts.follow) return;

    while (!opts.stop?.aborted) {
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
      const stopping = opts.stop?.aborted ?? false;
      for (const entry of await reader.readAvailable(stopping)) {
        if (opts.until && entry.time >= opts.until) return;
        if (keep(entry)) yield entry;
      }
      if (await reader.rotated()) {
        for (const entry of await reader.reopen()) if (keep(entry)) yield entry;
      }
      if (stopping) return;
    }
  } finally {
    await reader.close();
  }
}

/** Rotated files of `path`, oldest first (`path.N[.gz]` … `path.1[.gz]`). */
function rotatedFiles(path: string): string[] {
  const base = basename(path);
  const found: { n: number; file: string }[] = [];
  for (const name of readdirSync(dirname(path))) {
    const match = /^\.(\d+)(\.gz)?$/.exec(name.slice(base.length));
    if (name.startsWith(base) && match) found.push({ n: Number(match[1]), file: join(dirname(path), name) });
  }
  return found.sort((a, b) => b.n - a.n).map((f) => f.file);
}

async function* decodeStream(file: string, codec: LogCodec): AsyncIterable<LogEntry[]> {
  const raw = createReadStream(file);
  const source = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let pending: Buffer = Buffer.alloc(0);
  const position = { file, records: 0 };
  for await (const chunk of source as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    const { entries, used } = codec.decode(pending, position, false);
    pending = pending.subarray(used);
    yield entries;
  }
  yield codec.decode(pending, position, true).entries;
}

/** The live log file: reads what was appended since the last read, and notices a rotation. */
class FileTail {
  private position = 0;
  private pending: Buffer = Buffer.alloc(0);
  private decoded: DecodePosition;

  constructor(
    private handle: FileHandle,
    private readonly path: string,
    private readonly codec: LogCodec,
  ) {
    this.decoded = { file: path, records: 0 };
  }

  async readAvailable(final: boolean): Promise<LogEntry[]> {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const { bytesRead } = await this.handle.read(chunk, 0, chunk.length, this.position);
      if (bytesRead === 0) break;
      this.position += bytesRead;
      this.pending = Buffer.concat([this.pending, chunk.subarray(0, bytesRead)]);
    }
    const { entries, used } = this.codec.decode(this.pending, this.decoded, final);
    this.pending = final ? Buffer.alloc(0) : this.pending.subarray(used);
    return entries;
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  /** The path now names another file (the writer rotated), or the file shrank (truncated). */
  async rotated(): Promise<boolean> {
    try {
      const now = statSync(this.path);
      const mine = await this.handle.stat();
      return now.ino !== mine.ino || now.size < this.position;
    } catch {
      return false;
    }
  }

  /** Finishes the old file, then continues at the start of the new one. */
  async reopen(): Promise<LogEntry[]> {
    const rest = await this.readAvailable(true);
    await this.handle.close();
    this.handle = await open(this.path, 'r');
    this.position = 0;
    this.decoded = { file: this.path, records: 0 };
    return [...rest, ...(await this.readAvailable(false))];
  }
}
