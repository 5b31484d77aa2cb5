import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { ImageService } from '@berth/images';
import type { Snapshotter } from '@berth/snapshots';
import type { ContainerService } from '../containers/service';
import { createEngineImages } from './backend';

/** An image store that records what the engine asks of it. */
function fakeImages(calls: unknown[][]): ImageService {
  return {
    prune: async (opts: unknown) => {
      calls.push(['prune', opts]);
      return { ImagesDeleted: [], SpaceReclaimed: 0 };
    },
    tag: async (...args: unknown[]) => void calls.push(['tag', ...args]),
    remove: async (ref: string, opts: { inUse: (id: string) => unknown }) => {
      calls.push(['remove', ref, opts.inUse('sha256:used'), opts.inUse('sha256:free')]);
      return [];
    },
    commit: async (opts: { config: unknown; diff: (out: NodeJS.WritableStream) => Promise<unknown> }) => {
      calls.push(['commit-config', opts.config]);
      await opts.diff(new PassThrough().resume());
      return { id: 'sha256:new' };
    },
  } as unknown as ImageService;
}

function fakeContainers(calls: unknown[][], opts: { running: boolean }): ContainerService {
  return {
    usersOf: (id: string) => (id === 'sha256:used' ? ['c0ffee'] : []),
    filesystemOf: (ref: string) => ({
      id: `id-${ref}`, name: ref, snapshotKey: `container-${ref}`, image: 'sha256:base', running: opts.running, paused: false,
      config: { Cmd: ['sh', '-c', 'echo hi'], Env: ['A=1'], Hostname: 'h', Labels: {} },
    }),
    pause: async (id: string) => void calls.push(['pause', id]),
    unpause: async (id: string) => void calls.push(['unpause', id]),
  } as unknown as ContainerService;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-engine-images-'));
  for (const d of ['lower', 'upper']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'upper', 'new.txt'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A snapshotter whose container snapshot is an overlay upper directory over one lower. */
function fakeSnapshotter(calls: unknown[][]): Snapshotter {
  return {
    mounts: async (key: string) => {
      calls.push(['mounts', key]);
      return [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${join(dir, 'lower')}`, `upperdir=${join(dir, 'upper')}`, `workdir=${join(dir, 'work')}`] }];
    },
  } as unknown as Snapshotter;
}

describe('engine images', () => {
  test('prune maps Docker filters onto the store; unknown keys and bad values are refused', async () => {
    const calls: unknown[][] = [];
    const images = createEngineImages({ images: fakeImages(calls), containers: fakeContainers(calls, { running: false }), snapshotter: fakeSnapshotter(calls) });
    expect(await images.prune({ dangling: ['false'], until: ['24h'], label: ['a=b'], 'label!': ['keep'] })).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    expect(calls[0]).toEqual(['prune', { all: true, filters: { until: '24h', label: ['a=b', '!keep'] }, inUse: expect.any(Function) }]);
    await images.prune({ dangling: ['true'] });
    expect((calls[1][1] as { all: boolean }).all).toBe(false);
    await expect(images.prune({ colour: ['red'] })).rejects.toThrow("invalid filter 'colour'");
    await expect(images.prune({ dangling: ['maybe'] })).rejects.toThrow("invalid filter 'dangling=maybe'");
  });

  test('rmi learns which container uses an image; tag needs a repository', async () => {
    const calls: unknown[][] = [];
    const images = createEngineImages({ images: fakeImages(calls), containers: fakeContainers(calls, { running: false }), snapshotter: fakeSnapshotter(calls) });
    await images.remove('busybox', { force: false, noPrune: false });
    expect(calls).toEqual([['remove', 'busybox', 'c0ffee', false]]);
    await images.tag('busybox', 'user/app', 'v1');
    expect(calls[1]).toEqual(['tag', 'busybox', 'user/app:v1']);
    await expect(images.tag('busybox', '', 'v1')).rejects.toThrow('tag is specified without a repository');
  });

  test('commit takes the container run config, then the body, then -c changes; a running container is paused around the diff', async () => {
    const calls: unknown[][] = [];
    const images = createEngineImages({ images: fakeImages(calls), containers: fakeContainers(calls, { running: true }), snapshotter: fakeSnapshotter(calls) });
    expect(await images.commit({ container: 'c1', config: { Env: ['B=2'] }, changes: ['CMD ["cat", "/x"]'], pause: true })).toBe('sha256:new');
    expect(calls[0]).toEqual(['commit-config', { Cmd: ['cat', '/x'], Env: ['B=2'] }]);
    expect(calls.slice(1).map((c) => c[0])).toEqual(['pause', 'mounts', 'unpause']);

    calls.splice(0);
    await images.commit({ container: 'c1', pause: false });
    expect(calls.map((c) => c[0])).toEqual(['commit-config', 'mounts']);
  });
});
