import { once } from 'node:events';
import { invalidArgument } from '@berth/errdefs';
import { BLOCK, checksumOf, F, paxRecord, TYPE_FLAG, type TarEntryHeader, type TarEntryType } from './header';

const MAX_OCTAL_11 = 0o77777777777;
const MAX_OCTAL_7 = 0o7777777;
const DEFAULT_MODE: Record<TarEntryType, number> = {
  file: 0o644,
  directory: 0o755,
  symlink: 0o777,
  link: 0o644,
  'character-device': 0o644,
  'block-device': 0o644,
  fifo: 0o644,
};

/** What `TarWriter.add` needs: a name and a type; everything else has a default. */
export type TarEntryInput = Partial<TarEntryHeader> & { name: string; type: TarEntryType };

function writeString(block: Buffer, name: keyof typeof F, value: string): void {
  const [offset, length] = F[name];
  block.write(value, offset, length, 'utf8');
}

function writeOctal(block: Buffer, name: keyof typeof F, value: number): void {
  const [offset, length] = F[name];
  block.write(Math.trunc(value).toString(8).padStart(length - 1, '0') + '\0', offset, length, 'latin1');
}

/** Splits a long name into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash, if possible. */
function splitUstarName(name: string): [string, string] | undefined {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  for (let at = name.indexOf('/'); at >= 0; at = name.indexOf('/', at + 1)) {
    const prefix = name.slice(0, at);
    const rest = name.slice(at + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest.length > 0) return [prefix, rest];
  }
  return undefined;
}

function headerBlock(entry: Required<Pick<TarEntryHeader, 'name' | 'type' | 'size' | 'mode' | 'uid' | 'gid' | 'mtime'>> & TarEntryInput, flag: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  const split = splitUstarName(entry.name);
  const [prefix, name] = split ?? ['', entry.name.slice(-100)];
  writeString(block, 'name', name);
  writeString(block, 'prefix', prefix);
  writeOctal(block, 'mode', entry.mode & 0o7777);
  writeOctal(block, 'uid', entry.uid <= MAX_OCTAL_7 ? entry.uid : 0);
  writeOctal(block, 'gid', entry.gid <= MAX_OCTAL_7 ? entry.gid : 0);
  writeOctal(block, 'size', entry.size <= MAX_OCTAL_11 ? entry.size : 0);
  const seconds = Math.floor(entry.mtime.getTime() / 1000);
  writeOctal(block, 'mtime', seconds >= 0 && seconds <= MAX_OCTAL_11 ? seconds : 0);
  block.write(flag, 156, 1, 'latin1');
  if (entry.linkname !== undefined) writeString(block, 'linkname', entry.linkname);
  block.write('ustar\0', 257, 6, 'latin1');
  block.write('00', 263, 2, 'latin1');
  writeOctal(block, 'devmajor', entry.devmajor ?? 0);
  writeOctal(block, 'devminor', entry.devminor ?? 0);
  block.write(checksumOf(block).toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return block;
}

/** The PAX records an entry needs because ustar cannot hold some of its fields. */
function paxRecordsFor(entry: Required<Pick<TarEntryHeader, 'name' | 'size' | 'uid' | 'gid' | 'mtime'>> & TarEntryInput): Buffer[] {
  const records: Buffer[] = [];
  if (!splitUstarName(entry.name)) records.push(paxRecord('path', entry.name));
  if (entry.linkname !== undefined && Buffer.byteLength(entry.linkname) > 100) records.push(paxRecord('linkpath', entry.linkname));
  if (entry.size > MAX_OCTAL_11) records.push(paxRecord('size', String(entry.size)));
  if (entry.uid > MAX_OCTAL_7) records.push(paxRecord('uid', String(entry.uid)));
  if (entry.gid > MAX_OCTAL_7) records.push(paxRecord('gid', String(entry.gid)));
  const seconds = Math.floor(entry.mtime.getTime() / 1000);
  if (seconds < 0 || seconds > MAX_OCTAL_11) records.push(paxRecord('mtime', String(seconds)));
  for (const key of Object.keys(entry.xattrs ?? {}).sort()) {
    records.push(paxRecord(`SCHILY.xattr.${key}`, entry.xattrs![key]));
  }
  return records;
}

/**
 * Writes a POSIX (PAX) tar to `out`, falling back to PAX records only for what ustar cannot hold
 * (long names and link targets, big sizes and ids, xattrs), so simple archives are plain ustar.
 * Entries are written in the order `add` is called (calls queue up); `finish` writes the
 * end-of-archive marker and ends `out`.
 */
export class TarWriter {
  private queue: Promise<void> = Promise.resolve();
  private finished = false;

  constructor(private readonly out: NodeJS.WritableStream) {}

  /**
   * Adds one entry. A 'file' takes its size from `header.size` or, for a Buffer body, the Buffer's
   * length; a stream body must deliver exactly `size` bytes. Other types carry no body.
   */
  add(header: TarEntryInput, body?: Buffer | NodeJS.ReadableStream): Promise<void> {
    const run = this.queue.then(() => this.write(header, body));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes the two zero blocks that end an archive, then ends `out` and waits for it to finish. */
  finish(): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.finished) return;
      this.finished = true;
      await this.push(Buffer.alloc(BLOCK * 2));
      await new Promise<void>((resolve, reject) => {
        this.out.once('error', reject);
        this.out.end(() => resolve());
      });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async push(data: Buffer): Promise<void> {
    if (!this.out.write(data)) await once(this.out as unknown as NodeJS.EventEmitter, 'drain');
  }

  private async write(input: TarEntryInput, body?: Buffer | NodeJS.ReadableStream): Promise<void> {
    if (this.finished) throw invalidArgument(`tar ${input.name}: archive already finished`);
    const flag = TYPE_FLAG[input.type];
    if (flag === undefined) throw invalidArgument(`tar ${input.name}: unknown entry type ${String(input.type)}`);
    if (input.type !== 'file' && body !== undefined) throw invalidArgument(`tar ${input.name}: only files have a body`);
    if ((input.type === 'link' || input.type === 'symlink') && !input.linkname) {
      throw invalidArgument(`tar ${input.name}: a ${input.type} needs a linkname`);
    }
    const size = input.type === 'file' ? (input.size ?? (Buffer.isBuffer(body) ? body.length : undefined)) : 0;
    if (size === undefined) throw invalidArgument(`tar ${input.name}: a streamed file needs header.size`);
    if (Buffer.isBuffer(body) && body.length !== size) {
      throw invalidArgument(`tar ${input.name}: body is ${body.length} bytes, header says ${size}`);
    }
    const name = input.type === 'directory' && !input.name.endsWith('/') ? `${input.name}/` : input.name;
    const entry = {
      ...input,
      name,
      size,
      mode: input.mode ?? DEFAULT_MODE[input.type],
      uid: input.uid ?? 0,
      gid: input.gid ?? 0,
      mtime: input.mtime ?? new Date(0),
    };

    const records = paxRecordsFor(entry);
    if (records.length > 0) {
      const data = Buffer.concat(records);
      const paxName = `PaxHeaders/${name.replace(/\/+$/, '').split('/').pop() ?? ''}`.slice(0, 100);
      await this.push(headerBlock({ ...entry, name: paxName, type: 'file', size: data.length, linkname: undefined }, 'x'));
      await this.push(Buffer.concat([data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)]));
    }
    await this.push(headerBlock(entry, flag));
    if (size === 0) return;

    let written = 0;
    if (Buffer.isBuffer(body)) {
      await this.push(body);
      written = body.length;
    } else if (body) {
      for await (const chunk of body) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        written += data.length;
        if (written > size) throw invalidArgument(`tar ${input.name}: body is longer than ${size} bytes`);
        await this.push(data);
      }
    }
    if (written !== size) throw invalidArgument(`tar ${input.name}: body is ${written} bytes, header says ${size}`);
    await this.push(Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK));
  }
}
