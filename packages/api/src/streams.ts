import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { encodeFrame, StreamType } from '@berth/proto';
import { compareVersions, type ApiContext } from './router';

export type OutputStreamName = 'stdout' | 'stderr';

/** Content type of attach/logs streams: multiplexed (framed) for non-TTY at API >= 1.42. */
export function streamContentType(tty: boolean, version: string): string {
  return !tty && compareVersions(version, '1.42') >= 0 ? 'application/vnd.docker.multiplexed-stream' : 'application/vnd.docker.raw-stream';
}

/** Output bytes as the client expects them: raw for a TTY, stdcopy frames otherwise. */
export function encodeOutput(tty: boolean, stream: OutputStreamName, chunk: Buffer): Buffer {
  return tty ? chunk : encodeFrame(stream === 'stdout' ? StreamType.Stdout : StreamType.Stderr, chunk);
}

/**
 * Take over the connection for a bidirectional stream: answer `101 UPGRADED` when the client asked
 * to upgrade (the docker CLI does), otherwise a plain 200 whose body is the raw stream.
 */
export function hijack(ctx: ApiContext, contentType: string): Duplex {
  if (ctx.upgrade) {
    const { socket, head } = ctx.upgrade;
    socket.write(`HTTP/1.1 101 UPGRADED\r\nContent-Type: ${contentType}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`);
    if (head.length) socket.unshift(head);
    return socket;
  }
  const res: ServerResponse = ctx.res;
  const socket = res.socket as Duplex;
  socket.write(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nConnection: close\r\n\r\n`);
  // The socket is ours now; keep the http machinery from writing a response of its own.
  res.detachSocket(socket as never);
  return socket;
}

/** Start a streamed response body (logs, events): headers now, chunks as they come. */
export function startStream(res: ServerResponse, contentType: string): void {
  res.writeHead(200, { 'Content-Type': contentType });
  res.flushHeaders();
}
