/**
 * Processes run in running containers (`docker exec`) and terminal sizes, as an `ExecApi` over a
 * `Client`: `const execs = execsOf(client); const { Id } = await execs.create('web', { Cmd: ['ls'] })`.
 */
import type { ExecCreateRequest, ExecCreateResponse, ExecInspect } from '@berth/api-types';
import { internal } from '@berth/errdefs';
import type { Client } from './client';
import { readAll, type HijackedConnection } from './transport';

export type { ExecCreateRequest, ExecCreateResponse, ExecInspect } from '@berth/api-types';

async function json<T>(client: Client, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await client.request({ method, path, json: body });
  const text = (await readAll(res)).toString('utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    throw internal(`malformed JSON response from the daemon: ${text.slice(0, 200)}`);
  }
}

const enc = encodeURIComponent;

export class ExecApi {
  constructor(private readonly client: Client) {}

  /** Registers a process in a running container; it runs on `start`. */
  create(containerId: string, req: ExecCreateRequest): Promise<ExecCreateResponse> {
    return json(this.client, 'POST', `/containers/${enc(containerId)}/exec`, req);
  }

  /** Runs it in the background: resolves once the daemon started it. */
  async startDetached(execId: string): Promise<void> {
    await readAll(await this.client.request({ method: 'POST', path: `/exec/${enc(execId)}/start`, json: { Detach: true, Tty: false } }));
  }

  /** Runs it attached: the connection carries its stdin and output (see `attachedOutput`). */
  start(execId: string, options: { tty: boolean; consoleSize?: [number, number] }): Promise<HijackedConnection> {
    return this.client.hijack({ method: 'POST', path: `/exec/${enc(execId)}/start`, json: { Detach: false, Tty: options.tty, ConsoleSize: options.consoleSize } });
  }

  inspect(execId: string): Promise<ExecInspect> {
    return json(this.client, 'GET', `/exec/${enc(execId)}/json`);
  }

  async resize(execId: string, height: number, width: number): Promise<void> {
    await readAll(await this.client.request({ method: 'POST', path: `/exec/${enc(execId)}/resize`, query: { h: height, w: width } }));
  }

  /** The terminal size of a running TTY container. */
  async resizeContainer(containerId: string, height: number, width: number): Promise<void> {
    await readAll(await this.client.request({ method: 'POST', path: `/containers/${enc(containerId)}/resize`, query: { h: height, w: width } }));
  }
}

export function execsOf(client: Client): ExecApi {
  return new ExecApi(client);
}
