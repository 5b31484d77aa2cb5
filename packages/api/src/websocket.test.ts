import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { ContainerInspect } from '@berth/api-types';
import { notFound } from '@berth/errdefs';
import { createApiServer, listen, type ApiBackends, type Listener } from './index';
import { acceptKey, encodeWebSocketFrame, FrameDecoder, Opcode, WebSocketProtocolError } from './websocket';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('RFC 6455 framing', () => {
  it('derives the accept key of the RFC example', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('encodes the RFC section 5.7 examples', () => {
    expect(encodeWebSocketFrame(Opcode.Text, Buffer.from('Hello'))).toEqual(hex('81 05 48656c6c6f'));
    expect(encodeWebSocketFrame(Opcode.Text, Buffer.from('Hello'), hex('37fa213d'))).toEqual(hex('81 85 37fa213d 7f9f4d5158'));
    expect(encodeWebSocketFrame(Opcode.Pong, Buffer.from('Hello'))).toEqual(hex('8a 05 48656c6c6f'));
    expect(encodeWebSocketFrame(Opcode.Binary, Buffer.alloc(256)).subarray(0, 4)).toEqual(hex('82 7e 0100'));
    expect(encodeWebSocketFrame(Opcode.Binary, Buffer.alloc(65536)).subarray(0, 10)).toEqual(hex('82 7f 0000000000010000'));
  });

  it('decodes masked client frames split anywhere, with 7-, 16- and 64-bit lengths', () => {
    const mask = hex('01020304');
    const frames = [Buffer.from('Hello'), Buffer.alloc(300, 7), Buffer.alloc(70000, 9)].map((p) => encodeWebSocketFrame(Opcode.Binary, p, mask));
    const bytes = Buffer.concat(frames);
    const decoder = new FrameDecoder(true);
    const seen: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 997) for (const f of decoder.push(bytes.subarray(i, i + 997))) seen.push(f.payload);
    expect(seen.map((p) => p.length)).toEqual([5, 300, 70000]);
    expect(seen[0]!.toString()).toBe('Hello');
    expect(seen[1]!.every((b) => b === 7)).toBe(true);
    expect(seen[2]!.every((b) => b === 9)).toBe(true);
    // The RFC's masked "Hello" decodes to the text.
    expect(new FrameDecoder(true).push(hex('81 85 37fa213d 7f9f4d5158'))).toEqual([{ fin: true, opcode: Opcode.Text, payload: Buffer.from('Hello') }]);
  });

  it('fails what a server must refuse', () => {
    const refuse = (bytes: Buffer, requireMask = true) => () => new FrameDecoder(requireMask).push(bytes);
    expect(refuse(hex('81 05 48656c6c6f'))).toThrow('unmasked frame from a client');
    expect(new FrameDecoder(false).push(hex('81 05 48656c6c6f'))[0]!.payload.toString()).toBe('Hello');
    expect(refuse(hex('c1 80 00000000'))).toThrow('reserved bits');
    expect(refuse(hex('83 80 00000000'))).toThrow('unknown opcode 3');
    expect(refuse(hex('09 80 00000000'))).toThrow('fragmented or oversized control frame');
    expect(refuse(hex('89 fe 0080'))).toThrow('fragmented or oversized control frame');
    let tooBig: unknown;
    try {
      new FrameDecoder(true).push(hex('82 ff 0000000100000000'));
    } catch (err) {
      tooBig = err;
    }
    expect(tooBig).toBeInstanceOf(WebSocketProtocolError);
    expect((tooBig as WebSocketProtocolError).code).toBe(1009);
  });
});

/**
 * A WebSocket client written for the test from the RFC, independent of the server's codec: it
 * masks what it sends and parses the server's (unmasked, short) frames itself.
 */
class TestClient {
  private buffered = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  closed = false;
  readonly head: Promise<string>;

  private constructor(private readonly socket: Socket) {
    let resolveHead!: (h: string) => void;
    this.head = new Promise((r) => (resolveHead = r));
    let headDone = false;
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      if (!headDone) {
        const end = this.buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        headDone = true;
        const status = this.buffered.subarray(0, end).toString();
        if (!status.startsWith('HTTP/1.1 101')) {
          // A refusal: the rest of the bytes are its body.
          socket.on('end', () => resolveHead(this.buffered.toString()));
          return;
        }
        this.buffered = this.buffered.subarray(end + 4);
        resolveHead(status);
      }
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  /** Every client opened, for the suite to cut off whatever a failed test left open. */
  static readonly opened: TestClient[] = [];

  static open(sock: string, path: string, headers: Record<string, string> = {}): TestClient {
    const socket = connect(sock);
    const all = { Host: 'berth', Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version': '13', ...headers };
    const lines = Object.entries(all)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`GET ${path} HTTP/1.1\r\n${lines}\r\n`);
    const client = new TestClient(socket);
    TestClient.opened.push(client);
    return client;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  send(opcode: number, payload: Buffer | string): void {
    const data = Buffer.from(payload);
    if (data.length > 125) throw new Error('test client sends short frames only');
    const mask = Buffer.from([0xa1, 0xb2, 0xc3, 0xd4]);
    const masked = Buffer.from(data.map((b, i) => b ^ mask[i % 4]!));
    this.socket.write(Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | data.length]), mask, masked]));
  }

  /** The next frame from the server (opcode, payload), or undefined once the connection closed. */
  async frame(): Promise<{ opcode: number; payload: Buffer } | undefined> {
    for (;;) {
      const b = this.buffered;
      if (b.length >= 2) {
        if (b[1]! & 0x80) throw new Error('server frames must not be masked');
        let length = b[1]! & 0x7f;
        let offset = 2;
        if (length === 126) {
          length = b.readUInt16BE(2);
          offset = 4;
        }
        if (b.length >= offset + length) {
          this.buffered = b.subarray(offset + length);
          expect(b[0]! & 0x80).toBe(0x80);
          return { opcode: b[0]! & 0x0f, payload: Buffer.from(b.subarray(offset, offset + length)) };
        }
      }
      if (this.closed) return undefined;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  end(): void {
    this.socket.destroy();
  }
}

describe('GET /containers/{id}/attach/ws', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  let tty = false;
  let sink: { write(stream: 'stdout' | 'stderr', chunk: Buffer): void; end(): void } | undefined;
  let attachedWith: { stdin: boolean; stdout: boolean; stderr: boolean } | undefined;
  let stdin: Buffer[] = [];
  let stdinEnded = false;
  let detaches: Array<boolean | undefined> = [];

  const containers = {
    inspect: (id: string) => {
      if (id !== 'c1') throw notFound(`No such container: ${id}`);
      return { Id: id, Config: { Tty: tty } } as ContainerInspect;
    },
    logs: async function* () {
      yield { stream: 'stdout' as const, time: new Date(), line: Buffer.from('old out\n') };
      yield { stream: 'stderr' as const, time: new Date(), line: Buffer.from('old err\n') };
    },
    attach: (_id: string, opts: { stdin: boolean; stdout: boolean; stderr: boolean }, s: NonNullable<typeof sink>) => {
      sink = s;
      attachedWith = opts;
      const input = new Writable({
        write: (c: Buffer, _e, done) => {
          stdin.push(c);
          done();
        },
        final: (done) => {
          stdinEnded = true;
          done();
        },
      });
      return { tty, stdin: opts.stdin ? input : undefined, detach: (byKeys?: boolean) => void detaches.push(byKeys) };
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-ws-'));
    sock = join(dir, 'api.sock');
    const backends = {
      system: { version: () => ({}), info: async () => ({}) },
      images: {},
      containers,
    } as unknown as ApiBackends;
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });
  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    for (const client of TestClient.opened.splice(0)) client.end();
  });
  beforeEach(() => {
    tty = false;
    sink = undefined;
    attachedWith = undefined;
    stdin = [];
    stdinEnded = false;
    detaches = [];
  });

  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(check()).toBe(true);
  };

  it('upgrades, sends raw output as binary frames, forwards input, answers pings and ends with a close frame', async () => {
    const client = TestClient.open(sock, '/v1.51/containers/c1/attach/ws?stream=1&stdin=1&stdout=1&stderr=1');
    const head = await client.head;
    expect(head).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/);
    expect(head).toContain('Upgrade: websocket\r\n');
    expect(head).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    await until(() => sink !== undefined);
    expect(attachedWith).toEqual({ stdin: true, stdout: true, stderr: true });
    // Not multiplexed even without a TTY: the websocket carries the bytes as they are.
    sink!.write('stdout', Buffer.from('out\n'));
    sink!.write('stderr', Buffer.from('err\n'));
    expect(await client.frame()).toEqual({ opcode: 2, payload: Buffer.from('out\n') });
    expect(await client.frame()).toEqual({ opcode: 2, payload: Buffer.from('err\n') });
    client.send(1, 'typed\n');
    client.send(2, Buffer.from([0, 1, 2]));
    await until(() => stdin.length === 2);
    expect(Buffer.concat(stdin)).toEqual(Buffer.from('typed\n\x00\x01\x02'));
    client.send(9, 'are you there');
    expect(await client.frame()).toEqual({ opcode: 10, payload: Buffer.from('are you there') });
    // The container's output ran out: a normal close, then the connection goes.
    sink!.end();
    expect(await client.frame()).toEqual({ opcode: 8, payload: hex('03e8') });
    expect(await client.frame()).toBeUndefined();
    await until(() => detaches.length > 0);
  });

  it("ends the session on the client's close frame: echoed, input ended, detached", async () => {
    const client = TestClient.open(sock, '/containers/c1/attach/ws?stream=1&stdin=1&stdout=1');
    await client.head;
    await until(() => sink !== undefined);
    expect(attachedWith).toEqual({ stdin: true, stdout: true, stderr: false });
    client.send(8, hex('03e9'));
    expect(await client.frame()).toEqual({ opcode: 8, payload: hex('03e9') });
    expect(await client.frame()).toBeUndefined();
    await until(() => stdinEnded && detaches.length === 1);
    // Output after the close goes nowhere.
    sink!.write('stdout', Buffer.from('late'));
  });

  it('closes with 1002 on an unmasked client frame', async () => {
    const client = TestClient.open(sock, '/containers/c1/attach/ws?stream=1&stdin=1&stdout=1');
    await client.head;
    await until(() => sink !== undefined);
    (client as unknown as { socket: Socket }).socket.write(hex('81 02 6869'));
    expect(await client.frame()).toEqual({ opcode: 8, payload: hex('03ea') });
    expect(await client.frame()).toBeUndefined();
    expect(stdin).toEqual([]);
  });

  it('uses text frames and attaches every stream before API 1.28 / 1.42', async () => {
    const client = TestClient.open(sock, '/v1.27/containers/c1/attach/ws?stream=1');
    await client.head;
    await until(() => sink !== undefined);
    expect(attachedWith).toEqual({ stdin: true, stdout: true, stderr: true });
    sink!.write('stdout', Buffer.from('x'));
    expect(await client.frame()).toEqual({ opcode: 1, payload: Buffer.from('x') });
    client.end();
    await until(() => detaches.length === 1);
  });

  it('replays the log with logs=1 and, without stream=1, closes after it without attaching', async () => {
    const client = TestClient.open(sock, '/containers/c1/attach/ws?logs=1&stdout=1&stderr=1');
    await client.head;
    expect(await client.frame()).toEqual({ opcode: 2, payload: Buffer.from('old out\n') });
    expect(await client.frame()).toEqual({ opcode: 2, payload: Buffer.from('old err\n') });
    expect(await client.frame()).toEqual({ opcode: 8, payload: hex('03e8') });
    expect(await client.frame()).toBeUndefined();
    expect(sink).toBeUndefined();
  });

  it('stops at the detach keys on a TTY', async () => {
    tty = true;
    const client = TestClient.open(sock, '/containers/c1/attach/ws?stream=1&stdin=1&stdout=1&detachKeys=ctrl-x');
    await client.head;
    await until(() => sink !== undefined);
    client.send(2, 'ab\x18');
    expect(await client.frame()).toEqual({ opcode: 8, payload: hex('03e8') });
    await until(() => detaches.length === 1);
    expect(detaches).toEqual([true]);
    expect(Buffer.concat(stdin).toString()).toBe('ab');
  });

  it('refuses a bad handshake as dockerd, after looking the container up', async () => {
    const badVersion = TestClient.open(sock, '/containers/c1/attach/ws?stream=1', { 'Sec-WebSocket-Version': '8' });
    expect(await badVersion.head).toBe('HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\n\r\nmissing or bad WebSocket Version');
    const noKey = TestClient.open(sock, '/containers/c1/attach/ws?stream=1', { 'Sec-WebSocket-Key': '' });
    expect(await noKey.head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\n\r\nmismatch challenge\/response$/);
    const plain = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ socketPath: sock, path: '/containers/c1/attach/ws?stream=1' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(plain).toEqual({ status: 400, body: 'not websocket protocol' });
    const missing = TestClient.open(sock, '/containers/nope/attach/ws?stream=1');
    const answer = await missing.head;
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
    expect(answer).toContain('{"message":"No such container: nope"}');
    expect(sink).toBeUndefined();
  });
});
