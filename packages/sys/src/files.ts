import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import { callNative, native, syscallError } from './addon';

/** The kinds of special file `mknod` creates. */
export type DeviceKind = 'char' | 'block' | 'fifo';

/**
 * Creates a device node or FIFO. `mode` is the permission bits (the file type comes from `kind`);
 * `major`/`minor` are ignored for a FIFO. A char device 0/0 is also overlayfs' whiteout marker.
 */
export function mknod(file: string, kind: DeviceKind, mode: number, major = 0, minor = 0): void {
  const { S_IFCHR, S_IFBLK, S_IFIFO } = native().constants;
  const typeBits = { char: S_IFCHR, block: S_IFBLK, fifo: S_IFIFO }[kind];
  if (typeBits === undefined) throw invalidArgument(`mknod ${file}: unknown node kind ${String(kind)}`);
  callNative((addon) => addon.mknod(file, typeBits | (mode & 0o7777), major, minor));
}

/** Sets an extended attribute on `file` itself (a symlink is not followed). */
export function lsetxattr(file: string, name: string, value: Buffer): void {
  callNative((addon) => addon.lsetxattr(file, name, value));
}

/** An extended attribute of `file` itself, or `null` when it has none by that name (ENODATA). */
export function lgetxattr(file: string, name: string): Buffer | null {
  return callNative((addon) => addon.lgetxattr(file, name));
}

/** The names of the extended attributes of `file` itself that this process may see. */
export function llistxattr(file: string): string[] {
  return callNative((addon) => addon.llistxattr(file));
}

function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Replaces `file` with `data` so that after a crash at any instant the file holds either the old or
 * the new content, never a mix: write a temporary file in the same directory, fsync it, rename it
 * over `file`, then fsync the directory so the rename itself is durable. Errors are errdefs kinds
 * (with the errno `code`); the temporary file never outlives a failure.
 *
 * `{ durable: false }` skips both fsyncs: the replacement is still atomic for every process (a
 * reader sees old or new, and a writer killed mid-way leaves the old file), but not across a host
 * crash — right for runtime state that a reboot discards anyway (pid and exit records of running
 * containers), where the fsyncs would only add latency. `mode` (default 0644, before the umask)
 * is the new file's permission.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { durable?: boolean; mode?: number } = {}): Promise<void> {
  const durable = opts.durable ?? true;
  const temporary = temporaryNameFor(file);
  try {
    const handle = await fs.promises.open(temporary, 'wx', opts.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, file);
    if (!durable) return;
    const dir = await fs.promises.open(path.dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch (err) {
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
    throw syscallError(err);
  }
}

/** The synchronous twin of `writeFileAtomic`, for shutdown paths and start-up recovery. */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryNameFor(file);
  try {
    const fd = fs.openSync(temporary, 'wx', 0o644);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
    const dir = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch (err) {
    fs.rmSync(temporary, { force: true });
    throw syscallError(err);
  }
}
