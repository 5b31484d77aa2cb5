/**
 * @berth/sys — the few syscalls Node lacks, from a small Node-API addon (src/native/berth_sys.c),
 * plus durable-write helpers built on Node's own fs.
 *
 * CONTRACT (implemented by the sys owner):
 *   setChildSubreaper(): void                     prctl(PR_SET_CHILD_SUBREAPER, 1)
 *   waitPid(pid): PidExit | null                  waitpid(pid, WNOHANG) for ONE pid (never -1)
 *   mount(source, target, fstype, flags, data)    mount(2); flags: MountFlag names
 *   unmount(target, detach?)                      umount2(2), MNT_DETACH when detach
 *   mknod(path, kind, mode, major, minor)         mknod(2) for 'char' | 'block' | 'fifo'
 *   lsetxattr(path, name, value) / lgetxattr / llistxattr
 *   writeFileAtomic(path, data)                   write tmp, fsync, rename, fsync dir
 */
export {};
