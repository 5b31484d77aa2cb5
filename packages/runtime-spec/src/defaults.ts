import type { SpecDeviceCgroupRule, SpecMount } from './types';

/** The OCI runtime-spec version berth's config.json declares. */
export const OCI_VERSION = '1.0.2';

/** The capabilities Docker grants a container that is neither privileged nor tuned. */
export const DEFAULT_CAPABILITIES: readonly string[] = Object.freeze([
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
]);

/** Every capability Linux knows, indexed by its number (capability.h). */
export const KNOWN_CAPABILITIES: readonly string[] = Object.freeze([
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
]);

/** Docker's PATH for images that do not set one. */
export const DEFAULT_PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const DEFAULT_SHM_SIZE = 64 * 1024 * 1024;

/** RLIMIT_NOFILE containers get, as under containerd, unless the host's hard limit is lower. */
export const DEFAULT_NOFILE_LIMIT = 1048576;

/** Kernel interfaces that leak host information or allow host-wide effects. */
export const DEFAULT_MASKED_PATHS: readonly string[] = Object.freeze([
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
]);

export const DEFAULT_READONLY_PATHS: readonly string[] = Object.freeze([
  '/proc/bus',
  '/proc/fs',
  '/proc/irq',
  '/proc/sys',
  '/proc/sysrq-trigger',
]);

/** The API filesystems of every container; /sys and the cgroup tree are writable only when privileged. */
export function defaultMounts(shmSize: number, privileged: boolean): SpecMount[] {
  const sysAccess = privileged ? 'rw' : 'ro';
  return [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
    },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', sysAccess] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: [sysAccess, 'nosuid', 'noexec', 'nodev'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    {
      destination: '/dev/shm',
      type: 'tmpfs',
      source: 'shm',
      options: ['nosuid', 'noexec', 'nodev', 'mode=1777', `size=${shmSize}`],
    },
  ];
}

const allowChar = (major: number | undefined, minor: number | undefined, access = 'rwm'): SpecDeviceCgroupRule => {
  const rule: SpecDeviceCgroupRule = { allow: true, type: 'c', access };
  if (major !== undefined) rule.major = major;
  if (minor !== undefined) rule.minor = minor;
  return rule;
};

/**
 * Devices cgroup rules of an unprivileged container: deny everything, then allow the devices a
 * userland expects (the ones runc creates in /dev, the pty multiplexer and pty slaves, tun) and
 * mknod of any node (creating a node grants no access to it). Everything else, FUSE included,
 * stays denied. Docker lists an explicit FUSE deny as well, from a time runc allowed it by default;
 * after a deny-all it is redundant, and on cgroup v1 a deny after the wildcard mknod rule is
 * rejected by runc (it cannot punch a hole in a wildcard). runc adds much the same allow list on its
 * own; writing it out keeps the spec meaningful to any runtime.
 */
export function defaultDeviceRules(): SpecDeviceCgroupRule[] {
  return [
    { allow: false, access: 'rwm' },
    allowChar(undefined, undefined, 'm'),
    { allow: true, type: 'b', access: 'm' },
    allowChar(1, 3), // null
    allowChar(1, 5), // zero
    allowChar(1, 7), // full
    allowChar(1, 8), // random
    allowChar(1, 9), // urandom
    allowChar(5, 0), // tty
    allowChar(5, 1), // console
    allowChar(5, 2), // ptmx
    allowChar(136, undefined), // pty slaves
    allowChar(10, 200), // tun
  ];
}

export const PRIVILEGED_DEVICE_RULES: readonly SpecDeviceCgroupRule[] = Object.freeze([{ allow: true, access: 'rwm' }]);
