/**
 * A typed client for the Docker Engine REST API, as served by berthd (or by Docker itself).
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { Frame } from '@berth/proto';
import { internal } from '@berth/errdefs';
import { isDaemonError } from './errors';
import { DEFAULT_HOST, resolveHost } from './host';
import { demuxFrames, jsonMessages, rawFrames } from './streams';
import { resolveTls, type TlsFlags, type TlsOptions } from './tls';
import { type HijackedConnection, HttpTransport, type QueryValue, readAll, type RequestOptions } from './transport';
import type {
  ContainerCreateRequest,
  ContainerCreateResponse,
  ContainerInspect,
  ContainerSummary,
  ImageSummary,
  JsonMessage,
  PingResult,
  SystemInfo,
  SystemVersion,
  WaitCondition,
  WaitResponse,
} from './types';
import { negotiateApiVersion } from './version';

export interface ClientOptions {
  /** `unix:///path` or `tcp://host:port`; defaults to `unix:///run/berth/berth.sock`. */
  host?: string;
  /** Pin the API version (`1.44`) instead of negotiating it with `GET /_ping`. */
  apiVersion?: string;
  /** TLS for a `tcp://` host (`resolveTls` makes it from the CLI's flags and environment). */
  tls?: TlsOptions;
}

/** Filters as the API takes them: each key with the values it must match (any of). */
export type Filters = Record<string, string[]>;

export interface AttachOptions {
  /** Stream output as it happens (as opposed to only replaying logs). */
  stream?: boolean;
  stdin?: boolean;
  stdout?: boolean;
  stderr?: boolean;
  /** Replay the container's logged output first. */
  logs?: boolean;
  /** Keys that end the session on a TTY (`ctrl-p,ctrl-q` when left out). */
  detachKeys?: string;
}

export interface LogsOptions {
  stdout?: boolean;
  stderr?: boolean;
  follow?: boolean;
  /** A line count, or `all`. */
  tail?: string | number;
  timestamps?: boolean;
  /** Unix seconds (`1700000000.5`) bounding the entries shown. */
  since?: string;
  until?: string;
  /** Prefix each line with the log's extra attributes (`--log-opt labels/env`). */
  details?: boolean;
  /**
   * Whether the container has a TTY (its output then has no stdcopy framing). When left out, the
   * response's content type decides.
   */
  tty?: boolean;
}

/** A wait the daemon has registered; `result` settles when the condition is met. */
export interface PendingWait {
  result: Promise<WaitResponse>;
}

const RAW_STREAM = 'application/vnd.docker.raw-stream';

/** The output of an attach: stdcopy frames, or for a TTY every byte as stdout. */
export function attachedOutput(connection: HijackedConnection, tty: boolean): AsyncIterable<Frame> {
  return tty ? rawFrames(connection.socket, connection.head) : demuxFrames(connection.socket, connection.head);
}

/** Filters in the wire form (`{"key": {"value": true}}`); undefined when there are none. */
export function encodeFilters(filters: Filters | undefined): string | undefined {
  if (!filters || Object.keys(filters).length === 0) return undefined;
  // Docker's wire form: {"key": {"value": true}}.
  const wire: Record<string, Record<string, boolean>> = {};
  for (const [key, values] of Object.entries(filters)) {
    wire[key] = Object.fromEntries(values.map((value) => [value, true]));
  }
  return JSON.stringify(wire);
}

export class Client {
  readonly host: string;
  private readonly transport: HttpTransport;
  private negotiated?: Promise<string>;

  constructor(options: ClientOptions = {}) {
    this.host = options.host ?? DEFAULT_HOST;
    this.transport = new HttpTransport(this.host, options.tls);
    if (options.apiVersion) this.negotiated = Promise.resolve(options.apiVersion);
  }

  /**
   * A client for `explicitHost`, else `BERTH_HOST`, else `DOCKER_HOST`, else the default socket;
   * TLS from `tlsFlags` and `DOCKER_TLS_VERIFY`/`DOCKER_CERT_PATH`, as the docker CLI.
   */
  static fromEnv(env: Record<string, string | undefined>, explicitHost?: string, tlsFlags: TlsFlags = {}): Client {
    return new Client({ host: resolveHost(explicitHost, env), apiVersion: env.DOCKER_API_VERSION || undefined, tls: resolveTls(tlsFlags, env) });
  }

  /**
   * The API version requests use: the daemon's `Api-Version`, capped at the newest this client
   * speaks; asked once, and again after a failed attempt.
   */
  apiVersion(): Promise<string> {
    if (!this.negotiated) {
      this.negotiated = this.ping().then(
        (ping) => negotiateApiVersion(ping.apiVersion),
        (err: unknown) => {
          this.negotiated = undefined;
          if (isDaemonError(err)) return negotiateApiVersion(undefined);
          throw err;
        },
      );
    }
    return this.negotiated;
  }

  async ping(): Promise<PingResult> {
    const res = await this.transport.request({ method: 'GET', path: '/_ping' });
    await readAll(res);
    const header = (name: string) => {
      const value = res.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    };
    return {
      apiVersion: header('Api-Version'),
      osType: header('OSType'),
      experimental: header('Docker-Experimental') === 'true',
      builderVersion: header('Builder-Version'),
    };
  }

  version(): Promise<SystemVersion> {
    return this.json('GET', '/version');
  }

  info(): Promise<SystemInfo> {
    return this.json('GET', '/info');
  }

  listImages(options: { all?: boolean; filters?: Filters } = {}): Promise<ImageSummary[]> {
    return this.json('GET', '/images/json', { all: options.all, filters: encodeFilters(options.filters) });
  }

  /**
   * Load a `docker save` archive. Resolves once the daemon accepted the upload and answered; the
   * messages (`{"stream": "Loaded image: busybox:latest\n"}`) follow, and a failure reported in
   * the stream is thrown while iterating.
   */
  async loadImage(archive: Readable | Buffer, options: { quiet?: boolean } = {}): Promise<AsyncIterable<JsonMessage>> {
    const res = await this.send({
      method: 'POST',
      path: '/images/load',
      query: { quiet: options.quiet },
      body: archive,
      contentType: 'application/x-tar',
    });
    return jsonMessages(res);
  }

  /** Pull `image` (`busybox`, with `tag` or digest separately) from its registry, as progress messages. */
  async pullImage(image: string, options: { tag?: string } = {}): Promise<AsyncIterable<JsonMessage>> {
    const res = await this.send({ method: 'POST', path: '/images/create', query: { fromImage: image, tag: options.tag } });
    return jsonMessages(res);
  }

  createContainer(body: ContainerCreateRequest, options: { name?: string; platform?: string } = {}): Promise<ContainerCreateResponse> {
    return this.json('POST', '/containers/create', { name: options.name || undefined, platform: options.platform || undefined }, body);
  }

  /** Start a container; starting one that already runs is not an error (the daemon answers 304). */
  async startContainer(id: string): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/start`);
  }

  /**
   * Ask the daemon to wait for `condition` (default `not-running`). Resolves as soon as the daemon
   * has registered the wait (response headers), so a container started afterwards cannot exit
   * unseen; `result` settles with the exit status.
   */
  async startWaiting(id: string, options: { condition?: WaitCondition } = {}): Promise<PendingWait> {
    const res = await this.send({
      method: 'POST',
      path: `/containers/${encodeURIComponent(id)}/wait`,
      query: { condition: options.condition },
    });
    const result = readAll(res).then((body) => parseJson<WaitResponse>(body));
    // Mark as handled: a caller that abandons the wait must not get an unhandled rejection.
    result.catch(() => undefined);
    return { result };
  }

  /** Wait until `condition` holds and return the container's exit status. */
  async waitContainer(id: string, options: { condition?: WaitCondition } = {}): Promise<WaitResponse> {
    return (await this.startWaiting(id, options)).result;
  }

  /**
   * Attach to a container's stdio. The connection is hijacked: write stdin to `socket` (and end it
   * to close the container's stdin), read output from `head` then `socket` — stdcopy frames unless
   * the container has a TTY (see `attachedOutput`).
   */
  async attachContainer(id: string, options: AttachOptions): Promise<HijackedConnection> {
    const version = await this.apiVersion();
    return this.transport.hijack({
      method: 'POST',
      path: `/v${version}/containers/${encodeURIComponent(id)}/attach`,
      query: {
        stream: options.stream,
        stdin: options.stdin,
        stdout: options.stdout,
        stderr: options.stderr,
        logs: options.logs,
        detachKeys: options.detachKeys || undefined,
      },
    });
  }

  /** A hijacked request at the negotiated API version (exec start; see `attachContainer`). */
  async hijack(options: Pick<RequestOptions, 'method' | 'path' | 'query' | 'json'>): Promise<HijackedConnection> {
    const version = await this.apiVersion();
    return this.transport.hijack({ ...options, path: `/v${version}${options.path}` });
  }

  /** A container's logged output, as frames (stdout and stderr kept apart unless it has a TTY). */
  async containerLogs(id: string, options: LogsOptions = {}): Promise<AsyncIterable<Frame>> {
    const res = await this.send({
      method: 'GET',
      path: `/containers/${encodeURIComponent(id)}/logs`,
      query: {
        stdout: options.stdout,
        stderr: options.stderr,
        follow: options.follow,
        tail: options.tail === undefined ? undefined : String(options.tail),
        timestamps: options.timestamps,
        since: options.since || undefined,
        until: options.until || undefined,
        details: options.details,
      },
    });
    const tty = options.tty ?? (res.headers['content-type'] ?? '').startsWith(RAW_STREAM);
    return tty ? rawFrames(res) : demuxFrames(res);
  }

  listContainers(options: { all?: boolean; limit?: number; size?: boolean; filters?: Filters } = {}): Promise<ContainerSummary[]> {
    return this.json('GET', '/containers/json', {
      all: options.all,
      limit: options.limit !== undefined && options.limit > 0 ? options.limit : undefined,
      size: options.size,
      filters: encodeFilters(options.filters),
    });
  }

  async removeContainer(id: string, options: { force?: boolean; v?: boolean } = {}): Promise<void> {
    await this.discard('DELETE', `/containers/${encodeURIComponent(id)}`, { force: options.force, v: options.v });
  }

  /** `size`: also `SizeRw` and `SizeRootFs` (docker inspect -s). */
  inspectContainer(id: string, options: { size?: boolean } = {}): Promise<ContainerInspect> {
    return this.json('GET', `/containers/${encodeURIComponent(id)}/json`, options.size ? { size: true } : undefined);
  }

  async killContainer(id: string, options: { signal?: string } = {}): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/kill`, { signal: options.signal });
  }

  /** Stop with the container's stop signal, then SIGKILL after `timeout` seconds. */
  async stopContainer(id: string, options: { timeout?: number; signal?: string } = {}): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/stop`, { t: options.timeout, signal: options.signal });
  }

  /** Stop (as `stopContainer`) and start again; a container that is not running is just started. */
  async restartContainer(id: string, options: { timeout?: number; signal?: string } = {}): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/restart`, { t: options.timeout, signal: options.signal });
  }

  /** Freeze every process of a running container (cgroup freezer); `unpauseContainer` thaws them. */
  async pauseContainer(id: string): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/pause`);
  }

  async unpauseContainer(id: string): Promise<void> {
    await this.discard('POST', `/containers/${encodeURIComponent(id)}/unpause`);
  }

  /**
   * Send any request at the negotiated API version (for the endpoint modules such as `images.ts`).
   * A non-2xx answer is thrown as a DaemonError; the caller consumes a successful body.
   */
  request(options: RequestOptions): Promise<IncomingMessage> {
    return this.send(options);
  }

  private async send(options: RequestOptions): Promise<IncomingMessage> {
    const version = await this.apiVersion();
    return this.transport.request({ ...options, path: `/v${version}${options.path}` });
  }

  private async json<T>(
    method: RequestOptions['method'],
    path: string,
    query?: Record<string, QueryValue>,
    body?: unknown,
  ): Promise<T> {
    const res = await this.send({ method, path, query, json: body });
    return parseJson<T>(await readAll(res));
  }

  private async discard(method: RequestOptions['method'], path: string, query?: Record<string, QueryValue>): Promise<void> {
    await readAll(await this.send({ method, path, query }));
  }
}

export function parseJson<T>(body: Buffer): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw internal(`malformed JSON response from the daemon: ${body.toString('utf8').slice(0, 200)}`);
  }
}
