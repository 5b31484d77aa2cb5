import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument, isNotFound } from '@berth/errdefs';
import { listMounts, mount, mountAll, unmount, unmountAll, type Mount } from '@berth/sys';

let dir: string;
let target: string;

function isMounted(mountPoint: string): boolean {
  return listMounts().some((m) => m.mountPoint === mountPoint);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-sys-mount-'));
  target = path.join(dir, 'target');
  fs.mkdirSync(target);
});

afterEach(() => {
  // Everything a test mounted lives under `dir`; take it down deepest first before deleting.
  const leftovers = listMounts()
    .map((m) => m.mountPoint)
    .filter((p) => p.startsWith(dir + '/'))
    .sort((a, b) => b.length - a.length);
  for (const p of leftovers) unmountAll(p);
  fs.rmSync(dir, { recursive: true, force: true });
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('mount and unmount', () => {
  it('mounts a tmpfs with data and flags, lists it, and unmounts it', () => {
    mount('berth-test', target, 'tmpfs', ['nosuid', 'nodev'], 'size=1m,mode=0750');
    const info = listMounts().find((m) => m.mountPoint === target);
    expect(info).toMatchObject({ fsType: 'tmpfs', source: 'berth-test' });
    expect(info?.options.split(',')).toEqual(expect.arrayContaining(['nosuid', 'nodev']));
    expect(fs.statSync(target).mode & 0o777).toBe(0o750);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    unmount(target);
    expect(isMounted(target)).toBe(false);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('detaches a busy mount', () => {
    mount('tmpfs', target, 'tmpfs', []);
    const fd = fs.openSync(path.join(target, 'held'), 'w');
    try {
      expect(thrown(() => unmount(target))).toMatchObject({ code: 'EBUSY' });
      unmount(target, { detach: true });
      expect(isMounted(target)).toBe(false);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('decodes escaped mount points', () => {
    const spaced = path.join(dir, 'with space\tand tab');
    fs.mkdirSync(spaced);
    mount('tmpfs', spaced, 'tmpfs', []);
    expect(isMounted(spaced)).toBe(true);
    unmount(spaced);
  });

  it('maps errors to errdefs kinds, keeping the errno code', () => {
    const missing = thrown(() => mount('tmpfs', path.join(dir, 'missing'), 'tmpfs', []));
    expect(isNotFound(missing)).toBe(true);
    expect(missing).toMatchObject({ code: 'ENOENT', syscall: 'mount' });
    const notMounted = thrown(() => unmount(target));
    expect(isInvalidArgument(notMounted)).toBe(true);
    expect(notMounted).toMatchObject({ code: 'EINVAL', syscall: 'umount2' });
    expect(isInvalidArgument(thrown(() => mount('x', target, 'tmpfs', ['bogus' as never])))).toBe(true);
  });
});

describe('mountAll and unmountAll', () => {
  function overlayDirs(lowers: string[]) {
    for (const l of lowers) fs.mkdirSync(l, { recursive: true });
    const upper = path.join(dir, 'upper');
    const work = path.join(dir, 'work');
    fs.mkdirSync(upper);
    fs.mkdirSync(work);
    return { upper, work };
  }

  it('mounts an overlay whose writes land in the upper dir', () => {
    const lower = path.join(dir, 'lower');
    const { upper, work } = overlayDirs([lower]);
    fs.writeFileSync(path.join(lower, 'from-lower'), 'lower');
    mountAll([{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lower}`, `upperdir=${upper}`, `workdir=${work}`] }], target);
    expect(fs.readFileSync(path.join(target, 'from-lower'), 'utf8')).toBe('lower');
    fs.writeFileSync(path.join(target, 'new'), 'upper');
    expect(fs.readFileSync(path.join(upper, 'new'), 'utf8')).toBe('upper');
    expect(fs.existsSync(path.join(lower, 'new'))).toBe(false);
    unmountAll(target);
    expect(isMounted(target)).toBe(false);
  });

  it('mounts an overlay whose lowerdir list is longer than a page', () => {
    const lowers = Array.from({ length: 150 }, (_, i) => path.join(dir, 'snapshots', String(i).padStart(4, '0'), 'fs'));
    const { upper, work } = overlayDirs(lowers);
    fs.writeFileSync(path.join(lowers[149], 'deepest'), 'bottom');
    fs.writeFileSync(path.join(lowers[0], 'top'), 'top');
    const options = [`lowerdir=${lowers.join(':')}`, `upperdir=${upper}`, `workdir=${work}`];
    expect(options.join(',').length).toBeGreaterThan(4096);
    const cwd = process.cwd();
    mountAll([{ type: 'overlay', source: 'overlay', options }], target);
    expect(process.cwd()).toBe(cwd);
    expect(fs.readFileSync(path.join(target, 'deepest'), 'utf8')).toBe('bottom');
    expect(fs.readFileSync(path.join(target, 'top'), 'utf8')).toBe('top');
    unmountAll(target);
  });

  it('bind mounts read-only with rbind,ro', () => {
    const source = path.join(dir, 'source');
    fs.mkdirSync(source);
    fs.writeFileSync(path.join(source, 'file'), 'data');
    mountAll([{ type: 'bind', source, options: ['rbind', 'ro'] }], target);
    expect(fs.readFileSync(path.join(target, 'file'), 'utf8')).toBe('data');
    expect(() => fs.writeFileSync(path.join(target, 'file'), 'changed')).toThrow(expect.objectContaining({ code: 'EROFS' }));
    unmountAll(target);
    expect(fs.readFileSync(path.join(source, 'file'), 'utf8')).toBe('data');
  });

  it('undoes the mounts already made when a later one fails', () => {
    const mounts: Mount[] = [
      { type: 'tmpfs', source: 'tmpfs', options: ['size=1m'] },
      { type: 'bind', source: path.join(dir, 'missing-source'), options: ['rbind'] },
    ];
    const err = thrown(() => mountAll(mounts, target));
    expect(isNotFound(err)).toBe(true);
    expect(err).toMatchObject({ code: 'ENOENT' });
    expect(isMounted(target)).toBe(false);
  });

  it('unmounts a stack of mounts and is a no-op on a plain directory', () => {
    mountAll(
      [
        { type: 'tmpfs', source: 'one', options: [] },
        { type: 'tmpfs', source: 'two', options: ['ro'] },
      ],
      target,
    );
    expect(listMounts().filter((m) => m.mountPoint === target).map((m) => m.source)).toEqual(['one', 'two']);
    unmountAll(target);
    expect(isMounted(target)).toBe(false);
    expect(() => unmountAll(target)).not.toThrow();
  });
});
