import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContainerInspect } from '@berth/api-types';
import { conflict, notFound } from '@berth/errdefs';
import { FrameDecoder } from '@berth/proto';
import { createApiServer, listen, type ApiBackends, type Listener } from './index';

function call(socketPath: string, method: string, path: string, body?: unknown): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

describe('API server', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  let releaseWait: () => void;
  let attachSink: { write(stream: 'stdout' | 'stderr', chunk: Buffer): void; end(): void } | undefined;
  const stdinSeen: Buffer[] = [];

  const backends: ApiBackends = {
    system: {
      version: () => ({ Platform: { Name: 'x' }, Components: [], Version: '0', ApiVersion: '1.51', MinAPIVersion: '1.24', GitCommit: '', GoVersion: '', Os: 'linux', Arch: 'amd64', KernelVersion: '', BuildTime: '' }),
      info: async () => ({ Containers: 0 }),
    },
    // Only load and list are exercised here; routers/images.test.ts covers the rest.
    images: { load: async () => ['busybox:latest'], list: async () => [] } as unknown as ApiBackends['images'],
    containers: {
      create: async (req, name) => {
        if (name === 'taken') throw conflict('Conflict. The container name "/taken" is already in use');
        return { Id: `id-for-${req.Image}`, Warnings: [] };
      },
      start: async (id) => {
        if (id !== 'c1') throw notFound(`No such container: ${id}`);
      },
      stop: async () => undefined,
      restart: async () => undefined,
      kill: async () => undefined,
      pause: async () => undefined,
      unpause: async () => undefined,
      remove: async () => undefined,
      wait: async (_id, _cond, registered) => {
        registered();
        await new Promise<void>((r) => (releaseWait = r));
        return { StatusCode: 3, Error: null };
      },
      list: async () => [],
      sizeOf: async () => ({ SizeRw: 0, SizeRootFs: 0 }),
      inspect: (id) => ({ Id: id, Config: { Tty: false } }) as ContainerInspect,
      logs: async function* () {
        yield { stream: 'stdout' as const, time: new Date('2026-01-01T00:00:00.123Z'), line: Buffer.from('out\n') };
        yield { stream: 'stderr' as const, time: new Date('2026-01-01T00:00:01Z'), line: Buffer.from('err\n') };
      },
      attach: (_id, _opts, sink) => {
        attachSink = sink;
        const { Writable } = require('node:stream') as typeof import('node:stream');
        return { tty: false, stdin: new Writable({ write: (c: Buffer, _e, done) => { stdinSeen.push(c); done(); } }), detach: () => undefined };
      },
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-api-'));
    sock = join(dir, 'api.sock');
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });
  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers ping with the API version headers', async () => {
    const res = await call(sock, 'GET', '/_ping');
    expect(res.status).toBe(200);
    expect(res.text).toBe('OK');
    expect(res.headers['api-version']).toBe('1.51');
    expect(res.headers['ostype']).toBe('linux');
  });

  it('serves versioned and unversioned paths and refuses versions out of range', async () => {
    expect((await call(sock, 'GET', '/v1.41/version')).status).toBe(200);
    expect(JSON.parse((await call(sock, 'GET', '/version')).text).ApiVersion).toBe('1.51');
    const tooNew = await call(sock, 'GET', '/v1.99/version');
    expect(tooNew.status).toBe(400);
    expect(JSON.parse(tooNew.text).message).toBe('client version 1.99 is too new. Maximum supported API version is 1.51');
    expect((await call(sock, 'GET', '/v1.12/version')).status).toBe(400);
  });

  it('maps typed errors to Docker statuses with a JSON message', async () => {
    const missing = await call(sock, 'POST', '/v1.51/containers/nope/start');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ message: 'No such container: nope' });
    const taken = await call(sock, 'POST', '/containers/create?name=taken', { Image: 'busybox' });
    expect(taken.status).toBe(409);
    expect((await call(sock, 'GET', '/nowhere')).status).toBe(404);
    const bad = await new Promise<number>((resolve) => {
      const req = request({ socketPath: sock, method: 'POST', path: '/containers/create' }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
      req.end('{not json');
    });
    expect(bad).toBe(400);
  });

  it('creates with 201 and starts with 204', async () => {
    const created = await call(sock, 'POST', '/containers/create', { Image: 'busybox' });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text)).toEqual({ Id: 'id-for-busybox', Warnings: [] });
    expect((await call(sock, 'POST', '/containers/c1/start')).status).toBe(204);
  });

  it('sends wait headers before the container exits', async () => {
    const headersAt = await new Promise<{ status: number; body: Promise<string> }>((resolve) => {
      const req = request({ socketPath: sock, method: 'POST', path: '/containers/c1/wait?condition=next-exit' }, (res) => {
        const chunks: Buffer[] = [];
        const body = new Promise<string>((r) => res.on('end', () => r(Buffer.concat(chunks).toString())));
        res.on('data', (c: Buffer) => chunks.push(c));
        resolve({ status: res.statusCode ?? 0, body });
      });
      req.end();
    });
    expect(headersAt.status).toBe(200);
    releaseWait();
    expect(JSON.parse(await headersAt.body)).toEqual({ StatusCode: 3, Error: null });
    expect((await call(sock, 'POST', '/containers/c1/wait?condition=bogus')).status).toBe(400);
  });

  it('hijacks attach: 101, multiplexed output frames, stdin forwarded', async () => {
    const socket = connect(sock);
    socket.write('POST /v1.51/containers/c1/attach?stream=1&stdin=1&stdout=1&stderr=1 HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n');
    const received: Buffer[] = [];
    socket.on('data', (c: Buffer) => received.push(c));
    await new Promise((r) => setTimeout(r, 100));
    const head = Buffer.concat(received).toString();
    expect(head).toMatch(/^HTTP\/1.1 101 UPGRADED\r\n/);
    expect(head).toContain('application/vnd.docker.multiplexed-stream');
    received.length = 0;
    socket.write('typed');
    attachSink!.write('stdout', Buffer.from('hello\n'));
    attachSink!.write('stderr', Buffer.from('oops\n'));
    attachSink!.end();
    await new Promise((r) => socket.on('end', r));
    const frames = new FrameDecoder().push(Buffer.concat(received));
    expect(frames.map((f) => [f.stream, f.payload.toString()])).toEqual([[1, 'hello\n'], [2, 'oops\n']]);
    expect(Buffer.concat(stdinSeen).toString()).toBe('typed');
    socket.destroy();
  });

  it('streams logs as frames with nanosecond timestamps', async () => {
    const res = await call(sock, 'GET', '/containers/c1/logs?stdout=1&stderr=1&timestamps=1');
    expect(res.headers['content-type']).toBe('application/vnd.docker.multiplexed-stream');
    const frames = new FrameDecoder().push(Buffer.from(res.text, 'latin1'));
    expect(frames.map((f) => f.payload.toString())).toEqual(['2026-01-01T00:00:00.123000000Z out\n', '2026-01-01T00:00:01.000000000Z err\n']);
    expect((await call(sock, 'GET', '/containers/c1/logs')).status).toBe(400);
  });

  it('loads images as a JSON message stream', async () => {
    const res = await call(sock, 'POST', '/images/load?quiet=1', undefined);
    expect(res.text.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ stream: 'Loaded image: busybox:latest\n' }]);
  });
});
