import type { SeccompProfile, SeccompRule } from './seccomp-types';

/**
 * berth's default seccomp profile, equivalent in effect to Docker's: everything not allowed fails
 * with EPERM; allowed are the syscalls an ordinary program needs, grouped below by what they are
 * for, plus the ones a capability makes meaningful when (and only when) the container holds that
 * capability. What stays denied is what could reach past the container: kernel keyrings, module
 * loading, clock setting, swap, reboot, raw I/O ports, namespace creation without CAP_SYS_ADMIN,
 * and the rest of the syscall table nobody has shown a container needs.
 *
 * Names unknown to the host's libseccomp (newer syscalls on an older library, or another
 * architecture's) are skipped by the runtime, so the table can list syscalls of every supported
 * architecture and kernel.
 */

const EPERM = 1;
const ENOSYS = 38;

/** What ordinary programs use, whatever their capabilities. */
const ALLOWED_BY_PURPOSE: Record<string, readonly string[]> = {
  'reading and writing files and descriptors': [
    'read', 'write', 'readv', 'writev', 'pread64', 'pwrite64', 'preadv', 'preadv2', 'pwritev', 'pwritev2',
    'open', 'openat', 'openat2', 'creat', 'close', 'close_range', 'lseek', '_llseek',
    'dup', 'dup2', 'dup3', 'pipe', 'pipe2', 'fcntl', 'fcntl64', 'ioctl', 'flock',
    'sendfile', 'sendfile64', 'splice', 'tee', 'vmsplice', 'copy_file_range',
    'fsync', 'fdatasync', 'sync', 'syncfs', 'sync_file_range',
    'truncate', 'truncate64', 'ftruncate', 'ftruncate64', 'fallocate', 'fadvise64', 'fadvise64_64', 'readahead',
  ],
  'file metadata and directories': [
    'stat', 'stat64', 'lstat', 'lstat64', 'fstat', 'fstat64', 'fstatat64', 'newfstatat', 'statx',
    'statfs', 'statfs64', 'fstatfs', 'fstatfs64', 'access', 'faccessat', 'faccessat2',
    'readlink', 'readlinkat', 'getcwd', 'chdir', 'fchdir', 'getdents', 'getdents64', 'umask',
    'utime', 'utimes', 'utimensat', 'utimensat_time64', 'futimesat',
    'mkdir', 'mkdirat', 'rmdir', 'rename', 'renameat', 'renameat2', 'link', 'linkat', 'symlink', 'symlinkat',
    'unlink', 'unlinkat', 'mknod', 'mknodat', 'name_to_handle_at',
    'chmod', 'fchmod', 'fchmodat', 'fchmodat2', 'chown', 'chown32', 'fchown', 'fchown32', 'fchownat', 'lchown', 'lchown32',
  ],
  'extended attributes': [
    'getxattr', 'lgetxattr', 'fgetxattr', 'setxattr', 'lsetxattr', 'fsetxattr',
    'listxattr', 'llistxattr', 'flistxattr', 'removexattr', 'lremovexattr', 'fremovexattr',
    'getxattrat', 'setxattrat', 'listxattrat', 'removexattrat',
  ],
  'memory': [
    'brk', 'mmap', 'mmap2', 'munmap', 'mremap', 'mprotect', 'madvise', 'mincore', 'msync', 'remap_file_pages',
    'mlock', 'mlock2', 'mlockall', 'munlock', 'munlockall', 'membarrier', 'memfd_create', 'memfd_secret',
    'pkey_alloc', 'pkey_free', 'pkey_mprotect', 'process_mrelease', 'map_shadow_stack', 'mseal', 'cachestat',
  ],
  'processes and threads': [
    'fork', 'vfork', 'execve', 'execveat', 'exit', 'exit_group', 'wait4', 'waitid', 'waitpid',
    'getpid', 'getppid', 'gettid', 'getpgid', 'getpgrp', 'setpgid', 'getsid', 'setsid',
    'set_tid_address', 'set_robust_list', 'get_robust_list', 'rseq', 'restart_syscall',
    'prctl', 'capget', 'capset', 'seccomp', 'getpriority', 'setpriority', 'ioprio_get', 'ioprio_set',
    'getrusage', 'times', 'sysinfo', 'uname', 'getcpu', 'get_thread_area', 'set_thread_area',
    'getrlimit', 'setrlimit', 'ugetrlimit', 'prlimit64', 'pidfd_open', 'pidfd_send_signal',
  ],
  'user and group identity': [
    'getuid', 'getuid32', 'geteuid', 'geteuid32', 'getgid', 'getgid32', 'getegid', 'getegid32',
    'getresuid', 'getresuid32', 'getresgid', 'getresgid32', 'getgroups', 'getgroups32',
    'setuid', 'setuid32', 'setgid', 'setgid32', 'setreuid', 'setreuid32', 'setregid', 'setregid32',
    'setresuid', 'setresuid32', 'setresgid', 'setresgid32', 'setfsuid', 'setfsuid32', 'setfsgid', 'setfsgid32',
    'setgroups', 'setgroups32',
  ],
  'signals': [
    'kill', 'tkill', 'tgkill', 'rt_sigaction', 'rt_sigpending', 'rt_sigprocmask', 'rt_sigqueueinfo', 'rt_sigreturn',
    'rt_sigsuspend', 'rt_sigtimedwait', 'rt_sigtimedwait_time64', 'rt_tgsigqueueinfo',
    'sigaltstack', 'signalfd', 'signalfd4', 'sigprocmask', 'sigreturn', 'pause', 'alarm',
  ],
  'clocks and timers (reading; the kernel refuses adjtimex changes without CAP_SYS_TIME)': [
    'clock_getres', 'clock_getres_time64', 'clock_gettime', 'clock_gettime64', 'clock_nanosleep', 'clock_nanosleep_time64',
    'nanosleep', 'gettimeofday', 'time', 'getitimer', 'setitimer', 'adjtimex', 'clock_adjtime', 'clock_adjtime64',
    'timer_create', 'timer_delete', 'timer_getoverrun', 'timer_gettime', 'timer_gettime64', 'timer_settime', 'timer_settime64',
    'timerfd_create', 'timerfd_gettime', 'timerfd_gettime64', 'timerfd_settime', 'timerfd_settime64',
  ],
  'scheduling and futexes': [
    'sched_yield', 'sched_getaffinity', 'sched_setaffinity', 'sched_getattr', 'sched_setattr', 'sched_getparam',
    'sched_setparam', 'sched_getscheduler', 'sched_setscheduler', 'sched_get_priority_max', 'sched_get_priority_min',
    'sched_rr_get_interval', 'sched_rr_get_interval_time64', 'futex', 'futex_time64', 'futex_waitv',
    'futex_wake', 'futex_wait', 'futex_requeue',
  ],
  'waiting for events': [
    'poll', 'ppoll', 'ppoll_time64', 'select', '_newselect', 'pselect6', 'pselect6_time64',
    'epoll_create', 'epoll_create1', 'epoll_ctl', 'epoll_ctl_old', 'epoll_wait', 'epoll_wait_old', 'epoll_pwait', 'epoll_pwait2',
    'eventfd', 'eventfd2', 'inotify_init', 'inotify_init1', 'inotify_add_watch', 'inotify_rm_watch', 'fanotify_mark',
  ],
  'asynchronous I/O': [
    'io_setup', 'io_destroy', 'io_submit', 'io_cancel', 'io_getevents', 'io_pgetevents', 'io_pgetevents_time64',
    'io_uring_setup', 'io_uring_enter', 'io_uring_register',
  ],
  'sockets (socket(2) itself is below, with its address-family condition)': [
    'socketpair', 'bind', 'connect', 'listen', 'accept', 'accept4', 'shutdown', 'getsockname', 'getpeername',
    'getsockopt', 'setsockopt', 'send', 'sendto', 'sendmsg', 'sendmmsg', 'recv', 'recvfrom', 'recvmsg',
    'recvmmsg', 'recvmmsg_time64', 'socketcall',
  ],
  'System V and POSIX IPC (private to the container through its IPC namespace)': [
    'ipc', 'msgget', 'msgctl', 'msgsnd', 'msgrcv', 'semget', 'semctl', 'semop', 'semtimedop', 'semtimedop_time64',
    'shmget', 'shmctl', 'shmat', 'shmdt', 'mq_open', 'mq_unlink', 'mq_getsetattr', 'mq_notify',
    'mq_timedsend', 'mq_timedsend_time64', 'mq_timedreceive', 'mq_timedreceive_time64',
  ],
  'randomness and self-sandboxing': ['getrandom', 'landlock_create_ruleset', 'landlock_add_rule', 'landlock_restrict_self'],
};

/** Architecture-specific syscalls, by Docker's native architecture names. */
const ALLOWED_ON_ARCH: { arches: string[]; names: string[] }[] = [
  { arches: ['amd64', 'x32'], names: ['arch_prctl'] },
  { arches: ['amd64', 'x32', 'x86'], names: ['modify_ldt'] },
  { arches: ['arm', 'arm64'], names: ['arm_fadvise64_64', 'arm_sync_file_range', 'sync_file_range2', 'breakpoint', 'cacheflush', 'set_tls'] },
  { arches: ['ppc64le'], names: ['sync_file_range2', 'swapcontext'] },
  { arches: ['s390', 's390x'], names: ['s390_pci_mmio_read', 's390_pci_mmio_write', 's390_runtime_instr'] },
  { arches: ['riscv64'], names: ['riscv_flush_icache'] },
];

/** Syscalls whose use needs a capability anyway: allowed only when the container holds it. */
const ALLOWED_WITH_CAPABILITY: Record<string, readonly string[]> = {
  CAP_SYS_ADMIN: [
    // mounting and the new mount API
    'mount', 'umount', 'umount2', 'mount_setattr', 'move_mount', 'open_tree', 'fsopen', 'fsconfig', 'fsmount', 'fspick',
    // namespaces: creating and joining them (clone is also allowed unrestricted, see below)
    'unshare', 'setns', 'clone', 'clone3',
    // host-wide administration
    'sethostname', 'setdomainname', 'quotactl', 'quotactl_fd', 'lookup_dcookie', 'fanotify_init',
    'bpf', 'perf_event_open', 'syslog',
  ],
  CAP_DAC_READ_SEARCH: ['open_by_handle_at'],
  CAP_SYS_CHROOT: ['chroot'],
  CAP_SYS_BOOT: ['reboot'],
  CAP_SYS_MODULE: ['init_module', 'finit_module', 'delete_module'],
  CAP_SYS_PACCT: ['acct'],
  CAP_SYS_PTRACE: ['ptrace', 'process_vm_readv', 'process_vm_writev', 'process_madvise', 'kcmp', 'pidfd_getfd'],
  CAP_SYS_RAWIO: ['iopl', 'ioperm'],
  CAP_SYS_TIME: ['settimeofday', 'stime', 'clock_settime', 'clock_settime64'],
  CAP_SYS_TTY_CONFIG: ['vhangup'],
  CAP_SYS_NICE: ['get_mempolicy', 'set_mempolicy', 'set_mempolicy_home_node', 'mbind'],
  CAP_SYSLOG: ['syslog'],
  CAP_BPF: ['bpf'],
  CAP_PERFMON: ['perf_event_open'],
};

/** Every CLONE_NEW* flag: without CAP_SYS_ADMIN, clone(2) may create threads and processes, not namespaces. */
const CLONE_NAMESPACE_FLAGS =
  0x00020000 /* NEWNS */ | 0x02000000 /* NEWCGROUP */ | 0x04000000 /* NEWUTS */ | 0x08000000 /* NEWIPC */ |
  0x10000000 /* NEWUSER */ | 0x20000000 /* NEWPID */ | 0x40000000; /* NEWNET */

const AF_VSOCK = 40;

/**
 * personality(2) values that only change how the process sees the system, never what it can do:
 * the default, 32-bit mode (PER_LINUX32), a 2.6-style uname (UNAME26), both, and the query value.
 */
const HARMLESS_PERSONALITIES = [0x0, 0x8, 0x20000, 0x20008, 0xffffffff];

const conditionalRules: SeccompRule[] = [
  // Sockets of any family but vsock, which reaches the hypervisor's host side.
  { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: AF_VSOCK, op: 'SCMP_CMP_NE' }] },
  ...HARMLESS_PERSONALITIES.map(
    (value): SeccompRule => ({ names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value, op: 'SCMP_CMP_EQ' }] }),
  ),
  // Before 4.8, seccomp ran before ptrace could rewrite a syscall, so ptrace could bypass the
  // filter; since then it is safe to allow within the container's pid namespace.
  { names: ['ptrace', 'process_vm_readv', 'process_vm_writev'], action: 'SCMP_ACT_ALLOW', includes: { minKernel: '4.8' } },
  // clone without namespace flags (s390 swaps the first two arguments).
  {
    names: ['clone'],
    action: 'SCMP_ACT_ALLOW',
    args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }],
    excludes: { caps: ['CAP_SYS_ADMIN'], arches: ['s390', 's390x'] },
  },
  {
    names: ['clone'],
    action: 'SCMP_ACT_ALLOW',
    args: [{ index: 1, value: CLONE_NAMESPACE_FLAGS, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }],
    includes: { arches: ['s390', 's390x'] },
    excludes: { caps: ['CAP_SYS_ADMIN'] },
  },
  // clone3 passes its flags in memory, where seccomp cannot look: make it look absent so libc
  // falls back to clone, whose flags the rule above checks.
  { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: ENOSYS, excludes: { caps: ['CAP_SYS_ADMIN'] } },
];

/** The default profile, in Docker's profile format so that it goes through the same filtering as a user's. */
export const DEFAULT_SECCOMP_PROFILE: SeccompProfile = Object.freeze({
  defaultAction: 'SCMP_ACT_ERRNO',
  defaultErrnoRet: EPERM,
  archMap: [
    { architecture: 'SCMP_ARCH_X86_64', subArchitectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X32'] },
    { architecture: 'SCMP_ARCH_AARCH64', subArchitectures: ['SCMP_ARCH_ARM'] },
    { architecture: 'SCMP_ARCH_PPC64LE', subArchitectures: ['SCMP_ARCH_PPC64', 'SCMP_ARCH_PPC'] },
    { architecture: 'SCMP_ARCH_S390X', subArchitectures: ['SCMP_ARCH_S390'] },
    { architecture: 'SCMP_ARCH_RISCV64', subArchitectures: null },
  ],
  syscalls: [
    { names: Object.values(ALLOWED_BY_PURPOSE).flat(), action: 'SCMP_ACT_ALLOW' },
    ...conditionalRules,
    ...ALLOWED_ON_ARCH.map((r): SeccompRule => ({ names: r.names, action: 'SCMP_ACT_ALLOW', includes: { arches: r.arches } })),
    ...Object.entries(ALLOWED_WITH_CAPABILITY).map(
      ([cap, names]): SeccompRule => ({ names: [...names], action: 'SCMP_ACT_ALLOW', includes: { caps: [cap] } }),
    ),
  ],
}) as SeccompProfile;
