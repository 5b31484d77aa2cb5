import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mountAll, unmountAll } from '@berth/sys';
import { applyTargetOf, createNativeSnapshotter, createOverlaySnapshotter, describeSnapshotter, type Snapshotter } from './index';

async function tempRoot(): Promise<string> {
  return fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-snapshots-'));
}

describeSnapshotter('overlay', async () => {
  const root = await tempRoot();
  return { snapshotter: await createOverlaySnapshotter(root), cleanup: () => fs.promises.rm(root, { recursive: true, force: true }) };
});

describeSnapshotter('native', async () => {
  const root = await tempRoot();
  return { snapshotter: await createNativeSnapshotter(root), cleanup: () => fs.promises.rm(root, { recursive: true, force: true }) };
});

describe('overlay snapshotter specifics', () => {
  let root: string;
  let target: string;
  let sn: Snapshotter;
  beforeEach(async () => {
    root = await tempRoot();
    target = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-snapshots-mnt-'));
    sn = await createOverlaySnapshotter(root);
  });
  afterEach(async () => {
    unmountAll(target);
    await fs.promises.rm(target, { recursive: true, force: true });
    await fs.promises.rm(root, { recursive: true, force: true });
  });

  it('returns bind mounts without a parent and overlay mounts with one, nearest lower first', async () => {
    const first = await sn.prepare('l1');
    expect(first).toEqual([{ type: 'bind', source: path.join(root, 'snapshots', '1', 'fs'), options: ['rbind', 'rw'] }]);
    await sn.commit('c1', 'l1');
    await sn.prepare('l2', 'c1');
    await sn.commit('c2', 'l2');
    const top = await sn.prepare('l3', 'c2');
    expect(top).toEqual([
      {
        type: 'overlay',
        source: 'overlay',
        options: [
          `lowerdir=${path.join(root, 'snapshots', '2', 'fs')}:${path.join(root, 'snapshots', '1', 'fs')}`,
          `upperdir=${path.join(root, 'snapshots', '3', 'fs')}`,
          `workdir=${path.join(root, 'snapshots', '3', 'work')}`,
        ],
      },
    ]);
    expect(applyTargetOf(top)).toEqual({ dir: path.join(root, 'snapshots', '3', 'fs'), whiteouts: 'overlay' });
    expect(applyTargetOf(first)).toEqual({ dir: path.join(root, 'snapshots', '1', 'fs'), whiteouts: 'delete' });
    expect(await sn.view('v1', 'c1')).toEqual([{ type: 'bind', source: path.join(root, 'snapshots', '1', 'fs'), options: ['rbind', 'ro'] }]);
    const multi = await sn.view('v2', 'c2');
    expect(multi[0].type).toBe('overlay');
    expect(applyTargetOf(multi)).toBeNull();
  });

  it('writes land in the upper dir and deletions become whiteouts there', async () => {
    const base = await sn.prepare('base-key');
    fs.writeFileSync(path.join(applyTargetOf(base)!.dir, 'lower-file'), 'lower');
    await sn.commit('base', 'base-key');
    const mounts = await sn.prepare('work', 'base');
    const upper = applyTargetOf(mounts)!.dir;
    mountAll(mounts, target);
    expect(fs.readFileSync(path.join(target, 'lower-file'), 'utf8')).toBe('lower');
    fs.writeFileSync(path.join(target, 'upper-file'), 'upper');
    fs.rmSync(path.join(target, 'lower-file'));
    expect(fs.existsSync(path.join(target, 'lower-file'))).toBe(false);
    unmountAll(target);
    expect(fs.readFileSync(path.join(upper, 'upper-file'), 'utf8')).toBe('upper');
    const whiteout = fs.lstatSync(path.join(upper, 'lower-file'));
    expect(whiteout.isCharacterDevice()).toBe(true);
    expect(whiteout.rdev).toBe(0);
  });

  it('keeps metadata across a restart and drops directories a crash left without a record', async () => {
    await sn.prepare('kept');
    fs.mkdirSync(path.join(root, 'snapshots', '99', 'fs'), { recursive: true });
    const reopened = await createOverlaySnapshotter(root);
    expect((await reopened.stat('kept')).kind).toBe('active');
    expect(fs.readdirSync(path.join(root, 'snapshots'))).toEqual(['1']);
    await reopened.prepare('next');
    expect(fs.readdirSync(path.join(root, 'snapshots')).sort()).toEqual(['1', '2']);
  });

  it('removes a snapshot of many files at once, deleting its directory in the background', async () => {
    const upper = applyTargetOf(await sn.prepare('big'))!.dir;
    for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(upper, String(i)), 'x');
    await sn.remove('big');
    expect(fs.readdirSync(path.join(root, 'snapshots'))).toEqual([]);
    for (let i = 0; i < 100 && fs.readdirSync(path.join(root, 'trash')).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fs.readdirSync(path.join(root, 'trash'))).toEqual([]);
    // What a crash left in the trash goes when the snapshotter opens.
    fs.mkdirSync(path.join(root, 'trash', '7-1-1', 'fs'), { recursive: true });
    await createOverlaySnapshotter(root);
    expect(fs.readdirSync(path.join(root, 'trash'))).toEqual([]);
  });

  it('survives kill -9 of a process in the middle of preparing and committing snapshots', async () => {
    // Bundle this package so a plain node child process can run it, then kill it mid-loop.
    const bundle = path.join(root, 'snapshots-bundle.js');
    await build({
      entryPoints: [path.join(__dirname, 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      tsconfig: path.join(__dirname, '..', 'tsconfig.json'),
      logLevel: 'silent',
    });
    const state = path.join(root, 'state');
    const script = `
      const { createOverlaySnapshotter } = require(${JSON.stringify(bundle)});
      (async () => {
        const sn = await createOverlaySnapshotter(${JSON.stringify(state)});
        for (let i = 0; ; i++) {
          await sn.prepare('k' + i, i > 0 ? 'c' + (i - 1) : undefined);
          await sn.commit('c' + i, 'k' + i);
          if (i === 3) process.stdout.write('ready\\n');
        }
      })();
    `;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const reopened = await createOverlaySnapshotter(state);
    const infos = [];
    for await (const info of reopened.walk()) infos.push(info);
    const committed = infos.filter((i) => i.kind === 'committed').map((i) => i.key);
    expect(committed.length).toBeGreaterThanOrEqual(4);
    // Every committed layer's chain is complete, and every record has its directory and no more.
    for (const info of infos) if (info.parent !== undefined) expect(committed).toContain(info.parent);
    expect(fs.readdirSync(path.join(state, 'snapshots'))).toHaveLength(infos.length);
    const next = committed.length;
    await reopened.prepare(`after-${next}`, `c${next - 1}`);
  });
});

describe('native snapshotter specifics', () => {
  let root: string;
  beforeEach(async () => {
    root = await tempRoot();
  });
  afterEach(async () => {
    await fs.promises.rm(root, { recursive: true, force: true });
  });

  it('copies the parent with modes, symlinks and hard links', async () => {
    const sn = await createNativeSnapshotter(root);
    const base = applyTargetOf(await sn.prepare('b'))!.dir;
    fs.writeFileSync(path.join(base, 'exe'), '#!/bin/sh\n', { mode: 0o750 });
    fs.symlinkSync('exe', path.join(base, 'link'));
    fs.linkSync(path.join(base, 'exe'), path.join(base, 'hard'));
    await sn.commit('base', 'b');
    const copy = applyTargetOf(await sn.prepare('c', 'base'))!.dir;
    expect(copy).not.toBe(base);
    expect(fs.statSync(path.join(copy, 'exe')).mode & 0o777).toBe(0o750);
    expect(fs.readlinkSync(path.join(copy, 'link'))).toBe('exe');
    expect(fs.statSync(path.join(copy, 'hard')).ino).toBe(fs.statSync(path.join(copy, 'exe')).ino);
    fs.writeFileSync(path.join(copy, 'exe'), 'changed');
    expect(fs.readFileSync(path.join(base, 'exe'), 'utf8')).toBe('#!/bin/sh\n');
  });
});
