import { isInvalidArgument } from '@berth/errdefs';
import { buildSpec } from './build';
import { DEFAULT_CAPABILITIES, DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS } from './defaults';
import type { ImageRuntimeConfig, RootfsReader, RunOptions, SpecMount } from './types';

const ID = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const image: ImageRuntimeConfig = {
  Env: ['PATH=/image/bin:/bin', 'LANG=C.UTF-8', 'IMAGE_ONLY=1'],
  Entrypoint: ['/entry.sh'],
  Cmd: ['serve', '--port', '80'],
  WorkingDir: '/srv',
  User: 'app',
};

const rootfs: RootfsReader = {
  async readFile(p) {
    const files: Record<string, string> = {
      '/etc/passwd': 'root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n',
      '/etc/group': 'root:x:0:\nwheel:x:10:root\napp:x:1000:\n',
    };
    return p in files ? Buffer.from(files[p]) : null;
  },
};

const build = (opts: Partial<RunOptions>, img: ImageRuntimeConfig = image) => buildSpec(img, { id: ID, ...opts }, rootfs);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof Error)) throw new Error('expected a rejection');
  return err;
}

describe('buildSpec: entrypoint and cmd (Docker rules)', () => {
  it.each<[string, ImageRuntimeConfig, Partial<RunOptions>, string[]]>([
    ['image entrypoint + image cmd', image, {}, ['/entry.sh', 'serve', '--port', '80']],
    ['cmd replaces image cmd', image, { cmd: ['debug'] }, ['/entry.sh', 'debug']],
    ['empty cmd falls back to image cmd', image, { cmd: [] }, ['/entry.sh', 'serve', '--port', '80']],
    ['entrypoint drops image cmd', image, { entrypoint: ['/bin/sh'] }, ['/bin/sh']],
    ['entrypoint + cmd', image, { entrypoint: ['/bin/sh'], cmd: ['-c', 'id'] }, ['/bin/sh', '-c', 'id']],
    ['empty entrypoint clears image entrypoint, keeps image cmd', image, { entrypoint: [] }, ['serve', '--port', '80']],
    ['empty entrypoint + cmd', image, { entrypoint: [], cmd: ['echo', 'x'] }, ['echo', 'x']],
    ['image without entrypoint', { Cmd: ['sh'] }, {}, ['sh']],
    ['null entrypoint and cmd + user cmd', { Entrypoint: null, Cmd: null }, { cmd: ['true'] }, ['true']],
  ])('%s', async (_name, img, opts, expected) => {
    expect((await build(opts, img)).process.args).toEqual(expected);
  });

  it('rejects a container with no command at all', async () => {
    const err = await rejection(build({}, { Cmd: null }));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toBe('No command specified');
  });
});

describe('buildSpec: environment', () => {
  it.each<[string, ImageRuntimeConfig, Partial<RunOptions>, string[]]>([
    [
      'defaults only',
      { Cmd: ['sh'] },
      {},
      [DEFAULT_PATH, 'HOSTNAME=0123456789ab'],
    ],
    [
      'image PATH replaces the default in place, image vars follow',
      image,
      {},
      ['PATH=/image/bin:/bin', 'HOSTNAME=0123456789ab', 'LANG=C.UTF-8', 'IMAGE_ONLY=1'],
    ],
    [
      'run env overrides by key and appends new keys',
      image,
      { env: ['LANG=fr_FR.UTF-8', 'NEW=a=b'] },
      ['PATH=/image/bin:/bin', 'HOSTNAME=0123456789ab', 'LANG=fr_FR.UTF-8', 'IMAGE_ONLY=1', 'NEW=a=b'],
    ],
    [
      'bare key removes a variable',
      image,
      { env: ['IMAGE_ONLY'] },
      ['PATH=/image/bin:/bin', 'HOSTNAME=0123456789ab', 'LANG=C.UTF-8'],
    ],
    [
      'tty adds TERM, hostname option sets HOSTNAME',
      { Cmd: ['sh'] },
      { tty: true, hostname: 'web' },
      [DEFAULT_PATH, 'HOSTNAME=web', 'TERM=xterm'],
    ],
    [
      'user TERM wins over the tty default',
      { Cmd: ['sh'] },
      { tty: true, env: ['TERM=vt100'] },
      [DEFAULT_PATH, 'HOSTNAME=0123456789ab', 'TERM=vt100'],
    ],
  ])('%s', async (_name, img, opts, expected) => {
    expect((await build(opts, img)).process.env).toEqual(expected);
  });
});

describe('buildSpec: working directory', () => {
  it.each<[ImageRuntimeConfig, Partial<RunOptions>, string]>([
    [image, {}, '/srv'],
    [image, { workingDir: '/tmp/x/../y' }, '/tmp/y'],
    [{ Cmd: ['sh'] }, {}, '/'],
    [{ Cmd: ['sh'], WorkingDir: '' }, {}, '/'],
  ])('image %j with %j → %s', async (img, opts, expected) => {
    expect((await build(opts, img)).process.cwd).toBe(expected);
  });

  it('rejects a relative working directory', async () => {
    const err = await rejection(build({ workingDir: 'relative' }));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toMatch(/needs to be an absolute path/);
  });
});

describe('buildSpec: user', () => {
  it.each<[ImageRuntimeConfig, Partial<RunOptions>, { uid: number; gid: number; additionalGids: number[] }]>([
    [image, {}, { uid: 1000, gid: 1000, additionalGids: [] }],
    [image, { user: 'root' }, { uid: 0, gid: 0, additionalGids: [10] }],
    [image, { user: '' }, { uid: 0, gid: 0, additionalGids: [10] }],
    [{ Cmd: ['sh'] }, {}, { uid: 0, gid: 0, additionalGids: [10] }],
    [image, { user: '42:43' }, { uid: 42, gid: 43, additionalGids: [] }],
  ])('image %j with %j', async (img, opts, expected) => {
    expect((await build(opts, img)).process.user).toEqual(expected);
  });

  it('rejects an unknown user', async () => {
    await expect(build({ user: 'ghost' })).rejects.toThrow('unable to find user ghost: no matching entries in passwd file');
  });
});

describe('buildSpec: defaults', () => {
  it("matches Docker's defaults for an unprivileged container", async () => {
    const spec = await build({});
    expect(spec.hostname).toBe('0123456789ab');
    expect(spec.domainname).toBeUndefined();
    expect(spec.root).toEqual({ path: 'rootfs' });
    expect(spec.process.terminal).toBe(false);
    expect(spec.process.noNewPrivileges).toBe(false);
    expect(spec.process.oomScoreAdj).toBeUndefined();
    expect(spec.process.capabilities).toEqual({
      bounding: [...DEFAULT_CAPABILITIES],
      effective: [...DEFAULT_CAPABILITIES],
      permitted: [...DEFAULT_CAPABILITIES],
    });
    const nofile = spec.process.rlimits.find((r) => r.type === 'RLIMIT_NOFILE');
    expect(nofile && nofile.soft === nofile.hard && nofile.hard > 0 && nofile.hard <= 1048576).toBe(true);
    expect(spec.linux.namespaces.map((n) => n.type).sort()).toEqual(['ipc', 'mount', 'network', 'pid', 'uts']);
    expect(spec.linux.namespaces.every((n) => n.path === undefined)).toBe(true);
    expect(spec.linux.maskedPaths).toEqual(expect.arrayContaining([...DEFAULT_MASKED_PATHS]));
    expect(spec.linux.maskedPaths).toContain('/proc/kcore');
    expect(spec.linux.readonlyPaths).toEqual([...DEFAULT_READONLY_PATHS]);
    expect(spec.linux.cgroupsPath).toBe(`/berth/${ID}`);
    expect(spec.linux.seccomp).toMatchObject({ defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1 });
    expect(spec.linux.devices).toBeUndefined();
    expect(spec.linux.sysctl).toEqual({
      'net.ipv4.ip_unprivileged_port_start': '0',
      'net.ipv4.ping_group_range': '0 2147483647',
    });

    const devices = spec.linux.resources.devices;
    expect(devices[0]).toEqual({ allow: false, access: 'rwm' });
    for (const [major, minor] of [[1, 3], [1, 5], [1, 7], [1, 8], [1, 9], [5, 0], [5, 1], [5, 2], [10, 200]]) {
      expect(devices).toContainEqual({ allow: true, type: 'c', major, minor, access: 'rwm' });
    }
    expect(devices).toContainEqual({ allow: true, type: 'c', major: 136, access: 'rwm' });
    expect(devices).not.toContainEqual({ allow: true, access: 'rwm' });
  });

  it('mounts the API filesystems with Docker options and a 64 MiB /dev/shm', async () => {
    const { mounts } = await build({});
    const byDest = Object.fromEntries(mounts.map((m) => [m.destination, m]));
    expect(mounts.map((m) => m.destination)).toEqual([
      '/proc',
      '/dev',
      '/dev/pts',
      '/sys',
      '/sys/fs/cgroup',
      '/dev/mqueue',
      '/dev/shm',
    ]);
    expect(byDest['/proc'].type).toBe('proc');
    expect(byDest['/dev'].options).toEqual(expect.arrayContaining(['mode=755', 'size=65536k']));
    expect(byDest['/dev/pts'].options).toEqual(
      expect.arrayContaining(['newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5']),
    );
    expect(byDest['/sys'].options).toContain('ro');
    expect(byDest['/sys/fs/cgroup'].options).toContain('ro');
    expect(byDest['/dev/mqueue'].type).toBe('mqueue');
    expect(byDest['/dev/shm'].options).toContain(`size=${64 * 1024 * 1024}`);
  });

  it('takes the hostname, domain name, shm size, cgroup path and read-only root from the options', async () => {
    const spec = await build({
      hostname: 'web',
      domainname: 'example.com',
      shmSize: 1024 * 1024,
      cgroupsPath: '/elsewhere/x',
      readonlyRootfs: true,
      tty: true,
    });
    expect(spec.hostname).toBe('web');
    expect(spec.domainname).toBe('example.com');
    expect(spec.mounts.find((m) => m.destination === '/dev/shm')?.options).toContain('size=1048576');
    expect(spec.linux.cgroupsPath).toBe('/elsewhere/x');
    expect(spec.root).toEqual({ path: 'rootfs', readonly: true });
    expect(spec.process.terminal).toBe(true);
  });
});

describe('buildSpec: network namespace', () => {
  it('joins an existing namespace by path, without the sysctls reserved for fresh namespaces', async () => {
    const spec = await build({ networkNamespace: '/run/berth/netns/abc' });
    expect(spec.linux.namespaces).toContainEqual({ type: 'network', path: '/run/berth/netns/abc' });
    expect(spec.linux.sysctl).toBeUndefined();
  });

  it('binds /sys in a user namespace that joins a network namespace it does not own', async () => {
    const userns = { uidMap: [{ containerId: 0, hostId: 100000, size: 65536 }], gidMap: [{ containerId: 0, hostId: 100000, size: 65536 }] };
    const joined = await build({ networkNamespace: '/run/berth/netns/abc', userns });
    expect(joined.mounts.find((m) => m.destination === '/sys')).toEqual({ destination: '/sys', type: 'bind', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] });
    const own = await build({ userns });
    expect(own.mounts.find((m) => m.destination === '/sys')?.type).toBe('sysfs');
    expect((await build({ networkNamespace: '/run/berth/netns/abc' })).mounts.find((m) => m.destination === '/sys')?.type).toBe('sysfs');
  });

  it('has no network namespace with host networking', async () => {
    const spec = await build({ networkNamespace: 'host' });
    expect(spec.linux.namespaces.map((n) => n.type)).not.toContain('network');
    expect(spec.linux.sysctl).toBeUndefined();
  });

  it('rejects a relative namespace path', async () => {
    await expect(build({ networkNamespace: 'netns/abc' })).rejects.toThrow(/absolute path/);
  });
});

describe('buildSpec: capabilities and privilege', () => {
  it('applies cap-add and cap-drop to all three sets', async () => {
    const spec = await build({ capAdd: ['NET_ADMIN'], capDrop: ['cap_chown'] });
    for (const set of [spec.process.capabilities.bounding, spec.process.capabilities.effective, spec.process.capabilities.permitted]) {
      expect(set).toContain('CAP_NET_ADMIN');
      expect(set).not.toContain('CAP_CHOWN');
    }
  });

  it('grants an added capability exactly when the host can (its bounding set holds it)', async () => {
    const status = await import('node:fs').then((fs) => fs.promises.readFile('/proc/self/status', 'utf8'));
    const mask = BigInt(`0x${status.match(/^CapBnd:\s*([0-9a-f]+)$/m)?.[1] ?? '0'}`);
    const held = (bit: number) => ((mask >> BigInt(bit)) & 1n) === 1n;
    // CAP_SYS_RESOURCE is bit 24, CAP_SYS_ADMIN bit 21: both are held on an ordinary host.
    for (const [name, bit] of [['SYS_RESOURCE', 24], ['SYS_ADMIN', 21]] as const) {
      const attempt = build({ capAdd: [name] });
      if (held(bit)) {
        expect((await attempt).process.capabilities.bounding).toContain(`CAP_${name}`);
      } else {
        await expect(attempt).rejects.toThrow(`cannot add CAP_${name}: not in the capability bounding set of this host`);
      }
    }
  });

  it('rejects an unknown capability', async () => {
    const err = await rejection(build({ capAdd: ['CAP_TELEPORT'] }));
    expect(isInvalidArgument(err)).toBe(true);
  });

  it('privileged: all capabilities, nothing masked, /sys writable, all devices', async () => {
    const spec = await build({ privileged: true, capDrop: ['ALL'] });
    expect(spec.process.capabilities.bounding).toEqual(expect.arrayContaining(['CAP_SYS_ADMIN', 'CAP_NET_ADMIN', 'CAP_SYS_PTRACE']));
    expect(spec.process.capabilities.bounding.length).toBeGreaterThan(30);
    expect(spec.linux.maskedPaths).toEqual([]);
    expect(spec.linux.readonlyPaths).toEqual([]);
    expect(spec.linux.resources.devices).toEqual([{ allow: true, access: 'rwm' }]);
    const sys = spec.mounts.find((m) => m.destination === '/sys');
    expect(sys?.options).toContain('rw');
    expect(sys?.options).not.toContain('ro');
    expect(spec.mounts.find((m) => m.destination === '/sys/fs/cgroup')?.options).not.toContain('ro');
    expect(spec.linux.devices).toContainEqual(expect.objectContaining({ path: '/dev/null', type: 'c', major: 1, minor: 3 }));
  });
});

describe('buildSpec: extra mounts', () => {
  const bind = (destination: string, source = '/host/x'): SpecMount => ({
    destination,
    type: 'bind',
    source,
    options: ['rbind', 'rprivate'],
  });

  it('appends extra mounts after the defaults, parents before children', async () => {
    const { mounts } = await build({
      extraMounts: [bind('/data/cache/deep'), bind('/etc/hosts'), bind('/data')],
    });
    expect(mounts.slice(7).map((m) => m.destination)).toEqual(['/data', '/etc/hosts', '/data/cache/deep']);
  });

  it('replaces the default mount on the same destination', async () => {
    const { mounts } = await build({ extraMounts: [bind('/dev/shm/', '/host/shm')] });
    const shm = mounts.filter((m) => m.destination === '/dev/shm');
    expect(shm).toEqual([bind('/dev/shm', '/host/shm')]);
  });

  it('a mount on /dev replaces the whole default /dev tree', async () => {
    const { mounts } = await build({ extraMounts: [bind('/dev', '/host/dev')] });
    expect(mounts.filter((m) => m.destination.startsWith('/dev')).map((m) => m.source)).toEqual(['/host/dev']);
  });

  it('rejects a relative destination', async () => {
    await expect(build({ extraMounts: [bind('etc/hosts')] })).rejects.toThrow(/must be an absolute path/);
  });
});

describe('buildSpec: resources', () => {
  it('sets memory, cpu shares and pids limits', async () => {
    const spec = await build({ resources: { memory: 64 * 1024 * 1024, cpuShares: 512, pidsLimit: 100 } });
    expect(spec.linux.resources.memory).toMatchObject({ limit: 64 * 1024 * 1024 });
    expect(spec.linux.resources.cpu).toEqual({ shares: 512 });
    expect(spec.linux.resources.pids).toEqual({ limit: 100 });
  });

  it('leaves unlimited values out and clamps cpu shares', async () => {
    const spec = await build({ resources: { memory: 0, cpuShares: 1, pidsLimit: -1 } });
    expect(spec.linux.resources.memory).toBeUndefined();
    expect(spec.linux.resources.cpu).toEqual({ shares: 2 });
    expect(spec.linux.resources.pids).toBeUndefined();
  });

  it.each([
    [{ memory: 1024 }, 'Minimum memory limit allowed is 6MB'],
    [{ cpuShares: -5 }, 'invalid CPU shares -5: must be a positive integer'],
  ])('rejects %j', async (resources, message) => {
    await expect(build({ resources })).rejects.toThrow(message);
  });

  it('rejects a non-positive shm size', async () => {
    await expect(build({ shmSize: -1 })).rejects.toThrow(/invalid shm size/);
  });
});
