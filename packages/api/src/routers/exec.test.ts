import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ExecInspect } from '@berth/api-types';
import { conflict, notFound } from '@berth/errdefs';
import { FrameDecoder, StreamType } from '@berth/proto';
import { createApiServer, listen, type ApiBackends, type ExecBackend, type Listener } from '../index';

/** An upgrade request whose body arrives in two writes; resolves with everything after the headers. */
function upgradeExchange(socketPath: string, path: string, body: string, stdin?: string): Promise<{ head: string; stream: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      resolve({ head: all.subarray(0, split).toString(), stream: all.subarray(split + 4) });
    });
    const half = Math.floor(body.length / 2);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`);
    setTimeout(() => socket.write(body.slice(half) + (stdin ?? '')), 50);
  });
}

function call(socketPath: string, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('exec routes', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  const started: Array<{ id: string; detach: boolean }> = [];
  const resized: string[] = [];
  const stdinSeen: Buffer[] = [];

  const exec: ExecBackend = {
    execCreate: async (containerId) => {
      if (containerId !== 'c1') throw conflict(`container ${containerId} is not running`);
      return { Id: 'e'.repeat(64) };
    },
    execStart: async (id, opts, sink) => {
      if (id === 'gone') throw notFound(`No such exec instance: ${id}`);
      started.push({ id, detach: opts.detach });
      const tty = id === 'tty';
      // Output both before the takeover and after it: both must reach the client, encoded alike.
      sink.write('stdout', Buffer.from('early\n'));
      setTimeout(() => {
        sink.write('stderr', Buffer.from('late\n'));
        sink.end();
      }, 100);
      return { tty, stdin: new Writable({ write: (c: Buffer, _e, done) => { stdinSeen.push(c); done(); } }) };
    },
    execInspect: (id) => ({ ID: id, Running: false, ExitCode: 0 }) as ExecInspect,
    execResize: async (id, w, h) => {
      resized.push(`${id} ${w}x${h}`);
    },
    resize: async (id, w, h) => {
      if (id !== 'c1') throw notFound(`No such container: ${id}`);
      resized.push(`${id} ${w}x${h}`);
    },
  };
  const backends = { system: {}, images: {}, containers: {}, exec } as unknown as ApiBackends;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-api-exec-'));
    sock = join(dir, 'api.sock');
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });
  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the start body of an upgrade request off the stream and frames non-TTY output', async () => {
    const { head, stream } = await upgradeExchange(sock, '/v1.51/exec/plain/start', JSON.stringify({ Detach: false, Tty: false }), 'typed');
    expect(head).toMatch(/^HTTP\/1.1 101 UPGRADED/);
    expect(head).toContain('application/vnd.docker.multiplexed-stream');
    const frames = new FrameDecoder().push(stream);
    expect(frames.map((f) => [f.stream, f.payload.toString()])).toEqual([[StreamType.Stdout, 'early\n'], [StreamType.Stderr, 'late\n']]);
    expect(started).toContainEqual({ id: 'plain', detach: false });
    expect(Buffer.concat(stdinSeen).toString()).toBe('typed');
  });

  it('sends a TTY exec its raw bytes', async () => {
    const { head, stream } = await upgradeExchange(sock, '/v1.51/exec/tty/start', JSON.stringify({ Detach: false, Tty: true }));
    expect(head).toContain('application/vnd.docker.raw-stream');
    expect(stream.toString()).toBe('early\nlate\n');
  });

  it('answers an unknown exec with 404 before taking over the connection', async () => {
    const { head } = await upgradeExchange(sock, '/v1.51/exec/gone/start', JSON.stringify({ Detach: false }));
    expect(head).toMatch(/^HTTP\/1.1 404/);
  });

  it('validates resize sizes and passes them on', async () => {
    expect(await call(sock, 'POST', '/containers/c1/resize?h=24&w=80')).toBe(200);
    expect(await call(sock, 'POST', '/exec/e1/resize?h=30&w=100')).toBe(200);
    expect(resized).toEqual(['c1 80x24', 'e1 100x30']);
    expect(await call(sock, 'POST', '/containers/c1/resize?h=-1&w=80')).toBe(400);
    expect(await call(sock, 'POST', '/containers/c1/resize?w=80')).toBe(400);
    expect(await call(sock, 'POST', '/containers/nope/resize?h=1&w=1')).toBe(404);
  });

  it('creates execs with 201 and refuses them for a container that is not running', async () => {
    expect(await call(sock, 'POST', '/containers/c1/exec')).toBe(201);
    expect(await call(sock, 'POST', '/containers/c2/exec')).toBe(409);
  });
});
