import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { isInvalidArgument } from '@berth/errdefs';
import { lgetxattr, lsetxattr, mknod, mountAll, unmountAll } from '@berth/sys';
import { applyLayer, writeDirAsTar, type ApplyOptions } from '@berth/archive';
import { buildTar, collect } from './test-helpers';

let work: string;
let target: string;
/** A directory outside the target that no layer may ever write into. */
let sentinel: string;

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-archive-apply-'));
  target = path.join(work, 'target');
  sentinel = path.join(work, 'sentinel');
  fs.mkdirSync(target);
  fs.mkdirSync(sentinel);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const apply = (tar: Buffer, opts: ApplyOptions = { whiteouts: 'delete' }, into = target) => applyLayer(into, Readable.from([tar]), opts);
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeDefined();
  return err as Error;
}

describe('applyLayer round trip with writeDirAsTar', () => {
  it('preserves modes, owners, mtimes, symlinks, hardlinks, devices, fifos and xattrs', async () => {
    const src = path.join(work, 'src');
    const t = (iso: string) => new Date(iso);
    fs.mkdirSync(path.join(src, 'usr/bin'), { recursive: true });
    fs.writeFileSync(path.join(src, 'usr/bin/tool'), 'binary');
    fs.chownSync(path.join(src, 'usr/bin/tool'), 1234, 5678);
    fs.chmodSync(path.join(src, 'usr/bin/tool'), 0o4755);
    fs.linkSync(path.join(src, 'usr/bin/tool'), path.join(src, 'usr/bin/tool-alias'));
    fs.symlinkSync('usr/bin', path.join(src, 'bin'));
    fs.lchownSync(path.join(src, 'bin'), 42, 43);
    mknod(path.join(src, 'null'), 'char', 0o666, 1, 3);
    mknod(path.join(src, 'fifo'), 'fifo', 0o640);
    fs.mkdirSync(path.join(src, 'tmp'), { mode: 0o777 });
    fs.chmodSync(path.join(src, 'tmp'), 0o1777);
    fs.writeFileSync(path.join(src, 'tmp/.keep'), '');
    lsetxattr(path.join(src, 'usr/bin/tool'), 'user.origin', Buffer.from('test'));
    fs.lutimesSync(path.join(src, 'bin'), t('2020-01-01T00:00:00Z'), t('2020-01-01T00:00:00Z'));
    fs.utimesSync(path.join(src, 'usr/bin/tool'), t('2021-02-03T04:05:06Z'), t('2021-02-03T04:05:06Z'));
    for (const dir of ['usr/bin', 'usr', 'tmp']) fs.utimesSync(path.join(src, dir), t('2022-03-04T05:06:07Z'), t('2022-03-04T05:06:07Z'));

    const out = new PassThrough();
    const bytes = collect(out);
    await writeDirAsTar(src, out);
    const tar = await bytes;
    const result = await apply(tar);
    expect(result).toEqual({ diffId: sha256(tar), size: 'binary'.length });

    const compare = (rel: string) => {
      const a = fs.lstatSync(path.join(src, rel));
      const b = fs.lstatSync(path.join(target, rel));
      expect({ rel, mode: b.mode, uid: b.uid, gid: b.gid, rdev: b.rdev, mtime: Math.floor(b.mtimeMs / 1000) }).toEqual({
        rel,
        mode: a.mode,
        uid: a.uid,
        gid: a.gid,
        rdev: a.rdev,
        mtime: Math.floor(a.mtimeMs / 1000),
      });
    };
    for (const rel of ['usr', 'usr/bin', 'usr/bin/tool', 'usr/bin/tool-alias', 'bin', 'null', 'fifo', 'tmp', 'tmp/.keep']) compare(rel);
    expect(fs.statSync(path.join(target, 'usr/bin/tool')).mode & 0o7777).toBe(0o4755);
    expect(fs.readlinkSync(path.join(target, 'bin'))).toBe('usr/bin');
    expect(fs.statSync(path.join(target, 'usr/bin/tool-alias')).ino).toBe(fs.statSync(path.join(target, 'usr/bin/tool')).ino);
    expect(fs.lstatSync(path.join(target, 'null')).isCharacterDevice()).toBe(true);
    expect(fs.lstatSync(path.join(target, 'fifo')).isFIFO()).toBe(true);
    expect(lgetxattr(path.join(target, 'usr/bin/tool'), 'user.origin')).toEqual(Buffer.from('test'));

    // Deterministic: packing the same tree twice gives the same bytes.
    const again = new PassThrough();
    const againBytes = collect(again);
    await writeDirAsTar(src, again);
    expect(await againBytes).toEqual(tar);
  });

  it('accepts gzip layers and reports the DiffID of the uncompressed tar', async () => {
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'etc/hostname', type: 'file' }, Buffer.from('berth\n'));
      await w.add({ name: 'etc/motd', type: 'file' }, Buffer.alloc(100_000, 'm'));
    });
    // Trailing bytes after the end-of-archive marker are part of the DiffID too.
    const withTrailer = Buffer.concat([tar, Buffer.alloc(4096)]);
    const result = await applyLayer(target, Readable.from([gzipSync(withTrailer)]), { whiteouts: 'delete' });
    expect(result).toEqual({ diffId: sha256(withTrailer), size: 6 + 100_000 });
    expect(fs.readFileSync(path.join(target, 'etc/hostname'), 'utf8')).toBe('berth\n');
  });
});

describe('whiteouts', () => {
  /** The lower layer: files to whiteout, and a directory to make opaque. */
  async function lowerLayer(into: string) {
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'gone', type: 'file' }, Buffer.from('lower'));
      await w.add({ name: 'gonedir/deep/file', type: 'file' }, Buffer.from('lower'));
      await w.add({ name: 'kept', type: 'file' }, Buffer.from('lower'));
      await w.add({ name: 'opaque/old', type: 'file' }, Buffer.from('lower'));
      await w.add({ name: 'opaque/sub/old', type: 'file' }, Buffer.from('lower'));
    });
    await apply(tar, { whiteouts: 'delete' }, into);
  }

  const upperLayer = () =>
    buildTar(async (w) => {
      await w.add({ name: '.wh.gone', type: 'file' }, Buffer.alloc(0));
      await w.add({ name: '.wh.gonedir', type: 'file' }, Buffer.alloc(0));
      await w.add({ name: 'mine', type: 'file' }, Buffer.from('upper'));
      await w.add({ name: '.wh.mine', type: 'file' }, Buffer.alloc(0)); // same layer: must not hide it
      await w.add({ name: 'opaque/sub', type: 'directory' });
      await w.add({ name: 'opaque/.wh..wh..opq', type: 'file' }, Buffer.alloc(0));
      await w.add({ name: 'opaque/new', type: 'file' }, Buffer.from('upper'));
    });

  it("'delete' removes whited-out paths and empties opaque directories of lower content", async () => {
    await lowerLayer(target);
    await apply(await upperLayer(), { whiteouts: 'delete' });
    expect(fs.existsSync(path.join(target, 'gone'))).toBe(false);
    expect(fs.existsSync(path.join(target, 'gonedir'))).toBe(false);
    expect(fs.readFileSync(path.join(target, 'kept'), 'utf8')).toBe('lower');
    expect(fs.readFileSync(path.join(target, 'mine'), 'utf8')).toBe('upper');
    expect(fs.readdirSync(path.join(target, 'opaque')).sort()).toEqual(['new', 'sub']);
    expect(fs.readdirSync(path.join(target, 'opaque/sub'))).toEqual([]);
  });

  it("'overlay' writes 0/0 char devices and the opaque xattr, and overlayfs honours them", async () => {
    const lower = path.join(work, 'lower');
    const upper = path.join(work, 'upper');
    const workdir = path.join(work, 'work');
    for (const dir of [lower, upper, workdir]) fs.mkdirSync(dir);
    await lowerLayer(lower);
    await apply(await upperLayer(), { whiteouts: 'overlay' }, upper);

    for (const name of ['gone', 'gonedir']) {
      const st = fs.lstatSync(path.join(upper, name));
      expect(st.isCharacterDevice()).toBe(true);
      expect(st.rdev).toBe(0);
    }
    expect(fs.existsSync(path.join(upper, 'mine'))).toBe(true);
    expect(fs.lstatSync(path.join(upper, 'mine')).isFile()).toBe(true);
    expect(lgetxattr(path.join(upper, 'opaque'), 'trusted.overlay.opaque')).toEqual(Buffer.from('y'));
    expect(fs.readFileSync(path.join(lower, 'gone'), 'utf8')).toBe('lower'); // nothing below is touched

    mountAll([{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lower}`, `upperdir=${upper}`, `workdir=${workdir}`] }], target);
    try {
      expect(fs.readdirSync(target).sort()).toEqual(['kept', 'mine', 'opaque']);
      expect(fs.readdirSync(path.join(target, 'opaque')).sort()).toEqual(['new', 'sub']);
    } finally {
      unmountAll(target);
    }
  });

  it('ignores whiteout-looking xattrs smuggled in a layer', async () => {
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'dir', type: 'directory', xattrs: { 'trusted.overlay.opaque': Buffer.from('y'), 'user.ok': Buffer.from('1') } });
    });
    await apply(tar, { whiteouts: 'overlay' });
    expect(lgetxattr(path.join(target, 'dir'), 'trusted.overlay.opaque')).toBeNull();
    expect(lgetxattr(path.join(target, 'dir'), 'user.ok')).toEqual(Buffer.from('1'));
  });
});

describe('untrusted layers', () => {
  afterEach(() => {
    // Whatever happened, nothing may have been written outside the target.
    expect(fs.readdirSync(sentinel)).toEqual([]);
  });

  it('rejects names with .. and names the entry', async () => {
    const escape = path.join(path.relative(target, sentinel), 'x');
    expect(escape.startsWith('..')).toBe(true);
    const tar = await buildTar((w) => w.add({ name: escape, type: 'file' }, Buffer.from('pwned')));
    const err = await rejection(apply(tar));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toContain(escape);
    expect(err.message).toMatch(/leaves the layer root/);
  });

  it('takes absolute names as relative to the target', async () => {
    const tar = await buildTar((w) => w.add({ name: path.join(sentinel, 'abs'), type: 'file' }, Buffer.from('contained')));
    await apply(tar);
    expect(fs.readFileSync(path.join(target, sentinel, 'abs'), 'utf8')).toBe('contained');
  });

  it('resolves symlinked parents inside the target, never on the host', async () => {
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'abs', type: 'symlink', linkname: sentinel });
      await w.add({ name: 'abs/file', type: 'file' }, Buffer.from('via absolute link'));
      await w.add({ name: 'rel', type: 'symlink', linkname: '../../../../../../../../..' });
      await w.add({ name: `rel/${sentinel}/file2`, type: 'file' }, Buffer.from('via relative link'));
    });
    await apply(tar);
    expect(fs.readlinkSync(path.join(target, 'abs'))).toBe(sentinel);
    expect(fs.readFileSync(path.join(target, sentinel, 'file'), 'utf8')).toBe('via absolute link');
    expect(fs.readFileSync(path.join(target, sentinel, 'file2'), 'utf8')).toBe('via relative link');
  });

  it('replaces a symlink instead of writing through it', async () => {
    fs.writeFileSync(path.join(work, 'victim'), 'original');
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'link', type: 'symlink', linkname: path.join(work, 'victim') });
      await w.add({ name: 'link', type: 'file' }, Buffer.from('replaced'));
    });
    await apply(tar);
    expect(fs.readFileSync(path.join(work, 'victim'), 'utf8')).toBe('original');
    expect(fs.lstatSync(path.join(target, 'link')).isFile()).toBe(true);
  });

  it('refuses hardlinks to files outside the tree', async () => {
    const passwdLinks = fs.statSync('/etc/passwd').nlink;
    for (const [linkname, pattern] of [
      ['/etc/passwd', /does not exist in the layer root/],
      ['../x', /leaves the layer root/],
      ['etcdir/passwd', /does not exist in the layer root/],
    ] as const) {
      const tar = await buildTar(async (w) => {
        await w.add({ name: 'etcdir', type: 'symlink', linkname: '/etc' });
        await w.add({ name: 'stolen', type: 'link', linkname });
      });
      const err = await rejection(apply(tar));
      expect(isInvalidArgument(err)).toBe(true);
      expect(err.message).toContain('stolen');
      expect(err.message).toMatch(pattern);
    }
    expect(fs.statSync('/etc/passwd').nlink).toBe(passwdLinks);
    expect(fs.existsSync(path.join(target, 'stolen'))).toBe(false);
  });

  it('refuses a file used as a directory, too many entries, and bad compression', async () => {
    const fileAsDir = await buildTar(async (w) => {
      await w.add({ name: 'f', type: 'file' }, Buffer.from('x'));
      await w.add({ name: 'f/child', type: 'file' }, Buffer.from('y'));
    });
    expect((await rejection(apply(fileAsDir))).message).toMatch(/f\/child.*not a directory/);

    const many = await buildTar(async (w) => {
      for (const name of ['a', 'b', 'c']) await w.add({ name, type: 'file' }, Buffer.from(name));
    });
    const tooMany = await rejection(apply(many, { whiteouts: 'delete', maxEntries: 2 }));
    expect(isInvalidArgument(tooMany)).toBe(true);
    expect(tooMany.message).toMatch(/more than 2 entries/);

    const badGzip = Buffer.concat([gzipSync(many).subarray(0, 30), Buffer.from('garbage')]);
    expect(isInvalidArgument(await rejection(apply(badGzip)))).toBe(true);
    const badZstd = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0, 0]);
    expect((await rejection(apply(badZstd))).message).toMatch(/corrupt zstd data/);
    expect(isInvalidArgument(await rejection(apply(Buffer.from('not a tar at all'.repeat(64)))))).toBe(true);
  });

  it('refuses a target that is not a directory', async () => {
    const tar = await buildTar((w) => w.add({ name: 'a', type: 'file' }, Buffer.from('a')));
    expect(isInvalidArgument(await rejection(apply(tar, { whiteouts: 'delete' }, path.join(work, 'missing'))))).toBe(true);
  });
});

describe('applyLayer with idShift (user-namespace remapping)', () => {
  const shift = {
    uidMap: [{ containerId: 0, hostId: 200000, size: 1000 }, { containerId: 1000, hostId: 300000, size: 65536 }],
    gidMap: [{ containerId: 0, hostId: 400000, size: 65536 }],
  };
  const owner = (rel: string) => {
    const st = fs.lstatSync(path.join(target, rel));
    return [st.uid, st.gid];
  };

  it('stores every owner through the maps, implied directories as the mapped root', async () => {
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'etc', type: 'directory', uid: 0, gid: 0, mode: 0o755 });
      await w.add({ name: 'etc/passwd', type: 'file', uid: 0, gid: 0, mode: 0o644 }, Buffer.from('root:x:0:0::/root:/bin/sh\n'));
      await w.add({ name: 'home/user/file', type: 'file', uid: 1001, gid: 1001, mode: 0o4755 }, Buffer.from('x'));
      await w.add({ name: 'home/user/link', type: 'symlink', linkname: 'file', uid: 5, gid: 6 });
      await w.add({ name: 'dev/null', type: 'character-device', devmajor: 1, devminor: 3, mode: 0o666, uid: 0, gid: 0 });
    });
    await apply(tar, { whiteouts: 'delete', idShift: shift });
    expect(owner('etc')).toEqual([200000, 400000]);
    expect(owner('etc/passwd')).toEqual([200000, 400000]);
    expect(owner('home')).toEqual([200000, 400000]); // implied by home/user/file
    expect(owner('home/user/file')).toEqual([300001, 401001]);
    expect(fs.statSync(path.join(target, 'home/user/file')).mode & 0o7777).toBe(0o4755); // setuid survives the chown
    expect(owner('home/user/link')).toEqual([200005, 400006]);
    expect(owner('dev/null')).toEqual([200000, 400000]);
  });

  it('refuses an owner outside the maps, naming the entry and the id', async () => {
    const tar = await buildTar((w) => w.add({ name: 'odd', type: 'file', uid: 70000, gid: 0 }, Buffer.from('a')));
    const err = await rejection(apply(tar, { whiteouts: 'delete', idShift: shift }));
    expect(isInvalidArgument(err)).toBe(true);
    expect(err.message).toContain('"odd"');
    expect(err.message).toContain('container UID 70000 cannot be mapped to a host UID');
  });
});
