import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerUpdateRequest } from '@berth/api-types';
import { conflict, invalidArgument, notFound } from '@berth/errdefs';
import { Router } from '../router';
import { containerAdminRoutes, listQuery, type ContainerAdminBackend } from './container-admin';

function call(socketPath: string, method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('listQuery', () => {
  it('reads all, limit, size and both filter encodings', () => {
    expect(listQuery(new URLSearchParams('all=1&limit=3&size=true&filters={"status":{"exited":true},"name":["web"]}')))
      .toEqual({ all: true, limit: 3, size: true, filters: { status: ['exited'], name: ['web'] } });
    expect(listQuery(new URLSearchParams(''))).toEqual({ all: false, limit: undefined, size: false, filters: {} });
    expect(() => listQuery(new URLSearchParams('limit=x'))).toThrow('strconv.Atoi: parsing "x": invalid syntax');
  });
});

describe('container admin routes', () => {
  let dir: string;
  let server: Server;
  let sock: string;
  const calls: unknown[] = [];
  const backend: ContainerAdminBackend = {
    rename: async (id, name) => {
      if (id === 'ghost') throw notFound(`No such container: ${id}`);
      if (name === 'taken') throw conflict('Conflict. The container name "/taken" is already in use');
      calls.push(['rename', id, name]);
    },
    update: async (id, req: ContainerUpdateRequest) => {
      calls.push(['update', id, req]);
      return { Warnings: [] };
    },
    prune: async (filters) => {
      if (filters.colour) throw invalidArgument("invalid filter 'colour'");
      calls.push(['prune', filters]);
      return { ContainersDeleted: ['a'], SpaceReclaimed: 12 };
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-admin-'));
    sock = join(dir, 'api.sock');
    const router = new Router().add(containerAdminRoutes(backend));
    server = createServer((req, res) => void router.dispatch(req, res));
    await new Promise<void>((r) => server.listen(sock, () => r()));
  });

  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  });

  it('rename answers 204, and the backend\'s errors with their statuses', async () => {
    expect(await call(sock, 'POST', '/v1.51/containers/c1/rename?name=web2')).toEqual({ status: 204, body: '' });
    expect(calls).toContainEqual(['rename', 'c1', 'web2']);
    expect((await call(sock, 'POST', '/containers/c1/rename?name=taken')).status).toBe(409);
    expect(await call(sock, 'POST', '/containers/ghost/rename?name=x')).toEqual({ status: 404, body: '{"message":"No such container: ghost"}\n' });
  });

  it('update passes the body and answers the warnings; prune the report', async () => {
    expect(await call(sock, 'POST', '/containers/c1/update', '{"Memory":67108864,"RestartPolicy":{"Name":"always"}}')).toMatchObject({ status: 200, body: expect.stringContaining('"Warnings":[]') });
    expect(calls).toContainEqual(['update', 'c1', { Memory: 67108864, RestartPolicy: { Name: 'always' } }]);
    const pruned = await call(sock, 'POST', `/containers/prune?filters=${encodeURIComponent('{"label":{"a=b":true}}')}`);
    expect(pruned.status).toBe(200);
    expect(JSON.parse(pruned.body)).toEqual({ ContainersDeleted: ['a'], SpaceReclaimed: 12 });
    expect(calls).toContainEqual(['prune', { label: ['a=b'] }]);
    expect((await call(sock, 'POST', `/containers/prune?filters=${encodeURIComponent('{"colour":["red"]}')}`)).status).toBe(400);
  });
});
