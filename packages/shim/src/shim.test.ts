import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFailedPrecondition, isInvalidArgument, isNotFound } from '@berth/errdefs';
import { FrameDecoder, StreamType } from '@berth/proto';
import { attachIo, readJsonLog, ShimClient, startShim, type CreateTaskRequest } from './index';

const repoRoot = join(__dirname, '../../..');
const ADDON = join(repoRoot, 'packages/sys/build/Release/berth_sys.node');

let work: string;
let shimBinary: string;
let rootfsSource: string;
let cgroupPrefix: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'berth-shim-'));
  cgroupPrefix = `berth-test-${process.pid}`;
  // The shim runs from a bundle as in production, with the sys addon beside it.
  const bin = join(work, 'bin');
  mkdirSync(bin);
  shimBinary = join(bin, 'berth-shim.js');
  buildSync({
    entryPoints: [join(__dirname, 'main.ts')],
    outfile: shimBinary,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: join(repoRoot, 'tsconfig.base.json'),
    external: ['*.node'],
    logLevel: 'error',
  });
  copyFileSync(ADDON, join(bin, 'berth_sys.node'));
  // A minimal rootfs: static busybox, and sh pointing at it.
  rootfsSource = join(work, 'rootfs-source');
  mkdirSync(join(rootfsSource, 'bin'), { recursive: true });
  for (const dir of ['proc', 'dev', 'sys', 'tmp']) mkdirSync(join(rootfsSource, dir));
  copyFileSync('/bin/busybox', join(rootfsSource, 'bin/busybox'));
  execFileSync('chmod', ['755', join(rootfsSource, 'bin/busybox')]);
  for (const applet of ['sh', 'sleep', 'cat', 'echo']) symlinkSync('busybox', join(rootfsSource, 'bin', applet));
});

afterAll(() => {
  // Safety net only: a failing test must not leave mounts that block removing the work tree.
  const leftovers = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(work + '/'));
  for (const target of leftovers.reverse()) execFileSync('umount', ['-l', target]);
  // Cgroups runc could not remove (it removes its own on delete) must not outlive the suite.
  for (const controller of readdirSync('/sys/fs/cgroup')) {
    const dir = join('/sys/fs/cgroup', controller);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      if (name.startsWith(cgroupPrefix)) rmdirSync(join(dir, name));
    }
  }
  rmSync(work, { recursive: true, force: true });
});

interface Shim {
  client: ShimClient;
  pid: number;
  dir: string;
  address: string;
  stateDir: string;
  runtimeRoot: string;
}

let shims: Shim[] = [];
let counter = 0;

async function newShim(): Promise<Shim> {
  const dir = mkdtempSync(join(work, 'shim-'));
  const address = join(dir, 'shim.sock');
  const stateDir = join(dir, 'state');
  const runtimeRoot = join(dir, 'runc');
  const { client, pid } = await startShim({ binary: shimBinary, address, stateDir, runtimeRoot, logFile: join(dir, 'shim.log'), debug: true });
  const shim = { client, pid, dir, address, stateDir, runtimeRoot };
  shims.push(shim);
  return shim;
}

afterEach(async () => {
  for (const shim of shims) {
    if (alive(shim.pid)) await shim.client.shutdown().catch(() => process.kill(shim.pid, 'SIGKILL'));
    else shim.client.close();
  }
  shims = [];
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

interface BundleOptions {
  args: string[];
  /** Join the host's pid namespace, so the process is not a namespace init that ignores SIGTERM. */
  hostPid?: boolean;
}

/** An OCI bundle whose rootfs the shim will bind-mount from the shared busybox tree. */
function bundle(shim: Shim, opts: BundleOptions): { id: string; request: CreateTaskRequest } {
  const id = `t${++counter}-${process.pid}`;
  const dir = join(shim.dir, id);
  mkdirSync(dir);
  const namespaces = ['pid', 'ipc', 'uts', 'mount', 'network'].filter((ns) => !(opts.hostPid && ns === 'pid'));
  const config = {
    ociVersion: '1.0.2',
    process: { terminal: false, user: { uid: 0, gid: 0 }, args: opts.args, env: ['PATH=/bin'], cwd: '/', noNewPrivileges: true },
    root: { path: 'rootfs', readonly: false },
    hostname: id,
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    ],
    linux: { namespaces: namespaces.map((type) => ({ type })), cgroupsPath: `/${cgroupPrefix}-${id}` },
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return {
    id,
    request: {
      id,
      bundle: dir,
      rootfs: [{ type: 'bind', source: rootfsSource, options: ['rbind', 'rw'] }],
      stdin: false,
      terminal: false,
      logPath: join(dir, 'json.log'),
      ioSocket: join(dir, 'io.sock'),
    },
  };
}

/** Reads every frame until the shim ends the io connection. */
function collectFrames(socket: Socket): Promise<{ stream: StreamType; text: string }[]> {
  const decoder = new FrameDecoder();
  const frames: { stream: StreamType; text: string }[] = [];
  return new Promise((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) frames.push({ stream: frame.stream, text: frame.payload.toString() });
    });
    // The shim ends the stream once the output is drained; the socket then closes completely.
    socket.on('close', () => resolve(frames));
    socket.on('error', reject);
  });
}

const mounted = (path: string) => readFileSync('/proc/self/mountinfo', 'utf8').split('\n').some((line) => line.split(' ')[4] === path);

describe('berth-shim', () => {
  it('runs a task: output framed on the io socket and logged as json-file, exit status from wait', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'echo hello; echo err >&2; exit 3'] });
    const { pid } = await shim.client.create(request);
    expect(pid).toBeGreaterThan(0);
    expect(mounted(join(request.bundle, 'rootfs'))).toBe(true);
    expect(await shim.client.state(id)).toMatchObject({ id, pid, status: 'created' });

    const io = await attachIo(request.ioSocket);
    const frames = collectFrames(io);
    await shim.client.start(id);
    const exit = await shim.client.wait(id);
    expect(exit.exitStatus).toBe(3);
    expect(exit.exitedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const received = await frames;
    expect(received.filter((f) => f.stream === StreamType.Stdout).map((f) => f.text).join('')).toBe('hello\n');
    expect(received.filter((f) => f.stream === StreamType.Stderr).map((f) => f.text).join('')).toBe('err\n');

    const lines = readFileSync(request.logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { log: string; stream: string; time: string });
    expect(lines.map(({ log, stream }) => ({ log, stream })).sort((a, b) => a.stream.localeCompare(b.stream))).toEqual([
      { log: 'err\n', stream: 'stderr' },
      { log: 'hello\n', stream: 'stdout' },
    ]);
    for (const { time } of lines) expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    const entries = [];
    for await (const entry of readJsonLog(request.logPath)) entries.push(entry);
    expect(entries.map((e) => `${e.stream}:${e.line.toString()}`).sort()).toEqual(['stderr:err\n', 'stdout:hello\n']);

    expect(await shim.client.state(id)).toMatchObject({ status: 'stopped', exitStatus: 3 });
    const deleted = await shim.client.delete(id);
    expect(deleted).toMatchObject({ pid, exitStatus: 3 });
    expect(mounted(join(request.bundle, 'rootfs'))).toBe(false);
    expect(existsSync(request.ioSocket)).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
    expect(isNotFound(await shim.client.state(id).catch((e: unknown) => e))).toBe(true);
  });

  it('feeds stdin from the io socket and closes it on half-close', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['cat'] });
    await shim.client.create({ ...request, stdin: true });
    const io = await attachIo(request.ioSocket);
    const frames = collectFrames(io);
    await shim.client.start(id);
    io.write('ping\n');
    io.end();
    expect((await shim.client.wait(id)).exitStatus).toBe(0);
    expect((await frames).map((f) => f.text).join('')).toBe('ping\n');
    await shim.client.delete(id);
  });

  it('kills a running task: SIGTERM gives 143, and delete refuses while it runs', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sleep', '100'], hostPid: true });
    const { pid } = await shim.client.create(request);
    await shim.client.start(id);
    expect(await shim.client.state(id)).toMatchObject({ status: 'running', pid });
    expect(await shim.client.pids(id)).toContain(pid);
    expect(isFailedPrecondition(await shim.client.delete(id).catch((e: unknown) => e))).toBe(true);

    await shim.client.kill(id, 15);
    expect((await shim.client.wait(id)).exitStatus).toBe(143);
    expect(await shim.client.state(id)).toMatchObject({ status: 'stopped', exitStatus: 143 });
    expect(isFailedPrecondition(await shim.client.kill(id, 9).catch((e: unknown) => e))).toBe(true);
    expect(alive(pid)).toBe(false);
    await shim.client.delete(id);
  });

  it('deletes a task that never started, reporting the killed init', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['echo', 'never'] });
    const { pid } = await shim.client.create(request);
    const deleted = await shim.client.delete(id);
    expect(deleted).toMatchObject({ pid, exitStatus: 137 });
    expect(alive(pid)).toBe(false);
    expect(mounted(join(request.bundle, 'rootfs'))).toBe(false);
    expect(execFileSync('runc', ['--root', shim.runtimeRoot, 'list', '-q'], { encoding: 'utf8' }).trim()).toBe('');
  });

  it('rejects a bad bundle with runc’s message and leaves no mount, runtime state or socket', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['/no/such/binary'] });
    const err = await shim.client.create(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/runc create .*\/no\/such\/binary/);
    expect(mounted(join(request.bundle, 'rootfs'))).toBe(false);
    expect(existsSync(join(request.bundle, 'rootfs'))).toBe(false);
    expect(existsSync(request.ioSocket)).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
    expect(execFileSync('runc', ['--root', shim.runtimeRoot, 'list', '-q'], { encoding: 'utf8' }).trim()).toBe('');
    expect(existsSync(`/sys/fs/cgroup/memory/${cgroupPrefix}-${id}`)).toBe(false);
    expect(isNotFound(await shim.client.state(id).catch((e: unknown) => e))).toBe(true);

    const missing = await shim.client.create({ ...request, bundle: join(shim.dir, 'nowhere') }).catch((e: unknown) => e);
    expect(isNotFound(missing)).toBe(true);
    expect(isInvalidArgument(await shim.client.create({ ...request, id: '../evil' }).catch((e: unknown) => e))).toBe(true);
    expect(isInvalidArgument(await shim.client.create({ ...request, terminal: true }).catch((e: unknown) => e))).toBe(true);
  });

  it('keeps the exit status for a new client connecting after the task exited', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'exit 7'] });
    await shim.client.create(request);
    await shim.client.start(id);
    expect((await shim.client.wait(id)).exitStatus).toBe(7);
    shim.client.close();

    const again = await ShimClient.connect(shim.address);
    shim.client = again;
    expect(again.shimPid).toBe(shim.pid);
    expect((await again.wait(id)).exitStatus).toBe(7);
    expect(await again.state(id)).toMatchObject({ status: 'stopped', exitStatus: 7 });
    const persisted = JSON.parse(readFileSync(join(shim.stateDir, `${id}.exit`), 'utf8')) as { exitStatus: number };
    expect(persisted.exitStatus).toBe(7);
  });

  it('shuts down: kills remaining tasks, unmounts, and leaves no process behind', async () => {
    const shim = await newShim();
    const tasks = [bundle(shim, { args: ['sleep', '100'] }), bundle(shim, { args: ['sleep', '100'] })];
    const pids: number[] = [];
    for (const { id, request } of tasks) {
      pids.push((await shim.client.create(request)).pid);
      await shim.client.start(id);
    }
    await shim.client.shutdown();
    expect(alive(shim.pid)).toBe(false);
    for (const pid of pids) expect(alive(pid)).toBe(false);
    for (const { request } of tasks) expect(mounted(join(request.bundle, 'rootfs'))).toBe(false);
    expect(existsSync(shim.address)).toBe(false);
  });

  it('refuses to start a second shim on an address in use', async () => {
    const shim = await newShim();
    await expect(startShim({ binary: shimBinary, address: shim.address, stateDir: shim.stateDir, runtimeRoot: shim.runtimeRoot })).rejects.toThrow(/exited before serving/);
  });
});
