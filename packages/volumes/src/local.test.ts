import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isConflict, isInvalidArgument, isNotFound } from '@berth/errdefs';
import { listMounts } from '@berth/sys';
import { ANONYMOUS_LABEL, createVolumeService } from '@berth/volumes';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-volumes-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('local volume service', () => {
  it('creates a named volume with its data directory, and returns the existing one for the same name', async () => {
    const events: string[] = [];
    const svc = await createVolumeService({ root, events: { publish: (action, name) => events.push(`${action} ${name}`) } });
    const v = await svc.create({ name: 'data1', labels: { a: 'b' } });
    expect(v).toMatchObject({ name: 'data1', driver: 'local', mountpoint: path.join(root, 'data1', '_data'), labels: { a: 'b' }, scope: 'local' });
    expect(v.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(fs.statSync(v.mountpoint).isDirectory()).toBe(true);
    expect(await svc.create({ name: 'data1', labels: { other: 'x' } })).toEqual(v);
    expect(events).toEqual(['create data1']);
    const other = await svc.create({ name: 'data1', driver: 'other' }).catch((e: unknown) => e);
    expect(isNotFound(other)).toBe(true);
    expect((other as Error).message).toBe('create data1: error looking up volume plugin other: plugin "other" not found');
    expect((await svc.list()).map((x) => x.name)).toEqual(['data1']);
  });

  it('names an anonymous volume with 64 hex digits and labels it anonymous', async () => {
    const svc = await createVolumeService({ root });
    const v = await svc.create({});
    expect(v.name).toMatch(/^[0-9a-f]{64}$/);
    expect(v.labels).toEqual({ [ANONYMOUS_LABEL]: '' });
  });

  it('rejects bad names and options with dockerd words, leaving nothing behind', async () => {
    const svc = await createVolumeService({ root });
    await expect(svc.create({ name: 'a' })).rejects.toThrow('create a: volume name is too short');
    const bad = svc.create({ name: 'a/b' });
    await expect(bad).rejects.toThrow('create a/b: "a/b" includes invalid characters for a local volume name');
    await expect(svc.create({ name: 'ok1', driverOpts: { foo: 'bar' } })).rejects.toThrow('create ok1: invalid option: "foo"');
    await expect(svc.create({ name: 'ok2', driverOpts: { type: 'tmpfs' } })).rejects.toThrow('missing required option: "device"');
    await svc.create({ name: 'ok1' }).catch(() => undefined);
    expect(isNotFound(await svc.create({ name: 'x1', driver: 'nope' }).catch((e: unknown) => e))).toBe(true);
    expect(fs.readdirSync(root)).toEqual(['ok1']);
  });

  it('gets, refuses to remove an in-use volume, removes it once unreferenced', async () => {
    const svc = await createVolumeService({ root });
    await expect(svc.get('missing')).rejects.toThrow('get missing: no such volume');
    await svc.get('missing').catch((err) => expect(isNotFound(err)).toBe(true));
    await svc.remove('missing', { force: true });
    await svc.create({ name: 'used' });
    const p = await svc.mount('used', 'c1');
    expect(p).toBe(path.join(root, 'used', '_data'));
    await svc.mount('used', 'c2');
    expect(svc.usedBy('used').sort()).toEqual(['c1', 'c2']);
    const err = await svc.remove('used').catch((e: unknown) => e);
    expect(isConflict(err)).toBe(true);
    expect((err as Error).message).toBe('remove used: volume is in use - [c1, c2]');
    await svc.unmount('used', 'c1');
    await svc.unmount('used', 'c2');
    // Stopped users are users still: only their release (container removal) frees the volume.
    expect(svc.usedBy('used').sort()).toEqual(['c1', 'c2']);
    await svc.release('used', 'c1');
    await svc.release('used', 'c2');
    expect(svc.usedBy('used')).toEqual([]);
    await svc.remove('used');
    expect(fs.existsSync(path.join(root, 'used'))).toBe(false);
    await expect(svc.get('used')).rejects.toThrow('no such volume');
  });

  it('keeps volumes, labels and options across a reopen, and lists a directory a crash left without metadata', async () => {
    const svc = await createVolumeService({ root });
    const v = await svc.create({ name: 'keep', labels: { k: 'v' }, driverOpts: { type: 'tmpfs', device: 'tmpfs', o: 'size=1m' } });
    fs.mkdirSync(path.join(root, 'orphan', '_data'), { recursive: true });
    const again = await createVolumeService({ root });
    expect(await again.get('keep')).toEqual(v);
    expect((await again.get('orphan')).driver).toBe('local');
  });

  it('mounts a tmpfs option volume on first use and unmounts it after the last', async () => {
    const svc = await createVolumeService({ root });
    const v = await svc.create({ name: 'tmp', driverOpts: { type: 'tmpfs', device: 'tmpfs', o: 'size=1m' } });
    const mounted = () => listMounts().some((m) => m.mountPoint === v.mountpoint);
    await svc.mount('tmp', 'c1');
    expect(mounted()).toBe(true);
    await svc.mount('tmp', 'c2');
    await svc.unmount('tmp', 'c1');
    expect(mounted()).toBe(true);
    await svc.unmount('tmp', 'c2');
    expect(mounted()).toBe(false);
    // A reference (a created, not running, container) mounts nothing; a release unmounts what its user had.
    await svc.reference('tmp', 'c3');
    expect(mounted()).toBe(false);
    await svc.mount('tmp', 'c3');
    expect(mounted()).toBe(true);
    await svc.release('tmp', 'c3');
    expect(mounted()).toBe(false);
    expect(svc.usedBy('tmp').sort()).toEqual(['c1', 'c2']);
    expect(isInvalidArgument(await svc.create({ name: 'b1', driverOpts: { o: 'x' } }).catch((e: unknown) => e))).toBe(true);
  });
});
