/**
 * The `proxy` storage driver: berthd keeps no snapshots itself but asks a snapshotter in another
 * process over berth.snapshots.v1 (here a small node script serving the native driver), and runs
 * containers on the mounts it hands back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BIN, REPO, run, TestDaemon } from './harness';

let dir: string;
let server: ChildProcess | undefined;
let socket: string;

/** Bundles @berth/snapshots and starts `serveSnapshotter(createNativeSnapshotter(...))` as its own process. */
async function startSnapshotterProcess(): Promise<void> {
  const bundle = join(dir, 'snapshots.js');
  await build({
    entryPoints: [join(REPO, 'packages/snapshots/src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    tsconfig: join(REPO, 'packages/snapshots/tsconfig.json'),
    logLevel: 'silent',
  });
  const script = join(dir, 'serve.js');
  writeFileSync(
    script,
    `const { createNativeSnapshotter, serveSnapshotter } = require(${JSON.stringify(bundle)});
(async () => {
  const sn = await createNativeSnapshotter(process.argv[2]);
  await serveSnapshotter(sn, process.argv[3]);
  process.stdout.write('ready\\n');
})().catch((err) => { console.error(err); process.exit(1); });
`,
  );
  const child = spawn(process.execPath, [script, join(dir, 'data'), socket], { stdio: ['ignore', 'pipe', 'inherit'] });
  server = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`snapshotter process exited early with ${code}`)));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'berth-sn-proxy-'));
  socket = join(dir, 'snapshots.sock');
  await startSnapshotterProcess();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
});

describe('storage driver proxy', () => {
  it('runs containers on snapshots kept by an out-of-process snapshotter', async () => {
    const daemon = await TestDaemon.withBusybox(['-s', 'proxy', '--storage-opt', `proxy.address=unix://${socket}`]);
    try {
      expect((await daemon.docker(['info', '-f', '{{.Driver}}'])).stdout).toBe('proxy\n');
      // The image's layers were unpacked by the other process, into its own root; berthd has none.
      const snapshotDirs = () => readdirSync(join(dir, 'data', 'snapshots'));
      const layers = snapshotDirs().length;
      expect(layers).toBeGreaterThan(0);
      expect(existsSync(join(daemon.dataRoot, 'snapshots'))).toBe(false);

      const ran = await daemon.berth(['run', '--name', 'writer', 'busybox', 'sh', '-c', 'cat /greeting 2>/dev/null || echo first; echo hello > /greeting']);
      expect(ran).toEqual({ code: 0, stdout: 'first\n', stderr: '' });
      expect(snapshotDirs().length).toBe(layers + 1);
      expect((await daemon.docker(['inspect', '-f', '{{.GraphDriver.Name}}', 'writer'])).stdout).toBe('proxy\n');
      // The container's changes live in its snapshot on the server side and are there at its next start.
      expect(await daemon.berth(['start', '-a', 'writer'])).toMatchObject({ code: 0, stdout: 'hello\n' });
      expect(await daemon.docker(['rm', 'writer'])).toMatchObject({ code: 0 });
      expect(snapshotDirs().length).toBe(layers);

      expect(await daemon.docker(['run', '--rm', 'busybox', 'echo', 'via docker'])).toEqual({ code: 0, stdout: 'via docker\n', stderr: '' });
      expect(snapshotDirs().length).toBe(layers);
      // berthd stops cleanly with the proxy's connection open; the layers stay with the snapshotter.
      expect(await daemon.stop()).toBe(0);
      expect(daemon.leftovers()).toEqual([]);
      expect(snapshotDirs().length).toBe(layers);
    } finally {
      await daemon.cleanup();
    }
  });

  it('refuses to start without an address or with nothing listening there, leaving nothing behind', async () => {
    const start = (...extra: string[]) =>
      run(process.execPath, [join(BIN, 'berthd.js'), '--data-root', join(dir, 'bad-data'), '--exec-root', join(dir, 'bad-exec'), '-H', `unix://${join(dir, 'bad.sock')}`, '--config-file', join(dir, 'none.json'), ...extra], {});
    writeFileSync(join(dir, 'none.json'), '{}\n');
    const cases: [string[], string][] = [
      [['-s', 'proxy'], 'proxy: storage-opt proxy.address=unix:///path is required'],
      [['--storage-opt', 'proxy.address=/x.sock'], 'overlay2: unknown option proxy.address'],
      [['-s', 'proxy', '--storage-opt', `proxy.address=unix://${join(dir, 'nobody.sock')}`], `storage driver proxy: snapshotter at unix://${join(dir, 'nobody.sock')}: `],
      [['-s', 'proxy', '--storage-opt', 'proxy.address=tcp://127.0.0.1:1'], 'snapshotter proxy: address must be unix:///absolute/path'],
    ];
    for (const [args, message] of cases) {
      const r = await start(...args);
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 1, stderr: expect.stringContaining(message) });
      expect(existsSync(join(dir, 'bad-data'))).toBe(false);
      expect(existsSync(join(dir, 'bad-exec'))).toBe(false);
      expect(existsSync(join(dir, 'bad.sock'))).toBe(false);
    }
  });
});
