import { isInvalidArgument } from '@berth/errdefs';
import { buildSpec } from './build';
import { lowestOomScoreAdj } from './host';
import { parseNamespaceModes } from './namespaces';
import type { RootfsReader, RunOptions } from './types';

const build = (opts: Partial<RunOptions>, rootfs?: RootfsReader) => buildSpec({ Cmd: ['true'] }, { id: 'ns-test', ...opts }, rootfs);
const refusal = async (opts: Partial<RunOptions>, rootfs?: RootfsReader) => {
  const err = await build(opts, rootfs).then(() => undefined, (e: unknown) => e);
  expect(isInvalidArgument(err)).toBe(true);
  return (err as Error).message;
};
const types = async (opts: Partial<RunOptions>) => (await build(opts)).linux.namespaces.map((n) => n.type);

describe('namespace modes', () => {
  it('parses dockerd modes and refuses others with its messages', () => {
    expect(parseNamespaceModes({ pid: 'host', ipc: 'shareable', uts: 'host', cgroupns: 'host' })).toEqual({ pid: 'host', ipc: 'shareable', uts: 'host', cgroup: 'host' });
    expect(parseNamespaceModes({ pid: '', ipc: '' })).toEqual({});
    expect(() => parseNamespaceModes({ pid: 'bogus' })).toThrow('invalid PID mode: bogus');
    expect(parseNamespaceModes({ pid: 'container:db', ipc: 'container:db' })).toEqual({ pid: { container: 'db' }, ipc: { container: 'db' } });
    expect(() => parseNamespaceModes({ pid: 'container:' })).toThrow('invalid PID mode: container:');
    expect(() => parseNamespaceModes({ ipc: 'bogus' })).toThrow('invalid IPC mode: bogus');
    expect(() => parseNamespaceModes({ uts: 'private' })).toThrow('invalid UTS mode: private');
    expect(() => parseNamespaceModes({ cgroupns: 'x' })).toThrow('invalid cgroup namespace mode: x');
  });

  it('leaves out the namespaces shared with the host', async () => {
    expect(await types({})).toEqual(['pid', 'ipc', 'uts', 'mount', 'network']);
    expect(await types({ namespaces: { pid: 'host', ipc: 'host', uts: 'host' } })).toEqual(['mount', 'network']);
    const shared = await build({ namespaces: { uts: 'host' }, hostname: 'x', domainname: 'y' });
    expect([shared.hostname, shared.domainname]).toEqual([undefined, undefined]);
  });

  it('joins the namespaces of a running container by its pid (keeping a /dev/shm of its own)', async () => {
    const spec = await build({ namespaces: { pid: { container: 'db', pid: 42 }, ipc: { container: 'db', pid: 42 } } });
    expect(spec.linux.namespaces.slice(0, 2)).toEqual([{ type: 'pid', path: '/proc/42/ns/pid' }, { type: 'ipc', path: '/proc/42/ns/ipc' }]);
    expect(spec.mounts.find((m) => m.destination === '/dev/shm')?.type).toBe('tmpfs');
    expect(await refusal({ namespaces: { pid: { container: 'db' } } })).toBe('container db is not running: its namespaces cannot be joined');
  });

  it('binds the host /dev/shm with --ipc host and has none with --ipc none', async () => {
    const shm = async (opts: Partial<RunOptions>) => (await build(opts)).mounts.filter((m) => m.destination === '/dev/shm');
    expect((await shm({}))[0].type).toBe('tmpfs');
    expect(await shm({ namespaces: { ipc: 'host' } })).toEqual([{ destination: '/dev/shm', type: 'bind', source: '/dev/shm', options: ['rbind', 'rprivate'] }]);
    expect(await shm({ namespaces: { ipc: 'none' } })).toEqual([]);
  });
});

describe('sysctls', () => {
  it('sets namespaced sysctls over the defaults', async () => {
    const spec = await build({ sysctls: { 'net.ipv4.ip_unprivileged_port_start': '1024', 'kernel.shmmax': '4096', 'fs.mqueue.msg_max': '20' } });
    expect(spec.linux.sysctl).toMatchObject({ 'net.ipv4.ip_unprivileged_port_start': '1024', 'kernel.shmmax': '4096', 'fs.mqueue.msg_max': '20' });
  });

  it('refuses host-wide parameters and those of a shared namespace', async () => {
    expect(await refusal({ sysctls: { 'vm.swappiness': '1' } })).toBe('sysctl "vm.swappiness" is not in a separate kernel namespace');
    expect(await refusal({ sysctls: { 'kernel.shmmax': '1' }, namespaces: { ipc: 'host' } })).toBe('sysctl "kernel.shmmax" not allowed in host ipc namespace');
    expect(await refusal({ sysctls: { 'net.core.somaxconn': '1' }, networkNamespace: 'host' })).toBe('sysctl "net.core.somaxconn" not allowed in host network namespace');
    expect(await refusal({ sysctls: { 'kernel.hostname': 'x' } })).toContain('conflicts with the OCI "hostname" field');
  });
});

describe('memory and OOM options', () => {
  it('puts the reservation in the spec and checks it against the limit', async () => {
    expect((await build({ resources: { memoryReservation: 64 << 20 } })).linux.resources.memory).toEqual({ reservation: 64 << 20 });
    expect(await refusal({ resources: { memoryReservation: 1024 } })).toBe('Minimum memory reservation allowed is 6MB');
    expect(await refusal({ resources: { memory: 32 << 20, memoryReservation: 64 << 20 } })).toBe(
      'Minimum memory limit can not be less than memory reservation limit, see usage',
    );
  });

  it('refuses a swappiness out of range', async () => {
    expect(await refusal({ resources: { memorySwappiness: 101 } })).toBe('Invalid value: 101, valid memory swappiness range is 0-100');
  });

  it('sets an oom score the runtime can set and refuses one below the daemon', async () => {
    expect((await build({ oomScoreAdj: 500 })).process.oomScoreAdj).toBe(500);
    expect((await build({})).process.oomScoreAdj).toBeUndefined();
    const lowest = await lowestOomScoreAdj();
    if (lowest > -1000) expect(await refusal({ oomScoreAdj: lowest - 1 })).toContain('CAP_SYS_RESOURCE');
    expect(await refusal({ oomScoreAdj: 1001 })).toBe('Invalid value 1001, range for oom score adj is [-1000, 1000]');
  });
});

describe('--group-add', () => {
  const rootfs: RootfsReader = {
    readFile: async (file) => (file === '/etc/group' ? Buffer.from('root:x:0:\naudio:x:29:\nstaff:x:50:\n') : file === '/etc/passwd' ? Buffer.from('root:x:0:0::/root:/bin/sh\n') : null),
  };
  it('resolves names from the container /etc/group and takes numbers as they are', async () => {
    expect((await build({ groupAdd: ['audio', '1234', 'staff'] }, rootfs)).process.user.additionalGids).toEqual([29, 1234, 50]);
  });
  it('refuses an unknown group name', async () => {
    expect(await refusal({ groupAdd: ['nosuch'] }, rootfs)).toBe('Unable to find group nosuch: no matching entries in group file');
  });
});
