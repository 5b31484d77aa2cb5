/**
 * HTTP to the daemon over a unix socket or TCP: plain requests, and the hijacked connections that
 * attach and exec turn into raw byte streams.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { Readable } from 'node:stream';
import { internal, permissionDenied, unavailable } from '@berth/errdefs';
import { daemonErrorFromBody } from './errors';
import { type Endpoint, parseHost } from './host';
import type { TlsOptions } from './tls';

export type QueryValue = string | number | boolean | undefined;

export interface RequestOptions {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  /** Path with any version prefix, without the query string. */
  path: string;
  /** `true` is sent as `1`; `false` and `undefined` are left out, as the Docker client does. */
  query?: Record<string, QueryValue>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as is (a stream is sent chunked) with `contentType`. */
  body?: Buffer | Readable;
  contentType?: string;
}

/** A connection the daemon gave up HTTP on: raw bytes both ways from here on. */
export interface HijackedConnection {
  socket: net.Socket;
  /** Bytes the daemon sent after its response headers, read before the hand-over. */
  head: Buffer;
  /** `application/vnd.docker.multiplexed-stream` (stdcopy frames) or `...raw-stream` (TTY). */
  contentType?: string;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const USER_AGENT = 'berth-client/0.1.0';

export class HttpTransport {
  readonly endpoint: Endpoint;

  /**
   * `host` in Docker syntax; it is also what connection errors name. `tls` applies to `tcp://`
   * hosts (a unix socket is guarded by its file mode).
   */
  constructor(
    readonly host: string,
    private readonly tls?: TlsOptions,
  ) {
    this.endpoint = parseHost(host);
  }

  /** TLS settings for this endpoint, as node's tls options. */
  private tlsOptions(): tls.ConnectionOptions | undefined {
    if (!this.tls || this.endpoint.kind !== 'tcp') return undefined;
    return { ca: this.tls.ca, cert: this.tls.cert, key: this.tls.key, rejectUnauthorized: this.tls.verify };
  }

  /**
   * Send a request and resolve once response headers arrive. A non-2xx status is read to the end
   * and thrown as a DaemonError; the caller owns (and must consume) a successful response's body.
   */
  request(options: RequestOptions): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { 'User-Agent': USER_AGENT };
      let payload: Buffer | Readable | undefined = options.body;
      if (options.json !== undefined) {
        payload = Buffer.from(JSON.stringify(options.json));
        headers['Content-Type'] = 'application/json';
      } else if (options.contentType) {
        headers['Content-Type'] = options.contentType;
      }
      if (Buffer.isBuffer(payload)) headers['Content-Length'] = payload.length;
      const secure = this.tlsOptions();
      const req = (secure ? https : http).request({
        ...this.target(),
        ...secure,
        method: options.method,
        path: options.path + buildQuery(options.query),
        headers,
        agent: false,
      });
      req.on('error', (err) => reject(this.connectionError(err)));
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        // 304: the object is already in the asked-for state (start a running container, stop a stopped one).
        if ((status >= 200 && status < 300) || status === 304) return resolve(res);
        readAll(res).then(
          (body) => reject(daemonErrorFromBody(status, body)),
          (err: unknown) => reject(err),
        );
      });
      if (payload instanceof Readable) {
        payload.on('error', (err) => req.destroy(err));
        payload.pipe(req);
      } else {
        req.end(payload);
      }
    });
  }

  /**
   * Send a request asking to upgrade the connection (`Upgrade: tcp`) and hand back the socket once
   * the daemon answers `101 Switching Protocols` or `200` with a raw stream. Any other status is
   * read as an error body and thrown as a DaemonError.
   */
  hijack(options: Pick<RequestOptions, 'method' | 'path' | 'query' | 'json'>): Promise<HijackedConnection> {
    return new Promise((resolve, reject) => {
      const secure = this.tlsOptions();
      const socket =
        this.endpoint.kind === 'unix'
          ? net.connect(this.endpoint.socketPath)
          : secure
            ? tls.connect({ ...secure, host: this.endpoint.host, port: this.endpoint.port, servername: net.isIP(this.endpoint.host) ? undefined : this.endpoint.host })
            : net.connect(this.endpoint.port, this.endpoint.host);
      let received = Buffer.alloc(0);
      let settled = false;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        reject(err);
      };
      socket.on('error', (err) => fail(this.connectionError(err)));
      // Over TLS the request waits for the handshake: a refused certificate fails before it is sent.
      socket.on(secure ? 'secureConnect' : 'connect', () => {
        const host = this.endpoint.kind === 'tcp' ? `${this.endpoint.host}:${this.endpoint.port}` : 'berth';
        // Exec start carries its options as a JSON body ahead of the upgraded stream.
        const body = options.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(options.json));
        const type = options.json === undefined ? 'text/plain' : 'application/json';
        socket.write(
          `${options.method} ${options.path}${buildQuery(options.query)} HTTP/1.1\r\n` +
            `Host: ${host}\r\nUser-Agent: ${USER_AGENT}\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n` +
            'Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n',
        );
        if (body.length) socket.write(body);
      });
      const onData = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) {
          if (received.length > 64 * 1024) fail(internal('hijack: response headers too large'));
          return;
        }
        socket.off('data', onData);
        socket.off('end', onEnd);
        const response = parseResponseHead(received.subarray(0, end).toString('latin1'));
        const rest = received.subarray(end + 4);
        if (!response) return fail(internal('hijack: malformed response from the daemon'));
        if (response.status === 101 || response.status === 200) {
          settled = true;
          // The error listener above stays (a no-op now) so a reset after the hand-over cannot
          // crash a caller that reads through async iteration, which sees the error itself.
          socket.pause();
          resolve({ socket, head: rest, contentType: response.headers['content-type'] });
          return;
        }
        readErrorBody(socket, response.headers, rest).then(
          (body) => fail(daemonErrorFromBody(response.status, body)),
          fail,
        );
      };
      const onEnd = () => fail(internal('hijack: the daemon closed the connection before answering'));
      socket.on('data', onData);
      socket.on('end', onEnd);
    });
  }

  private target(): http.RequestOptions {
    return this.endpoint.kind === 'unix'
      ? { socketPath: this.endpoint.socketPath }
      : { host: this.endpoint.host, port: this.endpoint.port };
  }

  private connectionError(err: Error & { code?: string }): Error {
    if (err.code === 'EACCES' || err.code === 'EPERM') {
      return permissionDenied(`permission denied while trying to connect to the berth daemon socket at ${this.host}`, {
        cause: err,
      });
    }
    if (['ECONNREFUSED', 'ENOENT', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTDIR'].includes(err.code ?? '')) {
      return unavailable(`Cannot connect to the berth daemon at ${this.host}. Is the berth daemon running?`, {
        cause: err,
      });
    }
    return internal(`error during connect: ${err.message}`, { cause: err });
  }
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

interface ResponseHead {
  status: number;
  headers: Record<string, string>;
}

function parseResponseHead(text: string): ResponseHead | undefined {
  const [statusLine, ...lines] = text.split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!match) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers };
}

/** The body of a refused hijack: by Content-Length, chunked, or up to the close. */
async function readErrorBody(socket: net.Socket, headers: Record<string, string>, start: Buffer): Promise<Buffer> {
  const length = headers['content-length'] !== undefined ? Number(headers['content-length']) : undefined;
  const chunked = /chunked/i.test(headers['transfer-encoding'] ?? '');
  let body = start;
  const complete = () =>
    length !== undefined ? body.length >= length : chunked ? body.includes('\r\n0\r\n') || body.indexOf('0\r\n') === 0 : false;
  if (!complete()) {
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        body = Buffer.concat([body, chunk]);
        if (complete()) done();
      };
      const done = () => {
        socket.off('data', onData);
        resolve();
      };
      socket.on('data', onData);
      socket.once('end', done);
      socket.once('close', done);
      socket.once('error', done);
    });
  }
  if (length !== undefined) return body.subarray(0, length);
  return chunked ? decodeChunked(body) : body;
}

function decodeChunked(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
