// A minimal, deterministic ustar writer for building base images: every header field that could
// vary between runs (mtime, owner, names) is set by the caller, and nothing else is recorded.
// Only what image building needs is supported: files, directories and symlinks, names up to
// 255 bytes (ustar prefix/name split) and link targets up to 100 bytes.

const BLOCK = 512;

/**
 * @typedef {{ name: string, type: 'file' | 'directory' | 'symlink', mode?: number,
 *   uid?: number, gid?: number, mtime: Date, linkname?: string, body?: Buffer }} TarEntry
 */

/** Splits a path into ustar's (prefix, name) pair, or throws when it cannot be represented. */
function splitName(path) {
  if (Buffer.byteLength(path) <= 100) return ['', path];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name.length > 0) return [prefix, name];
  }
  throw new Error(`tar: path too long for ustar: ${path}`);
}

function writeString(block, offset, length, value) {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar: field too long: ${value}`);
  bytes.copy(block, offset);
}

function writeOctal(block, offset, length, value) {
  const digits = value.toString(8);
  if (digits.length > length - 1) throw new Error(`tar: value ${value} does not fit in ${length - 1} octal digits`);
  writeString(block, offset, length, digits.padStart(length - 1, '0') + '\0');
}

const TYPE_FLAG = { file: '0', symlink: '2', directory: '5' };

/** One 512-byte ustar header for `entry`. */
export function tarHeader(entry) {
  const block = Buffer.alloc(BLOCK);
  const name = entry.type === 'directory' && !entry.name.endsWith('/') ? entry.name + '/' : entry.name;
  const [prefix, base] = splitName(name);
  const size = entry.type === 'file' ? (entry.body?.length ?? 0) : 0;
  const defaultMode = entry.type === 'file' ? 0o644 : entry.type === 'directory' ? 0o755 : 0o777;
  writeString(block, 0, 100, base);
  writeOctal(block, 100, 8, entry.mode ?? defaultMode);
  writeOctal(block, 108, 8, entry.uid ?? 0);
  writeOctal(block, 116, 8, entry.gid ?? 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.floor(entry.mtime.getTime() / 1000));
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  const flag = TYPE_FLAG[entry.type];
  if (!flag) throw new Error(`tar: unsupported entry type ${entry.type}`);
  writeString(block, 156, 1, flag);
  if (entry.type === 'symlink') writeString(block, 157, 100, entry.linkname ?? '');
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return block;
}

/** The whole archive for `entries`, in the order given, with the two zero end blocks. */
export function tarArchive(entries) {
  const parts = [];
  for (const entry of entries) {
    parts.push(tarHeader(entry));
    if (entry.type === 'file' && entry.body && entry.body.length > 0) {
      parts.push(entry.body);
      const pad = (BLOCK - (entry.body.length % BLOCK)) % BLOCK;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
