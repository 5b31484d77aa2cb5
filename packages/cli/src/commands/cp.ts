import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { containerArchiveOf, type ContainerArchiveApi } from '@berth/client';
import { type Command, type CommandContext, StatusError, write } from '../context';
import {
  CopyRuleError, copySummary, getRebaseName, preserveTrailingDotOrSeparator, prepareArchiveCopy, splitCopyArg, splitPathDirEntry, type CopyInfo,
} from '../copy-paths';
import { humanSize } from '../format/units';

/** Go's os.FileMode bits the copy looks at. */
const MODE_DIR = 2 ** 31;
const MODE_SYMLINK = 2 ** 27;
const MODE_DEVICE = 2 ** 26;
const MODE_IRREGULAR = 2 ** 19;

/** The tar code lives in @berth/archive, loaded only by `cp` so other commands start without it. */
const archive = () => import('@berth/archive');

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
};

/** A failed file-system call worded as Go's *PathError (`lstat /x: no such file or directory`). */
function pathError(err: unknown, op: string, file: string): StatusError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return new StatusError(`${op} ${file}: ${ERRNO_TEXT[code] ?? (err as Error).message}`, 1);
}

function lstatOrNull(file: string): fs.Stats | null {
  return fs.lstatSync(file, { throwIfNoEntry: false }) ?? null;
}

/** An absolute local path keeping the user's trailing `/` or `/.`. */
function resolveLocalPath(local: string): string {
  return preserveTrailingDotOrSeparator(path.resolve(local), local);
}

/** docker's ValidateOutputPath: the parent exists; an existing path is a directory or a regular file. */
function validateOutputPath(dst: string): void {
  const dir = path.dirname(path.resolve(dst));
  if (!fs.existsSync(dir)) throw new StatusError(`invalid output path: directory ${JSON.stringify(dir)} does not exist`, 1);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dst, { throwIfNoEntry: false });
  } catch (err) {
    throw pathError(err, 'stat', dst);
  }
  if (stat && !stat.isDirectory() && !stat.isFile()) {
    throw new StatusError(`invalid output path: ${JSON.stringify(dst)} must be a directory or a regular file: ${stat.isBlockDevice() || stat.isCharacterDevice() ? 'got a device' : 'got an irregular file'}`, 1);
  }
}

/** docker's CopyInfoDestinationPath: symlinks at the path are followed; a missing path needs its parent. */
function destinationInfo(dst: string): CopyInfo {
  let current = dst;
  let stat: fs.Stats | null;
  try {
    stat = lstatOrNull(current);
    for (let hops = 0; stat?.isSymbolicLink(); hops++) {
      if (hops > 10) throw new StatusError(`too many symlinks in ${dst}`, 1);
      let target = fs.readlinkSync(current);
      if (!target.startsWith('/')) target = path.join(splitPathDirEntry(current)[0], target);
      current = target;
      stat = lstatOrNull(current);
    }
  } catch (err) {
    if (err instanceof StatusError) throw err;
    throw pathError(err, 'lstat', current);
  }
  if (stat) return { path: current, exists: true, isDir: stat.isDirectory(), rebaseName: '' };
  const parent = splitPathDirEntry(current)[0];
  let parentStat: fs.Stats;
  try {
    parentStat = fs.statSync(parent);
  } catch (err) {
    throw pathError(err, 'stat', parent);
  }
  if (!parentStat.isDirectory()) throw new StatusError('not a directory', 1);
  return { path: current, exists: false, isDir: false, rebaseName: '' };
}

/** docker's CopyInfoSourcePath: symlinks before the last `/` are resolved, the last one only with -L. */
function sourceInfo(src: string, followLink: boolean): CopyInfo {
  let resolved: string;
  let rebaseName = '';
  if (followLink) {
    try {
      resolved = fs.realpathSync(src);
    } catch (err) {
      throw pathError(err, 'lstat', src);
    }
    [resolved, rebaseName] = getRebaseName(src, resolved);
  } else {
    const cut = src.lastIndexOf('/');
    const dir = src.slice(0, cut + 1) || '.';
    let resolvedDir: string;
    try {
      resolvedDir = fs.realpathSync(dir);
    } catch (err) {
      throw pathError(err, 'lstat', dir);
    }
    resolved = `${resolvedDir === '/' ? '' : resolvedDir}/${src.slice(cut + 1)}`;
    if (src.endsWith('/') && path.basename(src) !== path.basename(resolved)) rebaseName = path.basename(src);
  }
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(resolved);
  } catch (err) {
    throw pathError(err, 'lstat', resolved);
  }
  return { path: resolved, exists: true, isDir: stat.isDirectory(), rebaseName };
}

const UPLOAD_CHUNK = 64 * 1024;

/**
 * Counts the bytes going through (the size docker's summary reports) and joins small writes into
 * chunks of about 64 KiB: a tar of many small files is thousands of tiny writes otherwise, each
 * its own chunk on the wire and its own wake-up at the other end.
 */
function counter(): Transform & { bytes: number } {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const t = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      t.bytes += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= UPLOAD_CHUNK) {
        const joined = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        return done(null, joined);
      }
      done();
    },
    flush(done) {
      done(null, pendingBytes > 0 ? Buffer.concat(pending, pendingBytes) : undefined);
    },
  }) as Transform & { bytes: number };
  t.bytes = 0;
  return t;
}

interface CopyOptions {
  container: string;
  src: string;
  dst: string;
  followLink: boolean;
  copyUIDGID: boolean;
  quiet: boolean;
}

function ruleError(err: unknown): unknown {
  return err instanceof CopyRuleError ? new StatusError(err.message, 1) : err;
}

async function copyFromContainer(ctx: CommandContext, api: ContainerArchiveApi, opts: CopyOptions): Promise<void> {
  let dst = opts.dst;
  if (dst !== '-') dst = resolveLocalPath(dst);
  validateOutputPath(dst);
  let src = opts.src;
  let rebaseName = '';
  if (opts.followLink) {
    const stat = await api.statPath(opts.container, src).catch(() => undefined);
    if (stat && (stat.mode & MODE_SYMLINK) !== 0) {
      let target = stat.linkTarget;
      if (!target.startsWith('/')) target = path.posix.join(splitPathDirEntry(src)[0], target);
      [src, rebaseName] = getRebaseName(src, target);
    }
  }
  const { stat, content } = await api.copyFrom(opts.container, src);
  if (dst === '-') {
    await pipeline(content, ctx.io.stdout, { end: false });
    return;
  }
  const srcInfo: CopyInfo = { path: src, exists: true, isDir: (stat.mode & MODE_DIR) !== 0, rebaseName };
  const count = counter();
  const tar: Readable = content.pipe(count);
  const plan = (() => {
    try {
      return prepareArchiveCopy(srcInfo, destinationInfo(dst));
    } catch (err) {
      content.destroy();
      throw ruleError(err);
    }
  })();
  const { applyLayer } = await archive();
  // Every entry starts with the daemon's top name (the path's base name), so docker's renames (to
  // the name -L asked for, then to the destination's) are one rename of that name on extraction.
  const top = splitPathDirEntry(src)[1];
  const renamed = plan.rebase?.to ?? (rebaseName || top);
  // As docker: what is written locally belongs to the user running the copy (NoLchown).
  await applyLayer(plan.dstDir, tar, {
    whiteouts: 'none',
    noOverwriteDirNonDir: true,
    owner: { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 },
    renameTop: renamed !== top ? { from: top, to: renamed } : undefined,
  });
  if (!opts.quiet) await write(ctx.io.stderr, copySummary(humanSize(count.bytes), dst));
}

async function copyToContainer(ctx: CommandContext, api: ContainerArchiveApi, opts: CopyOptions): Promise<void> {
  let src = opts.src;
  if (src !== '-') src = resolveLocalPath(src);
  const dst: CopyInfo = { path: opts.dst, exists: false, isDir: false, rebaseName: '' };
  // A missing destination (or container) is not an error yet: the upload's answer says what is wrong.
  let stat = await api.statPath(opts.container, opts.dst).catch(() => undefined);
  if (stat && (stat.mode & MODE_SYMLINK) !== 0) {
    let target = stat.linkTarget;
    if (!target.startsWith('/')) target = path.posix.join(splitPathDirEntry(opts.dst)[0], target);
    dst.path = target;
    stat = await api.statPath(opts.container, target).catch(() => undefined);
  }
  if (stat) {
    if ((stat.mode & (MODE_DEVICE | MODE_IRREGULAR)) !== 0) {
      const what = (stat.mode & MODE_DEVICE) !== 0 ? 'got a device' : 'got an irregular file';
      throw new StatusError(`destination "${opts.container}:${opts.dst}" must be a directory or a regular file: ${what}`, 1);
    }
    dst.exists = true;
    dst.isDir = (stat.mode & MODE_DIR) !== 0;
  }
  const count = counter();
  let dstDir: string;
  let tar: Readable;
  if (src === '-') {
    if (!dst.isDir) throw new StatusError(`destination "${opts.container}:${opts.dst}" must be a directory`, 1);
    dstDir = dst.path;
    tar = ctx.io.stdin;
  } else {
    const info = sourceInfo(src, opts.followLink);
    let plan;
    try {
      plan = prepareArchiveCopy(info, dst);
    } catch (err) {
      throw ruleError(err);
    }
    const { writePathAsTar } = await archive();
    const local = new PassThrough();
    // Every entry starts with the top name, so renaming it (docker's rebase) is naming it so.
    const top = plan.rebase?.to ?? (info.rebaseName || splitPathDirEntry(info.path)[1]);
    void writePathAsTar(info.path, top, local).catch((err: unknown) => local.destroy(err as Error));
    tar = local;
    dstDir = plan.dstDir;
  }
  await api.copyTo(opts.container, dstDir, tar.pipe(count), { copyUIDGID: opts.copyUIDGID });
  if (!opts.quiet) await write(ctx.io.stderr, copySummary(humanSize(count.bytes), `${opts.container}:${dst.path}`));
}

export const cpCommand: Command = {
  spec: {
    name: 'cp',
    use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tberth cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    description: 'Copy files/folders between a container and the local filesystem',
    aliases: ['container cp', 'cp'],
    flags: [
      { name: 'archive', short: 'a', kind: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
      { name: 'follow-link', short: 'L', kind: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
    ],
    minArgs: 2,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const [source, destination] = flags.args as [string, string];
    if (source === '') throw new StatusError('source can not be empty', 1);
    if (destination === '') throw new StatusError('destination can not be empty', 1);
    const from = splitCopyArg(source);
    const to = splitCopyArg(destination);
    if (from.container !== undefined && to.container !== undefined) throw new StatusError('copying between containers is not supported', 1);
    const container = from.container ?? to.container;
    if (container === undefined) throw new StatusError('must specify at least one container source', 1);
    const opts: CopyOptions = {
      container,
      src: from.path,
      dst: to.path,
      followLink: flags.bool('follow-link'),
      copyUIDGID: flags.bool('archive'),
      // As docker: without -q, the summary is printed only when stdout is a terminal.
      quiet: flags.changed('quiet') ? flags.bool('quiet') : !ctx.io.stdout.isTTY,
    };
    const api = containerArchiveOf(ctx.client());
    if (from.container !== undefined) await copyFromContainer(ctx, api, opts);
    else await copyToContainer(ctx, api, opts);
  },
};
