import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument, isNotFound, isUnavailable } from '@berth/errdefs';
import { createNativeSnapshotter, createOverlaySnapshotter, describeSnapshotter } from '../index';
import type { Snapshotter } from '../snapshotter';
import { createProxySnapshotter, serveSnapshotter } from './index';

/** A local snapshotter served on a real unix socket in a temp dir, used only through the client. */
async function proxied(local: (root: string) => Promise<Snapshotter>) {
  const root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-snapshots-proxy-'));
  const socket = path.join(root, 'snapshots.sock');
  const server = await serveSnapshotter(await local(path.join(root, 'data')), socket);
  const snapshotter = createProxySnapshotter(`unix://${socket}`);
  return {
    snapshotter,
    cleanup: async () => {
      snapshotter.close();
      await server.close();
      await fs.promises.rm(root, { recursive: true, force: true });
    },
  };
}

describeSnapshotter('proxy → overlay', () => proxied(createOverlaySnapshotter));
describeSnapshotter('proxy → native', () => proxied(createNativeSnapshotter));

describe('snapshotter proxy', () => {
  it('carries labels, parents, kinds and creation times across the wire', async () => {
    const { snapshotter: sn, cleanup } = await proxied(createNativeSnapshotter);
    try {
      const before = Date.now();
      await sn.prepare('k', undefined, { labels: { a: 'b' } });
      await sn.commit('base', 'k');
      await sn.view('v', 'base', { labels: { x: 'y' } });
      const view = await sn.stat('v');
      expect(view).toEqual({ key: 'v', parent: 'base', kind: 'view', created: expect.any(Date), labels: { x: 'y' } });
      expect(view.created.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const base = await sn.stat('base');
      expect(base.parent).toBeUndefined();
      expect(base.kind).toBe('committed');
      const all = [];
      for await (const info of sn.walk()) all.push(info.key);
      expect(all.sort()).toEqual(['base', 'v']);
      expect(isNotFound(await sn.stat('missing').catch((e: unknown) => e))).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it('fails with Unavailable when nothing serves the socket, and refuses addresses that are not unix sockets', async () => {
    const sn = createProxySnapshotter(path.join(os.tmpdir(), `berth-no-such-${process.pid}.sock`));
    try {
      expect(isUnavailable(await sn.stat('x').catch((e: unknown) => e))).toBe(true);
    } finally {
      sn.close();
    }
    expect(() => createProxySnapshotter('tcp://127.0.0.1:1')).toThrow(/unix:\/\/\/absolute\/path/);
    let err: unknown;
    try {
      createProxySnapshotter('relative.sock');
    } catch (e) {
      err = e;
    }
    expect(isInvalidArgument(err)).toBe(true);
  });
});
