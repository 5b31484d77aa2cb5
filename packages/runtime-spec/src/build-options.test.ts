import { isInvalidArgument } from '@berth/errdefs';
import { buildSpec } from './build';
import type { RunOptions } from './types';

const build = (opts: Partial<RunOptions>) => buildSpec({ Cmd: ['sleep', '100'] }, { id: 'options-test', ...opts });

describe('buildSpec: security options', () => {
  it('applies the default seccomp profile unless unconfined or privileged', async () => {
    expect((await build({})).linux.seccomp?.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect((await build({ seccomp: 'default' })).linux.seccomp?.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect((await build({ seccomp: 'unconfined' })).linux.seccomp).toBeUndefined();
    expect((await build({ privileged: true })).linux.seccomp).toBeUndefined();
  });

  it('selects capability-conditional rules from the final capability set', async () => {
    const names = async (opts: Partial<RunOptions>) => (await build(opts)).linux.seccomp?.syscalls?.flatMap((r) => (r.args ? [] : r.names)) ?? [];
    expect(await names({})).not.toContain('mount');
    expect(await names({ capAdd: ['SYS_ADMIN'] })).toContain('mount');
    expect(await names({ capDrop: ['SYS_CHROOT'] })).not.toContain('chroot');
  });

  it('takes a profile in Docker format, and refuses a bad one', async () => {
    const spec = await build({ seccomp: { profile: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] } } });
    expect(spec.linux.seccomp).toEqual({ defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] });
    const err = await build({ seccomp: { profile: { defaultAction: 42 } } }).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
  });

  it('no-new-privileges', async () => {
    expect((await build({})).process.noNewPrivileges).toBe(false);
    expect((await build({ noNewPrivileges: true })).process.noNewPrivileges).toBe(true);
  });
});

describe('buildSpec: devices, ulimits, tmpfs, resources', () => {
  it('adds --device nodes and their cgroup rules after the defaults, then --device-cgroup-rule', async () => {
    const spec = await build({
      devices: [{ pathOnHost: '/dev/null', pathInContainer: '/dev/mynull', permissions: 'rw' }],
      deviceCgroupRules: ['c 42:* rmw'],
    });
    expect(spec.linux.devices).toEqual([expect.objectContaining({ path: '/dev/mynull', type: 'c', major: 1, minor: 3 })]);
    expect(spec.linux.resources.devices.slice(-2)).toEqual([
      { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
      { allow: true, type: 'c', major: 42, access: 'rmw' },
    ]);
  });

  it('--ulimit replaces the default nofile', async () => {
    expect((await build({ ulimits: [{ name: 'nofile', soft: 100, hard: 200 }] })).process.rlimits).toEqual([{ type: 'RLIMIT_NOFILE', soft: 100, hard: 200 }]);
  });

  it('--tmpfs mounts after the defaults; one on /dev/shm replaces the default shm', async () => {
    const { mounts } = await build({ tmpfs: { '/run': 'size=1m', '/dev/shm': 'size=2m' } });
    expect(mounts.filter((m) => m.destination === '/dev/shm')).toEqual([
      { destination: '/dev/shm', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate', 'size=2m'] },
    ]);
    expect(mounts.find((m) => m.destination === '/run')?.options).toEqual(['noexec', 'nosuid', 'nodev', 'rprivate', 'size=1m']);
  });

  it('resources reach linux.resources; bad ones fail before anything is built', async () => {
    const spec = await build({ resources: { nanoCpus: 1e9, pidsLimit: 10, cpusetCpus: '0' } });
    expect(spec.linux.resources.cpu).toEqual({ period: 100000, quota: 100000, cpus: '0' });
    expect(spec.linux.resources.pids).toEqual({ limit: 10 });
    await expect(build({ resources: { nanoCpus: 1000e9 } })).rejects.toThrow(/^Range of CPUs is from 0.01 to \d+\.00, as there are only \d+ CPUs available$/);
  });
});

describe('buildSpec: --init and user namespaces', () => {
  it('--init: the init, bind-mounted read-only, runs the command after --', async () => {
    const spec = await build({ init: { path: '/opt/berth/berth-init' }, cmd: ['sh', '-c', 'echo hi'] });
    expect(spec.process.args).toEqual(['/sbin/berth-init', '--', 'sh', '-c', 'echo hi']);
    expect(spec.mounts.at(-1)).toEqual({ destination: '/sbin/berth-init', type: 'bind', source: '/opt/berth/berth-init', options: ['bind', 'ro'] });
    await expect(build({ init: { path: 'relative/init' } })).rejects.toThrow(/must be absolute/);
  });

  it('userns: a user namespace and the id maps', async () => {
    const spec = await build({ userns: { uidMap: [{ containerId: 0, hostId: 100000, size: 65536 }], gidMap: [{ containerId: 0, hostId: 200000, size: 65536 }] } });
    expect(spec.linux.namespaces.map((n) => n.type)).toContain('user');
    expect(spec.linux.uidMappings).toEqual([{ containerID: 0, hostID: 100000, size: 65536 }]);
    expect(spec.linux.gidMappings).toEqual([{ containerID: 0, hostID: 200000, size: 65536 }]);
    // The kernel accepts only mapped gids in ping_group_range.
    expect(spec.linux.sysctl?.['net.ipv4.ping_group_range']).toBe('0 65535');
  });

  it('privileged with a user namespace is refused, as by Docker', async () => {
    const userns = { uidMap: [{ containerId: 0, hostId: 1, size: 1 }], gidMap: [{ containerId: 0, hostId: 1, size: 1 }] };
    await expect(build({ privileged: true, userns })).rejects.toThrow(/privileged mode is incompatible with user namespaces/);
  });
});
