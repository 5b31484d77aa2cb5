import { Readable } from 'node:stream';
import { invalidArgument } from '@berth/errdefs';
import {
  BLOCK,
  checksumOf,
  entryTypeOf,
  isZeroBlock,
  parsePax,
  readNumber,
  readString,
  type TarEntryHeader,
} from './header';

/** Extension headers (PAX, GNU long names) are read into memory; real ones are a few KiB. */
const MAX_EXTENSION_SIZE = 1 << 20;
const BODY_CHUNK = 64 * 1024;

/** Pulls exact byte counts out of an async chunk iterator, without copying large chunks. */
class ByteSource {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;

  constructor(private readonly iterator: AsyncIterator<Buffer | string>) {}

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  /** Up to `max` bytes; null at the end of the stream. */
  async readSome(max: number): Promise<Buffer | null> {
    while (this.buffered === 0) if (!(await this.fill())) return null;
    const first = this.chunks[0];
    if (first.length <= max) {
      this.chunks.shift();
      this.buffered -= first.length;
      return first;
    }
    this.chunks[0] = first.subarray(max);
    this.buffered -= max;
    return first.subarray(0, max);
  }

  /** Exactly `n` bytes; null if the stream ended before the first byte; throws if it ends midway. */
  async readExact(n: number, what: string): Promise<Buffer | null> {
    while (this.buffered < n) {
      if (!(await this.fill())) {
        if (this.buffered === 0) return null;
        throw invalidArgument(`unexpected end of tar stream in ${what}`);
      }
    }
    const first = this.chunks[0];
    if (first.length >= n) {
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.buffered -= n;
      return first.subarray(0, n);
    }
    const out = Buffer.concat(this.chunks, this.buffered);
    this.chunks = out.length > n ? [out.subarray(n)] : [];
    this.buffered = out.length - n;
    return out.subarray(0, n);
  }

  async discard(n: number, what: string): Promise<void> {
    let left = n;
    while (left > 0) {
      const chunk = await this.readSome(Math.min(left, BODY_CHUNK));
      if (!chunk) throw invalidArgument(`unexpected end of tar stream in ${what}`);
      left -= chunk.length;
    }
  }

  async drain(): Promise<void> {
    this.chunks = [];
    this.buffered = 0;
    while (await this.fill()) {
      this.chunks = [];
      this.buffered = 0;
    }
  }
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/**
 * An entry's body, pulled from the archive on demand: either whole with `readAll()` (one Buffer, no
 * stream machinery, for callers that handle small files) or as a Readable (`stream`, created on
 * first use). `settle()` (called before the next header is read) skips whatever was left unread.
 */
export class EntryBody {
  private remaining: number;
  private readable: Readable | undefined;
  private pulling: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly source: ByteSource,
    private readonly size: number,
    private readonly name: string,
  ) {
    this.remaining = size;
  }

  /** The whole unread body as one Buffer (meant for small bodies). */
  async readAll(): Promise<Buffer> {
    if (this.readable) throw invalidArgument(`tar ${this.name}: body already read as a stream`);
    if (this.remaining === 0) return Buffer.alloc(0);
    const data = await this.source.readExact(this.remaining, `the body of ${this.name}`);
    if (!data) throw invalidArgument(`unexpected end of tar stream in the body of ${this.name}`);
    this.remaining = 0;
    return data;
  }

  get stream(): Readable {
    if (this.readable) return this.readable;
    const body = new Readable({
      read: () => {
        this.pulling ??= this.pump(body).finally(() => {
          this.pulling = undefined;
        });
      },
    });
    // A failure is also reported by settle(); this keeps an unobserved body from crashing the process.
    body.on('error', () => undefined);
    this.readable = body;
    return body;
  }

  private async pump(body: Readable): Promise<void> {
    try {
      for (;;) {
        if (this.remaining === 0) {
          body.push(null);
          return;
        }
        const chunk = await this.source.readSome(Math.min(this.remaining, BODY_CHUNK));
        if (!chunk) throw invalidArgument(`unexpected end of tar stream in the body of ${this.name}`);
        this.remaining -= chunk.length;
        if (!body.push(chunk)) return;
      }
    } catch (err) {
      this.failure = err;
      body.destroy(err as Error);
    }
  }

  async settle(): Promise<void> {
    while (this.pulling) await this.pulling;
    if (this.failure) throw this.failure;
    if (this.remaining > 0) {
      await this.source.discard(this.remaining, `the body of ${this.name}`);
      this.remaining = 0;
      this.readable?.destroy();
    }
    await this.source.discard(padding(this.size), `the padding of ${this.name}`);
  }
}

function textOf(value: Buffer | undefined): string | undefined {
  return value?.toString('utf8');
}

function numberOf(value: Buffer | undefined, key: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.toString('latin1'));
  if (!Number.isFinite(n) || n < 0) throw invalidArgument(`invalid PAX ${key} record`);
  return n;
}

const HEADER_ONLY = new Set(['link', 'symlink', 'character-device', 'block-device', 'directory', 'fifo']);

/**
 * Reads a tar stream (ustar, PAX with long names/links and `SCHILY.xattr.*`, GNU long names) entry
 * by entry. Each body must be read to its end or left alone before asking for the next entry; what
 * is left is skipped. After the end-of-archive marker the rest of the input is consumed too, so a
 * digest computed over the input covers every byte. Malformed archives throw invalidArgument.
 */
export async function* readTar(
  stream: NodeJS.ReadableStream,
): AsyncGenerator<{ header: TarEntryHeader; body: Readable }, void, undefined> {
  for await (const { header, body } of readTarEntries(stream)) yield { header, body: body.stream };
}

/** `readTar` with each body as an EntryBody, for readers that want small bodies whole. */
export async function* readTarEntries(
  stream: NodeJS.ReadableStream,
): AsyncGenerator<{ header: TarEntryHeader; body: EntryBody }, void, undefined> {
  const source = new ByteSource(stream[Symbol.asyncIterator]());
  let pax = new Map<string, Buffer>();
  let longName: string | undefined;
  let longLink: string | undefined;

  const readExtension = async (size: number, what: string): Promise<Buffer> => {
    if (size > MAX_EXTENSION_SIZE) throw invalidArgument(`tar ${what} of ${size} bytes is too large`);
    const data = (await source.readExact(size, what)) ?? Buffer.alloc(0);
    if (data.length < size) throw invalidArgument(`unexpected end of tar stream in ${what}`);
    await source.discard(padding(size), what);
    return data;
  };

  for (;;) {
    const block = await source.readExact(BLOCK, 'a tar header');
    if (!block) break; // end of input without the end-of-archive marker, as GNU tar accepts
    if (isZeroBlock(block)) break;
    if (checksumOf(block) !== readNumber(block, 'checksum')) throw invalidArgument('invalid tar header checksum');

    const flag = String.fromCharCode(block[156]);
    const rawSize = readNumber(block, 'size');
    if (flag === 'x') {
      pax = parsePax(await readExtension(rawSize, 'PAX header'));
      continue;
    }
    if (flag === 'g') {
      // Global PAX defaults carry only comments in practice (git archive); they are not applied.
      await readExtension(rawSize, 'global PAX header');
      continue;
    }
    if (flag === 'L' || flag === 'K') {
      const data = await readExtension(rawSize, 'GNU long name');
      const end = data.indexOf(0);
      const text = data.subarray(0, end < 0 ? data.length : end).toString('utf8');
      if (flag === 'L') longName = text;
      else longLink = text;
      continue;
    }

    const magic = block.subarray(257, 263).toString('latin1');
    const prefix = magic === 'ustar\0' ? readString(block, 'prefix') : '';
    const ustarName = prefix ? `${prefix}/${readString(block, 'name')}` : readString(block, 'name');
    const name = textOf(pax.get('path')) ?? longName ?? ustarName;
    const type = entryTypeOf(flag, name);
    if (!type) throw invalidArgument(`unsupported tar entry type '${flag}' for ${name}`);
    const storedSize = numberOf(pax.get('size'), 'size') ?? rawSize;
    const mtimeSeconds = numberOf(pax.get('mtime'), 'mtime') ?? readNumber(block, 'mtime');

    const header: TarEntryHeader = {
      name,
      type,
      size: HEADER_ONLY.has(type) ? 0 : storedSize,
      mode: readNumber(block, 'mode') & 0o7777,
      uid: numberOf(pax.get('uid'), 'uid') ?? readNumber(block, 'uid'),
      gid: numberOf(pax.get('gid'), 'gid') ?? readNumber(block, 'gid'),
      mtime: new Date(Math.round(mtimeSeconds * 1000)),
    };
    if (type === 'link' || type === 'symlink') {
      header.linkname = textOf(pax.get('linkpath')) ?? longLink ?? readString(block, 'linkname');
    }
    if (type === 'character-device' || type === 'block-device') {
      header.devmajor = readNumber(block, 'devmajor');
      header.devminor = readNumber(block, 'devminor');
    }
    for (const [key, value] of pax) {
      if (key.startsWith('SCHILY.xattr.')) (header.xattrs ??= {})[key.slice('SCHILY.xattr.'.length)] = value;
    }
    pax = new Map();
    longName = undefined;
    longLink = undefined;

    // Header-only types may still declare a size; their bytes are skipped like any unread body.
    const body = new EntryBody(source, storedSize, name);
    yield { header, body: HEADER_ONLY.has(type) && storedSize > 0 ? new EntryBody(source, 0, name) : body };
    await body.settle();
  }
  await source.drain();
}
