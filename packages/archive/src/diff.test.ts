import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { lsetxattr, mknod, mountAll, unmountAll } from '@berth/sys';
import {
  applyLayer,
  dirChanges,
  overlayChanges,
  readTar,
  writeDirDiff,
  writeMergedTree,
  writeOverlayDiff,
  type Change,
} from '@berth/archive';
import { collect, treeListing } from './test-helpers';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-archive-diff-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const dir = (name: string) => {
  const d = path.join(work, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
};
const T0 = new Date('2024-05-06T07:08:09Z');

/** Writes files (relative path → content) under root, parents created, all with mtime T0. */
function populate(root: string, files: Record<string, string>) {
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  const touch = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const f = path.join(d, name);
      if (fs.lstatSync(f).isDirectory()) touch(f);
      fs.lutimesSync(f, T0, T0);
    }
  };
  touch(root);
}

/** Runs a change script against a tree: the same edits through an overlay mount or on a plain copy. */
function editTree(root: string) {
  const p = (rel: string) => path.join(root, rel);
  fs.writeFileSync(p('new.txt'), 'added');
  // Over 1 MiB: streamed by the writers and by applyLayer rather than taken whole.
  fs.writeFileSync(p('big.bin'), Buffer.from(Array.from({ length: 3 << 18 }, (_, i) => `${i}`.padStart(4, '0')).join('')));
  fs.writeFileSync(p('etc/new.conf'), 'added conf');
  fs.appendFileSync(p('etc/passwd'), 'user:x:1000:1000::/home/user:/bin/sh\n');
  fs.rmSync(p('etc/hosts'));
  fs.rmSync(p('usr/bin/other'));
  fs.rmSync(p('var/lib/data'), { recursive: true });
  fs.mkdirSync(p('var/lib/data'));
  fs.writeFileSync(p('var/lib/data/a'), 'recreated');
  fs.writeFileSync(p('var/lib/data/c'), 'new in recreated dir');
  fs.linkSync(p('new.txt'), p('new-link.txt'));
  fs.symlinkSync('passwd', p('etc/link'));
  mknod(p('fifo'), 'fifo', 0o640);
  fs.chownSync(p('opt/keep'), 1000, 1000);
  lsetxattr(p('etc/new.conf'), 'user.note', Buffer.from('hello'));
}

const EXPECTED: Change[] = [
  { kind: 'A', path: '/big.bin' },
  { kind: 'C', path: '/etc' },
  { kind: 'D', path: '/etc/hosts' },
  { kind: 'A', path: '/etc/link' },
  { kind: 'A', path: '/etc/new.conf' },
  { kind: 'C', path: '/etc/passwd' },
  { kind: 'A', path: '/fifo' },
  { kind: 'A', path: '/new-link.txt' },
  { kind: 'A', path: '/new.txt' },
  { kind: 'C', path: '/opt' },
  { kind: 'C', path: '/opt/keep' },
  { kind: 'C', path: '/usr' },
  { kind: 'C', path: '/usr/bin' },
  { kind: 'D', path: '/usr/bin/other' },
  { kind: 'C', path: '/var' },
  { kind: 'C', path: '/var/lib' },
  { kind: 'C', path: '/var/lib/data' },
  { kind: 'C', path: '/var/lib/data/a' },
  { kind: 'D', path: '/var/lib/data/b' },
  { kind: 'A', path: '/var/lib/data/c' },
];

const LOWER1 = {
  'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
  'etc/hosts': '127.0.0.1 localhost\n',
  'var/lib/data/a': 'a',
  'var/lib/data/b': 'b',
  'usr/bin/tool': 'tool',
  'opt/keep': 'keep',
  'home/user/.profile': 'profile',
};
const LOWER2 = { 'etc/motd': 'welcome', 'usr/bin/other': 'other' };

async function tarOf(write: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = collect(out);
  await write(out);
  return bytes;
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

describe('overlay upper directories', () => {
  let lower1: string, lower2: string, upper: string, merged: string;
  beforeEach(() => {
    lower1 = dir('lower1');
    lower2 = dir('lower2');
    upper = dir('upper');
    merged = dir('merged');
    populate(lower1, LOWER1);
    populate(lower2, { ...LOWER2, 'etc/.keep': '' });
    mountAll(
      [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lower2}:${lower1}`, `upperdir=${upper}`, `workdir=${dir('work')}`] }],
      merged,
    );
  });
  afterEach(() => unmountAll(merged));

  it('lists the changes made through the mount like docker diff', async () => {
    editTree(merged);
    expect(await overlayChanges(upper, [lower2, lower1])).toEqual(EXPECTED);
  });

  it('reports nothing for an untouched container and a directory copied up without changes', async () => {
    expect(await overlayChanges(upper, [lower2, lower1])).toEqual([]);
    fs.writeFileSync(path.join(merged, 'usr/bin/tmp'), 'x');
    fs.rmSync(path.join(merged, 'usr/bin/tmp'));
    // usr/bin now exists in upper with a new mtime: a change, as in docker.
    expect(await overlayChanges(upper, [lower2, lower1])).toEqual([
      { kind: 'C', path: '/usr' },
      { kind: 'C', path: '/usr/bin' },
    ]);
  });

  it('writes a changeset that turns a copy of the lowers into the merged view', async () => {
    editTree(merged);
    const base = dir('base');
    await applyLayer(base, Readable.from([await tarOf((out) => writeMergedTree([lower2, lower1], out))]), { whiteouts: 'delete' });

    const layer = await tarOf(async (out) => {
      const result = await writeOverlayDiff(upper, [lower2, lower1], out);
      expect(result.diffId).toMatch(/^sha256:[0-9a-f]{64}$/);
    });
    const names: string[] = [];
    for await (const { header } of readTar(Readable.from([layer]))) names.push(`${header.type}:${header.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['file:etc/.wh.hosts', 'file:usr/bin/.wh.other', 'directory:var/lib/data/', 'file:var/lib/data/.wh..wh..opq', 'link:new.txt']),
    );
    expect(names.indexOf('directory:var/lib/data/')).toBe(names.indexOf('file:var/lib/data/.wh..wh..opq') - 1);

    const { diffId } = await applyLayer(base, Readable.from([layer]), { whiteouts: 'delete' });
    expect(diffId).toBe(sha256(layer));
    expect(treeListing(base)).toEqual(treeListing(merged));
    // The same bytes twice: deterministic.
    expect((await tarOf((out) => writeOverlayDiff(upper, [lower2, lower1], out))).equals(layer)).toBe(true);
  });

  it('writes the merged view without mounting, equal to tar of the mounted overlay', async () => {
    editTree(merged);
    const ours = await tarOf((out) => writeMergedTree([upper, lower2, lower1], out));
    const theirs = execFileSync('tar', ['--sort=name', '--xattrs', '--xattrs-include=user.*', '-C', merged, '-cf', '-', '.'], { maxBuffer: 64 << 20 });
    const entries = async (tar: Buffer) => {
      const list: string[] = [];
      for await (const { header, body } of readTar(Readable.from([tar]))) {
        const name = header.name.replace(/^\.\//, '').replace(/\/$/, '');
        if (name === '.' || name === '') continue;
        const content = sha256(await collect(body)).slice(7, 23);
        const xattrs = Object.keys(header.xattrs ?? {}).sort().join(',');
        list.push([name, header.type, header.mode.toString(8), header.uid, header.gid, header.linkname?.replace(/^\.\//, '') ?? '', content, xattrs].join(' '));
      }
      return list;
    };
    expect(await entries(ours)).toEqual(await entries(theirs));
  });
});

describe('full trees (native snapshotter)', () => {
  let lower: string, upper: string;
  beforeEach(() => {
    lower = dir('lower');
    populate(lower, { ...LOWER1, ...LOWER2 });
    upper = path.join(work, 'upper');
    execFileSync('cp', ['-a', lower, upper]);
  });

  it('lists the changes of a copy like docker diff', async () => {
    expect(await dirChanges(lower, upper)).toEqual([]);
    editTree(upper);
    expect(await dirChanges(lower, upper)).toEqual(EXPECTED);
  });

  it('compares content when size and a whole-second mtime cannot tell', async () => {
    const same = path.join(upper, 'etc/passwd');
    const changed = path.join(upper, 'usr/bin/tool');
    fs.writeFileSync(changed, 'TOOL'); // same size
    fs.lutimesSync(changed, T0, T0);
    fs.lutimesSync(same, T0, T0);
    fs.lutimesSync(path.join(upper, 'usr/bin'), T0, T0);
    expect(await dirChanges(lower, upper)).toEqual([
      { kind: 'C', path: '/usr' },
      { kind: 'C', path: '/usr/bin' },
      { kind: 'C', path: '/usr/bin/tool' },
    ]);
  });

  it('lists everything as added without a lower', async () => {
    const changes = await dirChanges(undefined, upper);
    expect(changes[0]).toEqual({ kind: 'A', path: '/etc' });
    expect(changes.every((c) => c.kind === 'A')).toBe(true);
    expect(changes).toHaveLength(18);
  });

  it('writes a changeset that turns the lower into the upper', async () => {
    editTree(upper);
    const base = path.join(work, 'base');
    execFileSync('cp', ['-a', lower, base]);
    const layer = await tarOf(async (out) => {
      const { diffId, size } = await writeDirDiff(lower, upper, out);
      expect(size).toBeGreaterThan(0);
      expect(diffId).toMatch(/^sha256:/);
    });
    await applyLayer(base, Readable.from([layer]), { whiteouts: 'delete' });
    expect(treeListing(base)).toEqual(treeListing(upper));

    const fresh = dir('fresh');
    await applyLayer(fresh, Readable.from([await tarOf((out) => writeDirDiff(undefined, upper, out))]), { whiteouts: 'delete' });
    expect(treeListing(fresh)).toEqual(treeListing(upper));
  });
});
