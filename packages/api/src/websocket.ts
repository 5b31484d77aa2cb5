/**
 * The server side of RFC 6455 WebSockets, as much as `GET /containers/{id}/attach/ws` needs: the
 * opening handshake (checked and refused as dockerd's golang.org/x/net/websocket does), frames in
 * both directions, ping/pong and the closing handshake. No extensions and no subprotocols beyond
 * echoing a single offered one, as x/net.
 */
import { createHash } from 'node:crypto';
import { Duplex } from 'node:stream';
import type { ApiContext } from './router';

/** The fixed GUID the accept key is derived with (RFC 6455 section 1.3). */
const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export const Opcode = { Continuation: 0x0, Text: 0x1, Binary: 0x2, Close: 0x8, Ping: 0x9, Pong: 0xa } as const;
export type Opcode = (typeof Opcode)[keyof typeof Opcode];

/** Status codes of close frames this server sends (RFC 6455 section 7.4.1). */
export const CloseCode = { Normal: 1000, ProtocolError: 1002, TooBig: 1009 } as const;

/** Larger frames from a client are refused (1009): attach input comes in keystrokes and pastes. */
const MAX_PAYLOAD = 16 * 1024 * 1024;

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** `Sec-WebSocket-Accept` for a client's `Sec-WebSocket-Key`. */
export function acceptKey(key: string): string {
  return createHash('sha1').update(key + WEBSOCKET_GUID).digest('base64');
}

/**
 * One frame, FIN set. Servers send unmasked frames; with `mask` (4 bytes) the payload is masked
 * as a client must send it.
 */
export function encodeWebSocketFrame(opcode: Opcode, payload: Buffer, mask?: Buffer): Buffer {
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length < 0x10000 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + (mask ? 4 : 0));
  header[0] = 0x80 | opcode;
  header[1] = (mask ? 0x80 : 0) | (lengthBytes === 0 ? length : lengthBytes === 2 ? 126 : 127);
  if (lengthBytes === 2) header.writeUInt16BE(length, 2);
  else if (lengthBytes === 8) header.writeBigUInt64BE(BigInt(length), 2);
  if (!mask) return Buffer.concat([header, payload]);
  mask.copy(header, 2 + lengthBytes);
  return Buffer.concat([header, applyMask(payload, mask)]);
}

function applyMask(payload: Buffer, mask: Buffer): Buffer {
  const out = Buffer.allocUnsafe(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = payload[i]! ^ mask[i & 3]!;
  return out;
}

/** Why a peer's bytes are not a valid frame sequence, with the close code to fail it with. */
export class WebSocketProtocolError extends Error {
  constructor(
    message: string,
    readonly code: number = CloseCode.ProtocolError,
  ) {
    super(message);
  }
}

/**
 * Frames out of a byte stream, in order. `requireMask` is a server's view: RFC 6455 says a server
 * must fail a connection whose client sends an unmasked frame.
 */
export class FrameDecoder {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly requireMask: boolean) {}

  /** The frames `chunk` completes; a partial frame stays buffered. Throws on a protocol error. */
  push(chunk: Buffer): Frame[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.next();
      if (!frame) return frames;
      frames.push(frame);
    }
  }

  private next(): Frame | undefined {
    const b = this.buffered;
    if (b.length < 2) return undefined;
    const fin = (b[0]! & 0x80) !== 0;
    if (b[0]! & 0x70) throw new WebSocketProtocolError('reserved bits set without an extension');
    const opcode = b[0]! & 0x0f;
    const control = opcode >= 0x8;
    if (![Opcode.Continuation, Opcode.Text, Opcode.Binary, Opcode.Close, Opcode.Ping, Opcode.Pong].includes(opcode as Opcode)) {
      throw new WebSocketProtocolError(`unknown opcode ${opcode}`);
    }
    const masked = (b[1]! & 0x80) !== 0;
    if (this.requireMask && !masked) throw new WebSocketProtocolError('unmasked frame from a client');
    let length = b[1]! & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (b.length < 4) return undefined;
      length = b.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (b.length < 10) return undefined;
      const long = b.readBigUInt64BE(2);
      if (long > BigInt(MAX_PAYLOAD)) throw new WebSocketProtocolError('frame too large', CloseCode.TooBig);
      length = Number(long);
      offset = 10;
    }
    if (control && (length > 125 || !fin)) throw new WebSocketProtocolError('fragmented or oversized control frame');
    if (length > MAX_PAYLOAD) throw new WebSocketProtocolError('frame too large', CloseCode.TooBig);
    const maskAt = offset;
    if (masked) offset += 4;
    if (b.length < offset + length) return undefined;
    let payload = b.subarray(offset, offset + length);
    if (masked) payload = applyMask(payload, b.subarray(maskAt, maskAt + 4));
    else payload = Buffer.from(payload);
    this.buffered = b.subarray(offset + length);
    return { fin, opcode, payload };
  }
}

/**
 * A server's WebSocket over an upgraded connection, as a byte stream: each write is one data frame
 * (binary or text), the payloads of the client's data frames are what it reads, and it ends when
 * the client closes. Ending it sends a close frame (1000) and then closes the connection; pings
 * are answered on their own.
 */
export class WebSocketStream extends Duplex {
  private readonly decoder = new FrameDecoder(true);
  private closeSent = false;

  constructor(
    private readonly socket: Duplex,
    private readonly opcode: typeof Opcode.Text | typeof Opcode.Binary,
    head: Buffer = Buffer.alloc(0),
  ) {
    super({ allowHalfOpen: true });
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('end', () => {
      this.push(null);
      this.closeSocket();
    });
    socket.on('error', () => this.socketGone());
    socket.on('close', () => this.socketGone());
    if (head.length) this.receive(head);
  }

  private receive(chunk: Buffer): void {
    if (this.destroyed) return;
    let frames: Frame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      const code = err instanceof WebSocketProtocolError ? err.code : CloseCode.ProtocolError;
      this.sendClose(code);
      this.push(null);
      this.closeSocket();
      return;
    }
    for (const frame of frames) {
      switch (frame.opcode) {
        case Opcode.Ping:
          if (!this.closeSent) this.socket.write(encodeWebSocketFrame(Opcode.Pong, frame.payload));
          break;
        case Opcode.Pong:
          break;
        case Opcode.Close:
          // The closing handshake: echo the status, then nothing more either way.
          this.sendClose(frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : CloseCode.Normal);
          this.push(null);
          this.closeSocket();
          return;
        default:
          if (frame.payload.length) this.push(frame.payload);
      }
    }
  }

  /** A connection that went away is the end of the input too; readers see 'end', then 'close'. */
  private socketGone(): void {
    if (this.destroyed) return;
    this.push(null);
    setImmediate(() => this.destroy());
  }

  private sendClose(code: number): void {
    if (this.closeSent) return;
    this.closeSent = true;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(encodeWebSocketFrame(Opcode.Close, payload));
  }

  private closeSocket(): void {
    if (!this.socket.destroyed) this.socket.end();
  }

  override _read(): void {
    // Input is pushed as frames arrive; back-pressure is the client's TCP window.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    if (this.closeSent || this.socket.destroyed) {
      done();
      return;
    }
    this.socket.write(encodeWebSocketFrame(this.opcode, chunk), () => done());
  }

  override _final(done: (err?: Error | null) => void): void {
    this.sendClose(CloseCode.Normal);
    this.closeSocket();
    done();
  }

  override _destroy(err: Error | null, done: (err: Error | null) => void): void {
    this.socket.destroy();
    done(err);
  }
}

/**
 * Why `ctx`'s request is no WebSocket opening handshake, in x/net/websocket's words and order
 * (dockerd's server); undefined when it is one.
 */
export function webSocketRefusal(ctx: ApiContext): string | undefined {
  const header = (name: string) => String(ctx.req.raw.headers[name] ?? '');
  if (!ctx.upgrade || header('upgrade').toLowerCase() !== 'websocket' || !header('connection').toLowerCase().includes('upgrade')) return 'not websocket protocol';
  if (!header('sec-websocket-key')) return 'mismatch challenge/response';
  if (header('sec-websocket-version') !== '13') return BAD_VERSION;
  return undefined;
}

const BAD_VERSION = 'missing or bad WebSocket Version';

/** Answers a refused handshake as x/net/websocket does: 400 and the reason as plain text. */
export function refuseWebSocket(ctx: ApiContext, reason: string): void {
  const versionHint = reason === BAD_VERSION ? 'Sec-WebSocket-Version: 13\r\n' : '';
  if (ctx.upgrade) {
    ctx.upgrade.socket.end(`HTTP/1.1 400 Bad Request\r\n${versionHint}Connection: close\r\n\r\n${reason}`);
    return;
  }
  ctx.res.writeHead(400, versionHint ? { 'Sec-WebSocket-Version': '13' } : {});
  ctx.res.end(reason);
}

/**
 * Completes the opening handshake of an upgrade request that `webSocketRefusal` passed and returns
 * the connection as a WebSocket whose writes are `opcode` frames.
 */
export function acceptWebSocket(ctx: ApiContext, opcode: typeof Opcode.Text | typeof Opcode.Binary): WebSocketStream {
  if (!ctx.upgrade) throw new Error('acceptWebSocket: not an upgrade request');
  const { socket, head } = ctx.upgrade;
  const headers = ctx.req.raw.headers;
  const protocols = String(headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // x/net agrees to a subprotocol only when exactly one is offered.
  const protocol = protocols.length === 1 ? `Sec-WebSocket-Protocol: ${protocols[0]}\r\n` : '';
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(String(headers['sec-websocket-key']))}\r\n${protocol}\r\n`);
  return new WebSocketStream(socket, opcode, head);
}
