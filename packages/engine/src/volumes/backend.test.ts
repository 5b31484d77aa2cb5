import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVolumeService, type VolumeService } from '@berth/volumes';
import { EventLog } from '../events';
import { createEngineVolumes, type EngineVolumes } from './backend';

describe('engine volume backend', () => {
  let root: string;
  let service: VolumeService;
  let api: EngineVolumes;
  let events: EventLog;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'berth-vol-api-'));
    events = new EventLog();
    // Wired as the engine wires it: the service reports its own changes, the backend the prune.
    service = await createVolumeService({ root, events: { publish: (action, name, attributes) => events.publish({ type: 'volume', action, actor: { ID: name, Attributes: attributes } }) } });
    api = createEngineVolumes(service, events);
    await api.create({ Name: 'web-data', Labels: { tier: 'web', z: '1', a: '2' } });
    await api.create({ Name: 'db-data', Labels: { tier: 'db' } });
    await api.create({});
    await service.mount('db-data', 'c1');
  });
  afterEach(async () => {
    await service.unmount('db-data', 'c1');
    rmSync(root, { recursive: true, force: true });
  });

  const names = async (filters: Record<string, string[]>) => (await api.list(filters)).Volumes.map((v) => v.Name).sort();

  it('filters as dockerd: name and driver as patterns, labels, dangling', async () => {
    expect(await names({ name: ['data$'] })).toEqual(['db-data', 'web-data']);
    expect(await names({ name: ['^web'] })).toEqual(['web-data']);
    expect(await names({ driver: ['loc'] })).toHaveLength(3);
    expect(await names({ label: ['tier=db'] })).toEqual(['db-data']);
    expect(await names({ label: ['tier'], dangling: ['true'] })).toEqual(['web-data']);
    expect(await names({ dangling: ['0'] })).toEqual(['db-data']);
    await expect(api.list({ dangling: ['maybe'] })).rejects.toThrow("invalid filter 'dangling=[maybe]'");
    await expect(api.list({ until: ['1h'] })).rejects.toThrow("invalid filter 'until'");
  });

  it('writes labels and options in Go map order', async () => {
    expect(Object.keys((await api.inspect('web-data')).Labels ?? {})).toEqual(['a', 'tier', 'z']);
  });

  it('prunes unused anonymous volumes, named ones only with all, and reports the bytes', async () => {
    const anonymous = (await names({ label: ['com.docker.volume.anonymous'] }))[0];
    writeFileSync(join(root, anonymous, '_data', 'f'), Buffer.alloc(1000));
    const seen: string[] = [];
    events.subscribe((e) => seen.push(`${e.Action} ${e.Actor.ID}`));
    expect(await api.prune({})).toEqual({ VolumesDeleted: [anonymous], SpaceReclaimed: 1000 });
    expect(seen).toEqual([`destroy ${anonymous}`, 'prune ']);
    expect(await api.prune({ all: ['true'], 'label!': ['tier=web'] })).toEqual({ VolumesDeleted: null, SpaceReclaimed: 0 });
    expect(await api.prune({ all: ['1'], label: ['tier'] })).toEqual({ VolumesDeleted: ['web-data'], SpaceReclaimed: 0 });
    // db-data is in use.
    expect(await names({})).toEqual(['db-data']);
    await expect(api.prune({ all: ['maybe'] })).rejects.toThrow(`invalid filter 'all': strconv.ParseBool: parsing "maybe": invalid syntax`);
    await expect(api.prune({ dangling: ['true'] })).rejects.toThrow("invalid filter 'dangling'");
  });

  it('reports usage for system df', async () => {
    writeFileSync(join(root, 'web-data', '_data', 'f'), Buffer.alloc(10));
    const usage = Object.fromEntries((await api.usage()).map((v) => [v.Name, v.UsageData]));
    expect(usage['web-data']).toEqual({ Size: 10, RefCount: 0 });
    expect(usage['db-data']).toEqual({ Size: 0, RefCount: 1 });
  });
});
