import type { ExecCreateRequest, ExecCreateResponse, ExecInspect, ExecStartRequest } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { detachKeysOption } from '../detach-keys';
import type { ApiContext, Route } from '../router';
import { hijackSession, type ClientSink } from './containers';

/** Processes run in running containers (`docker exec`) and the terminals of containers and execs. */
export interface ExecBackend {
  /** Registers an exec; Conflict when the container is not running. */
  execCreate(containerId: string, req: ExecCreateRequest): Promise<ExecCreateResponse>;
  /**
   * Runs it once; with `detach` its output is discarded. Throws (before anything runs) for an
   * unknown or already started exec; the sink ends once the exit code is inspectable.
   */
  execStart(execId: string, opts: { detach: boolean }, sink: ClientSink): Promise<{ tty: boolean; stdin: NodeJS.WritableStream | undefined; detach?(byKeys?: boolean): void }>;
  execInspect(execId: string): ExecInspect;
  execResize(execId: string, width: number, height: number): Promise<void>;
  /** Sets the terminal size of a running TTY container. */
  resize(containerId: string, width: number, height: number): Promise<void>;
}

/** Whether a backend also serves exec (the engine's container service does). */
export function isExecBackend(backend: object): backend is ExecBackend {
  return typeof (backend as Partial<ExecBackend>).execCreate === 'function';
}

/** `h` and `w` of a resize: non-negative integers, as dockerd parses them. */
function terminalSize(query: URLSearchParams): { width: number; height: number } {
  const parse = (name: string) => {
    const v = query.get(name) ?? '';
    const n = Number(v);
    if (v === '' || !Number.isInteger(n) || n < 0 || n > 0xffff) throw invalidArgument(`invalid resize parameter ${name}: ${JSON.stringify(v)}`);
    return n;
  };
  return { height: parse('h'), width: parse('w') };
}

/**
 * The JSON body of a request that asked to upgrade: Node's parser stops at the headers of such a
 * request, so its body is at the start of the upgraded stream (`head`, then the socket). What
 * follows the body is left for the hijacked stream.
 */
async function upgradeBody<T>(ctx: ApiContext): Promise<T> {
  const upgrade = ctx.upgrade;
  if (!upgrade) return ctx.req.json<T>();
  const length = Number(ctx.req.raw.headers['content-length'] ?? 0);
  let bytes = upgrade.head;
  while (bytes.length < length) {
    const chunk = upgrade.socket.read() as Buffer | null;
    if (chunk) {
      bytes = Buffer.concat([bytes, chunk]);
      continue;
    }
    if (upgrade.socket.readableEnded || upgrade.socket.destroyed) break;
    await new Promise<void>((resolve) => {
      upgrade.socket.once('readable', resolve);
      upgrade.socket.once('close', resolve);
    });
  }
  ctx.upgrade = { socket: upgrade.socket, head: bytes.subarray(Math.min(length, bytes.length)) };
  const text = bytes.subarray(0, length).toString('utf8');
  if (!text.trim()) return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw invalidArgument('invalid JSON body');
  }
}

/** dockerd words a bad exec's keys differently from a bad attach's. */
const escapeKeysMessage = (keys: string) => `Invalid escape keys (${keys}) provided`;

export function execRoutes(backend: ExecBackend): Route[] {
  return [
    {
      method: 'POST',
      path: '/containers/{id}/exec',
      handler: async ({ req }) => {
        const body = await req.json<ExecCreateRequest>();
        detachKeysOption(body.DetachKeys, escapeKeysMessage);
        return { status: 201, json: await backend.execCreate(req.params.id, body) };
      },
    },
    {
      method: 'POST',
      path: '/exec/{id}/start',
      handler: async (ctx) => {
        const body = await upgradeBody<ExecStartRequest>(ctx);
        if (body.Detach) {
          await backend.execStart(ctx.req.params.id, { detach: true }, { write: () => undefined, end: () => undefined });
          return { status: 200 };
        }
        const keys = detachKeysOption(backend.execInspect(ctx.req.params.id).DetachKeys, escapeKeysMessage);
        await hijackSession(ctx, (sink) => backend.execStart(ctx.req.params.id, { detach: false }, sink), { detachKeys: keys });
        return 'handled';
      },
    },
    { method: 'GET', path: '/exec/{id}/json', handler: async ({ req }) => ({ json: backend.execInspect(req.params.id) }) },
    {
      method: 'POST',
      path: '/exec/{id}/resize',
      handler: async ({ req }) => {
        const { width, height } = terminalSize(req.query);
        await backend.execResize(req.params.id, width, height);
        return { status: 200 };
      },
    },
    {
      method: 'POST',
      path: '/containers/{id}/resize',
      handler: async ({ req }) => {
        const { width, height } = terminalSize(req.query);
        await backend.resize(req.params.id, width, height);
        return { status: 200 };
      },
    },
  ];
}
