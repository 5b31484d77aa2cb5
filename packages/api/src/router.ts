import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { MAX_API_VERSION, MIN_API_VERSION } from '@berth/api-types';
import { httpStatusOf, invalidArgument, messageOf, notFound } from '@berth/errdefs';

/** A request as handlers see it: path parameters, query, API version, and a body reader. */
export interface ApiRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  version: string;
  raw: IncomingMessage;
  json<T>(): Promise<T>;
}

/**
 * How a handler answers: a JSON value (status 200 unless given), or nothing (204), or it takes over
 * the response/connection itself (streams, hijacks) and returns `handled`.
 */
export type ApiResult = { status?: number; json?: unknown } | 'handled' | void;

export interface ApiContext {
  req: ApiRequest;
  res: ServerResponse;
  /** Present when the client asked to upgrade the connection (attach, exec start). */
  upgrade?: { socket: Duplex; head: Buffer };
}

export type Handler = (ctx: ApiContext) => Promise<ApiResult>;

/** Routes are data: method, path pattern with `{param}`s, handler, and the first API version it exists in. */
export interface Route {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: Handler;
  minVersion?: string;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

const VERSION_PREFIX = /^\/v(\d+\.\d+)(\/.*)$/;
const MAX_JSON_BODY = 16 * 1024 * 1024;

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        // Names may contain slashes (image references), ids and container names never do.
        return name === 'name' ? '(.+?)' : '([^/]+)';
      });
      this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), names });
    }
    return this;
  }

  /** Serve one request (or upgrade); errors become Docker's JSON `{message}` here and only here. */
  async dispatch(raw: IncomingMessage, res: ServerResponse, upgrade?: { socket: Duplex; head: Buffer }): Promise<void> {
    try {
      const url = new URL(raw.url ?? '/', 'http://berth');
      let path = decodeURIComponent(url.pathname);
      let version = MAX_API_VERSION;
      const versioned = VERSION_PREFIX.exec(path);
      if (versioned) {
        version = versioned[1];
        path = versioned[2];
        if (compareVersions(version, MAX_API_VERSION) > 0) {
          throw invalidArgument(`client version ${version} is too new. Maximum supported API version is ${MAX_API_VERSION}`);
        }
        if (compareVersions(version, MIN_API_VERSION) < 0) {
          throw invalidArgument(`client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version`);
        }
      }
      const method = raw.method ?? 'GET';
      const match = this.match(method, path, version);
      if (!match) throw notFound('page not found');
      const req: ApiRequest = {
        method,
        params: match.params,
        query: url.searchParams,
        version,
        raw,
        json: () => readJson(raw),
      };
      const result = await match.route.handler({ req, res, upgrade });
      if (result === 'handled') return;
      if (!result || result.json === undefined) {
        res.writeHead(result?.status ?? 204);
        res.end();
        return;
      }
      sendJson(res, result.status ?? 200, result.json);
    } catch (err) {
      sendError(res, upgrade?.socket, err);
    }
  }

  private match(method: string, path: string, version: string): { route: CompiledRoute; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const wantMethod = method === 'HEAD' && route.method === 'GET' ? 'GET' : method;
      if (route.method !== wantMethod) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (route.minVersion && compareVersions(version, route.minVersion) < 0) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = m[i + 1]));
      return { route, params };
    }
    return undefined;
  }
}

async function readJson<T>(raw: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of raw) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY) throw invalidArgument('request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw invalidArgument(`invalid JSON: ${messageOf(err)}`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body) + '\n';
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, socket: Duplex | undefined, err: unknown): void {
  const status = httpStatusOf(err);
  const body = JSON.stringify({ message: messageOf(err) }) + '\n';
  if (socket) {
    socket.end(`HTTP/1.1 ${status} Error\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    return;
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Query booleans as Docker parses them: `1`, `true`, `True` are true; absent, `0`, `false` are not. */
export function boolParam(query: URLSearchParams, name: string): boolean {
  const v = query.get(name);
  return v !== null && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}
