import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatsResponse } from '@berth/api-types';
import { conflict, internal, invalidArgument, notFound } from '@berth/errdefs';
import { createApiServer, listen, type ApiBackends, type Listener } from '../index';
import type { ContainerStatsBackend } from './container-stats';

function get(socketPath: string, path: string, firstChunkOnly = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
        if (firstChunkOnly) {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (err) => (firstChunkOnly ? undefined : reject(err)));
    req.end();
  });
}

describe('top and stats routes', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  const calls: Array<{ id: string; stream: boolean; oneShot: boolean }> = [];
  const aborted: string[] = [];
  const sample = (n: number) => ({ name: '/web', id: 'c1', read: String(n) }) as unknown as StatsResponse;

  const backend: ContainerStatsBackend = {
    top: async (id, psArgs) => {
      if (id === 'gone') throw notFound(`No such container: ${id}`);
      if (id === 'stopped') throw conflict(`Container ${id} is not running`);
      if (psArgs === '-zzz') throw internal('ps: error: unsupported SysV option');
      return { Titles: ['PID', 'CMD'], Processes: [['1', psArgs ?? '']] };
    },
    stats: (id, opts) => {
      calls.push({ id, stream: opts.stream, oneShot: opts.oneShot });
      return (async function* () {
        if (id === 'gone') throw notFound(`No such container: ${id}`);
        if (opts.stream && opts.oneShot) throw invalidArgument('cannot have stream=true and one-shot=true');
        for (let n = 0; ; n++) {
          yield sample(n);
          if (!opts.stream) return;
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (opts.signal?.aborted) {
            aborted.push(id);
            return;
          }
        }
      })();
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-stats-api-'));
    sock = join(dir, 'api.sock');
    const backends = { system: {}, images: {}, containers: backend } as unknown as ApiBackends;
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });

  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('top passes ps_args through and maps errors to Docker statuses', async () => {
    expect(await get(sock, '/v1.51/containers/c1/top?ps_args=-o%20pid')).toEqual({ status: 200, body: '{"Titles":["PID","CMD"],"Processes":[["1","-o pid"]]}\n' });
    expect(await get(sock, '/containers/c1/top')).toMatchObject({ status: 200, body: expect.stringContaining('["1",""]') });
    expect(await get(sock, '/containers/stopped/top')).toEqual({ status: 409, body: '{"message":"Container stopped is not running"}\n' });
    expect(await get(sock, '/containers/gone/top')).toEqual({ status: 404, body: '{"message":"No such container: gone"}\n' });
    expect(await get(sock, '/containers/c1/top?ps_args=-zzz')).toEqual({ status: 500, body: '{"message":"ps: error: unsupported SysV option"}\n' });
  });

  it('stats=false sends one JSON sample; stream is the default', async () => {
    calls.length = 0;
    expect(await get(sock, '/containers/c1/stats?stream=false')).toEqual({ status: 200, body: `${JSON.stringify(sample(0))}\n` });
    expect(await get(sock, '/containers/c1/stats?stream=0&one-shot=1')).toMatchObject({ status: 200 });
    const streamed = await get(sock, '/containers/c1/stats', true);
    expect(streamed.status).toBe(200);
    expect(calls).toEqual([
      { id: 'c1', stream: false, oneShot: false },
      { id: 'c1', stream: false, oneShot: true },
      { id: 'c1', stream: true, oneShot: false },
    ]);
  });

  it('a stream stops sampling once the client goes away', async () => {
    await get(sock, '/containers/s3/stats?stream=true', true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(aborted).toContain('s3');
  });

  it('errors before the first sample are error statuses, not a cut stream', async () => {
    expect(await get(sock, '/containers/gone/stats')).toEqual({ status: 404, body: '{"message":"No such container: gone"}\n' });
    expect(await get(sock, '/containers/c1/stats?stream=1&one-shot=1')).toEqual({ status: 400, body: '{"message":"cannot have stream=true and one-shot=true"}\n' });
  });
});
