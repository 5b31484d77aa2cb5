import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '@berth/errdefs';
import { FrameDecoder, StreamType } from '@berth/proto';
import { attachIo, readJsonLog, readLog, ShimClient, startShim, UNKNOWN_EXIT_REASON, type CreateTaskRequest, type ExecProcessRequest } from './index';

const repoRoot = join(__dirname, '../../..');
const ADDON = join(repoRoot, 'packages/sys/build/Release/berth_sys.node');
const EXEC_HELPER = join(repoRoot, 'packages/shim/build/berth-exec');

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
  // berth-exec beside the bundle, as in production: exec processes go through it unless a test says not.
  copyFileSync(EXEC_HELPER, join(bin, 'berth-exec'));
  // A minimal rootfs: static busybox, and sh pointing at it.
  rootfsSource = join(work, 'rootfs-source');
  mkdirSync(join(rootfsSource, 'bin'), { recursive: true });
  for (const dir of ['proc', 'dev', 'sys', 'tmp']) mkdirSync(join(rootfsSource, dir));
  copyFileSync('/bin/busybox', join(rootfsSource, 'bin/busybox'));
  execFileSync('chmod', ['755', join(rootfsSource, 'bin/busybox')]);
  for (const applet of ['sh', 'sleep', 'cat', 'echo', 'tty', 'stty', 'true']) symlinkSync('busybox', join(rootfsSource, 'bin', applet));
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

async function newShim(runtime?: string, binary = shimBinary): Promise<Shim> {
  const dir = mkdtempSync(join(work, 'shim-'));
  const address = join(dir, 'shim.sock');
  const stateDir = join(dir, 'state');
  const runtimeRoot = join(dir, 'runc');
  const { client, pid } = await startShim({ binary, address, stateDir, runtimeRoot, runtime, logFile: join(dir, 'shim.log'), debug: true });
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
  terminal?: boolean;
  /** linux.resources.memory.limit (and swap) in bytes. */
  memoryLimit?: number;
  /** Join the host's pid namespace, so the process is not a namespace init that ignores SIGTERM. */
  hostPid?: boolean;
  /** Merged into config.json's `process` and `linux`. */
  process?: Record<string, unknown>;
  linux?: Record<string, unknown>;
}

/** An OCI bundle whose rootfs the shim will bind-mount from the shared busybox tree. */
function bundle(shim: Shim, opts: BundleOptions): { id: string; request: CreateTaskRequest } {
  const id = `t${++counter}-${process.pid}`;
  const dir = join(shim.dir, id);
  mkdirSync(dir);
  const namespaces = ['pid', 'ipc', 'uts', 'mount', 'network'].filter((ns) => !(opts.hostPid && ns === 'pid'));
  const config = {
    ociVersion: '1.0.2',
    process: { terminal: opts.terminal ?? false, user: { uid: 0, gid: 0 }, args: opts.args, env: ['PATH=/bin'], cwd: '/', noNewPrivileges: true, ...opts.process },
    root: { path: 'rootfs', readonly: false },
    hostname: id,
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    ],
    linux: {
      namespaces: namespaces.map((type) => ({ type })),
      cgroupsPath: `/${cgroupPrefix}-${id}`,
      ...(opts.memoryLimit ? { resources: { memory: { limit: opts.memoryLimit, swap: opts.memoryLimit } } } : {}),
      ...opts.linux,
    },
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return {
    id,
    request: {
      id,
      bundle: dir,
      rootfs: [{ type: 'bind', source: rootfsSource, options: ['rbind', 'rw'] }],
      stdin: false,
      terminal: opts.terminal ?? false,
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

  it('kills every process of a task with SIGKILL --all, in its own pid namespace or the host one', async () => {
    const shim = await newShim();
    for (const hostPid of [false, true]) {
      const { id, request } = bundle(shim, { args: ['sh', '-c', 'sleep 100 & sleep 100 & wait'], hostPid });
      const { pid } = await shim.client.create(request);
      await shim.client.start(id);
      let pids: number[] = [];
      for (let i = 0; i < 100 && pids.length < 3; i++) {
        pids = await shim.client.pids(id);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(pids).toHaveLength(3);
      await shim.client.kill(id, 9, true);
      expect((await shim.client.wait(id)).exitStatus).toBe(137);
      for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 20));
      expect(pids.filter(alive)).toEqual([]);
      expect(alive(pid)).toBe(false);
      await shim.client.delete(id);
    }
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
    expect(isInvalidArgument(await shim.client.create({ ...request, logDriver: 'syslog' }).catch((e: unknown) => e))).toBe(true);
    expect(readdirSync(shim.stateDir)).toEqual([]);
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

/** Everything the io socket delivers until the shim ends it, as one string (terminal output is raw). */
function collectRaw(socket: Socket): Promise<string> {
  let text = '';
  return new Promise((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

const cgroupFile = (controller: string, id: string, file: string) => join('/sys/fs/cgroup', controller, `${cgroupPrefix}-${id}`, file);

describe('berth-shim: terminals, exec, pause, resources, OOM', () => {
  it('gives a task a terminal: raw output on the io socket, resize, and the log records it as stdout', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'tty; stty size; read line; echo "got $line"; stty size'], terminal: true });
    await shim.client.create({ ...request, stdin: true });
    expect(await shim.client.state(id)).toMatchObject({ status: 'created', terminal: true });
    await shim.client.resizePty(id, undefined, 101, 33);
    const io = await attachIo(request.ioSocket);
    const output = collectRaw(io);
    let seen = '';
    io.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await shim.client.start(id);
    // Typed only once the shell asks, so the terminal's echo does not come first.
    while (!seen.includes('33 101')) await new Promise((r) => setTimeout(r, 20));
    await shim.client.resizePty(id, undefined, 120, 40);
    io.write('hello\r');
    expect((await shim.client.wait(id)).exitStatus).toBe(0);
    const text = await output;
    expect(text).toMatch(/^\/dev\/pts\/\d+\r\n33 101\r\n/);
    expect(text).toMatch(/got hello\r\n40 120\r\n$/);
    const logged = readFileSync(request.logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { log: string; stream: string });
    expect(logged[0]!.log).toMatch(/^\/dev\/pts\/\d+\r\n$/);
    expect(new Set(logged.map((l) => l.stream))).toEqual(new Set(['stdout']));
    expect(isNotFound(await shim.client.resizePty(id, 'nope', 1, 1).catch((e: unknown) => e))).toBe(true);
    await shim.client.delete(id);
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });

  it('refuses to resize a task without a terminal', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['true'] });
    await shim.client.create(request);
    expect(isFailedPrecondition(await shim.client.resizePty(id, undefined, 80, 24).catch((e: unknown) => e))).toBe(true);
    await shim.client.delete(id);
  });

  it('execs processes in a running task: output, exit codes, a terminal, stdin and closeIo', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sleep', '100'] });
    await shim.client.create(request);
    expect(isFailedPrecondition(await shim.client.exec(id, 'early', { args: ['true'], terminal: false, stdin: false, ioSocket: '' }).catch((e: unknown) => e))).toBe(true);
    await shim.client.start(id);

    const plainSocket = join(request.bundle, 'e1.sock');
    await shim.client.exec(id, 'e1', { args: ['sh', '-c', 'echo out $FOO; echo err >&2; exit 5'], env: ['FOO=bar', 'PATH=/bin'], terminal: false, stdin: false, ioSocket: plainSocket });
    expect(isAlreadyExists(await shim.client.exec(id, 'e1', { args: ['true'], terminal: false, stdin: false, ioSocket: '' }).catch((e: unknown) => e))).toBe(true);
    expect(await shim.client.state(id, 'e1')).toMatchObject({ execId: 'e1', status: 'created' });
    const frames = collectFrames(await attachIo(plainSocket));
    const { pid } = await shim.client.start(id, 'e1');
    expect(pid).toBeGreaterThan(0);
    expect((await shim.client.wait(id, 'e1')).exitStatus).toBe(5);
    const received = await frames;
    expect(received.filter((f) => f.stream === StreamType.Stdout).map((f) => f.text).join('')).toBe('out bar\n');
    expect(received.filter((f) => f.stream === StreamType.Stderr).map((f) => f.text).join('')).toBe('err\n');
    expect(await shim.client.state(id, 'e1')).toMatchObject({ status: 'stopped', exitStatus: 5 });
    expect(await shim.client.delete(id, 'e1')).toMatchObject({ exitStatus: 5, pid });
    expect(existsSync(plainSocket)).toBe(false);
    expect(isNotFound(await shim.client.state(id, 'e1').catch((e: unknown) => e))).toBe(true);

    const ttySocket = join(request.bundle, 'e2.sock');
    await shim.client.exec(id, 'e2', { args: ['sh', '-c', 'tty; cat; echo done'], terminal: true, stdin: true, ioSocket: ttySocket });
    const tty = await attachIo(ttySocket);
    const ttyOutput = collectRaw(tty);
    let seen = '';
    tty.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await shim.client.start(id, 'e2');
    // Typed once the process runs, so the terminal's echo does not come before its first line.
    while (!seen.includes('/dev/pts/')) await new Promise((r) => setTimeout(r, 20));
    tty.write('typed\r');
    while (!seen.includes('typed\r\ntyped')) await new Promise((r) => setTimeout(r, 20));
    await shim.client.closeIo(id, 'e2');
    expect((await shim.client.wait(id, 'e2')).exitStatus).toBe(0);
    const text = await ttyOutput;
    expect(text).toMatch(/^\/dev\/pts\/\d+\r\n/);
    expect(text).toContain('typed');
    expect(text).toContain('done');
    await shim.client.delete(id, 'e2');

    const catSocket = join(request.bundle, 'e3.sock');
    await shim.client.exec(id, 'e3', { args: ['cat'], terminal: false, stdin: true, ioSocket: catSocket, user: { uid: 1000, gid: 1000 } });
    const cat = await attachIo(catSocket);
    const catFrames = collectFrames(cat);
    await shim.client.start(id, 'e3');
    cat.write('piped\n');
    await new Promise((r) => setTimeout(r, 100));
    await shim.client.closeIo(id, 'e3');
    expect((await shim.client.wait(id, 'e3')).exitStatus).toBe(0);
    expect((await catFrames).map((f) => f.text).join('')).toBe('piped\n');

    const missing = await shim.client.exec(id, 'e4', { args: ['/no/such'], terminal: false, stdin: false, ioSocket: '' }).then(() => shim.client.start(id, 'e4')).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/no\/such/);
    expect(await shim.client.wait(id, 'e4')).toMatchObject({ exitStatus: 255, reason: 'exec process failed to start' });
    expect(isFailedPrecondition(await shim.client.start(id, 'e4').catch((e: unknown) => e))).toBe(true);
    await shim.client.delete(id, 'e4');
    const bad = { terminal: false, stdin: false, ioSocket: '' };
    expect(isInvalidArgument(await shim.client.exec(id, '../x', { ...bad, args: ['true'] }).catch((e: unknown) => e))).toBe(true);
    expect(isInvalidArgument(await shim.client.exec(id, 'e5', { ...bad, args: [] }).catch((e: unknown) => e))).toBe(true);
    expect(isInvalidArgument(await shim.client.exec(id, 'e5', { ...bad, args: ['true'], cwd: 'rel' }).catch((e: unknown) => e))).toBe(true);
    expect(isNotFound(await shim.client.start(id, 'e5').catch((e: unknown) => e))).toBe(true);
    // Failed and finished execs leave nothing in the state dir: only the init's own records remain.
    expect(readdirSync(shim.stateDir).filter((f) => !f.startsWith(`${id}.`) || /\.e\d/.test(f))).toEqual([]);

    // An exec never started is removed with its task, io socket included.
    const leftSocket = join(request.bundle, 'e6.sock');
    await shim.client.exec(id, 'e6', { ...bad, args: ['true'], ioSocket: leftSocket });
    await shim.client.kill(id, 9);
    expect((await shim.client.wait(id)).exitStatus).toBe(137);
    expect(isFailedPrecondition(await shim.client.start(id, 'e6').catch((e: unknown) => e))).toBe(true);
    await shim.client.delete(id);
    expect(existsSync(leftSocket)).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });

  it('pauses (freezer FROZEN, state paused) and resumes a task', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sleep', '100'] });
    await shim.client.create(request);
    await shim.client.start(id);
    await shim.client.pause(id);
    expect(await shim.client.state(id)).toMatchObject({ status: 'paused' });
    expect(readFileSync(cgroupFile('freezer', id, 'freezer.state'), 'utf8').trim()).toBe('FROZEN');
    expect(isFailedPrecondition(await shim.client.delete(id).catch((e: unknown) => e))).toBe(true);
    await shim.client.resume(id);
    expect(await shim.client.state(id)).toMatchObject({ status: 'running' });
    expect(readFileSync(cgroupFile('freezer', id, 'freezer.state'), 'utf8').trim()).toBe('THAWED');
    await shim.client.kill(id, 9);
    await shim.client.wait(id);
    await shim.client.delete(id);
  });

  it('updates resources and reads stats from the cgroup files', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sleep', '100'] });
    await shim.client.create(request);
    await shim.client.start(id);
    await shim.client.update(id, { memoryLimit: 64 * 1024 * 1024, pidsLimit: 50 });
    expect(Number(readFileSync(cgroupFile('memory', id, 'memory.limit_in_bytes'), 'utf8'))).toBe(64 * 1024 * 1024);
    expect(readFileSync(cgroupFile('pids', id, 'pids.max'), 'utf8').trim()).toBe('50');
    expect(isInvalidArgument(await shim.client.update(id, { memoryLimit: -5 }).catch((e: unknown) => e))).toBe(true);

    const stats = await shim.client.stats(id);
    expect(stats.cgroupVersion).toBe(1);
    expect(stats.memoryUsage).toBeGreaterThan(0);
    expect(stats.memoryLimit).toBe(64 * 1024 * 1024);
    expect(stats.pidsCurrent).toBe(1);
    expect(stats.pidsLimit).toBe(50);
    expect(stats.cpuUsageNs).toBeGreaterThan(0);
    expect(Object.keys(stats.memoryStat)).toContain('rss');
    // What docker stats reports beyond the totals crosses the wire too (this host is cgroup v1).
    expect(stats.cpuPercpuNs?.length).toBe(readFileSync('/proc/stat', 'utf8').match(/^cpu\d+ /gm)?.length);
    expect(stats.memoryMaxUsage).toBeGreaterThanOrEqual(stats.memoryUsage);
    expect(stats.throttlePeriods).toBe(0);
    await shim.client.kill(id, 9);
    await shim.client.wait(id);
    expect(isFailedPrecondition(await shim.client.stats(id).catch((e: unknown) => e))).toBe(true);
    await shim.client.delete(id);
  });

  it('reports an OOM kill: exit 137 with oomKilled, in wait, state and the persisted record', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'x=aaaaaaaaaa; while :; do x=$x$x$x$x$x; done'], memoryLimit: 8 * 1024 * 1024 });
    await shim.client.create(request);
    await shim.client.start(id);
    const exit = await shim.client.wait(id);
    expect(exit).toMatchObject({ exitStatus: 137, oomKilled: true });
    expect(await shim.client.state(id)).toMatchObject({ status: 'stopped', exitStatus: 137, oomKilled: true });
    expect(JSON.parse(readFileSync(join(shim.stateDir, `${id}.exit`), 'utf8'))).toMatchObject({ exitStatus: 137, oomKilled: true });
    await shim.client.delete(id);
  });
});

describe('berth-shim: log drivers and surviving failures', () => {
  it('rotates json-file logs, writes local logs, and keeps no file for none', async () => {
    const shim = await newShim();
    const script = 'i=0; while [ $i -lt 200 ]; do echo "line $i"; i=$((i+1)); done';
    const json = bundle(shim, { args: ['sh', '-c', script] });
    const jsonLog = join(json.request.bundle, `${json.id}-json.log`);
    await shim.client.create({ ...json.request, logPath: jsonLog, logOptions: { 'max-size': '2k', 'max-file': '3' } });
    await shim.client.start(json.id);
    await shim.client.wait(json.id);
    expect(existsSync(`${jsonLog}.1`)).toBe(true);
    expect(existsSync(`${jsonLog}.2`)).toBe(true);
    expect(existsSync(`${jsonLog}.3`)).toBe(false);
    const tail: string[] = [];
    for await (const e of readLog(jsonLog, 'json-file', { tail: 3 })) tail.push(e.line.toString());
    expect(tail).toEqual(['line 197\n', 'line 198\n', 'line 199\n']);
    await shim.client.delete(json.id);

    const local = bundle(shim, { args: ['sh', '-c', 'echo one; echo two >&2'] });
    const localLog = join(local.request.bundle, 'container.log');
    await shim.client.create({ ...local.request, logPath: localLog, logDriver: 'local' });
    await shim.client.start(local.id);
    await shim.client.wait(local.id);
    const entries: string[] = [];
    for await (const e of readLog(localLog, 'local')) entries.push(`${e.stream}:${e.line.toString()}`);
    expect(entries.sort()).toEqual(['stderr:two\n', 'stdout:one\n']);
    await shim.client.delete(local.id);

    const none = bundle(shim, { args: ['echo', 'nothing'] });
    await shim.client.create({ ...none.request, logDriver: 'none' });
    const frames = collectFrames(await attachIo(none.request.ioSocket));
    await shim.client.start(none.id);
    await shim.client.wait(none.id);
    expect((await frames).map((f) => f.text).join('')).toBe('nothing\n');
    expect(existsSync(none.request.logPath)).toBe(false);
    await shim.client.delete(none.id);
  });

  it('keeps an exit that happened while no client was connected', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'sleep 0.5; exit 9'] });
    await shim.client.create(request);
    await shim.client.start(id);
    shim.client.close();
    await new Promise((r) => setTimeout(r, 1500));
    expect(JSON.parse(readFileSync(join(shim.stateDir, `${id}.exit`), 'utf8'))).toMatchObject({ exitStatus: 9 });
    shim.client = await ShimClient.connect(shim.address);
    expect((await shim.client.wait(id)).exitStatus).toBe(9);
    await shim.client.delete(id);
  });

  it('re-adopts running and exited tasks when a shim restarts on the same state dir', async () => {
    const shim = await newShim();
    const running = bundle(shim, { args: ['sh', '-c', 'while :; do echo tick; sleep 0.2; done'] });
    const exited = bundle(shim, { args: ['sh', '-c', 'exit 4'] });
    const { pid } = await shim.client.create(running.request);
    await shim.client.start(running.id);
    await shim.client.create(exited.request);
    await shim.client.start(exited.id);
    expect((await shim.client.wait(exited.id)).exitStatus).toBe(4);
    const created = bundle(shim, { args: ['sleep', '100'], hostPid: true });
    const { pid: createdPid } = await shim.client.create(created.request);

    shim.client.close();
    process.kill(shim.pid, 'SIGKILL');
    while (alive(shim.pid)) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid)).toBe(true);

    const { client, pid: shimPid } = await startShim({ binary: shimBinary, address: shim.address, stateDir: shim.stateDir, runtimeRoot: shim.runtimeRoot, logFile: join(shim.dir, 'shim2.log'), debug: true });
    shim.client = client;
    shim.pid = shimPid;
    expect(client.shimPid).toBe(shimPid);
    expect(await client.state(running.id)).toMatchObject({ status: 'running', pid });
    expect(await client.state(exited.id)).toMatchObject({ status: 'stopped', exitStatus: 4 });
    // A task created but not started by the predecessor can still be started.
    expect(await client.state(created.id)).toMatchObject({ status: 'created', pid: createdPid });
    await client.start(created.id);
    expect(await client.state(created.id)).toMatchObject({ status: 'running', pid: createdPid });
    await client.kill(created.id, 9);
    expect(await client.wait(created.id)).toMatchObject({ exitStatus: 255, reason: UNKNOWN_EXIT_REASON });
    await client.delete(created.id);
    // Output keeps flowing into the log through the re-opened pipes.
    const size = readFileSync(running.request.logPath).length;
    await new Promise((r) => setTimeout(r, 600));
    expect(readFileSync(running.request.logPath).length).toBeGreaterThan(size);

    await client.kill(running.id, 9);
    const exit = await client.wait(running.id);
    expect(exit).toMatchObject({ exitStatus: 255, reason: UNKNOWN_EXIT_REASON });
    expect(alive(pid)).toBe(false);
    await client.delete(running.id);
    await client.delete(exited.id);
    expect(readdirSync(shim.stateDir)).toEqual([]);
    expect(mounted(join(running.request.bundle, 'rootfs'))).toBe(false);
  });
});

describe('startShim: a predecessor still on the address', () => {
  it('connects to its own shim when the first connection lands on a dying listener that resets it', async () => {
    const dir = mkdtempSync(join(work, 'shim-'));
    const address = join(dir, 'shim.sock');
    // A killed shim whose threads are still exiting: its listener queues connections, never
    // serves them, and resets them when it closes.
    const queued: Socket[] = [];
    const dying = createServer({ pauseOnConnect: true }, (socket) => queued.push(socket));
    await new Promise<void>((resolve) => dying.listen(address, resolve));
    setTimeout(() => {
      for (const socket of queued) socket.destroy();
      dying.close();
    }, 300);
    // The new shim takes longer to come up than the old listener takes to go.
    const slowBinary = join(dir, 'slow-shim.js');
    writeFileSync(slowBinary, `setTimeout(() => require(${JSON.stringify(shimBinary)}), 600);\n`);
    const started = await startShim({ binary: slowBinary, address, stateDir: join(dir, 'state'), runtimeRoot: join(dir, 'runc'), logFile: join(dir, 'shim.log'), debug: true });
    shims.push({ ...started, dir, address, stateDir: join(dir, 'state'), runtimeRoot: join(dir, 'runc') });
    expect(queued.length).toBeGreaterThan(0);
    expect(started.client.shimPid).toBe(started.pid);
    expect(alive(started.pid)).toBe(true);
  });
});

describe('berth-shim: a predecessor that died inside create', () => {
  it('is cleaned up by the next shim on its state dir: no runtime container, mount or record left', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['sleep', '100'] });
    shim.client.close();
    process.kill(shim.pid, 'SIGKILL');
    while (alive(shim.pid)) await new Promise((r) => setTimeout(r, 20));

    // What a shim killed right after `runc create` leaves: its record, the mount, runc's container, no pid file.
    const rootfs = join(request.bundle, 'rootfs');
    mkdirSync(rootfs);
    execFileSync('mount', ['--bind', rootfsSource, rootfs]);
    execFileSync('runc', ['--root', shim.runtimeRoot, 'create', '--bundle', request.bundle, id], { stdio: 'ignore' });
    const record = { id, bundle: request.bundle, mountedRootfs: rootfs, createdRootfsDir: true, terminal: false, logPath: '', logDriver: 'json-file', logOptions: {}, ioSocket: '' };
    writeFileSync(join(shim.stateDir, `${id}.task.json`), JSON.stringify(record));

    const { client, pid } = await startShim({ binary: shimBinary, address: shim.address, stateDir: shim.stateDir, runtimeRoot: shim.runtimeRoot, logFile: join(shim.dir, 'shim2.log'), debug: true });
    shim.client = client;
    shim.pid = pid;
    expect(isNotFound(await client.state(id).catch((e: unknown) => e))).toBe(true);
    expect(execFileSync('runc', ['--root', shim.runtimeRoot, 'list', '-q'], { encoding: 'utf8' }).trim()).toBe('');
    expect(mounted(rootfs)).toBe(false);
    expect(existsSync(rootfs)).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });
});

/**
 * A runtime binary that records each of its command lines and runs runc; with `relocate`, runc
 * keeps its state one directory below the `--root` it is given, a layout the shim does not know.
 */
function recordingRuntime(relocate: boolean): { binary: string; calls: () => string[] } {
  const dir = mkdtempSync(join(work, 'runtime-'));
  const binary = join(dir, 'runtime');
  const log = join(dir, 'calls');
  const root = relocate ? '"$2/elsewhere"' : '"$2"';
  writeFileSync(binary, `#!/bin/sh\necho "$*" >> '${log}'\n[ "$1" = --root ] || exit 2\nroot=${root}\nshift 2\nexec runc --root "$root" "$@"\n`, { mode: 0o755 });
  return { binary, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

const runcStatus = (root: string, id: string) => (JSON.parse(execFileSync('runc', ['--root', root, 'state', id], { encoding: 'utf8' })) as { status: string }).status;

describe('berth-shim: starting without a runc start process', () => {
  it('releases the init through runc’s exec fifo: running in runc’s eyes, the fifo gone, a second start refused', async () => {
    const runtime = recordingRuntime(false);
    const shim = await newShim(runtime.binary);
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'echo started; exec sleep 100'], hostPid: true });
    const { pid } = await shim.client.create(request);
    const fifo = join(shim.runtimeRoot, id, 'exec.fifo');
    expect(existsSync(fifo)).toBe(true);
    expect(runcStatus(shim.runtimeRoot, id)).toBe('created');
    const io = await attachIo(request.ioSocket);
    const frames = collectFrames(io);

    expect(await shim.client.start(id)).toEqual({ pid });
    expect(existsSync(fifo)).toBe(false);
    expect(runcStatus(shim.runtimeRoot, id)).toBe('running');
    expect(await shim.client.state(id)).toMatchObject({ status: 'running', pid });
    expect(runtime.calls().filter((call) => / start /.test(` ${call} `))).toEqual([]);
    const again = await shim.client.start(id).catch((e: unknown) => e);
    expect(isFailedPrecondition(again)).toBe(true);
    expect((again as Error).message).toMatch(/already started/);

    await shim.client.kill(id, 15);
    expect((await shim.client.wait(id)).exitStatus).toBe(143);
    expect((await frames).map((f) => f.text).join('')).toBe('started\n');
    await shim.client.delete(id);
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });

  it('fails to start a task whose init was killed, promptly and clearly, and delete then cleans everything', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['echo', 'never'] });
    const { pid } = await shim.client.create(request);
    process.kill(pid, 'SIGKILL');
    const began = Date.now();
    const err = await shim.client.start(id).catch((e: unknown) => e);
    expect(Date.now() - began).toBeLessThan(2000);
    expect(isFailedPrecondition(err)).toBe(true);
    expect((err as Error).message).toMatch(/container process is already dead/);
    expect(await shim.client.delete(id)).toMatchObject({ pid, exitStatus: 137 });
    expect(mounted(join(request.bundle, 'rootfs'))).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
    expect(execFileSync('runc', ['--root', shim.runtimeRoot, 'list', '-q'], { encoding: 'utf8' }).trim()).toBe('');
  });

  it('notices an init that dies while start waits for it', async () => {
    const shim = await newShim();
    const { id, request } = bundle(shim, { args: ['echo', 'never'] });
    const { pid } = await shim.client.create(request);
    // Stopped, the init lives but cannot take the handshake; it is killed while start waits.
    process.kill(pid, 'SIGSTOP');
    const began = Date.now();
    const starting = shim.client.start(id).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    process.kill(pid, 'SIGKILL');
    const err = await starting;
    expect(Date.now() - began).toBeLessThan(2000);
    expect(isFailedPrecondition(err)).toBe(true);
    expect((err as Error).message).toMatch(/container process is already dead/);
    expect(await shim.client.delete(id)).toMatchObject({ exitStatus: 137 });
    expect(existsSync(join(shim.runtimeRoot, id))).toBe(false);
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });

  it('falls back to `runc start` when the runtime keeps no exec fifo where runc does', async () => {
    const runtime = recordingRuntime(true);
    const shim = await newShim(runtime.binary);
    const { id, request } = bundle(shim, { args: ['sh', '-c', 'echo hello; exit 3'] });
    const { pid } = await shim.client.create(request);
    expect(existsSync(join(shim.runtimeRoot, id, 'exec.fifo'))).toBe(false);
    const io = await attachIo(request.ioSocket);
    const frames = collectFrames(io);
    expect(await shim.client.start(id)).toEqual({ pid });
    expect(runtime.calls()).toContain(`--root ${shim.runtimeRoot} start ${id}`);
    expect((await shim.client.wait(id)).exitStatus).toBe(3);
    expect((await frames).map((f) => f.text).join('')).toBe('hello\n');
    await shim.client.delete(id);
    expect(execFileSync('runc', ['--root', join(shim.runtimeRoot, 'elsewhere'), 'list', '-q'], { encoding: 'utf8' }).trim()).toBe('');
    expect(readdirSync(shim.stateDir)).toEqual([]);
  });
});

describe('berth-shim: exec through berth-exec sees what it would see through runc exec', () => {
  const DOCKER_CAPS = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID',
    'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE'];
  /** What the exec'd process sees of itself; the parts that differ per container are compared with its init's. */
  const PROBE = [
    'id', 'pwd', 'env | sort', 'ulimit -n', 'cat /proc/self/oom_score_adj',
    'grep -E "^(Cap|NoNewPrivs|Seccomp)" /proc/self/status',
    'for ns in cgroup ipc mnt net pid user uts; do [ "$(readlink /proc/self/ns/$ns)" = "$(readlink /proc/1/ns/$ns)" ] && echo "$ns: the init\'s" || echo "$ns: NOT the init\'s"; done',
    '[ "$(cat /proc/self/cgroup)" = "$(cat /proc/1/cgroup)" ] && echo "cgroups: the init\'s" || echo "cgroups: NOT the init\'s"',
    'mkdir /tmp/denied 2>&1 || true',
    'ps -o pid,comm | grep -c sleep',
  ].join('; ');

  /** The same bundle, but with no berth-exec beside it: its exec processes go through runc. */
  let runcOnlyBinary: string;

  beforeAll(() => {
    const bin = join(work, 'bin-runc-only');
    mkdirSync(bin);
    runcOnlyBinary = join(bin, 'berth-shim.js');
    copyFileSync(shimBinary, runcOnlyBinary);
    copyFileSync(ADDON, join(bin, 'berth_sys.node'));
    for (const applet of ['id', 'env', 'sort', 'grep', 'readlink', 'mkdir', 'ps']) {
      if (!existsSync(join(rootfsSource, 'bin', applet))) symlinkSync('busybox', join(rootfsSource, 'bin', applet));
    }
    writeFileSync(join(rootfsSource, 'tmp/not-executable'), 'data\n', { mode: 0o644 });
    // runc gives a process without HOME the one its user has in the container's passwd.
    mkdirSync(join(rootfsSource, 'etc'), { recursive: true });
    writeFileSync(join(rootfsSource, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n');
    writeFileSync(join(rootfsSource, 'etc/group'), 'root:x:0:\nten:x:10:\ntwenty:x:20:\nuser:x:1000:\n');
  });

  /** A shim whose exec processes go through berth-exec (`helper`) or, with none beside its bundle, runc. */
  const shimWith = (helper: boolean) => newShim(undefined, helper ? shimBinary : runcOnlyBinary);

  /** A running container configured as berth configures one: capabilities, rlimits, a seccomp filter (mkdir denied), oom score. */
  async function container(shim: Shim, noNewPrivileges: boolean): Promise<string> {
    const { id, request } = bundle(shim, {
      args: ['sleep', '100'],
      process: {
        noNewPrivileges,
        capabilities: { bounding: DOCKER_CAPS, effective: DOCKER_CAPS, permitted: DOCKER_CAPS },
        rlimits: [{ type: 'RLIMIT_NOFILE', soft: 4321, hard: 4321 }],
        oomScoreAdj: 123,
      },
      linux: { seccomp: { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }] } },
    });
    await shim.client.create(request);
    await shim.client.start(id);
    return id;
  }

  interface Outcome { exitStatus?: number; output?: string; error?: string }

  /** Runs one exec to its end: its exit status and output, or the reason it could not start (the shim's command name cut off). */
  async function run(shim: Shim, id: string, execId: string, req: Partial<ExecProcessRequest> & { args: string[] }): Promise<Outcome> {
    const ioSocket = join(shim.dir, `${execId}.sock`);
    await shim.client.exec(id, execId, { terminal: false, stdin: false, ioSocket, ...req });
    const io = await attachIo(ioSocket);
    const output = req.terminal ? collectRaw(io) : collectFrames(io).then((frames) => frames.map((f) => f.text).join(''));
    try {
      await shim.client.start(id, execId);
    } catch (err) {
      io.destroy();
      await shim.client.delete(id, execId);
      return { error: (err as Error).message.replace(/^.*?(runc exec|berth-exec) \S+: /, '') };
    }
    const { exitStatus } = await shim.client.wait(id, execId);
    const text = await output;
    await shim.client.delete(id, execId);
    return { exitStatus, output: text };
  }

  const CASES: [string, Partial<ExecProcessRequest> & { args: string[] }][] = [
    ['probe', { args: ['sh', '-c', PROBE], env: ['PATH=/bin', 'FOO=bar'] }],
    ['user', { args: ['sh', '-c', PROBE], env: ['PATH=/bin'], cwd: '/tmp', user: { uid: 1000, gid: 1000, additionalGids: [10, 20] } }],
    ['exit3', { args: ['sh', '-c', 'exit 3'], env: ['PATH=/bin'] }],
    ['notfound', { args: ['no-such-command'], env: ['PATH=/bin'] }],
    ['notfoundpath', { args: ['/no/such'], env: ['PATH=/bin'] }],
    ['notexec', { args: ['/tmp/not-executable'], env: ['PATH=/bin'] }],
    ['dir', { args: ['/tmp'], env: ['PATH=/bin'] }],
    ['badcwd', { args: ['true'], env: ['PATH=/bin'], cwd: '/no/such/dir' }],
    ['tty', { args: ['sh', '-c', 'tty; [ -t 0 ] && [ -t 1 ] && [ -t 2 ] && echo all a tty'], env: ['PATH=/bin'], terminal: true }],
  ];

  it.each([false, true])('gives the same view (no_new_privs %s): ids, capabilities, seccomp, namespaces, cgroups, env, cwd, rlimits, exit codes, errors, tty', async (noNewPrivileges) => {
    const results: Record<string, Outcome>[] = [];
    const shims: Shim[] = [];
    for (const helper of [true, false]) {
      const shim = await shimWith(helper);
      shims.push(shim);
      const id = await container(shim, noNewPrivileges);
      const outcomes: Record<string, Outcome> = {};
      for (const [name, req] of CASES) outcomes[name] = await run(shim, id, name, req);
      results.push(outcomes);
      await shim.client.kill(id, 9);
      await shim.client.wait(id);
      await shim.client.delete(id);
      expect(readdirSync(shim.stateDir)).toEqual([]);
    }
    const [helper, runc] = results as [Record<string, Outcome>, Record<string, Outcome>];
    // The helper really ran them (and runc the others).
    expect(readFileSync(join(shims[0]!.dir, 'shim.log'), 'utf8')).toMatch(/started exec probe of \S+ pid \d+ \(berth-exec\)/);
    expect(readFileSync(join(shims[1]!.dir, 'shim.log'), 'utf8')).toMatch(/started exec probe of \S+ pid \d+ \(runc\)/);
    // The pty numbers are per container; the rest must be equal.
    const ttyless = (o: Outcome) => ({ ...o, output: o.output?.replace(/\/dev\/pts\/\d+/, '/dev/pts/N') });
    for (const [name] of CASES) expect({ name, ...ttyless(helper[name]!) }).toEqual({ name, ...ttyless(runc[name]!) });

    // And what they agree on is what a container's exec must see.
    const probe = helper.probe!.output!;
    expect(probe).toContain('uid=0(root) gid=0(root)');
    expect(probe).toContain('FOO=bar');
    expect(probe).toContain('HOME=/root');
    expect(probe).toMatch(/^4321$/m);
    expect(probe).toMatch(/^123$/m);
    expect(probe).toMatch(/CapEff:\s+00000000a80425fb/);
    expect(probe).toMatch(/CapBnd:\s+00000000a80425fb/);
    expect(probe).toMatch(new RegExp(`NoNewPrivs:\\s+${noNewPrivileges ? 1 : 0}`));
    expect(probe).toMatch(/Seccomp:\s+2/);
    expect(probe).toMatch(/Operation not permitted/);
    expect(probe).not.toContain('NOT the init');
    expect(probe).toContain("cgroups: the init's");
    expect(probe).toMatch(/^1$/m); // the container's own sleep is the only one it sees: its pid namespace
    expect(helper.user!.output).toContain('uid=1000(user) gid=1000(user) groups=10(ten),20(twenty)');
    expect(helper.user!.output).toContain('HOME=/home/user');
    expect(helper.user!.output).toMatch(/^\/tmp$/m);
    // execve leaves a non-root user's process no capabilities (no ambient set), only the bounding set.
    expect(helper.user!.output).toMatch(/CapEff:\s+0000000000000000/);
    expect(helper.user!.output).toMatch(/CapBnd:\s+00000000a80425fb/);
    expect(helper.exit3).toMatchObject({ exitStatus: 3 });
    expect(helper.notfound!.error).toBe('exec failed: unable to start container process: exec: "no-such-command": executable file not found in $PATH');
    expect(helper.notfoundpath!.error).toBe('exec failed: unable to start container process: exec: "/no/such": stat /no/such: no such file or directory');
    expect(helper.notexec!.error).toBe('exec failed: unable to start container process: exec: "/tmp/not-executable": permission denied');
    expect(helper.badcwd!.error).toMatch(/chdir to cwd \("\/no\/such\/dir"\) set in config.json failed: no such file or directory/);
    expect(helper.tty!.output).toMatch(/^\/dev\/pts\/\d+\r\nall a tty\r\n$/);
  });

  it('leaves exec --privileged to runc', async () => {
    const shim = await shimWith(true);
    const id = await container(shim, false);
    const outcome = await run(shim, id, 'priv', { args: ['grep', 'CapEff', '/proc/self/status'], env: ['PATH=/bin'], capabilities: [...DOCKER_CAPS, 'CAP_SYS_ADMIN'] });
    expect(outcome.output).toMatch(/CapEff:\s+00000000a82425fb/);
    expect(readFileSync(join(shim.dir, 'shim.log'), 'utf8')).toMatch(/started exec priv of \S+ pid \d+ \(runc\)/);
    await shim.client.kill(id, 9);
    await shim.client.wait(id);
    await shim.client.delete(id);
  });
});

describe('berth-shim: execStart (exec and start in one call)', () => {
  /** A shim bundle with no berth-exec beside it: its exec processes go through runc. */
  let runcOnly: string;

  beforeAll(() => {
    const bin = join(work, 'bin-exec-start-runc');
    mkdirSync(bin);
    runcOnly = join(bin, 'berth-shim.js');
    copyFileSync(shimBinary, runcOnly);
    copyFileSync(ADDON, join(bin, 'berth_sys.node'));
  });

  for (const via of ['berth-exec', 'runc'] as const) {
    it(`holds an exec's output for its first io client, every byte, a pipe's worth and more (${via})`, async () => {
      const shim = await newShim(undefined, via === 'runc' ? runcOnly : shimBinary);
      const { id, request } = bundle(shim, { args: ['sleep', '100'] });
      await shim.client.create(request);
      await shim.client.start(id);

      const socket = join(request.bundle, 'x1.sock');
      const { pid } = await shim.client.execStart(id, 'x1', { args: ['sh', '-c', 'echo out; echo err >&2; busybox seq 1 40000; exit 3'], terminal: false, stdin: false, ioSocket: socket });
      expect(pid).toBeGreaterThan(0);
      const exited = shim.client.wait(id, 'x1');
      // Far more than a pipe holds, written before anyone listens: the process waits for its reader.
      await new Promise((r) => setTimeout(r, 300));
      expect(await shim.client.state(id, 'x1')).toMatchObject({ status: 'running' });
      const frames = await collectFrames(await attachIo(socket));
      expect((await exited).exitStatus).toBe(3);
      const stdout = frames.filter((f) => f.stream === StreamType.Stdout).map((f) => f.text).join('');
      expect(stdout).toBe(`out\n${Array.from({ length: 40000 }, (_, i) => `${i + 1}\n`).join('')}`);
      expect(frames.filter((f) => f.stream === StreamType.Stderr).map((f) => f.text).join('')).toBe('err\n');
      await shim.client.delete(id, 'x1');
      expect(existsSync(socket)).toBe(false);

      // Exited and its output ended before the client came: the client still gets it all, then EOF.
      const quick = join(request.bundle, 'x2.sock');
      const quickStart = await shim.client.execStart(id, 'x2', { args: ['echo', 'quick'], terminal: false, stdin: false, ioSocket: quick });
      // Reaped before the call returned or not (a race), an exit it reports is the exit.
      if (quickStart.exited) expect(quickStart.exited.exitStatus).toBe(0);
      await new Promise((r) => setTimeout(r, 200));
      const late = collectFrames(await attachIo(quick));
      expect((await shim.client.wait(id, 'x2')).exitStatus).toBe(0);
      expect((await late).map((f) => f.text).join('')).toBe('quick\n');
      await shim.client.delete(id, 'x2');

      // Its wait answers at the exit, while the output still waits for a client (no drain grace).
      const early = join(request.bundle, 'x7.sock');
      await shim.client.execStart(id, 'x7', { args: ['sh', '-c', 'echo before the client; exit 4'], terminal: false, stdin: false, ioSocket: early });
      const began = Date.now();
      expect((await shim.client.wait(id, 'x7')).exitStatus).toBe(4);
      expect(Date.now() - began).toBeLessThan(1500);
      expect((await collectFrames(await attachIo(early))).map((f) => f.text).join('')).toBe('before the client\n');
      await shim.client.delete(id, 'x7');

      // A terminal's output is held the same way.
      const tty = join(request.bundle, 'x3.sock');
      await shim.client.execStart(id, 'x3', { args: ['sh', '-c', 'tty; echo said'], terminal: true, stdin: false, ioSocket: tty });
      await new Promise((r) => setTimeout(r, 200));
      const raw = collectRaw(await attachIo(tty));
      expect((await shim.client.wait(id, 'x3')).exitStatus).toBe(0);
      expect(await raw).toMatch(/^\/dev\/pts\/\d+\r\nsaid\r\n$/);
      await shim.client.delete(id, 'x3');

      // A start that fails leaves nothing: no exec to address, no socket, no state file.
      const failedSocket = join(request.bundle, 'x4.sock');
      const failed = await shim.client.execStart(id, 'x4', { args: ['/no/such'], terminal: false, stdin: false, ioSocket: failedSocket }).catch((e: unknown) => e);
      expect((failed as Error).message).toMatch(/no\/such/);
      expect(isNotFound(await shim.client.state(id, 'x4').catch((e: unknown) => e))).toBe(true);
      expect(existsSync(failedSocket)).toBe(false);
      expect(readdirSync(shim.stateDir).filter((f) => f.includes('.x'))).toEqual([]);
      // Refusals are exec's own.
      expect(isAlreadyExists(await shim.client.execStart(id, 'x1b', { args: ['sleep', '5'], terminal: false, stdin: false, ioSocket: '' }).then(() =>
        shim.client.execStart(id, 'x1b', { args: ['true'], terminal: false, stdin: false, ioSocket: '' })).catch((e: unknown) => e))).toBe(true);
      expect(isInvalidArgument(await shim.client.execStart(id, 'x5', { args: [], terminal: false, stdin: false, ioSocket: '' }).catch((e: unknown) => e))).toBe(true);

      await shim.client.kill(id, 9);
      await shim.client.wait(id);
      await shim.client.delete(id);
      expect(isNotFound(await shim.client.execStart(id, 'x6', { args: ['true'], terminal: false, stdin: false, ioSocket: '' }).catch((e: unknown) => e))).toBe(true);
    });
  }
});
