import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conflict, isConflict, isInternal, isNotFound, isUnavailable, notFound } from '@berth/errdefs';
import { dateToTimestamp, dialUnix, pb, serveUnix, timestampToDate, ShimV1TaskService, type ServiceImplementation, type UnixServer } from './index';

type Task = typeof ShimV1TaskService;

function fakeTasks(): ServiceImplementation<Task> {
  const created = new Map<string, number>();
  return {
    connect: () => ({ shimPid: process.pid, version: 'test' }),
    create: (req) => {
      if (created.has(req.id)) throw conflict(`task ${req.id} exists`);
      created.set(req.id, 100 + created.size);
      return { pid: created.get(req.id)! };
    },
    start: async (req) => ({ pid: created.get(req.id) ?? 0 }),
    kill: () => ({}),
    wait: () => ({ exitStatus: 3, exitedAt: dateToTimestamp(new Date('2026-11-23T20:00:00.123Z')) }),
    delete: () => {
      throw new Error('disk on fire');
    },
    state: (req) => {
      const pid = created.get(req.id);
      if (pid === undefined) throw notFound(`no such task: ${req.id}`);
      return { id: req.id, pid, status: pb.shim.v1.Status.STATUS_CREATED };
    },
    pids: () => ({ pids: [1, 2, 3] }),
    shutdown: () => ({}),
    exec: () => ({}),
    execStart: () => ({ pid: 7, exited: true, exitStatus: 0 }),
    resizePty: () => ({}),
    closeIO: () => ({}),
    pause: () => ({}),
    resume: () => ({}),
    update: () => ({}),
    stats: () => ({ cgroupVersion: 1, memoryUsage: 5_000_000_000, memoryStat: { cache: 7 } }),
  };
}

describe('serveUnix / dialUnix over a real unix socket', () => {
  let dir: string;
  let socket: string;
  let server: UnixServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-proto-'));
    socket = join(dir, 'task.sock');
    server = await serveUnix(socket, [[ShimV1TaskService, fakeTasks()]]);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips requests and responses through the generated codecs', async () => {
    const client = dialUnix(socket, ShimV1TaskService);
    try {
      expect((await client.connect({})).shimPid).toBe(process.pid);
      const { pid } = await client.create({ id: 'a', bundle: '/b', rootfs: [{ type: 'overlay', source: 'overlay', options: ['lowerdir=/x'] }] });
      expect(pid).toBe(100);
      const state = await client.state({ id: 'a' });
      expect(state).toMatchObject({ id: 'a', pid: 100, status: pb.shim.v1.Status.STATUS_CREATED });
      const waited = await client.wait({ id: 'a' });
      expect(waited.exitStatus).toBe(3);
      expect(timestampToDate(waited.exitedAt)?.toISOString()).toBe('2026-11-23T20:00:00.123Z');
      expect((await client.pids({ id: 'a' })).pids).toEqual([1, 2, 3]);
      const stats = await client.stats({ id: 'a' });
      // uint64 fields beyond 2^32 survive the round trip (as Long or number).
      expect(Number(String(stats.memoryUsage))).toBe(5_000_000_000);
    } finally {
      client.close();
    }
  });

  it('carries errdefs kinds across the wire', async () => {
    const client = dialUnix(socket, ShimV1TaskService);
    try {
      const missing = await client.state({ id: 'nope' }).catch((e: unknown) => e);
      expect(isNotFound(missing)).toBe(true);
      expect((missing as Error).message).toContain('no such task: nope');

      await client.create({ id: 'dup' });
      expect(isConflict(await client.create({ id: 'dup' }).catch((e: unknown) => e))).toBe(true);

      const plain = await client.delete({ id: 'dup' }).catch((e: unknown) => e);
      expect(isInternal(plain)).toBe(true);
      expect((plain as Error).message).toContain('disk on fire');
    } finally {
      client.close();
    }
  });

  it('reports Unavailable when nothing listens', async () => {
    const client = dialUnix(join(dir, 'nobody.sock'), ShimV1TaskService);
    try {
      expect(isUnavailable(await client.connect({}).catch((e: unknown) => e))).toBe(true);
    } finally {
      client.close();
    }
  });

  it('removes its socket when closed', async () => {
    const other = join(dir, 'other.sock');
    const s = await serveUnix(other, [[ShimV1TaskService, fakeTasks()]]);
    expect(existsSync(other)).toBe(true);
    await s.close();
    expect(existsSync(other)).toBe(false);
  });
});
