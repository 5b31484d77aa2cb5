/**
 * @berth/sys — the few Linux syscalls Node lacks, from a small Node-API addon
 * (src/native/berth_sys.c, built by `npm run build -w @berth/sys`), plus durable-write helpers.
 *
 * Every failing syscall throws an errdefs kind chosen by its errno (ENOENT → notFound, EEXIST →
 * alreadyExists, EINVAL → invalidArgument, EPERM/EACCES → permissionDenied, EBUSY/EADDRINUSE → conflict) that
 * still carries Node's `code`, `errno` and `syscall`.
 */
export { releaseFreeMemory, setChildSubreaper, waitPid, type PidExit } from './process';
export {
  mount,
  unmount,
  mountAll,
  unmountAll,
  listMounts,
  type MountFlag,
  type Mount,
  type MountInfo,
} from './mount';
export {
  mknod,
  lsetxattr,
  lgetxattr,
  llistxattr,
  writeFileAtomic,
  writeFileAtomicSync,
  type DeviceKind,
} from './files';
export { FdReceiver, sendFd, setWindowSize, getWindowSize, type WindowSize } from './fdpass';
export {
  createNetns,
  removeNetns,
  openNetlinkSocket,
  netlinkTransact,
  closeFd,
  socketInNetns,
  writeSysctlInNetns,
  NETLINK_ROUTE,
  type NetnsSocketKind,
  type NetnsSocketOptions,
} from './netns';
export { UdpFdSocket, type UdpRemoteInfo } from './udp-fd';
export type { SyscallError } from './addon';
