/**
 * `docker cp`'s path rules (docker/cli's cp.go and its archive package's copy.go), as pure
 * functions: which side is a container, what a trailing `/` or `/.` asserts, and how a source tar
 * is renamed and where it is extracted so that a file lands as a file, a directory under a new
 * name, and `dir/.` as the directory's contents.
 */
import * as path from 'node:path';

/** One side of a copy: the container (absent for a local path) and the path. */
export interface CopyEndpoint {
  container?: string;
  path: string;
}

/**
 * `CONTAINER:PATH` or a local path. A local path holding a `:` must be made explicit (`./a:b` or
 * `/a:b`), as docker requires; an absolute path is always local.
 */
export function splitCopyArg(arg: string): CopyEndpoint {
  if (arg.startsWith('/')) return { path: arg };
  const colon = arg.indexOf(':');
  if (colon === -1 || arg.startsWith('.')) return { path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

function specifiesCurrentDir(p: string): boolean {
  return path.basename(p) === '.' || p === '.';
}

/** A trailing `/` or a last component `.`: the path is asserted to be a directory. */
export function assertsDirectory(p: string): boolean {
  return p.endsWith('/') || specifiesCurrentDir(p);
}

/** Go's filepath.Clean (Node's normalize keeps a trailing slash; Clean drops it). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const normal = path.posix.normalize(p);
  return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}

/** Go's filepath.Base: '.' for '', '/' for the root, trailing slashes ignored. */
export function basePath(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's filepath.Dir. */
function dirPath(p: string): string {
  const cut = p.lastIndexOf('/');
  if (cut === -1) return '.';
  return cleanPath(p.slice(0, cut + 1));
}

/** Re-adds the trailing `/.` or `/` that cleaning `original` into `cleaned` removed. */
export function preserveTrailingDotOrSeparator(cleaned: string, original: string): string {
  let result = cleaned;
  if (!specifiesCurrentDir(result) && specifiesCurrentDir(original)) {
    if (!result.endsWith('/')) result += '/';
    result += '.';
  }
  if (!result.endsWith('/') && original.endsWith('/')) result += '/';
  return result;
}

/** A path's directory and base name, cleaned, keeping a last `.` (`/a/b/.` → `/a/b`, `.`). */
export function splitPathDirEntry(p: string): [string, string] {
  let cleaned = cleanPath(p);
  if (specifiesCurrentDir(p)) cleaned += '/.';
  return [dirPath(cleaned), basePath(cleaned)];
}

/**
 * After a symlink at `requested` resolved to `resolved`: the resolved path with the trailing
 * `/.` or `/` the request had, and the name entries must be renamed to (the requested base name)
 * when the resolution changed it — '' when no renaming is needed.
 */
export function getRebaseName(requested: string, resolved: string): [string, string] {
  let result = resolved;
  if (specifiesCurrentDir(requested) && !specifiesCurrentDir(result)) result += '/.';
  if (requested.endsWith('/') && !result.endsWith('/')) result += '/';
  return [result, basePath(requested) !== basePath(result) ? basePath(requested) : ''];
}

/** What is known about one side: its path, whether it exists, whether it is a directory. */
export interface CopyInfo {
  path: string;
  exists: boolean;
  isDir: boolean;
  /** The name the source's entries must carry instead of the path's base name ('' for none). */
  rebaseName: string;
}

/** How to extract a source tar for the copy to do what the user asked. */
export interface ArchivePlan {
  /** The directory to extract into. */
  dstDir: string;
  /** The source's top entry name `from` becomes `to` (docker's RebaseArchiveEntries). */
  rebase?: { from: string; to: string };
}

/** docker's errors for impossible copies (archive.ErrCannotCopyDir, ErrDirNotExists). */
export const CANNOT_COPY_DIR = 'cannot copy directory';
export const NO_SUCH_DIRECTORY = 'no such directory';

export class CopyRuleError extends Error {}

/**
 * docker's PrepareArchiveCopy: an existing directory takes the source as is; otherwise the source
 * goes into the destination's parent, its top entry renamed to the destination's base name. A
 * directory cannot replace a file, and a file cannot create a directory asserted with `/`.
 */
export function prepareArchiveCopy(src: CopyInfo, dst: CopyInfo): ArchivePlan {
  const [dstDir, dstBase] = splitPathDirEntry(dst.path);
  const srcBase = src.rebaseName || splitPathDirEntry(src.path)[1];
  if (dst.exists && dst.isDir) return { dstDir: dst.path };
  if (dst.exists && src.isDir) throw new CopyRuleError(CANNOT_COPY_DIR);
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) throw new CopyRuleError(NO_SUCH_DIRECTORY);
  return { dstDir, rebase: { from: srcBase, to: dstBase } };
}

/** docker cp's summary line, on stderr when not quiet. */
export function copySummary(size: string, destination: string): string {
  return `Successfully copied ${size} to ${destination}\n`;
}
