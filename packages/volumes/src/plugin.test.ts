import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { isConflict, isNotFound } from '@berth/errdefs';
import { createVolumeService, startTinyPlugin as startPlugin } from '@berth/volumes';

describe('volume plugins', () => {
  let dir: string;
  let server: Server;
  const calls: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-vplugin-'));
    fs.mkdirSync(path.join(dir, 'plugins'));
    server = await startPlugin(path.join(dir, 'plugins', 'tiny.sock'), path.join(dir, 'store'), calls);
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates, mounts, unmounts and removes through the plugin, which is activated once', async () => {
    const svc = await createVolumeService({ root: path.join(dir, 'volumes'), pluginDirs: [path.join(dir, 'plugins')] });
    const v = await svc.create({ name: 'pv', driver: 'tiny', driverOpts: { size: '1' } });
    expect(v).toMatchObject({ name: 'pv', driver: 'tiny', mountpoint: path.join(dir, 'store', 'pv'), options: { size: '1' } });
    expect(await svc.mount('pv', 'c1')).toBe(path.join(dir, 'store', 'pv'));
    expect(isConflict(await svc.remove('pv').catch((e: unknown) => e))).toBe(true);
    await expect(svc.create({ name: 'pv', driver: 'local' })).rejects.toThrow("create pv: driver 'tiny' already has volume 'pv': volume name must be unique");
    await svc.unmount('pv', 'c1');
    // The record survives a reopen with its driver.
    const again = await createVolumeService({ root: path.join(dir, 'volumes'), pluginDirs: [path.join(dir, 'plugins')] });
    expect((await again.get('pv')).driver).toBe('tiny');
    await again.remove('pv');
    expect(fs.existsSync(path.join(dir, 'store', 'pv'))).toBe(false);
    await expect(svc.create({ name: 'bad', driver: 'tiny', driverOpts: { fail: 'no space' } })).rejects.toThrow('create bad: refused: no space');
    expect(calls.filter((c) => c.startsWith('Plugin.Activate'))).toHaveLength(2);
    expect(calls).toEqual(expect.arrayContaining(['VolumeDriver.Create pv', 'VolumeDriver.Mount pv c1', 'VolumeDriver.Unmount pv c1', 'VolumeDriver.Remove pv']));
    const missing = await svc.create({ name: 'x1', driver: 'absent' }).catch((e: unknown) => e);
    expect(isNotFound(missing)).toBe(true);
    expect((missing as Error).message).toBe('create x1: error looking up volume plugin absent: plugin "absent" not found');
    expect(fs.readdirSync(path.join(dir, 'volumes'))).toEqual([]);
  });
});
