import type { ContainerCreateRequest, ContainerCreateResponse, ContainerInspect, WaitCondition, WaitResponse } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { boolParam, type ApiContext, type Route } from '../router';
import { DetachKeyScanner } from '@berth/proto';
import { detachKeysOption } from '../detach-keys';
import { encodeOutput, hijack, startStream, streamContentType, type OutputStreamName } from '../streams';
import { listQuery, type ContainerSizeBackend } from './container-admin';

/** Lifecycle of containers (moby's stateBackend). */
export interface ContainerStateBackend {
  /** `platform` (`linux/amd64`): the image must be of that platform. */
  create(req: ContainerCreateRequest, name?: string, platform?: string): Promise<ContainerCreateResponse>;
  start(id: string): Promise<void>;
  stop(id: string, timeoutSeconds?: number, signal?: string): Promise<void>;
  restart(id: string, timeoutSeconds?: number, signal?: string): Promise<void>;
  kill(id: string, signal?: string): Promise<void>;
  pause(id: string): Promise<void>;
  unpause(id: string): Promise<void>;
  /** `volumes` (`v=1`): the container's anonymous volumes go too. */
  remove(id: string, opts: { force: boolean; volumes?: boolean }): Promise<void>;
  wait(id: string, condition: WaitCondition, registered: () => void): Promise<WaitResponse>;
}

/** Read-only views of containers. */
export interface ContainerQueryBackend {
  list: ContainerSizeBackend['list'];
  sizeOf: ContainerSizeBackend['sizeOf'];
  inspect(id: string): ContainerInspect;
  logs(id: string, opts: { stdout: boolean; stderr: boolean; follow: boolean; tail?: number; since?: number; until?: number; timestamps: boolean; details?: boolean }): AsyncIterable<{ stream: OutputStreamName; time: Date; line: Buffer }>;
}

/** Streams of a running container (moby's attachBackend). */
export interface ContainerAttachBackend {
  attach(
    id: string,
    opts: { stdin: boolean; stdout: boolean; stderr: boolean },
    sink: { write(stream: OutputStreamName, chunk: Buffer): void; end(): void },
  ): { tty: boolean; stdin: NodeJS.WritableStream | undefined; detach(byKeys?: boolean): void };
}

export type ContainerBackend = ContainerStateBackend & ContainerQueryBackend & ContainerAttachBackend;

/** Where a hijacked client's output goes, as the backend writes it. */
export interface ClientSink {
  write(stream: OutputStreamName, chunk: Buffer): void;
  end(): void;
}

/**
 * Takes over the connection for a stream the backend opens with `open` (attach, exec start):
 * output written before the takeover (the backend learns whether it is a TTY only when opening)
 * is held and sent first; the client's bytes go to the session's stdin, its half-close ends it.
 * With a TTY, the detach keys typed on stdin end the session (see detach-keys.ts); with
 * `endWithInput` too, so does the end of the client's input (dockerd closes an attached TTY's
 * output then: the client is detached, the terminal keeps its input open).
 */
export async function hijackSession(
  ctx: ApiContext,
  open: (sink: ClientSink) => { tty: boolean; stdin: NodeJS.WritableStream | undefined; detach?(byKeys?: boolean): void } | Promise<{ tty: boolean; stdin: NodeJS.WritableStream | undefined; detach?(byKeys?: boolean): void }>,
  options: {
    detachKeys?: Buffer;
    endWithInput?: boolean;
    /** Another way to take the connection over (a WebSocket) than an HTTP hijack. */
    takeOver?: (tty: boolean) => import('node:stream').Duplex;
    /** Output never multiplexed, as the WebSocket attach sends it whatever the TTY. */
    raw?: boolean;
  } = {},
): Promise<void> {
  let socket: import('node:stream').Duplex | undefined;
  let tty = false;
  const encode = (stream: OutputStreamName, chunk: Buffer) => (options.raw ? chunk : encodeOutput(tty, stream, chunk));
  const pending: Array<[OutputStreamName, Buffer]> = [];
  let ended = false;
  let detached = false;
  const session = await open({
    write(stream, chunk) {
      if (detached) return;
      if (socket) socket.write(encode(stream, chunk));
      else pending.push([stream, chunk]);
    },
    end() {
      ended = true;
      socket?.end();
    },
  });
  tty = session.tty;
  socket = options.takeOver ? options.takeOver(tty) : hijack(ctx, streamContentType(tty, ctx.req.version));
  for (const [stream, chunk] of pending) socket.write(encode(stream, chunk));
  if (ended) socket.end();
  // dockerd watches for the keys only on a terminal, where they cannot be data.
  const scanner = options.detachKeys && tty && session.stdin ? new DetachKeyScanner(options.detachKeys) : undefined;
  socket.on('data', (chunk: Buffer) => {
    if (detached) return;
    if (!scanner) {
      session.stdin?.write(chunk);
      return;
    }
    const { forward, detached: byKeys } = scanner.push(chunk);
    if (forward.length) session.stdin?.write(forward);
    if (!byKeys) return;
    // The client goes; the container keeps running with its stdin open.
    detached = true;
    session.detach?.(true);
    socket?.end();
  });
  socket.on('end', () => {
    if (detached) return;
    const held = scanner?.flush();
    if (held?.length) session.stdin?.write(held);
    session.stdin?.end();
    if (options.endWithInput && tty && session.stdin) {
      detached = true;
      socket?.end();
    }
  });
  socket.on('error', () => session.detach?.());
  socket.on('close', () => session.detach?.());
}

const WAIT_CONDITIONS: readonly string[] = ['not-running', 'next-exit', 'removed'];

/** Docker's log timestamps are RFC 3339 with nanoseconds. */
function nanoTimestamp(time: Date): string {
  return time.toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

function optionalInt(query: URLSearchParams, name: string): number | undefined {
  const v = query.get(name);
  if (v === null || v === '' || v === 'all') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw invalidArgument(`invalid value for ${name}: ${v}`);
  return n;
}

/** `since`/`until` as Unix seconds with an optional fraction, in milliseconds. */
function optionalTime(query: URLSearchParams, name: string): number | undefined {
  const v = query.get(name);
  if (v === null || v === '' || v === '0') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw invalidArgument(`invalid value for ${name}: ${v}`);
  return n * 1000;
}

/** `t` (and the newer spelling `timeout`) of stop and restart, in seconds. */
function stopTimeout(query: URLSearchParams): number | undefined {
  return optionalInt(query, 't') ?? optionalInt(query, 'timeout');
}

export function containerRoutes(backend: ContainerBackend): Route[] {
  const actions = {
    start: (id: string) => backend.start(id),
    stop: (id: string, query: URLSearchParams) => backend.stop(id, stopTimeout(query), query.get('signal') || undefined),
    restart: (id: string, query: URLSearchParams) => backend.restart(id, stopTimeout(query), query.get('signal') || undefined),
    kill: (id: string, query: URLSearchParams) => backend.kill(id, query.get('signal') || undefined),
    pause: (id: string) => backend.pause(id),
    unpause: (id: string) => backend.unpause(id),
  };
  return [
    {
      method: 'POST',
      path: '/containers/create',
      handler: async ({ req }) => {
        const body = await req.json<ContainerCreateRequest>();
        const name = req.query.get('name') || undefined;
        return { status: 201, json: await backend.create(body, name, req.query.get('platform') || undefined) };
      },
    },
    {
      method: 'GET',
      path: '/containers/json',
      handler: async ({ req }) => ({ json: await backend.list(listQuery(req.query)) }),
    },
    {
      method: 'GET',
      path: '/containers/{id}/json',
      handler: async ({ req }) => {
        const inspected = backend.inspect(req.params.id);
        return { json: boolParam(req.query, 'size') ? { ...inspected, ...(await backend.sizeOf(inspected.Id)) } : inspected };
      },
    },
    // POST /containers/{id}/<action>: answered 204 once the backend has done it.
    ...(Object.entries(actions) as [string, (id: string, query: URLSearchParams) => Promise<void>][]).map(([action, run]): Route => ({
      method: 'POST',
      path: `/containers/{id}/${action}`,
      handler: async ({ req }) => {
        await run(req.params.id, req.query);
      },
    })),
    {
      method: 'DELETE',
      path: '/containers/{id}',
      handler: async ({ req }) => {
        await backend.remove(req.params.id, { force: boolParam(req.query, 'force'), volumes: boolParam(req.query, 'v') });
      },
    },
    {
      method: 'POST',
      path: '/containers/{id}/wait',
      handler: async ({ req, res }) => {
        const condition = req.query.get('condition') || 'not-running';
        if (!WAIT_CONDITIONS.includes(condition)) throw invalidArgument(`invalid condition: "${condition}"`);
        // Headers go out as soon as the wait is registered: the docker CLI blocks on them before
        // it starts the container.
        const result = await backend.wait(req.params.id, condition as WaitCondition, () => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.flushHeaders();
        });
        res.end(JSON.stringify(result) + '\n');
        return 'handled';
      },
    },
    {
      method: 'POST',
      path: '/containers/{id}/attach',
      handler: async (ctx) => {
        const { query, params } = ctx.req;
        const opts = { stdin: boolParam(query, 'stdin'), stdout: boolParam(query, 'stdout'), stderr: boolParam(query, 'stderr') };
        const detachKeys = detachKeysOption(query.get('detachKeys'));
        await hijackSession(ctx, (sink) => backend.attach(params.id, opts, sink), { detachKeys, endWithInput: true });
        return 'handled';
      },
    },
    {
      method: 'GET',
      path: '/containers/{id}/logs',
      handler: async ({ req, res }) => {
        const { query } = req;
        const opts = {
          stdout: boolParam(query, 'stdout'),
          stderr: boolParam(query, 'stderr'),
          follow: boolParam(query, 'follow'),
          timestamps: boolParam(query, 'timestamps'),
          details: boolParam(query, 'details'),
          tail: optionalInt(query, 'tail'),
          since: optionalTime(query, 'since'),
          until: optionalTime(query, 'until'),
        };
        if (!opts.stdout && !opts.stderr) throw invalidArgument('Bad parameters: you must choose at least one stream');
        const { Config } = backend.inspect(req.params.id);
        const tty = !!Config.Tty;
        const entries = backend.logs(req.params.id, opts)[Symbol.asyncIterator]();
        // The first read comes before the headers, so a log that cannot be read (the `none`
        // driver) is still an error status rather than a cut stream.
        let next = await entries.next();
        startStream(res, streamContentType(tty, req.version));
        let closed = false;
        res.on('close', () => (closed = true));
        for (; !next.done && !closed; next = await entries.next()) {
          const entry = next.value;
          const line = opts.timestamps ? Buffer.concat([Buffer.from(nanoTimestamp(entry.time) + ' '), entry.line]) : entry.line;
          res.write(encodeOutput(tty, entry.stream, line));
        }
        if (closed) await entries.return?.();
        res.end();
        return 'handled';
      },
    },
  ];
}
