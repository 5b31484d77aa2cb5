import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAlreadyExists, isConflict, isFailedPrecondition, isNotFound } from '@berth/errdefs';
import { mountAll, unmountAll, type Mount } from '@berth/sys';
import type { SnapshotInfo, Snapshotter } from './snapshotter';

/** A snapshotter under test and how to dispose of it (after every mount is gone). */
export interface SnapshotterFixture {
  snapshotter: Snapshotter;
  cleanup(): Promise<void>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/**
 * The conformance suite every Snapshotter must pass (local drivers, remote clients). It mounts
 * what the snapshotter returns, so it needs root. Call it at the top level of a jest test file.
 */
export function describeSnapshotter(name: string, factory: () => Promise<SnapshotterFixture>): void {
  describe(`Snapshotter conformance: ${name}`, () => {
    let fixture: SnapshotterFixture;
    let sn: Snapshotter;
    const mounted = new Set<string>();

    beforeEach(async () => {
      fixture = await factory();
      sn = fixture.snapshotter;
    });
    afterEach(async () => {
      for (const dir of mounted) {
        unmountAll(dir);
        await fs.promises.rm(dir, { recursive: true, force: true });
      }
      mounted.clear();
      await fixture.cleanup();
    });

    async function mountTemp(mounts: Mount[]): Promise<string> {
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-snapshot-mnt-'));
      mounted.add(dir);
      mountAll(mounts, dir);
      return dir;
    }
    async function unmountTemp(dir: string): Promise<void> {
      unmountAll(dir);
      await fs.promises.rm(dir, { recursive: true, force: true });
      mounted.delete(dir);
    }
    /** Run `fn` on the mounted snapshot, unmounting afterwards. */
    async function within<T>(mounts: Mount[], fn: (dir: string) => Promise<T> | T): Promise<T> {
      const dir = await mountTemp(mounts);
      try {
        return await fn(dir);
      } finally {
        await unmountTemp(dir);
      }
    }
    async function listing(mounts: Mount[]): Promise<string[]> {
      return within(mounts, (dir) => fs.readdirSync(dir).sort());
    }
    /** A committed base layer with files a and b and a directory d/ with d/x. */
    async function commitBase(nameOfBase = 'base'): Promise<void> {
      const mounts = await sn.prepare('base-active');
      await within(mounts, (dir) => {
        fs.writeFileSync(path.join(dir, 'a'), 'A');
        fs.writeFileSync(path.join(dir, 'b'), 'B');
        fs.mkdirSync(path.join(dir, 'd'));
        fs.writeFileSync(path.join(dir, 'd', 'x'), 'X');
      });
      await sn.commit(nameOfBase, 'base-active');
    }

    it('prepares an empty active snapshot and commits it', async () => {
      const mounts = await sn.prepare('k1', undefined, { labels: { purpose: 'test' } });
      expect(await listing(mounts)).toEqual([]);
      expect(await sn.stat('k1')).toMatchObject({ key: 'k1', kind: 'active', labels: { purpose: 'test' } });
      expect((await sn.stat('k1')).parent).toBeUndefined();
      await within(mounts, (dir) => fs.writeFileSync(path.join(dir, 'f'), 'hello'));
      await sn.commit('c1', 'k1');
      expect(isNotFound(await rejection(sn.stat('k1')))).toBe(true);
      expect(await sn.stat('c1')).toMatchObject({ key: 'c1', kind: 'committed', labels: { purpose: 'test' } });
      const view = await sn.view('v1', 'c1');
      expect(await within(view, (dir) => fs.readFileSync(path.join(dir, 'f'), 'utf8'))).toBe('hello');
    });

    it('layers a child on its parent: lower files visible, deletions hide them, parent unchanged', async () => {
      await commitBase();
      const mounts = await sn.prepare('child', 'base');
      expect(await sn.stat('child')).toMatchObject({ kind: 'active', parent: 'base' });
      await within(mounts, (dir) => {
        expect(fs.readFileSync(path.join(dir, 'a'), 'utf8')).toBe('A');
        fs.writeFileSync(path.join(dir, 'c'), 'C');
        fs.writeFileSync(path.join(dir, 'a'), 'A2');
        fs.rmSync(path.join(dir, 'b'));
        fs.rmSync(path.join(dir, 'd'), { recursive: true });
        fs.mkdirSync(path.join(dir, 'd'));
        fs.writeFileSync(path.join(dir, 'd', 'y'), 'Y');
      });
      await sn.commit('top', 'child');
      await sn.prepare('grandchild', 'top');
      await within(await sn.mounts('grandchild'), (dir) => {
        expect(fs.readdirSync(dir).sort()).toEqual(['a', 'c', 'd']);
        expect(fs.readFileSync(path.join(dir, 'a'), 'utf8')).toBe('A2');
        expect(fs.readdirSync(path.join(dir, 'd'))).toEqual(['y']);
      });
      const baseView = await sn.view('base-view', 'base');
      await within(baseView, (dir) => {
        expect(fs.readdirSync(dir).sort()).toEqual(['a', 'b', 'd']);
        expect(fs.readFileSync(path.join(dir, 'a'), 'utf8')).toBe('A');
      });
    });

    it('mounts views read-only', async () => {
      await commitBase();
      const view = await sn.view('ro', 'base');
      expect(await sn.stat('ro')).toMatchObject({ kind: 'view', parent: 'base' });
      await within(view, (dir) => {
        expect(() => fs.writeFileSync(path.join(dir, 'new'), 'x')).toThrow(/EROFS/);
      });
      expect(isFailedPrecondition(await rejection(sn.commit('nope', 'ro')))).toBe(true);
    });

    it('returns the same mounts again for an active snapshot; refuses for a committed one', async () => {
      await commitBase();
      const mounts = await sn.prepare('again', 'base');
      expect(await sn.mounts('again')).toEqual(mounts);
      expect(isFailedPrecondition(await rejection(sn.mounts('base')))).toBe(true);
      expect(isNotFound(await rejection(sn.mounts('absent')))).toBe(true);
    });

    it('rejects duplicate keys, absent and uncommitted parents', async () => {
      await sn.prepare('dup');
      expect(isAlreadyExists(await rejection(sn.prepare('dup')))).toBe(true);
      expect(isAlreadyExists(await rejection(sn.view('dup')))).toBe(true);
      expect(isNotFound(await rejection(sn.prepare('orphan', 'no-such-parent')))).toBe(true);
      expect(isFailedPrecondition(await rejection(sn.prepare('on-active', 'dup')))).toBe(true);
      // Failed prepares leave no snapshot.
      const keys = [];
      for await (const info of sn.walk()) keys.push(info.key);
      expect(keys).toEqual(['dup']);
    });

    it('rejects bad commits', async () => {
      await commitBase();
      await sn.prepare('k');
      expect(isNotFound(await rejection(sn.commit('x', 'absent')))).toBe(true);
      expect(isFailedPrecondition(await rejection(sn.commit('x', 'base')))).toBe(true);
      expect(isAlreadyExists(await rejection(sn.commit('base', 'k')))).toBe(true);
      expect((await sn.stat('k')).kind).toBe('active');
    });

    it('refuses to remove a parent, then removes bottom-up', async () => {
      await commitBase();
      await sn.prepare('c', 'base');
      expect(isConflict(await rejection(sn.remove('base')))).toBe(true);
      expect((await sn.stat('base')).kind).toBe('committed');
      await sn.remove('c');
      await sn.remove('base');
      expect(isNotFound(await rejection(sn.stat('base')))).toBe(true);
      expect(isNotFound(await rejection(sn.remove('base')))).toBe(true);
    });

    it('walks every snapshot', async () => {
      await commitBase();
      await sn.prepare('a1', 'base');
      await sn.view('v1', 'base');
      const infos: SnapshotInfo[] = [];
      for await (const info of sn.walk()) infos.push(info);
      const summary = infos.map((i) => [i.key, i.kind, i.parent ?? null]).sort();
      expect(summary).toEqual([
        ['a1', 'active', 'base'],
        ['base', 'committed', null],
        ['v1', 'view', 'base'],
      ]);
    });

    it('reports usage of the snapshot files', async () => {
      const mounts = await sn.prepare('u');
      await within(mounts, (dir) => {
        fs.writeFileSync(path.join(dir, 'big'), Buffer.alloc(1 << 20, 1));
        fs.mkdirSync(path.join(dir, 'sub'));
        fs.writeFileSync(path.join(dir, 'sub', 'small'), 'x');
        fs.linkSync(path.join(dir, 'big'), path.join(dir, 'big-link'));
      });
      const usage = await sn.usage('u');
      expect(usage.inodes).toBe(3);
      expect(usage.size).toBeGreaterThanOrEqual(1 << 20);
      expect(usage.size).toBeLessThan(2 << 20);
      expect(isNotFound(await rejection(sn.usage('absent')))).toBe(true);
    });

    it('handles concurrent prepares of distinct keys', async () => {
      await commitBase();
      await Promise.all(Array.from({ length: 8 }, (_, i) => sn.prepare(`p${i}`, 'base')));
      for (let i = 0; i < 8; i++) expect((await sn.stat(`p${i}`)).parent).toBe('base');
      const dirs = new Set<string>();
      for (let i = 0; i < 8; i++) dirs.add(JSON.stringify(await sn.mounts(`p${i}`)));
      expect(dirs.size).toBe(8);
    });
  });
}
