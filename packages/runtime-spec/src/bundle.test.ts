import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument } from '@berth/errdefs';
import { buildSpec } from './build';
import { writeBundle } from './bundle';
import { directoryRootfsReader } from './rootfs';
import { busyboxRootfs, cgroupDirs, run } from './testing/runc';
import type { RunOptions, Spec } from './types';

let tmp: string;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'berth-runtime-spec-'));
});

afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('writeBundle', () => {
  it('creates the bundle (0711), its rootfs directory and config.json, atomically', async () => {
    const spec = await buildSpec({ Cmd: ['sh'] }, { id: 'bundle-test' });
    const bundle = path.join(tmp, 'containers', 'abc');
    await writeBundle(bundle, spec);

    expect((await fs.stat(bundle)).mode & 0o777).toBe(0o711);
    expect((await fs.stat(path.join(bundle, 'rootfs'))).isDirectory()).toBe(true);
    expect(JSON.parse(await fs.readFile(path.join(bundle, 'config.json'), 'utf8'))).toEqual(spec);

    const changed: Spec = { ...spec, hostname: 'changed' };
    await writeBundle(bundle, changed);
    expect(JSON.parse(await fs.readFile(path.join(bundle, 'config.json'), 'utf8')).hostname).toBe('changed');
    expect((await fs.readdir(bundle)).sort()).toEqual(['config.json', 'rootfs']);
  });

  it('rejects an invalid spec and creates nothing', async () => {
    const spec = await buildSpec({ Cmd: ['sh'] }, { id: 'bundle-test' });
    const broken = { ...spec, process: { ...spec.process, args: [] } };
    const bundle = path.join(tmp, 'never');
    const err = await writeBundle(bundle, broken).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(existsSync(bundle)).toBe(false);
  });
});

describe('directoryRootfsReader', () => {
  it('reads files and follows symlinks without leaving the root', async () => {
    const root = path.join(tmp, 'root');
    await fs.mkdir(path.join(root, 'etc'), { recursive: true });
    await fs.mkdir(path.join(root, 'usr/share'), { recursive: true });
    await fs.writeFile(path.join(root, 'usr/share/passwd'), 'inside\n');
    await fs.symlink('/usr/share/passwd', path.join(root, 'etc/passwd'));
    await fs.symlink('../../../../../../../etc/hostname', path.join(root, 'etc/escape'));
    await fs.writeFile(path.join(root, 'etc/hostname'), 'container-hostname\n');

    const reader = directoryRootfsReader(root);
    expect((await reader.readFile('/etc/passwd'))?.toString()).toBe('inside\n');
    // `..` stops at the container's root, so this is the container's /etc/hostname, not the host's.
    expect((await reader.readFile('/etc/escape'))?.toString()).toBe('container-hostname\n');
    expect(await reader.readFile('/etc/group')).toBeNull();
    expect(await reader.readFile('/etc/passwd/child')).toBeNull();
  });

  it('gives up on symlink loops', async () => {
    const root = path.join(tmp, 'root');
    await fs.mkdir(path.join(root, 'etc'), { recursive: true });
    await fs.symlink('/etc/b', path.join(root, 'etc/a'));
    await fs.symlink('/etc/a', path.join(root, 'etc/b'));
    await expect(directoryRootfsReader(root).readFile('/etc/a')).rejects.toThrow(/too many levels of symbolic links/);
  });
});

describe('a bundle run by runc', () => {
  const unique = randomBytes(6).toString('hex');
  const containerId = `berth-rtspec-${unique}`;
  const cgroupsPath = `/berth-rtspec-${unique}`;

  afterEach(async () => {
    await run('runc', ['--root', path.join(tmp, 'runc'), 'delete', '--force', containerId]);
    for (const dir of await cgroupDirs(cgroupsPath)) await fs.rmdir(dir).catch(() => undefined);
  });

  /** Builds a bundle for a busybox rootfs, runs `script` in it with runc, checks nothing is left. */
  async function runScript(script: string[], opts: Omit<RunOptions, 'id'> = {}): Promise<{ spec: Spec; lines: string[] }> {
    const runcRoot = path.join(tmp, 'runc');
    const bundle = path.join(tmp, 'bundle');
    const rootfs = path.join(bundle, 'rootfs');
    await busyboxRootfs(rootfs);
    const spec = await buildSpec(
      { Env: ['GREETING=from-image'], Cmd: ['/bin/sh', '-c', 'echo image-cmd'] },
      { id: containerId, cmd: ['/bin/sh', '-c', script.join('; ')], cgroupsPath, ...opts },
      directoryRootfsReader(rootfs),
    );
    await writeBundle(bundle, spec);

    const result = await run('runc', ['--root', runcRoot, 'run', '--bundle', bundle, containerId]);
    expect(result).toMatchObject({ stderr: '', code: 0 });

    // runc run removes the container when its process exits: no state, no cgroup left.
    expect((await run('runc', ['--root', runcRoot, 'list', '-q'])).stdout.trim()).toBe('');
    for (const dir of await cgroupDirs(cgroupsPath)) expect(existsSync(dir)).toBe(false);
    return { spec, lines: result.stdout.trim().split('\n') };
  }

  it('runs the process as specified: user, hostname, env, masked /proc, default capabilities', async () => {
    const { spec, lines } = await runScript(
      [
        'id',
        'hostname',
        'echo "GREETING=$GREETING"',
        'echo "PATH=$PATH"',
        // /proc/kcore is absent on some kernels (runc then has nothing to mask); /proc/keys and
        // /proc/timer_list exist everywhere and are not empty on the host, so they show the masking.
        'echo "kcore-bytes=$(cat /proc/kcore 2>/dev/null | wc -c)"',
        'echo "keys-bytes=$(cat /proc/keys | wc -c)"',
        'echo "timer_list-bytes=$(cat /proc/timer_list | wc -c)"',
        'echo "proc-sys-ro=$(grep " /proc/sys " /proc/self/mountinfo | grep -c " ro,")"',
        'grep CapBnd /proc/self/status',
        'echo "nofile=$(ulimit -n)"',
      ],
      { env: ['GREETING=hello from berth'] },
    );
    expect(lines).toEqual([
      'uid=0(root) gid=0(root) groups=0(root),10(wheel)',
      containerId.slice(0, 12),
      'GREETING=hello from berth',
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'kcore-bytes=0',
      'keys-bytes=0',
      'timer_list-bytes=0',
      'proc-sys-ro=1',
      // Docker's 14 default capabilities, as the kernel reports them for any Docker container.
      'CapBnd:\t00000000a80425fb',
      `nofile=${spec.process.rlimits[0].soft}`,
    ]);
  });

  it('privileged: nothing masked, /sys writable, every capability', async () => {
    const { lines } = await runScript(
      [
        'echo "timer_list-bytes=$(cat /proc/timer_list | wc -c)"',
        'echo "proc-mounts=$(grep -c " /proc/" /proc/self/mountinfo)"',
        'echo "sys-rw=$(grep " /sys " /proc/self/mountinfo | grep -c " rw,")"',
        'grep CapBnd /proc/self/status',
      ],
      { privileged: true },
    );
    const hostBounding = (await fs.readFile('/proc/self/status', 'utf8')).match(/^CapBnd:\t(\w+)$/m)?.[1];
    expect(lines).toEqual([
      expect.stringMatching(/^timer_list-bytes=[1-9]\d*$/),
      'proc-mounts=0',
      'sys-rw=1',
      `CapBnd:\t${hostBounding}`,
    ]);
  });
});
