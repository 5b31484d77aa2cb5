import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { readTar, TarWriter, type TarEntryInput } from '@berth/archive';
import { isConflict, isInvalidArgument, isNotFound } from '@berth/errdefs';
import type { Snapshotter } from '@berth/snapshots';
import {
  archiveContainerPath, assertsDirectory, baseName, extractToContainerDir, goFileMode, GoMode, goTime, resolveInContainer, statContainerPath, type ArchiveDeps, type ArchiveTarget,
} from './archive';
import type { ContainerRecord } from './store';

let work: string;
let root: string;
let outside: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'berth-archive-'));
  root = join(work, 'rootfs');
  outside = join(work, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret'), 'host secret');
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'tmp/dir/sub'), { recursive: true });
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1234:2345::/home/app:/bin/sh\n');
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\napp:x:2345:\n');
  writeFileSync(join(root, 'tmp/dir/a.txt'), 'aaa');
  writeFileSync(join(root, 'tmp/dir/sub/b.txt'), 'bbb');
  symlinkSync('/', join(root, 'rootlink'));
  symlinkSync('../../../../../../..', join(root, 'uplink'));
  symlinkSync('/tmp/dir', join(root, 'dirlink'));
  symlinkSync('dir/a.txt', join(root, 'tmp/alink'));
  symlinkSync('/nowhere/x', join(root, 'broken'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const NO_SNAPSHOTS = {} as Snapshotter;
const deps = (): ArchiveDeps => ({ snapshotter: NO_SNAPSHOTS, runDir: join(work, 'run') });

function target(overrides: { user?: string; readonly?: boolean; usernsHost?: boolean } = {}): ArchiveTarget & { events: string[] } {
  const events: string[] = [];
  const record = {
    id: 'c0ffee', name: 'web', config: { User: overrides.user }, hostConfig: { ReadonlyRootfs: overrides.readonly, UsernsMode: overrides.usernsHost ? 'host' : undefined },
    hostsPath: join(work, 'hosts'), hostnamePath: join(work, 'hostname'), resolvConfPath: join(work, 'resolv.conf'),
  } as unknown as ContainerRecord;
  return { record, ref: 'web', mountedRootfs: root, emit: (action) => events.push(action), events };
}

async function tarOf(entries: Array<[TarEntryInput, Buffer?]>): Promise<Readable> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new TarWriter(out);
  for (const [header, body] of entries) await writer.add(header, body);
  await writer.finish();
  return Readable.from([Buffer.concat(chunks)]);
}

async function ownersOf(content: Readable): Promise<Record<string, string>> {
  const owners: Record<string, string> = {};
  for await (const { header, body } of readTar(content)) {
    owners[header.name] = `${header.uid}:${header.gid}`;
    body.resume();
  }
  return owners;
}

async function namesOf(content: Readable): Promise<string[]> {
  const names: string[] = [];
  for await (const { header, body } of readTar(content)) {
    names.push(header.name);
    body.resume();
  }
  return names;
}

describe('resolveInContainer', () => {
  it('keeps symlinks inside the root, whatever they point at', () => {
    expect(resolveInContainer(root, '/rootlink/etc/passwd', false)).toBe('/etc/passwd');
    expect(resolveInContainer(root, '/uplink/etc/passwd', false)).toBe('/etc/passwd');
    expect(resolveInContainer(root, '../../../etc/passwd', false)).toBe('/etc/passwd');
    expect(resolveInContainer(root, '/dirlink/sub/b.txt', false)).toBe('/tmp/dir/sub/b.txt');
  });

  it('does not follow the final component unless asked', () => {
    expect(resolveInContainer(root, '/tmp/alink', false)).toBe('/tmp/alink');
    expect(resolveInContainer(root, '/tmp/alink', true)).toBe('/tmp/dir/a.txt');
    expect(resolveInContainer(root, '/uplink', true)).toBe('/');
    expect(resolveInContainer(root, '/broken', true)).toBe('/nowhere/x');
    expect(resolveInContainer(root, '/dirlink/.', true)).toBe('/tmp/dir');
  });

  it('refuses a symlink loop', () => {
    symlinkSync('loop', join(root, 'loop'));
    expect(() => resolveInContainer(root, '/loop/x', false)).toThrow(/too many levels of symbolic links/);
  });
});

describe('Go conventions', () => {
  it('encodes modes as os.FileMode', () => {
    expect(goFileMode(0o40755)).toBe(GoMode.dir + 0o755);
    expect(goFileMode(0o120777)).toBe(GoMode.symlink + 0o777);
    expect(goFileMode(0o100644)).toBe(0o644);
    expect(goFileMode(0o20666)).toBe(GoMode.device + GoMode.charDevice + 0o666);
    expect(goFileMode(0o60660)).toBe(GoMode.device + 0o660);
    expect(goFileMode(0o10600)).toBe(GoMode.namedPipe + 0o600);
    expect(goFileMode(0o104755)).toBe(GoMode.setuid + 0o755);
    expect(goFileMode(0o41777)).toBe(GoMode.dir + GoMode.sticky + 0o777);
    expect(goFileMode(0o40755)).toBe(2147484141); // what dockerd sends for a 0755 directory
  });

  it('names, directory assertions and times as Go writes them', () => {
    expect(baseName('/tmp/dir/')).toBe('dir');
    expect(baseName('/tmp/dir/.')).toBe('.');
    expect(baseName('/')).toBe('/');
    expect(assertsDirectory('/tmp/')).toBe(true);
    expect(assertsDirectory('/tmp/.')).toBe(true);
    expect(assertsDirectory('/tmp')).toBe(false);
    expect(goTime(1700000000123456789n)).toBe('2023-11-14T22:13:20.123456789Z');
    expect(goTime(1700000000120000000n)).toBe('2023-11-14T22:13:20.12Z');
    expect(goTime(1700000000000000000n)).toBe('2023-11-14T22:13:20Z');
  });
});

describe('stat and archive', () => {
  it('stats a path without following its final symlink, reporting the resolved target', async () => {
    const stat = await statContainerPath(deps(), target(), '/tmp/alink');
    expect(stat).toMatchObject({ name: 'alink', size: 'dir/a.txt'.length, mode: GoMode.symlink + 0o777, linkTarget: '/tmp/dir/a.txt' });
    const dir = await statContainerPath(deps(), target(), '/dirlink/');
    expect(dir.mode & GoMode.dir).toBeTruthy();
  });

  it('says which file is missing, naming the container as the client did', async () => {
    await expect(statContainerPath(deps(), target(), '/nope')).rejects.toThrow('Could not find the file /nope in container web');
    expect(isNotFound(await statContainerPath(deps(), target(), '/uplink/secret').catch((e: unknown) => e))).toBe(true);
  });

  it('reads the container\'s own /etc/hosts, not the image\'s', async () => {
    writeFileSync(join(work, 'hosts'), '127.0.0.1 localhost\n');
    const { stat, content } = await archiveContainerPath(deps(), target(), '/etc/hosts');
    expect(stat.size).toBe(20);
    expect(await namesOf(content)).toEqual(['hosts']);
  });

  it('archives a directory under its base name, or its contents for dir/.', async () => {
    const t = target();
    expect(await namesOf((await archiveContainerPath(deps(), t, '/tmp/dir')).content)).toEqual(['dir/', 'dir/a.txt', 'dir/sub/', 'dir/sub/b.txt']);
    expect(await namesOf((await archiveContainerPath(deps(), t, '/tmp/dir/.')).content)).toEqual(['./', './a.txt', './sub/', './sub/b.txt']);
    expect(await namesOf((await archiveContainerPath(deps(), t, '/rootlink/tmp/dir/sub')).content)).toEqual(['sub/', 'sub/b.txt']);
    expect(t.events).toEqual(['archive-path', 'archive-path', 'archive-path']);
  });

  it('never archives the host through an escaping link', async () => {
    // /uplink/ is the container's root: the host's files are not there.
    const names = await namesOf((await archiveContainerPath(deps(), target(), '/uplink/')).content);
    expect(names).toContain('uplink/etc/passwd');
    expect(names.some((n) => n.includes('secret'))).toBe(false);
  });
});

describe('a running container', () => {
  it('is frozen while a copy reads or writes it, not for a stat, and thawed afterwards', async () => {
    const log: string[] = [];
    const t = { ...target(), freeze: async () => (log.push('freeze'), async () => void log.push('thaw')) };
    await statContainerPath(deps(), t, '/tmp/dir');
    expect(log).toEqual([]);
    const { content } = await archiveContainerPath(deps(), t, '/tmp/dir');
    expect(log).toEqual(['freeze']);
    await namesOf(content);
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['freeze', 'thaw']);
    await extractToContainerDir(deps(), t, '/tmp', await tarOf([[{ name: 'f', type: 'file' }, Buffer.from('f')]]), { noOverwriteDirNonDir: true, copyUIDGID: false });
    expect(log).toEqual(['freeze', 'thaw', 'freeze', 'thaw']);
    await expect(extractToContainerDir(deps(), t, '/nope', await tarOf([]), { noOverwriteDirNonDir: true, copyUIDGID: false })).rejects.toThrow();
    expect(log.slice(-2)).toEqual(['freeze', 'thaw']);
  });
});

describe('user namespaces (--userns-remap)', () => {
  const userns = { uidMap: [{ containerId: 0, hostId: 100000, size: 65536 }], gidMap: [{ containerId: 0, hostId: 200000, size: 65536 }] };
  const remapped = (): ArchiveDeps => ({ ...deps(), userns });
  const opts = { noOverwriteDirNonDir: true, copyUIDGID: false };

  it('writes and reads owners as the container sees them', async () => {
    const tar = await tarOf([[{ name: 'mapped', type: 'file', uid: 0, gid: 5 }, Buffer.from('m')]]);
    await extractToContainerDir(remapped(), target(), '/tmp', tar, opts);
    expect([statSync(join(root, 'tmp/mapped')).uid, statSync(join(root, 'tmp/mapped')).gid]).toEqual([100000, 200005]);
    expect(await ownersOf((await archiveContainerPath(remapped(), target(), '/tmp/mapped')).content)).toEqual({ mapped: '0:5' });
    // A host id the maps do not cover is the kernel's overflow id.
    expect(await ownersOf((await archiveContainerPath(remapped(), target(), '/tmp/dir/a.txt')).content)).toEqual({ 'a.txt': '65534:65534' });
  });

  it('leaves owners alone for a --userns=host container', async () => {
    const tar = await tarOf([[{ name: 'plain', type: 'file', uid: 7, gid: 8 }, Buffer.from('p')]]);
    await extractToContainerDir(remapped(), target({ usernsHost: true }), '/tmp', tar, opts);
    expect([statSync(join(root, 'tmp/plain')).uid, statSync(join(root, 'tmp/plain')).gid]).toEqual([7, 8]);
    expect(await ownersOf((await archiveContainerPath(remapped(), target({ usernsHost: true }), '/tmp/plain')).content)).toEqual({ plain: '7:8' });
  });
});

describe('extract', () => {
  const opts = { noOverwriteDirNonDir: true, copyUIDGID: false };

  it('extracts into a directory, keeping the tar owners', async () => {
    const t = target();
    const tar = await tarOf([[{ name: 'new.txt', type: 'file', uid: 42, gid: 43 }, Buffer.from('hi')]]);
    await extractToContainerDir(deps(), t, '/dirlink', tar, opts);
    const file = join(root, 'tmp/dir/new.txt');
    expect(readFileSync(file, 'utf8')).toBe('hi');
    expect([statSync(file).uid, statSync(file).gid]).toEqual([42, 43]);
    expect(t.events).toEqual(['extract-to-dir']);
  });

  it('gives everything to the container user with copyUIDGID', async () => {
    const tar = await tarOf([[{ name: 'owned', type: 'file', uid: 42, gid: 43 }, Buffer.from('x')]]);
    await extractToContainerDir(deps(), target({ user: 'app' }), '/tmp', tar, { ...opts, copyUIDGID: true });
    expect([statSync(join(root, 'tmp/owned')).uid, statSync(join(root, 'tmp/owned')).gid]).toEqual([1234, 2345]);
  });

  it('refuses a file as the destination, a read-only rootfs and a missing directory', async () => {
    const empty = () => tarOf([]);
    await expect(extractToContainerDir(deps(), target(), '/tmp/dir/a.txt', await empty(), opts)).rejects.toThrow('extraction point is not a directory');
    await expect(extractToContainerDir(deps(), target({ readonly: true }), '/tmp', await empty(), opts)).rejects.toThrow('container rootfs is marked read-only');
    await expect(extractToContainerDir(deps(), target(), '/nope', await empty(), opts)).rejects.toThrow('Could not find the file /nope in container web');
  });

  it('keeps a directory from being replaced by a file when asked', async () => {
    const tar = await tarOf([[{ name: 'sub', type: 'file' }, Buffer.from('x')]]);
    const err = await extractToContainerDir(deps(), target(), '/tmp/dir', tar, opts).catch((e: unknown) => e);
    expect(isConflict(err)).toBe(true);
    expect(String(err)).toContain('cannot overwrite directory "/tmp/dir/sub" with non-directory "/tmp/dir"');
    expect(statSync(join(root, 'tmp/dir/sub')).isDirectory()).toBe(true);
  });

  it('never writes outside the root, whatever the tar or the container\'s links say', async () => {
    const hostile: Array<Array<[TarEntryInput, Buffer?]>> = [
      [[{ name: '../../outside/secret', type: 'file' }, Buffer.from('pwned')]],
      [[{ name: 'rootlink/../../outside/secret', type: 'file' }, Buffer.from('pwned')]],
      [[{ name: 'esc', type: 'symlink', linkname: '../../../../outside' }], [{ name: 'esc/secret', type: 'file' }, Buffer.from('pwned')]],
      [[{ name: 'hl', type: 'link', linkname: '../../../outside/secret' }]],
    ];
    for (const entries of hostile) {
      await extractToContainerDir(deps(), target(), '/tmp', await tarOf(entries), opts).catch((err: unknown) => {
        expect(isInvalidArgument(err)).toBe(true);
      });
    }
    // Through the container's own escaping links, as the destination and inside the tar.
    await extractToContainerDir(deps(), target(), '/uplink', await tarOf([[{ name: 'outside/secret', type: 'file' }, Buffer.from('pwned')]]), opts);
    await extractToContainerDir(deps(), target(), '/', await tarOf([[{ name: 'uplink/outside/secret', type: 'file' }, Buffer.from('pwned')]]), opts);
    await extractToContainerDir(deps(), target(), '/tmp', await tarOf([[{ name: '/abs/secret', type: 'file' }, Buffer.from('abs')]]), opts);
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('host secret');
    expect(existsSync(join(work, 'abs'))).toBe(false);
    // What did land, landed inside the root.
    expect(readFileSync(join(root, 'outside/secret'), 'utf8')).toBe('pwned');
    expect(readFileSync(join(root, 'tmp/abs/secret'), 'utf8')).toBe('abs');
    expect(lstatSync(join(root, 'uplink')).isSymbolicLink()).toBe(true);
  });
});
