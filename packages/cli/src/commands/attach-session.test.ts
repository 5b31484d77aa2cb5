import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { encodeFrame, StreamType } from '@berth/proto';
import type { CliIO } from '../context';
import { streamAttached } from './attach-session';

/** A connected socket pair over a unix socket: the CLI's end and the "daemon's". */
async function socketPair(dir: string): Promise<{ client: Socket; daemon: Socket; server: Server }> {
  const path = join(dir, `s${Math.random().toString(16).slice(2)}.sock`);
  let daemon!: Socket;
  const server = createServer({ allowHalfOpen: true }, (s) => (daemon = s));
  await new Promise<void>((r) => server.listen(path, r));
  const client = connect(path);
  await new Promise<void>((r) => client.once('connect', r));
  while (!daemon) await new Promise((r) => setImmediate(r));
  return { client, daemon, server };
}

function fakeIo(stdinIsTty: boolean): { io: CliIO; stdin: PassThrough; out: () => string; err: () => string; rawCalls: boolean[] } {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  const rawCalls: boolean[] = [];
  if (stdinIsTty) {
    stdin.isTTY = true;
    stdin.setRawMode = (raw: boolean) => rawCalls.push(raw);
  }
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c));
  stderr.on('data', (c: Buffer) => errChunks.push(c));
  return {
    io: { stdin, stdout, stderr, env: {} },
    stdin,
    out: () => Buffer.concat(outChunks).toString('latin1'),
    err: () => Buffer.concat(errChunks).toString('latin1'),
    rawCalls,
  };
}

function received(socket: Socket): () => string {
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString('latin1');
}

const tick = () => new Promise((r) => setTimeout(r, 30));

describe('streamAttached', () => {
  let dir: string;
  const servers: Server[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'attach-session-'));
  });

  afterAll(() => {
    for (const s of servers) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a TTY detaches on the keys, forwarding only what came before them, in raw mode while attached', async () => {
    const { client, daemon, server } = await socketPair(dir);
    servers.push(server);
    const got = received(daemon);
    const { io, stdin, rawCalls } = fakeIo(true);
    const outcome = streamAttached(io, { socket: client, head: Buffer.alloc(0) }, { tty: true, withStdin: true });
    stdin.write('ab\x10');
    await tick();
    stdin.write('\x11cd');
    expect(await outcome).toBe('detached');
    await tick();
    expect(got()).toBe('ab');
    expect(rawCalls).toEqual([true, false]);
    expect(client.destroyed).toBe(true);
  });

  it('gives a broken sequence back and ends with the output; custom keys replace the default', async () => {
    const { client, daemon, server } = await socketPair(dir);
    servers.push(server);
    const got = received(daemon);
    const { io, stdin, out } = fakeIo(true);
    const outcome = streamAttached(io, { socket: client, head: Buffer.from('hel') }, { tty: true, withStdin: true, detachKeys: 'ctrl-x,x' });
    stdin.write('\x10\x11\x18');
    await tick();
    stdin.write('y');
    await tick();
    daemon.end('lo');
    expect(await outcome).toBe('ended');
    expect(got()).toBe('\x10\x11\x18y');
    expect(out()).toBe('hello');
  });

  it('without a TTY forwards every byte and splits the frames into stdout and stderr', async () => {
    const { client, daemon, server } = await socketPair(dir);
    servers.push(server);
    const got = received(daemon);
    const { io, stdin, out, err } = fakeIo(false);
    const outcome = streamAttached(io, { socket: client, head: Buffer.alloc(0) }, { tty: false, withStdin: true });
    stdin.end('\x10\x11');
    await tick();
    daemon.end(Buffer.concat([encodeFrame(StreamType.Stdout, Buffer.from('out\n')), encodeFrame(StreamType.Stderr, Buffer.from('err\n'))]));
    expect(await outcome).toBe('ended');
    expect(got()).toBe('\x10\x11');
    expect(out()).toBe('out\n');
    expect(err()).toBe('err\n');
  });
});
