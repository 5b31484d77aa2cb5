import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSpec } from './build';
import { writeBundle } from './bundle';
import { hostCgroupFeatures } from './host';
import { initBinaryPath } from './init';
import { directoryRootfsReader } from './rootfs';
import { busyboxRootfs, cgroupDirs, cgroupV1Dir, run, type Run } from './testing/runc';
import type { RunOptions } from './types';
import { userNamespaceMappings } from './userns';

// Checks, inside containers run by real runc, what the options promise in config.json.

let tmp: string;
let containerId: string;
let cgroupsPath: string;
const runcRoot = () => path.join(tmp, 'runc');
const bundle = () => path.join(tmp, 'bundle');

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'berth-runc-options-'));
  const unique = randomBytes(6).toString('hex');
  containerId = `berth-rtopt-${unique}`;
  cgroupsPath = `/berth-rtopt-${unique}`;
  await busyboxRootfs(path.join(bundle(), 'rootfs'), ['unshare', 'sleep', 'ls', 'stat', 'ps', 'mount', 'swapon']);
});

afterEach(async () => {
  await run('runc', ['--root', runcRoot(), 'delete', '--force', containerId]);
  for (const dir of await cgroupDirs(cgroupsPath)) await fs.rmdir(dir).catch(() => undefined);
  await fs.rm(tmp, { recursive: true, force: true });
});

async function prepare(script: string, opts: Omit<RunOptions, 'id'>): Promise<void> {
  const rootfs = path.join(bundle(), 'rootfs');
  const spec = await buildSpec({}, { id: containerId, cmd: ['/bin/sh', '-c', script], cgroupsPath, ...opts }, directoryRootfsReader(rootfs));
  await writeBundle(bundle(), spec);
}

/** Runs the script to completion and checks runc left no state or cgroup behind. */
async function runScript(lines: string[], opts: Omit<RunOptions, 'id'> = {}): Promise<Run & { lines: string[] }> {
  await prepare(lines.join('; '), opts);
  const result = await run('runc', ['--root', runcRoot(), 'run', '--bundle', bundle(), containerId]);
  expect((await run('runc', ['--root', runcRoot(), 'list', '-q'])).stdout.trim()).toBe('');
  for (const dir of await cgroupDirs(cgroupsPath)) expect(existsSync(dir)).toBe(false);
  return { ...result, lines: result.stdout.trim().split('\n') };
}

/** Starts `runc run` in the background and resolves once the container's process is running. */
async function startInBackground(script: string, opts: Omit<RunOptions, 'id'>): Promise<{ exited: Promise<Run> }> {
  await prepare(script, opts);
  const exited = run('runc', ['--root', runcRoot(), 'run', '--bundle', bundle(), containerId]);
  let ended: Run | undefined;
  void exited.then((r) => (ended = r));
  for (let i = 0; i < 100 && !ended; i++) {
    const state = await run('runc', ['--root', runcRoot(), 'state', containerId]);
    if (state.code === 0 && JSON.parse(state.stdout).status === 'running') return { exited };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`container did not start: ${JSON.stringify(ended ?? 'timeout')}`);
}

describe('seccomp and no-new-privileges under runc', () => {
  it('default profile: filter mode 2, unshare of a user namespace refused with EPERM, ordinary work fine', async () => {
    const result = await runScript([
      'grep -E "^(Seccomp|NoNewPrivs):" /proc/self/status',
      'unshare -U true 2>&1; echo "unshare=$?"',
      'echo "ls=$(ls / | wc -l)"',
    ]);
    expect(result.lines).toEqual([
      'NoNewPrivs:\t0',
      'Seccomp:\t2',
      'unshare: unshare(0x10000000): Operation not permitted',
      'unshare=1',
      expect.stringMatching(/^ls=[1-9]\d*$/),
    ]);
    expect(result.code).toBe(0);
  });

  it('unconfined: no filter, and the same unshare succeeds', async () => {
    const result = await runScript(['grep "^Seccomp:" /proc/self/status', 'unshare -U true; echo "unshare=$?"'], { seccomp: 'unconfined' });
    expect(result.lines).toEqual(['Seccomp:\t0', 'unshare=0']);
  });

  it('a custom profile in Docker format is enforced', async () => {
    const profile = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 13 }] };
    const result = await runScript(['mkdir /made 2>&1; echo "mkdir=$?"'], { seccomp: { profile } });
    expect(result.lines).toEqual(["mkdir: can't create directory '/made': Permission denied", 'mkdir=1']);
  });

  it('no-new-privileges and capabilities as specified', async () => {
    const result = await runScript(['grep -E "^(CapEff|NoNewPrivs):" /proc/self/status'], { noNewPrivileges: true, capDrop: ['ALL'], capAdd: ['NET_RAW', 'KILL'] });
    // CAP_KILL is bit 5, CAP_NET_RAW bit 13.
    expect(result.lines).toEqual(['CapEff:\t0000000000002020', 'NoNewPrivs:\t1']);
  });
});

describe('resources, ulimits, tmpfs and devices under runc', () => {
  it('the cgroup limits are in force while the container runs', async () => {
    const { exited } = await startInBackground('sleep 100', {
      resources: { memory: 64 * 1024 * 1024, memorySwap: 96 * 1024 * 1024, pidsLimit: 42, cpuShares: 512, nanoCpus: 0.5e9 },
    });
    const read = async (controller: string, file: string) => {
      const dir = await cgroupV1Dir(controller, cgroupsPath);
      return dir ? (await fs.readFile(path.join(dir, file), 'utf8')).trim() : undefined;
    };
    const memory = await read('memory', 'memory.limit_in_bytes');
    if (memory !== undefined) {
      expect(memory).toBe(String(64 * 1024 * 1024));
      // Swap accounting is optional on v1 (swapaccount=1); where it is off the spec leaves swap out.
      if ((await hostCgroupFeatures()).swap) expect(await read('memory', 'memory.memsw.limit_in_bytes')).toBe(String(96 * 1024 * 1024));
      expect(await read('pids', 'pids.max')).toBe('42');
      expect(await read('cpu', 'cpu.shares')).toBe('512');
      expect(await read('cpu', 'cpu.cfs_quota_us')).toBe('50000');
      expect(await read('cpu', 'cpu.cfs_period_us')).toBe('100000');
    } else {
      const dir = (await cgroupDirs(cgroupsPath)).find((d) => existsSync(path.join(d, 'memory.max')));
      expect(dir).toBeDefined();
      expect((await fs.readFile(path.join(dir as string, 'memory.max'), 'utf8')).trim()).toBe(String(64 * 1024 * 1024));
      expect((await fs.readFile(path.join(dir as string, 'pids.max'), 'utf8')).trim()).toBe('42');
      expect((await fs.readFile(path.join(dir as string, 'cpu.max'), 'utf8')).trim()).toBe('50000 100000');
    }
    await run('runc', ['--root', runcRoot(), 'kill', containerId, 'KILL']);
    expect((await exited).code).toBe(137);
  });

  it('ulimits, tmpfs with its size and options, a --device node that works', async () => {
    const result = await runScript(
      [
        'echo "nofile=$(ulimit -Sn):$(ulimit -Hn)"',
        'grep " /scratch " /proc/self/mountinfo | grep -o "size=[0-9]*k"',
        'grep " /scratch " /proc/self/mountinfo | grep -c "noexec"',
        'stat -c "%F %t:%T" /dev/mynull',
        'echo data > /dev/mynull && echo written',
      ],
      {
        ulimits: [{ name: 'nofile', soft: 512, hard: 1024 }],
        tmpfs: { '/scratch': 'size=2m' },
        devices: [{ pathOnHost: '/dev/null', pathInContainer: '/dev/mynull', permissions: 'rwm' }],
      },
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.lines).toEqual(['nofile=512:1024', 'size=2048k', '1', 'character special file 1:3', 'written']);
  });
});

describe('--init under runc', () => {
  it('pid 1 is berth-init; SIGTERM to the container ends `sleep 100` quickly with 143', async () => {
    const { exited } = await startInBackground('exec sleep 100', { init: { path: initBinaryPath() } });
    const state = JSON.parse((await run('runc', ['--root', runcRoot(), 'state', containerId])).stdout) as { pid: number };
    const cmdline = (await fs.readFile(`/proc/${state.pid}/cmdline`, 'utf8')).split('\0');
    expect(cmdline.slice(0, 3)).toEqual(['/sbin/berth-init', '--', '/bin/sh']);
    const started = Date.now();
    await run('runc', ['--root', runcRoot(), 'kill', containerId, 'TERM']);
    expect((await exited).code).toBe(143);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  /** Children of the container's pid 1 that are zombies, seen from the host, once an orphan has died. */
  async function zombiesUnderPid1(opts: Omit<RunOptions, 'id'>): Promise<number> {
    // The inner shell exits at once, orphaning its background sleep onto pid 1; the command then
    // becomes `sleep`, which never waits for anything, so only pid 1 can reap the orphan.
    const { exited } = await startInBackground("sh -c 'sleep 0.1 &'; exec sleep 100", opts);
    const state = JSON.parse((await run('runc', ['--root', runcRoot(), 'state', containerId])).stdout) as { pid: number };
    await new Promise((r) => setTimeout(r, 600));
    const descendants = async (pid: number): Promise<number[]> => {
      const children = (await fs.readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).trim().split(/\s+/).filter(Boolean).map(Number);
      return [...children, ...(await Promise.all(children.map(descendants))).flat()];
    };
    let zombies = 0;
    for (const pid of [state.pid, ...(await descendants(state.pid))]) {
      if (/^State:\s+Z/m.test(await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))) zombies++;
    }
    await run('runc', ['--root', runcRoot(), 'kill', containerId, 'KILL']);
    await exited;
    return zombies;
  }

  it('reaps orphans (without it, the same container keeps a zombie)', async () => {
    expect(await zombiesUnderPid1({ init: { path: initBinaryPath() } })).toBe(0);
    await run('runc', ['--root', runcRoot(), 'delete', '--force', containerId]);
    expect(await zombiesUnderPid1({})).toBe(1);
  });

  it('exits with the command\'s status', async () => {
    const result = await runScript(['echo "pid1=$(cat /proc/1/comm)"', 'exit 3'], { init: { path: initBinaryPath() } });
    expect(result.lines).toEqual(['pid1=berth-init']);
    expect(result.code).toBe(3);
  });
});

describe('user namespace remapping under runc', () => {
  it('the container sees the mapping from a subuid/subgid file', async () => {
    // What the engine does for a remapped container: the rootfs belongs to the remapped root.
    await fs.chmod(tmp, 0o711);
    expect((await run('chown', ['-hR', '100000:200000', path.join(bundle(), 'rootfs')])).code).toBe(0);
    await fs.writeFile(path.join(tmp, 'subuid'), 'berthtest:100000:65536\n');
    await fs.writeFile(path.join(tmp, 'subgid'), 'berthtest:200000:65536\n');
    const userns = await userNamespaceMappings('berthtest', { subuid: path.join(tmp, 'subuid'), subgid: path.join(tmp, 'subgid') });
    const { exited } = await startInBackground('cat /proc/self/uid_map /proc/self/gid_map; id -u; sleep 100', { userns });
    const state = JSON.parse((await run('runc', ['--root', runcRoot(), 'state', containerId])).stdout) as { pid: number };
    // Seen from the host, the container's root is the first subordinate id.
    expect((await fs.readFile(`/proc/${state.pid}/status`, 'utf8')).match(/^Uid:\s+(\d+)/m)?.[1]).toBe('100000');
    await run('runc', ['--root', runcRoot(), 'kill', containerId, 'KILL']);
    const result = await exited;
    expect(result.stdout.split('\n').map((l) => l.trim().split(/\s+/).join(' '))).toEqual(['0 100000 65536', '0 200000 65536', '0', '']);
  });
});
