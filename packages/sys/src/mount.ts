import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { conflict, invalidArgument } from '@berth/errdefs';
import { callNative, errnoCode, native, type NativeConstant } from './addon';

/** mount(2) flags by the names `mount -o` uses; `r`-prefixed propagation flags add MS_REC. */
export type MountFlag =
  | 'rdonly'
  | 'nosuid'
  | 'nodev'
  | 'noexec'
  | 'remount'
  | 'bind'
  | 'rec'
  | 'private'
  | 'rprivate'
  | 'slave'
  | 'rslave'
  | 'shared'
  | 'rshared'
  | 'relatime'
  | 'noatime';

const FLAG_BITS: Record<MountFlag, NativeConstant[]> = {
  rdonly: ['MS_RDONLY'],
  nosuid: ['MS_NOSUID'],
  nodev: ['MS_NODEV'],
  noexec: ['MS_NOEXEC'],
  remount: ['MS_REMOUNT'],
  bind: ['MS_BIND'],
  rec: ['MS_REC'],
  private: ['MS_PRIVATE'],
  rprivate: ['MS_PRIVATE', 'MS_REC'],
  slave: ['MS_SLAVE'],
  rslave: ['MS_SLAVE', 'MS_REC'],
  shared: ['MS_SHARED'],
  rshared: ['MS_SHARED', 'MS_REC'],
  relatime: ['MS_RELATIME'],
  noatime: ['MS_NOATIME'],
};

function flagBits(flags: readonly MountFlag[]): number {
  const constants = native().constants;
  let bits = 0;
  for (const flag of flags) {
    const names = FLAG_BITS[flag];
    if (!names) throw invalidArgument(`unknown mount flag: ${String(flag)}`);
    for (const name of names) bits |= constants[name];
  }
  return bits >>> 0;
}

/**
 * mount(2). `fstype` is null for bind mounts, remounts and propagation changes; `data` is the
 * filesystem-specific option string (e.g. overlay's `lowerdir=...`).
 */
export function mount(source: string, target: string, fstype: string | null, flags: MountFlag[], data?: string): void {
  const bits = flagBits(flags);
  callNative((addon) => addon.mount(source, target, fstype, bits, data ?? null));
}

/** umount2(2); `detach` is MNT_DETACH: the mount disappears now and is released when no longer busy. */
export function unmount(target: string, opts: { detach?: boolean } = {}): void {
  const flags = opts.detach ? native().constants.MNT_DETACH : 0;
  callNative((addon) => addon.umount2(target, flags));
}

/**
 * A filesystem mount as snapshotters describe it (containerd's mount.Mount).
 * `type` is 'bind' | 'overlay' | 'tmpfs' ...; `options` are `mount -o` words such as
 * `['rbind', 'ro']` or `['lowerdir=a:b', 'upperdir=u', 'workdir=w']`.
 */
export interface Mount {
  type: string;
  source: string;
  options: string[];
}

/** `mount -o` words that are mount(2) flags rather than filesystem data; `false` clears the flag. */
const OPTION_FLAGS: Record<string, [MountFlag, boolean]> = {
  ro: ['rdonly', true],
  rw: ['rdonly', false],
  nosuid: ['nosuid', true],
  suid: ['nosuid', false],
  nodev: ['nodev', true],
  dev: ['nodev', false],
  noexec: ['noexec', true],
  exec: ['noexec', false],
  relatime: ['relatime', true],
  noatime: ['noatime', true],
};

const PROPAGATION: ReadonlySet<string> = new Set(['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared']);

interface ParsedOptions {
  flags: MountFlag[];
  propagation: MountFlag[];
  data: string[];
  bind: boolean;
  recursive: boolean;
}

function parseOptions(options: readonly string[]): ParsedOptions {
  const flags = new Set<MountFlag>();
  const parsed: ParsedOptions = { flags: [], propagation: [], data: [], bind: false, recursive: false };
  for (const option of options) {
    if (option === 'bind' || option === 'rbind') {
      parsed.bind = true;
      parsed.recursive ||= option === 'rbind';
    } else if (option in OPTION_FLAGS) {
      const [flag, set] = OPTION_FLAGS[option];
      if (set) flags.add(flag);
      else flags.delete(flag);
    } else if (PROPAGATION.has(option)) {
      parsed.propagation.push(option as MountFlag);
    } else if (option !== 'defaults') {
      parsed.data.push(option);
    }
  }
  parsed.flags = [...flags];
  return parsed;
}

/** Overlay's option string is limited to one page; longer layer lists need relative paths. */
const MAX_MOUNT_DATA = 4095;
const PATH_OPTIONS = new Set(['lowerdir', 'upperdir', 'workdir']);

function commonDirectory(paths: string[]): string {
  let common = path.dirname(paths[0]);
  for (const p of paths) {
    while (common !== '/' && p !== common && !p.startsWith(common + '/')) common = path.dirname(common);
  }
  return common;
}

/**
 * Mounts overlay with a data string longer than a page, as containerd does: the layer paths are
 * rewritten relative to their common parent, which becomes the working directory for the call.
 */
function mountRelativeToCommonParent(source: string, target: string, fstype: string, flags: MountFlag[], data: string[]): void {
  const paths = data.flatMap((option) => {
    const [key, value] = splitOption(option);
    return PATH_OPTIONS.has(key) && value !== undefined ? value.split(':') : [];
  });
  if (paths.length === 0 || !paths.every((p) => path.isAbsolute(p))) {
    throw invalidArgument(`mount options for ${target} exceed ${MAX_MOUNT_DATA} bytes`);
  }
  const common = commonDirectory(paths);
  const relative = data.map((option) => {
    const [key, value] = splitOption(option);
    if (!PATH_OPTIONS.has(key) || value === undefined) return option;
    return `${key}=${value.split(':').map((p) => path.relative(common, p) || '.').join(':')}`;
  });
  if (relative.join(',').length > MAX_MOUNT_DATA) {
    throw invalidArgument(`mount options for ${target} exceed ${MAX_MOUNT_DATA} bytes even relative to ${common}`);
  }
  const absoluteTarget = path.resolve(target);
  const previous = process.cwd();
  process.chdir(common);
  try {
    mount(source, absoluteTarget, fstype, flags, relative.join(','));
  } finally {
    process.chdir(previous);
  }
}

function splitOption(option: string): [string, string | undefined] {
  const at = option.indexOf('=');
  return at < 0 ? [option, undefined] : [option.slice(0, at), option.slice(at + 1)];
}

function mountOne(m: Mount, target: string): number {
  const options = parseOptions(m.options);
  let stacked = 0;
  try {
    if (m.type === 'bind' || options.bind) {
      mount(m.source, target, null, options.recursive ? ['bind', 'rec'] : ['bind']);
      stacked++;
      // The kernel ignores other flags on the first bind call; they take effect on a remount.
      if (options.flags.length > 0) mount('', target, null, ['remount', 'bind', ...options.flags]);
    } else {
      const data = options.data.join(',');
      if (data.length > MAX_MOUNT_DATA) mountRelativeToCommonParent(m.source, target, m.type, options.flags, options.data);
      else mount(m.source, target, m.type, options.flags, data);
      stacked++;
    }
    for (const propagation of options.propagation) mount('', target, null, [propagation]);
    return stacked;
  } catch (err) {
    undo(target, stacked);
    throw err;
  }
}

function undo(target: string, count: number): void {
  for (let i = 0; i < count; i++) {
    try {
      unmount(target);
    } catch {
      try {
        unmount(target, { detach: true });
      } catch {
        // Nothing more can be done here; the original failure is what the caller needs to see.
      }
    }
  }
}

/**
 * Mounts every entry of `mounts` on `target`, in order (later ones stack on earlier ones). All or
 * nothing: if one fails, those already mounted are unmounted again and the failure is thrown.
 * A 'bind' type (or a 'bind'/'rbind' option) is a bind mount, re-mounted read-only for 'ro'; any
 * other type is passed to mount(2) as the filesystem type, with the non-flag options as its data.
 */
export function mountAll(mounts: Mount[], target: string): void {
  let done = 0;
  try {
    for (const m of mounts) done += mountOne(m, target);
  } catch (err) {
    undo(target, done);
    throw err;
  }
}

/** Unmounts everything stacked on `target` until it is no longer a mount point; detaches busy mounts. */
export function unmountAll(target: string): void {
  // Bounded so a mount that keeps reappearing (propagation from elsewhere) cannot spin forever.
  for (let attempt = 0; attempt < 256; attempt++) {
    try {
      unmount(target);
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'EINVAL' || code === 'ENOENT') return;
      if (code !== 'EBUSY') throw err;
      unmount(target, { detach: true });
    }
  }
  throw conflict(`unmount ${target}: still a mount point after 256 unmounts`);
}

/** One line of /proc/self/mountinfo. `options` are the per-mount options (e.g. `rw,nosuid,relatime`). */
export interface MountInfo {
  mountPoint: string;
  fsType: string;
  source: string;
  options: string;
}

/** mountinfo escapes space, tab, newline and backslash as octal (`\040` ...). */
function unescapeOctal(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The mounts visible to this process, parsed from /proc/self/mountinfo, in mount order. */
export function listMounts(): MountInfo[] {
  const mounts: MountInfo[] = [];
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    if (!line) continue;
    // id parent major:minor root mount-point options [optional...] - fstype source super-options
    const fields = line.split(' ');
    const separator = fields.indexOf('-', 6);
    if (separator < 0 || fields.length < separator + 3) continue;
    mounts.push({
      mountPoint: unescapeOctal(fields[4]),
      options: fields[5],
      fsType: unescapeOctal(fields[separator + 1]),
      source: unescapeOctal(fields[separator + 2]),
    });
  }
  return mounts;
}
