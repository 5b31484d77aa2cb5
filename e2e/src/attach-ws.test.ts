/**
 * `GET /containers/{id}/attach/ws` against a real berthd and real containers: a WebSocket client
 * written here from RFC 6455 (masked frames out, the server's frames parsed by hand) types into a
 * running `cat` and reads the echo; a container that exits ends the session with a close frame.
 */
import { connect, type Socket } from 'node:net';
import { dockerIt, suiteDaemon, type TestDaemon } from './harness';

class WsClient {
  private buffered = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  private closed = false;
  private upgraded = false;
  readonly head: Promise<string>;

  constructor(socketPath: string, path: string) {
    this.socket = connect(socketPath);
    let resolveHead!: (h: string) => void;
    this.head = new Promise((r) => (resolveHead = r));
    this.socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      if (!this.upgraded) {
        const end = this.buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = this.buffered.subarray(0, end).toString();
        if (!head.startsWith('HTTP/1.1 101')) {
          this.socket.on('end', () => resolveHead(this.buffered.toString()));
          return;
        }
        this.upgraded = true;
        this.buffered = this.buffered.subarray(end + 4);
        resolveHead(head);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    this.socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: berth\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  }

  private readonly socket: Socket;

  send(text: string): void {
    const data = Buffer.from(text);
    const mask = Buffer.from([0x12, 0x34, 0x56, 0x78]);
    this.socket.write(Buffer.concat([Buffer.from([0x82, 0x80 | data.length]), mask, Buffer.from(data.map((b, i) => b ^ mask[i % 4]!))]));
  }

  /** Server frames until `done` says the payloads so far are enough, or the connection closed. */
  async read(done: (frames: { opcode: number; payload: Buffer }[]) => boolean, timeoutMs = 10000): Promise<{ opcode: number; payload: Buffer }[]> {
    const frames: { opcode: number; payload: Buffer }[] = [];
    const deadline = Date.now() + timeoutMs;
    while (!done(frames) && Date.now() < deadline) {
      const b = this.buffered;
      let length = b.length >= 2 ? b[1]! & 0x7f : -1;
      const offset = length === 126 ? 4 : 2;
      if (length === 126 && b.length >= 4) length = b.readUInt16BE(2);
      if (length >= 0 && b.length >= offset + length) {
        frames.push({ opcode: b[0]! & 0x0f, payload: Buffer.from(b.subarray(offset, offset + length)) });
        this.buffered = b.subarray(offset + length);
        continue;
      }
      if (this.closed) break;
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
    return frames;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }
}

const text = (frames: { opcode: number; payload: Buffer }[]) =>
  Buffer.concat(frames.filter((f) => f.opcode === 2).map((f) => f.payload)).toString();

describe('attach over a WebSocket', () => {
  let daemon: TestDaemon;

  suiteDaemon((d) => (daemon = d));

  dockerIt('types into a running cat and reads the echo, raw, in binary frames', async () => {
    expect(await daemon.docker(['run', '-d', '-i', '--network', 'none', '--name', 'wscat', 'busybox', 'cat'])).toMatchObject({ code: 0, stderr: '' });
    const ws = new WsClient(daemon.socket, '/v1.51/containers/wscat/attach/ws?stream=1&stdin=1&stdout=1&stderr=1');
    const head = await ws.head;
    expect(head).toContain('HTTP/1.1 101 Switching Protocols');
    expect(head).toContain('Sec-WebSocket-Accept: HSmrc0sMlYUkAGmm5OPpG2HaGWk=');
    ws.send('hello over ws\n');
    const echoed = await ws.read((frames) => text(frames).includes('hello over ws\n'));
    // No stdcopy header: the bytes are cat's output as it wrote them.
    expect(text(echoed)).toBe('hello over ws\n');
    ws.send('second\n');
    expect(text(await ws.read((frames) => text(frames).includes('second\n')))).toBe('second\n');
    ws.close();
    // The client went; the container keeps running with its stdin open.
    await new Promise((r) => setTimeout(r, 300));
    expect((await daemon.docker(['inspect', '-f', '{{.State.Status}}', 'wscat'])).stdout.trim()).toBe('running');
    expect((await daemon.docker(['logs', 'wscat'])).stdout).toBe('hello over ws\nsecond\n');
    expect((await daemon.docker(['rm', '-f', 'wscat'])).code).toBe(0);
  });

  dockerIt("ends with a close frame when the container exits; stderr too comes unframed", async () => {
    expect((await daemon.docker(['run', '-d', '-i', '--network', 'none', '--name', 'wsexit', 'busybox', 'sh', '-c', 'read x; echo "got $x" >&2'])).code).toBe(0);
    const ws = new WsClient(daemon.socket, '/containers/wsexit/attach/ws?stream=1&stdin=1&stdout=1&stderr=1');
    expect(await ws.head).toContain('101 Switching Protocols');
    ws.send('it\n');
    const frames = await ws.read((f) => f.some((x) => x.opcode === 8));
    expect(text(frames)).toBe('got it\n');
    expect(frames[frames.length - 1]).toEqual({ opcode: 8, payload: Buffer.from([0x03, 0xe8]) });
    await ws.read(() => ws.isClosed);
    expect(ws.isClosed).toBe(true);
    expect((await daemon.docker(['wait', 'wsexit'])).stdout.trim()).toBe('0');
    expect((await daemon.docker(['rm', 'wsexit'])).code).toBe(0);
  });

  dockerIt('answers a missing container with 404 and leaves nothing', async () => {
    const ws = new WsClient(daemon.socket, '/containers/nosuch/attach/ws?stream=1');
    const answer = await ws.head;
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
    expect(answer).toContain('{"message":"No such container: nosuch"}');
  });
});
