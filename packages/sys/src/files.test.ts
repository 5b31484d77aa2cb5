import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAlreadyExists, isNotFound, isPermissionDenied } from '@berth/errdefs';
import { lgetxattr, llistxattr, lsetxattr, mknod, writeFileAtomic, writeFileAtomicSync } from '@berth/sys';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-sys-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('mknod', () => {
  it('creates a char device 0/0 (the overlay whiteout)', () => {
    const file = path.join(dir, 'whiteout');
    mknod(file, 'char', 0o600);
    const st = fs.lstatSync(file);
    expect(st.isCharacterDevice()).toBe(true);
    expect(st.rdev).toBe(0);
    expect(st.mode & 0o7777).toBe(0o600);
  });

  it('creates block devices with their numbers and FIFOs', () => {
    mknod(path.join(dir, 'loop'), 'block', 0o660, 7, 3);
    const block = fs.lstatSync(path.join(dir, 'loop'));
    expect(block.isBlockDevice()).toBe(true);
    expect(block.rdev).toBe((7 << 8) | 3);
    mknod(path.join(dir, 'pipe'), 'fifo', 0o644);
    expect(fs.lstatSync(path.join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('throws alreadyExists with the errno code when the path exists', () => {
    fs.writeFileSync(path.join(dir, 'taken'), '');
    const err = thrown(() => mknod(path.join(dir, 'taken'), 'fifo', 0o644));
    expect(isAlreadyExists(err)).toBe(true);
    expect(err).toMatchObject({ code: 'EEXIST', syscall: 'mknod' });
  });

  it('throws notFound when the parent is missing', () => {
    expect(isNotFound(thrown(() => mknod(path.join(dir, 'no/such'), 'fifo', 0o644)))).toBe(true);
  });
});

describe('xattrs', () => {
  it('sets, reads and lists attributes; a missing one is null', () => {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, '');
    lsetxattr(file, 'user.berth', Buffer.from('hello'));
    lsetxattr(file, 'trusted.overlay.opaque', Buffer.from('y'));
    lsetxattr(file, 'user.empty', Buffer.alloc(0));
    expect(lgetxattr(file, 'user.berth')).toEqual(Buffer.from('hello'));
    expect(lgetxattr(file, 'trusted.overlay.opaque')).toEqual(Buffer.from('y'));
    expect(lgetxattr(file, 'user.empty')).toEqual(Buffer.alloc(0));
    expect(lgetxattr(file, 'user.absent')).toBeNull();
    expect(llistxattr(file).sort()).toEqual(['trusted.overlay.opaque', 'user.berth', 'user.empty']);
  });

  it('acts on a symlink itself, never on what it points to', () => {
    const file = path.join(dir, 'target');
    const link = path.join(dir, 'link');
    fs.writeFileSync(file, '');
    fs.symlinkSync('target', link);
    lsetxattr(link, 'trusted.berth', Buffer.from('on-link'));
    expect(lgetxattr(link, 'trusted.berth')).toEqual(Buffer.from('on-link'));
    expect(lgetxattr(file, 'trusted.berth')).toBeNull();
    expect(llistxattr(file)).toEqual([]);
    // user.* attributes are not allowed on symlinks: the kernel says so, proving no dereference.
    expect(isPermissionDenied(thrown(() => lsetxattr(link, 'user.x', Buffer.from('1'))))).toBe(true);
  });

  it('maps a missing file to notFound', () => {
    const err = thrown(() => lgetxattr(path.join(dir, 'missing'), 'user.x'));
    expect(isNotFound(err)).toBe(true);
    expect(err).toMatchObject({ code: 'ENOENT', syscall: 'lgetxattr' });
    expect(isNotFound(thrown(() => llistxattr(path.join(dir, 'missing'))))).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temporary files', async () => {
    const file = path.join(dir, 'state.json');
    await writeFileAtomic(file, '{"v":1}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
    writeFileAtomicSync(file, 'sync');
    expect(fs.readFileSync(file, 'utf8')).toBe('sync');
    await writeFileAtomic(file, 'not durable', { durable: false });
    expect(fs.readFileSync(file, 'utf8')).toBe('not durable');
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  });

  it('fails with notFound in a missing directory and leaves nothing behind', async () => {
    const file = path.join(dir, 'missing', 'state.json');
    const err = await writeFileAtomic(file, 'x').catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect(err).toMatchObject({ code: 'ENOENT' });
    expect(isNotFound(thrown(() => writeFileAtomicSync(file, 'x')))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the old content when the rename cannot happen', async () => {
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ syscall: 'rename' });
    expect(fs.readdirSync(dir)).toEqual(['occupied']);
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('keep');
  });
});
