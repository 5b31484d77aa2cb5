import { mkdtemp, readFile, rm, stat, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MountSpec } from '@berth/api-types';
import { copyImageContent, inheritMounts, inspectMounts, parseBind, parseMountSpec, parseVolumesFrom, planMounts, prepareBindSources, specMounts } from './mounts';

describe('-v (Binds) as dockerd parses them', () => {
  it('tells binds, named and anonymous volumes apart, with modes and propagation', () => {
    expect(parseBind('/h:/c:ro,rshared')).toMatchObject({ type: 'bind', source: '/h', destination: '/c', rw: false, propagation: 'rshared', mode: 'ro,rshared' });
    expect(parseBind('/h:/c')).toMatchObject({ type: 'bind', rw: true, propagation: 'rprivate', mode: '' });
    expect(parseBind('data:/d')).toMatchObject({ type: 'volume', name: 'data', driver: 'local', mode: 'z', rw: true, anonymous: false });
    expect(parseBind('/anon')).toMatchObject({ type: 'volume', name: '', destination: '/anon', rw: true, anonymous: true, mode: '' });
    expect(parseBind('/h:/c:ro,cached,Z')).toMatchObject({ type: 'bind', rw: false });
    expect(parseBind('data:/d:nocopy', 'other')).toMatchObject({ noCopy: true, driver: 'other' });
  });

  it("refuses bad specs with dockerd's messages", () => {
    expect(() => parseBind('a:b:c:d')).toThrow("invalid volume specification: 'a:b:c:d'");
    expect(() => parseBind(':/x')).toThrow("invalid volume specification: ':/x'");
    expect(() => parseBind('/h::ro')).toThrow(`invalid volume specification: '/h::ro': invalid mount config for type "bind": field Target must not be empty`);
    expect(() => parseBind('/h:/c:bogus')).toThrow('invalid mode: bogus');
    expect(() => parseBind('/h:/c:ro,rw')).toThrow('invalid mode: ro,rw');
    expect(() => parseBind('/anon:ro')).toThrow("invalid volume specification: '/anon:ro'");
    expect(() => parseBind('/h:rel')).toThrow(`invalid volume specification: '/h:rel': invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute`);
    expect(() => parseBind('v:rel')).toThrow(`invalid volume specification: 'v:rel': invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`);
    expect(() => parseBind('/h:/')).toThrow("invalid volume specification: '/h:/': invalid specification: destination can't be '/'");
  });
});

describe('--mount (Mounts) as dockerd checks them', () => {
  it('plans binds, tmpfs with size and mode, volumes with driver options', () => {
    expect(parseMountSpec({ Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1 << 20, Mode: 0o1777 } })).toMatchObject({ type: 'tmpfs', tmpfsOptions: ['size=1m', 'mode=1777'] });
    expect(parseMountSpec({ Type: 'volume', Target: '/v', VolumeOptions: { NoCopy: true, DriverConfig: { Name: '', Options: { type: 'tmpfs' } } } })).toMatchObject({ anonymous: true, noCopy: true, driver: 'local', volumeOptions: { type: 'tmpfs' } });
  });

  it("refuses bad mounts with dockerd's messages", () => {
    expect(() => parseMountSpec({ Type: 'bind', Target: '/x' })).toThrow('invalid mount config for type "bind": field Source must not be empty');
    expect(() => parseMountSpec({ Type: 'bind', Source: '/h' })).toThrow('invalid mount config for type "bind": field Target must not be empty');
    expect(() => parseMountSpec({ Type: 'tmpfs', Source: 'x', Target: '/x' })).toThrow('invalid mount config for type "tmpfs": field Source must not be specified');
    expect(() => parseMountSpec({ Type: 'npipe', Target: '/x' })).toThrow('invalid mount config for type "npipe": mount type unknown');
  });

  it('refuses a bind source that does not exist, creates a missing -v one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mounts-'));
    try {
      await expect(prepareBindSources([parseMountSpec({ Type: 'bind', Source: join(dir, 'x'), Target: '/x' })])).rejects.toThrow(`invalid mount config for type "bind": bind source path does not exist: ${join(dir, 'x')}`);
      await prepareBindSources([parseBind(`${join(dir, 'y')}:/y`)]);
      expect((await stat(join(dir, 'y'))).isDirectory()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the plan', () => {
  it('orders volumes-from, image volumes, then user mounts (which override them), refusing duplicates', () => {
    const inherited = inheritMounts([parseBind('/h:/shared'), { ...parseBind('/anon'), name: 'abc', source: '/v/abc/_data' }], false);
    expect(inheritMounts([parseBind('/h:/r:ro')], true)[0].rw).toBe(false);
    const plan = planMounts({ Binds: ['/h2:/data'], Mounts: [{ Type: 'tmpfs', Target: '/t' }] }, { '/data': {}, '/cache': {} }, inherited);
    expect(plan.map((m) => [m.destination, m.type, m.rw])).toEqual([['/shared', 'bind', false], ['/anon', 'volume', false], ['/data', 'bind', true], ['/cache', 'volume', true], ['/t', 'tmpfs', true]]);
    expect(plan.find((m) => m.destination === '/anon')?.anonymous).toBe(false);
    expect(() => planMounts({ Binds: ['/a:/x', 'v:/x'] }, undefined)).toThrow('Duplicate mount point: /x');
    expect(parseVolumesFrom('c:ro')).toEqual({ ref: 'c', rw: false });
    expect(parseVolumesFrom('c')).toEqual({ ref: 'c', rw: true });
    expect(() => parseVolumesFrom('c:xx')).toThrow('invalid mode: xx');
    expect(() => parseVolumesFrom('c:ro,shared')).toThrow('invalid mode: ro,shared');
    expect(() => parseVolumesFrom('')).toThrow('volumes-from specification cannot be an empty string');
  });

  it('becomes OCI mounts and inspect entries as dockerd shows them', () => {
    const plan = [parseBind('/h:/c:ro'), { ...parseBind('data:/d'), source: '/vol/data/_data' }, parseMountSpec({ Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1024 } })];
    expect(specMounts(plan, '5.10.0')).toEqual([
      { destination: '/c', type: 'bind', source: '/h', options: ['rbind', 'ro', 'rprivate'] },
      { destination: '/d', type: 'bind', source: '/vol/data/_data', options: ['rbind', 'rw'] },
      { destination: '/t', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'noexec', 'size=1k'] },
    ]);
    expect(inspectMounts(plan)).toEqual([
      { Type: 'bind', Source: '/h', Destination: '/c', Mode: 'ro', RW: false, Propagation: 'rprivate' },
      { Type: 'volume', Name: 'data', Source: '/vol/data/_data', Destination: '/d', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
      { Type: 'tmpfs', Source: '', Destination: '/t', Mode: '', RW: true, Propagation: '' },
    ]);
  });
});

describe('bind-recursive', () => {
  const bind = (BindOptions: MountSpec['BindOptions'], ReadOnly = true) => parseMountSpec({ Type: 'bind', Source: '/h', Target: '/c', ReadOnly, BindOptions });

  it('makes read-only binds recursively read-only where the kernel can (dockerd 25+), unless writable; disabled binds non-recursively', () => {
    const options = (m: ReturnType<typeof bind>, kernel: string) => specMounts([m], kernel)[0].options;
    expect(options(bind(undefined), '5.12.0')).toEqual(['rbind', 'rro', 'rprivate']);
    expect(options(bind(undefined), '6.18.44-fc')).toEqual(['rbind', 'rro', 'rprivate']);
    expect(options(bind(undefined), '5.11.9')).toEqual(['rbind', 'ro', 'rprivate']);
    expect(options(parseBind('/h:/c:ro'), '6.1.0')).toEqual(['rbind', 'rro', 'rprivate']);
    expect(options(bind({ ReadOnlyNonRecursive: true }), '6.1.0')).toEqual(['rbind', 'ro', 'rprivate']);
    expect(options(bind({ ReadOnlyForceRecursive: true }), '6.1.0')).toEqual(['rbind', 'rro', 'rprivate']);
    expect(() => options(bind({ ReadOnlyForceRecursive: true }), '5.4.0')).toThrow('rro is not supported: mount_setattr: function not implemented (kernel is older than 5.12?)');
    expect(options(bind({ NonRecursive: true }, false), '6.1.0')).toEqual(['bind', 'rw', 'rprivate']);
    expect(options(bind({ NonRecursive: true }), '6.1.0')).toEqual(['bind', 'rro', 'rprivate']);
    expect(options(bind(undefined, false), '6.1.0')).toEqual(['rbind', 'rw', 'rprivate']);
  });

  it("refuses dockerd's conflicting combinations", () => {
    expect(() => bind({ ReadOnlyNonRecursive: true }, false)).toThrow('mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive');
    expect(() => bind({ ReadOnlyForceRecursive: true }, false)).toThrow('mount options conflict: !ReadOnly && BindOptions.ReadOnlyForceRecursive');
    expect(() => bind({ ReadOnlyNonRecursive: true, ReadOnlyForceRecursive: true })).toThrow('mount options conflict: ReadOnlyNonRecursive && BindOptions.ReadOnlyForceRecursive');
  });
});

describe('copy-up', () => {
  it("fills an empty volume with the image directory's content, never following a symlink out of the rootfs", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copyup-'));
    try {
      const root = join(dir, 'root');
      await mkdir(join(root, 'etc'), { recursive: true });
      await writeFile(join(root, 'etc', 'passwd'), 'root:x:0:0\n');
      await symlink('/', join(root, 'escape'));
      await mkdir(join(dir, 'vol'));
      await copyImageContent(root, '/etc', join(dir, 'vol'));
      expect(await readFile(join(dir, 'vol', 'passwd'), 'utf8')).toBe('root:x:0:0\n');
      // /escape -> / resolves to the rootfs itself, not the host's /.
      await mkdir(join(dir, 'vol2'));
      await copyImageContent(root, '/escape/etc', join(dir, 'vol2'));
      expect(await readFile(join(dir, 'vol2', 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
