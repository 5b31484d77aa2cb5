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

  it("lists and finds volumes a plugin has that were made outside berth (List, Get), with the plugin's scope (Capabilities)", async () => {
    const globeCalls: string[] = [];
    const globeStore = path.join(dir, 'globe-store');
    const globe = await startPlugin(path.join(dir, 'plugins', 'globe.sock'), globeStore, globeCalls, { scope: 'global' });
    try {
      fs.mkdirSync(path.join(globeStore, 'outside'), { recursive: true });
      const svc = await createVolumeService({ root: path.join(dir, 'volumes2'), pluginDirs: [path.join(dir, 'plugins')] });
      await svc.create({ name: 'made', driver: 'globe' });
      await svc.create({ name: 'loc' });
      const listed = await svc.list();
      expect(listed.map((v) => `${v.name} ${v.driver} ${v.scope}`).sort()).toEqual(['loc local local', 'made globe global', 'outside globe global']);
      expect(listed.find((v) => v.name === 'outside')?.mountpoint).toBe(path.join(globeStore, 'outside'));
      expect(await svc.get('outside')).toMatchObject({ name: 'outside', driver: 'globe', scope: 'global', mountpoint: path.join(globeStore, 'outside') });
      expect(await svc.get('made')).toMatchObject({ driver: 'globe', scope: 'global' });
      await expect(svc.get('nowhere')).rejects.toThrow('get nowhere: no such volume');
      await svc.remove('outside');
      expect(fs.existsSync(path.join(globeStore, 'outside'))).toBe(false);
      expect(globeCalls).toEqual(expect.arrayContaining(['VolumeDriver.List ', 'VolumeDriver.Get outside', 'VolumeDriver.Remove outside']));
      // Capabilities is asked once per plugin.
      expect(globeCalls.filter((c) => c.startsWith('VolumeDriver.Capabilities'))).toHaveLength(1);
      await svc.remove('made');
      await svc.remove('loc');
    } finally {
      await new Promise<void>((r) => globe.close(() => r()));
    }
  });
});
