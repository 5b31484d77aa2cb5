import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ContainerPathStat } from '@berth/api-types';
import { invalidArgument, notFound } from '@berth/errdefs';
import { createApiServer, listen, type ApiBackends, type Listener } from '../index';
import type { ContainerArchiveBackend } from './container-archive';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function call(socketPath: string, method: string, path: string, body?: Buffer | Readable): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

const STAT: ContainerPathStat = { name: 'hosts', size: 12, mode: 0o644, mtime: '2024-01-02T03:04:05.123456789Z', linkTarget: '' };

describe('container archive routes', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  const extracted: Array<{ ref: string; path: string; bytes: number; opts: unknown }> = [];

  const archive: ContainerArchiveBackend = {
    statPath: async (ref, path) => {
      if (path !== '/etc/hosts') throw notFound(`Could not find the file ${path} in container ${ref}`);
      return STAT;
    },
    archivePath: async () => ({ stat: STAT, content: Readable.from([Buffer.from('tar bytes')]), abort: () => undefined }),
    extractToDir: async (ref, path, content, opts) => {
      if (path === '/etc/passwd') throw invalidArgument('extraction point is not a directory');
      let bytes = 0;
      for await (const chunk of content) bytes += (chunk as Buffer).length;
      extracted.push({ ref, path, bytes, opts });
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-archive-api-'));
    sock = join(dir, 'api.sock');
    const backends = { system: {}, images: {}, containers: archive } as unknown as ApiBackends;
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });

  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('HEAD answers with the stat as base64 JSON in X-Docker-Container-Path-Stat, and no body', async () => {
    const answer = await call(sock, 'HEAD', '/v1.51/containers/web/archive?path=/etc/hosts');
    expect(answer.status).toBe(200);
    expect(JSON.parse(Buffer.from(String(answer.headers['x-docker-container-path-stat']), 'base64').toString())).toEqual(STAT);
    expect(answer.body.length).toBe(0);
    expect((await call(sock, 'HEAD', '/containers/web/archive?path=/nope')).status).toBe(404);
  });

  it('GET streams the tar with the stat header', async () => {
    const answer = await call(sock, 'GET', '/containers/web/archive?path=/etc/hosts');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/x-tar');
    expect(answer.headers['x-docker-container-path-stat']).toBe(Buffer.from(JSON.stringify(STAT)).toString('base64'));
    expect(answer.body.toString()).toBe('tar bytes');
    const missing = await call(sock, 'GET', '/containers/web/archive');
    expect([missing.status, JSON.parse(missing.body.toString()).message]).toEqual([400, 'bad parameter: pathcannot be empty']);
  });

  it('PUT extracts the body with the query options and answers 200 with no body', async () => {
    const answer = await call(sock, 'PUT', '/containers/web/archive?path=/tmp&noOverwriteDirNonDir=true&copyUIDGID=1', Buffer.alloc(10240, 1));
    expect([answer.status, answer.body.length]).toEqual([200, 0]);
    expect(extracted).toEqual([{ ref: 'web', path: '/tmp', bytes: 10240, opts: { noOverwriteDirNonDir: true, copyUIDGID: true } }]);
  });

  it('a refused PUT still reads the upload, so the client gets the error rather than a reset', async () => {
    // Streamed, as docker and berth send a tar: 64 MiB in 64 KiB chunks.
    const upload = Readable.from((function* () {
      for (let i = 0; i < 1024; i++) yield Buffer.alloc(64 * 1024, 1);
    })());
    const answer = await call(sock, 'PUT', '/containers/web/archive?path=/etc/passwd', upload);
    expect([answer.status, JSON.parse(answer.body.toString()).message]).toEqual([400, 'extraction point is not a directory']);
  });
});
