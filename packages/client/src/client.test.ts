import * as fs from 'node:fs';
import * as http from 'node:http';
import type * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { isConflict, isInternal, isInvalidArgument, isNotFound, isUnavailable } from '@berth/errdefs';
import { StreamType, encodeFrame } from '@berth/proto';
import { Client, attachedOutput, isDaemonError, parseHost, resolveHost } from './index';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;
type UpgradeHandler = (req: http.IncomingMessage, socket: net.Socket) => void;

/** A stand-in daemon on a unix socket in a fresh temp dir; records every request it sees. */
class FakeDaemon {
  readonly seen: { method: string; url: string; body: Buffer }[] = [];
  apiVersion: string | undefined = '1.45';
  handler: Handler = (_req, res) => res.writeHead(404).end('{"message":"page not found"}');
  upgrade: UpgradeHandler = (_req, socket) => socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
  private server!: http.Server;
  private dir!: string;
  socketPath!: string;

  async start(): Promise<void> {
    this.dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-client-'));
    this.socketPath = path.join(this.dir, 'api.sock');
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        this.seen.push({ method: req.method ?? '', url: req.url ?? '', body });
        if (req.url === '/_ping') {
          if (this.apiVersion) res.setHeader('Api-Version', this.apiVersion);
          res.setHeader('OSType', 'linux');
          return res.end('OK');
        }
        this.handler(req, res, body);
      });
    });
    this.server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => {
      this.seen.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.alloc(0) });
      this.upgrade(req, socket);
    });
    await new Promise<void>((resolve) => this.server.listen(this.socketPath, resolve));
  }

  get host(): string {
    return `unix://${this.socketPath}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}

let daemon: FakeDaemon;
beforeEach(async () => {
  daemon = new FakeDaemon();
  await daemon.start();
});
afterEach(() => daemon.stop());

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

describe('hosts', () => {
  test.each([
    ['unix:///run/berth/berth.sock', { kind: 'unix', socketPath: '/run/berth/berth.sock' }],
    ['/tmp/x.sock', { kind: 'unix', socketPath: '/tmp/x.sock' }],
    ['tcp://127.0.0.1:2375', { kind: 'tcp', host: '127.0.0.1', port: 2375 }],
    ['tcp://localhost', { kind: 'tcp', host: 'localhost', port: 2375 }],
    ['tcp://[::1]:4243', { kind: 'tcp', host: '::1', port: 4243 }],
  ])('%s', (host, endpoint) => expect(parseHost(host)).toEqual(endpoint));

  test.each(['unix://relative.sock', 'ssh://me@box', 'tcp://h:99999', 'nonsense'])('rejects %s', (host) => {
    let caught: unknown;
    try {
      parseHost(host);
    } catch (err) {
      caught = err;
    }
    expect(isInvalidArgument(caught)).toBe(true);
    expect((caught as Error).message).toBe(`unable to parse docker host \`${host}\``);
  });

  test('-H wins over BERTH_HOST over DOCKER_HOST over the default', () => {
    expect(resolveHost('tcp://a:1', { BERTH_HOST: 'tcp://b:1', DOCKER_HOST: 'tcp://c:1' })).toBe('tcp://a:1');
    expect(resolveHost(undefined, { BERTH_HOST: 'tcp://b:1', DOCKER_HOST: 'tcp://c:1' })).toBe('tcp://b:1');
    expect(resolveHost(undefined, { DOCKER_HOST: 'tcp://c:1' })).toBe('tcp://c:1');
    expect(resolveHost(undefined, {})).toBe('unix:///run/berth/berth.sock');
  });
});

describe('version negotiation', () => {
  beforeEach(() => {
    daemon.handler = (_req, res) => json(res, 200, { Version: 'x', ApiVersion: '1.45', Os: 'linux', Arch: 'amd64' });
  });

  test('uses the server version when older than ours, pinging once', async () => {
    const client = new Client({ host: daemon.host });
    await client.version();
    await client.info();
    expect(daemon.seen.map((r) => r.url)).toEqual(['/_ping', '/v1.45/version', '/v1.45/info']);
  });

  test('caps a newer server at 1.51', async () => {
    daemon.apiVersion = '1.60';
    await new Client({ host: daemon.host }).version();
    expect(daemon.seen[1].url).toBe('/v1.51/version');
  });

  test('assumes 1.24 when the server sends no Api-Version', async () => {
    daemon.apiVersion = undefined;
    await new Client({ host: daemon.host }).version();
    expect(daemon.seen[1].url).toBe('/v1.24/version');
  });

  test('a pinned version skips the ping', async () => {
    await new Client({ host: daemon.host, apiVersion: '1.41' }).version();
    expect(daemon.seen.map((r) => r.url)).toEqual(['/v1.41/version']);
  });
});

describe('errors', () => {
  test.each([
    [404, isNotFound, 'No such container: x'],
    [409, isConflict, 'container is running: stop it first'],
    [500, isInternal, 'boom'],
  ])('status %d becomes its errdefs kind with the message exactly', async (status, isKind, message) => {
    daemon.handler = (_req, res) => json(res, status, { message });
    const err = await new Client({ host: daemon.host }).inspectContainer('x').catch((e: unknown) => e);
    expect(isKind(err)).toBe(true);
    expect(isDaemonError(err)).toBe(true);
    expect((err as Error).message).toBe(message);
  });

  test('a plain-text error body is kept as the message', async () => {
    daemon.handler = (_req, res) => res.writeHead(400).end('bad things\n');
    const err = await new Client({ host: daemon.host }).info().catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('bad things');
  });

  test('no daemon listening is Unavailable, naming the host', async () => {
    const host = `unix://${path.join(os.tmpdir(), `berth-absent-${process.pid}.sock`)}`;
    const err = await new Client({ host }).version().catch((e: unknown) => e);
    expect(isUnavailable(err)).toBe(true);
    expect(isDaemonError(err)).toBe(false);
    expect((err as Error).message).toBe(`Cannot connect to the berth daemon at ${host}. Is the berth daemon running?`);
  });

  test('304 from start is success', async () => {
    daemon.handler = (_req, res) => res.writeHead(304).end();
    await expect(new Client({ host: daemon.host }).startContainer('c1')).resolves.toBeUndefined();
  });
});

describe('requests', () => {
  test('create sends the body as JSON and the name in the query', async () => {
    daemon.handler = (_req, res) => json(res, 201, { Id: 'abc', Warnings: [] });
    const created = await new Client({ host: daemon.host }).createContainer(
      { Image: 'busybox', Cmd: ['echo', 'hi'], HostConfig: { AutoRemove: true } },
      { name: 'web' },
    );
    expect(created).toEqual({ Id: 'abc', Warnings: [] });
    const sent = daemon.seen[1];
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/v1.45/containers/create?name=web');
    expect(JSON.parse(sent.body.toString())).toEqual({ Image: 'busybox', Cmd: ['echo', 'hi'], HostConfig: { AutoRemove: true } });
  });

  test('list encodes flags and filters as Docker does', async () => {
    daemon.handler = (_req, res) => json(res, 200, []);
    await new Client({ host: daemon.host }).listContainers({ all: true, limit: 3, filters: { status: ['exited'] } });
    const url = new URL(daemon.seen[1].url, 'http://x');
    expect(url.pathname).toBe('/v1.45/containers/json');
    expect(url.searchParams.get('all')).toBe('1');
    expect(url.searchParams.get('limit')).toBe('3');
    expect(JSON.parse(url.searchParams.get('filters') ?? '')).toEqual({ status: { exited: true } });
  });

  test('remove sends force and v', async () => {
    daemon.handler = (_req, res) => res.writeHead(204).end();
    await new Client({ host: daemon.host }).removeContainer('web', { force: true, v: true });
    expect(daemon.seen[1]).toMatchObject({ method: 'DELETE', url: '/v1.45/containers/web?force=1&v=1' });
  });

  test('startWaiting resolves on headers, before the container exits', async () => {
    let finish: (() => void) | undefined;
    daemon.handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.flushHeaders();
      finish = () => res.end(JSON.stringify({ StatusCode: 3, Error: null }));
    };
    const pending = await new Client({ host: daemon.host }).startWaiting('c1', { condition: 'next-exit' });
    expect(daemon.seen[1].url).toBe('/v1.45/containers/c1/wait?condition=next-exit');
    expect(finish).toBeDefined();
    finish?.();
    await expect(pending.result).resolves.toEqual({ StatusCode: 3, Error: null });
  });
});

describe('streams', () => {
  test('logs are demultiplexed across arbitrary chunking', async () => {
    const bytes = Buffer.concat([
      encodeFrame(StreamType.Stdout, Buffer.from('out 1\n')),
      encodeFrame(StreamType.Stderr, Buffer.from('err 1\n')),
    ]);
    daemon.handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/vnd.docker.multiplexed-stream' });
      res.write(bytes.subarray(0, 5));
      setTimeout(() => res.end(bytes.subarray(5)), 10);
    };
    const frames = [];
    for await (const frame of await new Client({ host: daemon.host }).containerLogs('c1', { stdout: true, stderr: true, tail: 10 })) {
      frames.push({ stream: frame.stream, text: frame.payload.toString() });
    }
    expect(frames).toEqual([
      { stream: StreamType.Stdout, text: 'out 1\n' },
      { stream: StreamType.Stderr, text: 'err 1\n' },
    ]);
    expect(daemon.seen[1].url).toBe('/v1.45/containers/c1/logs?stdout=1&stderr=1&tail=10');
  });

  test('logs cut inside a frame fail as data loss', async () => {
    daemon.handler = (_req, res) => res.writeHead(200).end(encodeFrame(StreamType.Stdout, Buffer.from('hello')).subarray(0, 10));
    const logs = await new Client({ host: daemon.host }).containerLogs('c1', { stdout: true });
    const read = async () => {
      for await (const frame of logs) void frame;
    };
    await expect(read()).rejects.toThrow('output stream ended inside a frame');
  });

  test('load uploads the archive and collects messages', async () => {
    daemon.handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"stream":"Loaded image: busybox:latest\\n"}\r\n');
    };
    const messages = [];
    for await (const m of await new Client({ host: daemon.host }).loadImage(Readable.from([Buffer.from('tar-bytes')]), { quiet: true })) {
      messages.push(m);
    }
    expect(messages).toEqual([{ stream: 'Loaded image: busybox:latest\n' }]);
    expect(daemon.seen[1]).toMatchObject({ method: 'POST', url: '/v1.45/images/load?quiet=1' });
    expect(daemon.seen[1].body.toString()).toBe('tar-bytes');
  });

  test('a JSON-message stream that reports an error throws it after the good messages', async () => {
    daemon.handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"stream":"step one\\n"}\n{"errorDetail":{"message":"unexpected EOF"},');
      res.end('"error":"unexpected EOF"}\n');
    };
    const seen: string[] = [];
    const run = async () => {
      for await (const m of await new Client({ host: daemon.host }).loadImage(Buffer.from('x'))) seen.push(m.stream ?? '');
    };
    await expect(run()).rejects.toThrow('unexpected EOF');
    expect(seen).toEqual(['step one\n']);
  });
});

describe('attach (hijack)', () => {
  const upgraded = 'HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n';

  test('bytes sent with the 101 headers are handed back as head, stdin flows to the daemon', async () => {
    daemon.upgrade = (req, socket) => {
      expect(req.headers.upgrade).toBe('tcp');
      // Headers and the first frame in one write, so the client reads past the headers.
      socket.write(Buffer.concat([Buffer.from(upgraded), encodeFrame(StreamType.Stdout, Buffer.from('early\n'))]));
      socket.on('data', (chunk: Buffer) => socket.write(encodeFrame(StreamType.Stderr, chunk)));
      socket.on('end', () => socket.end());
    };
    const client = new Client({ host: daemon.host });
    const conn = await client.attachContainer('c1', { stream: true, stdin: true, stdout: true, stderr: true });
    expect(conn.head.length).toBeGreaterThan(0);
    expect(conn.contentType).toBe('application/vnd.docker.multiplexed-stream');
    expect(daemon.seen[1].url).toBe('/v1.45/containers/c1/attach?stream=1&stdin=1&stdout=1&stderr=1');
    conn.socket.end('typed\n');
    const frames = [];
    for await (const frame of attachedOutput(conn, false)) frames.push([frame.stream, frame.payload.toString()]);
    expect(frames).toEqual([
      [StreamType.Stdout, 'early\n'],
      [StreamType.Stderr, 'typed\n'],
    ]);
  });

  test('a 200 raw-stream answer is accepted too (TTY output is unframed)', async () => {
    daemon.upgrade = (_req, socket) => {
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nplain tty bytes');
    };
    const conn = await new Client({ host: daemon.host }).attachContainer('c1', { stream: true, stdout: true });
    let text = '';
    for await (const frame of attachedOutput(conn, true)) text += frame.payload.toString();
    expect(text).toBe('plain tty bytes');
  });

  test('a refused attach throws the daemon error', async () => {
    const body = JSON.stringify({ message: 'No such container: nope' });
    daemon.upgrade = (_req, socket) => {
      socket.end(`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    };
    const err = await new Client({ host: daemon.host }).attachContainer('nope', { stream: true }).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect((err as Error).message).toBe('No such container: nope');
  });
});
