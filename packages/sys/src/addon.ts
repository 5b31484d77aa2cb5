import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BerthError, type ErrorKind, failedPrecondition } from '@berth/errdefs';

/** The raw addon surface (src/native/berth_sys.c). Callers go through `callNative`. */
export interface NativeAddon {
  setChildSubreaper(): void;
  releaseFreeMemory(): boolean;
  waitPid(pid: number): { pid: number; exitCode: number; signal: number | null } | null;
  mount(source: string | null, target: string, fstype: string | null, flags: number, data: string | null): void;
  umount2(target: string, flags: number): void;
  mknod(path: string, mode: number, major: number, minor: number): void;
  lsetxattr(path: string, name: string, value: Buffer): void;
  lgetxattr(path: string, name: string): Buffer | null;
  llistxattr(path: string): string[];
  listenUnix(path: string): number;
  recvFd(listenFd: number): number | null;
  sendFd(path: string, fd: number, name: string): void;
  setWinsize(fd: number, rows: number, cols: number): void;
  getWinsize(fd: number): { rows: number; cols: number };
  createNetns(path: string): void;
  removeNetns(path: string): void;
  openNetlinkSocket(protocol: number, netnsPath: string | null): number;
  netlinkTransact(fd: number, request: Buffer): Buffer[];
  socketInNetns(netnsPath: string | null, family: 4 | 6, stream: boolean, address: string, port: number, listen: boolean, reuseAddr: boolean): number;
  writeSysctlInNetns(netnsPath: string | null, file: string, value: string): void;
  udpPollStart(fd: number, onReadable: () => void): UdpPollHandle;
  udpPollStop(handle: UdpPollHandle): void;
  udpPollRef(handle: UdpPollHandle, ref: boolean): void;
  udpRecv(fd: number): { data: Buffer; address: string; port: number; family: 4 | 6 } | null;
  udpSend(fd: number, data: Buffer, port: number, address: string): boolean;
  constants: Record<NativeConstant, number>;
}

/** An opaque native uv_poll_t watching a UDP socket (see udp-fd.ts). */
export interface UdpPollHandle {
  readonly __udpPollHandle: unique symbol;
}

export type NativeConstant =
  | 'MS_RDONLY'
  | 'MS_NOSUID'
  | 'MS_NODEV'
  | 'MS_NOEXEC'
  | 'MS_REMOUNT'
  | 'MS_BIND'
  | 'MS_REC'
  | 'MS_PRIVATE'
  | 'MS_SLAVE'
  | 'MS_SHARED'
  | 'MS_RELATIME'
  | 'MS_NOATIME'
  | 'MNT_DETACH'
  | 'S_IFCHR'
  | 'S_IFBLK'
  | 'S_IFIFO';

const ADDON_FILE = 'berth_sys.node';
let addon: NativeAddon | undefined;

/** Where the addon may live, first match wins: explicit override, beside a bundle, the dev build. */
function candidates(): string[] {
  const found: string[] = [];
  const override = process.env.BERTH_SYS_ADDON;
  if (override) found.push(override);
  found.push(path.join(__dirname, ADDON_FILE));
  found.push(path.join(__dirname, '../build/Release', ADDON_FILE));
  return found;
}

/**
 * Loads the addon on first use, so importing @berth/sys (for its types or its pure helpers) never
 * requires a native build. `process.dlopen` rather than `require` keeps bundlers from trying to
 * resolve the path at build time.
 */
export function native(): NativeAddon {
  if (addon) return addon;
  const file = candidates().find((candidate) => existsSync(candidate));
  if (!file) {
    throw failedPrecondition('@berth/sys native addon not built: run npm run build -w @berth/sys');
  }
  const module = { exports: {} as NativeAddon };
  process.dlopen(module, file);
  addon = module.exports;
  return addon;
}

const KIND_OF_ERRNO: Record<string, ErrorKind> = {
  ENOENT: 'NotFound',
  ESRCH: 'NotFound',
  ECHILD: 'NotFound',
  EEXIST: 'AlreadyExists',
  EINVAL: 'InvalidArgument',
  ENOTDIR: 'InvalidArgument',
  ENAMETOOLONG: 'InvalidArgument',
  EPERM: 'PermissionDenied',
  EACCES: 'PermissionDenied',
  EBUSY: 'Conflict',
  EADDRINUSE: 'Conflict',
  EADDRNOTAVAIL: 'InvalidArgument',
  EOPNOTSUPP: 'NotImplemented',
};

/** A failed syscall: a typed berth error that still carries Node's `code`, `errno`, `syscall`, `path`. */
export interface SyscallError extends BerthError {
  code: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

/** Re-types a system error (native or from node:fs) as the errdefs kind its errno stands for. */
export function syscallError(err: unknown): unknown {
  // Duck-typed: system errors may come from another realm (jest sandboxes), where instanceof fails.
  if (typeof err !== 'object' || err === null || err instanceof BerthError) return err;
  const source = err as { message?: unknown; code?: unknown; errno?: number; syscall?: string; path?: string };
  if (typeof source.code !== 'string' || typeof source.message !== 'string') return err;
  const typed = new BerthError(KIND_OF_ERRNO[source.code] ?? 'Internal', source.message, { cause: err }) as SyscallError;
  typed.code = source.code;
  if (source.errno !== undefined) typed.errno = source.errno;
  if (source.syscall !== undefined) typed.syscall = source.syscall;
  if (source.path !== undefined) typed.path = source.path;
  return typed;
}

/** Runs one addon call, translating its failure into a typed error. */
export function callNative<T>(call: (addon: NativeAddon) => T): T {
  const loaded = native();
  try {
    return call(loaded);
  } catch (err) {
    throw syscallError(err);
  }
}

/** The errno name of a failure, if it was a system error. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
