import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invalidArgument, notFound } from '@berth/errdefs';
import { Router } from '../router';
import { imageRoutes, parseFilterArgs, type ContainerFilesystemBackend, type ImageBackend } from './images';
import { systemDfRoutes, type DiskUsageBackend } from './system-df';

interface Reply {
  status: number;
  type: string | undefined;
  text: string;
}

function call(socketPath: string, method: string, path: string, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString();
}

describe('image routes', () => {
  let dir: string;
  let sock: string;
  let server: Server;
  const calls: unknown[][] = [];
  const backend: ImageBackend & ContainerFilesystemBackend & DiskUsageBackend = {
    load: async (archive, opts) => {
      const text = await readAll(archive);
      if (text === 'bad') throw invalidArgument('invalid archive: not a tar');
      opts?.onProgress?.('Loading layer 0123456789ab');
      opts?.onProgress?.('Loaded image: busybox:latest');
      return ['busybox:latest'];
    },
    list: async (opts) => {
      calls.push(['list', opts]);
      return [];
    },
    inspect: async (name) => {
      if (name === 'nosuch') throw notFound(`No such image: ${name}`);
      return { Id: `id-of-${name}` } as never;
    },
    history: async () => [],
    tag: async (...args) => void calls.push(['tag', ...args]),
    remove: async (name, opts) => [{ Untagged: name }, ...(opts.force ? [{ Deleted: 'sha256:x' }] : [])],
    prune: async (filters) => ({ ImagesDeleted: null, SpaceReclaimed: Object.keys(filters).length }),
    save: async (names, out) => {
      if (names.includes('nosuch')) throw notFound('No such image: nosuch');
      out.end(`tar of ${names.join('+')}`);
    },
    importImage: async (source, opts) => {
      calls.push(['import', await readAll(source), opts]);
      return 'sha256:imported';
    },
    exportContainer: async (ref, out) => void out.end(`fs of ${ref}`),
    commit: async (opts) => {
      calls.push(['commit', opts]);
      return 'sha256:committed';
    },
    changes: async () => [{ Path: '/a', Kind: 1 }],
    diskUsage: async () => ({ LayersSize: 5, Images: [], Containers: [], Volumes: [], BuildCache: [] }),
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-api-images-'));
    sock = join(dir, 'api.sock');
    const router = new Router().add(imageRoutes(backend)).add(systemDfRoutes(backend));
    server = createServer((req, res) => void router.dispatch(req, res));
    await new Promise<void>((resolve) => server.listen(sock, resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => calls.splice(0));

  test('filters in both wire forms; bad ones are 400', () => {
    expect(parseFilterArgs(new URLSearchParams({ filters: '{"dangling":{"true":true},"label":["a=b"]}' }))).toEqual({ dangling: ['true'], label: ['a=b'] });
    expect(() => parseFilterArgs(new URLSearchParams({ filters: '{nope' }))).toThrow('invalid filter');
  });

  test('list passes all, filters and shared-size', async () => {
    const filters = encodeURIComponent('{"reference":{"busybox":true}}');
    const res = await call(sock, 'GET', `/v1.51/images/json?all=1&shared-size=1&filters=${filters}`);
    expect(res).toMatchObject({ status: 200, text: '[]\n' });
    expect(calls).toEqual([['list', { all: true, filters: { reference: ['busybox'] }, sharedSize: true }]]);
  });

  test('names with slashes, tag (201), remove and prune', async () => {
    expect(JSON.parse((await call(sock, 'GET', '/images/localhost:5000/ns/app:v1/json')).text)).toEqual({ Id: 'id-of-localhost:5000/ns/app:v1' });
    expect((await call(sock, 'GET', '/images/nosuch/json')).status).toBe(404);
    expect((await call(sock, 'POST', '/images/busybox/tag?repo=user/app&tag=v2')).status).toBe(201);
    expect(calls).toEqual([['tag', 'busybox', 'user/app', 'v2']]);
    expect(JSON.parse((await call(sock, 'DELETE', '/images/a/b?force=1')).text)).toEqual([{ Untagged: 'a/b' }, { Deleted: 'sha256:x' }]);
    expect(JSON.parse((await call(sock, 'POST', '/images/prune?filters=%7B%22dangling%22%3A%7B%22false%22%3Atrue%7D%7D')).text)).toEqual({ ImagesDeleted: null, SpaceReclaimed: 1 });
  });

  test('save streams a tar; an unknown image is a 404 before any byte', async () => {
    const ok = await call(sock, 'GET', '/images/get?names=a&names=b');
    expect(ok).toEqual({ status: 200, type: 'application/x-tar', text: 'tar of a+b' });
    expect(await call(sock, 'GET', '/images/x/y/get')).toMatchObject({ status: 200, text: 'tar of x/y' });
    const missing = await call(sock, 'GET', '/images/get?names=nosuch');
    expect(missing).toMatchObject({ status: 404, text: '{"message":"No such image: nosuch"}\n' });
  });

  test('load: quiet answers at the end (errors as statuses); progress streams layer messages and in-stream errors', async () => {
    expect(await call(sock, 'POST', '/images/load?quiet=1', 'tar')).toMatchObject({ status: 200, text: '{"stream":"Loaded image: busybox:latest\\n"}\n' });
    expect((await call(sock, 'POST', '/images/load?quiet=1', 'bad')).status).toBe(400);
    const progress = await call(sock, 'POST', '/images/load', 'tar');
    expect(progress.text.trim().split('\n').map((l) => JSON.parse(l) as object)).toEqual([
      { status: 'Loading layer', id: '0123456789ab', progressDetail: {} },
      { stream: 'Loaded image: busybox:latest\n' },
    ]);
    const failed = await call(sock, 'POST', '/images/load', 'bad');
    expect(failed.status).toBe(200);
    expect(JSON.parse(failed.text)).toEqual({ errorDetail: { message: 'invalid archive: not a tar', code: 400 }, error: 'invalid archive: not a tar' });
  });

  test('import from the body with repeated changes; pulls are refused', async () => {
    const res = await call(sock, 'POST', '/images/create?fromSrc=-&repo=imp&tag=v1&message=m&changes=CMD%20sh&changes=ENV%20A%3Db', 'layer');
    expect(res).toMatchObject({ status: 200, text: '{"status":"sha256:imported"}\n' });
    expect(calls).toEqual([['import', 'layer', { repo: 'imp', tag: 'v1', message: 'm', changes: ['CMD sh', 'ENV A=b'] }]]);
    expect((await call(sock, 'POST', '/images/create?fromImage=busybox&tag=latest')).text).toContain('no registry client');
    expect((await call(sock, 'POST', '/images/create?fromSrc=http://example.org/x.tar')).status).toBe(400);
  });

  test('export, changes, commit (201) and system df by type', async () => {
    expect(await call(sock, 'GET', '/containers/c1/export')).toMatchObject({ status: 200, type: 'application/x-tar', text: 'fs of c1' });
    expect(JSON.parse((await call(sock, 'GET', '/containers/c1/changes')).text)).toEqual([{ Path: '/a', Kind: 1 }]);
    const commit = await call(sock, 'POST', '/commit?container=c1&repo=r&comment=hi&pause=0&changes=CMD%20x', '{"Cmd":["sh"]}');
    expect(commit).toMatchObject({ status: 201, text: '{"Id":"sha256:committed"}\n' });
    expect(calls).toEqual([['commit', { container: 'c1', repo: 'r', tag: undefined, comment: 'hi', author: undefined, changes: ['CMD x'], config: { Cmd: ['sh'] }, pause: false }]]);
    expect((await call(sock, 'POST', '/commit')).status).toBe(400);
    expect(JSON.parse((await call(sock, 'GET', '/system/df?type=image')).text)).toEqual({ Images: [], LayersSize: 5 });
    expect((await call(sock, 'GET', '/system/df?type=bogus')).status).toBe(400);
  });
});
