import { invalidArgument } from '@berth/errdefs';

/** What a tar entry is. Hardlinks are 'link'; GNU contiguous files read as 'file'. */
export type TarEntryType = 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'block-device' | 'fifo';

/** One tar entry's metadata, with PAX and GNU extensions already folded in. */
export interface TarEntryHeader {
  /** The path as stored (relative, `/`-separated; directories may end with `/`). */
  name: string;
  type: TarEntryType;
  /** Body length in bytes; 0 for every type but 'file'. */
  size: number;
  /** Permission bits including setuid/setgid/sticky (no file-type bits). */
  mode: number;
  uid: number;
  gid: number;
  mtime: Date;
  /** Symlink target (any text) or hardlink target (a path in the same archive). */
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  /** Extended attributes from PAX `SCHILY.xattr.<name>` records. */
  xattrs?: Record<string, Buffer>;
}

export const BLOCK = 512;

/** ustar field offsets and lengths. */
export const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  typeflag: [156, 1],
  linkname: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
} as const;

type Field = keyof typeof F;

export const TYPE_FLAG: Record<TarEntryType, string> = {
  file: '0',
  link: '1',
  symlink: '2',
  'character-device': '3',
  'block-device': '4',
  directory: '5',
  fifo: '6',
};

const TYPE_OF_FLAG: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

export function entryTypeOf(flag: string, name: string): TarEntryType | undefined {
  // Pre-POSIX archives mark directories only by a trailing slash on a regular-file entry.
  if ((flag === '0' || flag === '\0') && name.endsWith('/')) return 'directory';
  return TYPE_OF_FLAG[flag];
}

export function field(block: Buffer, name: Field): Buffer {
  const [offset, length] = F[name];
  return block.subarray(offset, offset + length);
}

export function readString(block: Buffer, name: Field): string {
  const raw = field(block, name);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

/** Octal, or GNU base-256 when the high bit of the first byte is set. */
export function readNumber(block: Buffer, name: Field): number {
  const raw = field(block, name);
  if (raw[0] & 0x80) {
    if (raw[0] === 0xff) throw invalidArgument(`negative ${name} in tar header`);
    let value = raw[0] & 0x7f;
    for (let i = 1; i < raw.length; i++) value = value * 256 + raw[i];
    if (!Number.isSafeInteger(value)) throw invalidArgument(`${name} out of range in tar header`);
    return value;
  }
  // Octal digits, optionally padded with leading spaces and ended by NULs or spaces. Parsed by hand:
  // this runs for several fields of every entry.
  let at = 0;
  while (at < raw.length && raw[at] === 0x20) at++;
  let end = raw.length;
  while (end > at && (raw[end - 1] === 0 || raw[end - 1] === 0x20)) end--;
  let value = 0;
  for (let i = at; i < end; i++) {
    const digit = raw[i] - 0x30;
    if (digit < 0 || digit > 7) {
      const text = raw.toString('latin1', at, end);
      throw invalidArgument(`invalid ${name} field in tar header: ${JSON.stringify(text)}`);
    }
    value = value * 8 + digit;
  }
  return value;
}

/** The header checksum: the byte sum with the checksum field itself counted as spaces. */
export function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  return sum;
}

export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

/** PAX extended header records: `<len> <key>=<value>\n`; values stay bytes (xattrs are binary). */
export function parsePax(data: Buffer): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    const space = data.indexOf(0x20, at);
    const length = space < 0 ? NaN : Number(data.subarray(at, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= space - at || at + length > data.length || data[at + length - 1] !== 0x0a) {
      throw invalidArgument('malformed PAX extended header');
    }
    const record = data.subarray(space + 1, at + length - 1);
    const equals = record.indexOf(0x3d);
    if (equals < 0) throw invalidArgument('malformed PAX extended header record');
    records.set(record.subarray(0, equals).toString('utf8'), Buffer.from(record.subarray(equals + 1)));
    at += length;
  }
  return records;
}

/** One PAX record, whose decimal length prefix counts itself. */
export function paxRecord(key: string, value: Buffer | string): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`), Buffer.isBuffer(value) ? value : Buffer.from(value), Buffer.from('\n')]);
  let length = body.length + 1;
  while (String(length).length + body.length > length) length++;
  return Buffer.concat([Buffer.from(String(length)), body]);
}
