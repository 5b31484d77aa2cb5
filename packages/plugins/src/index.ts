/**
 * @berth/plugins — Docker's (v1, "legacy") plugin mechanism, shared by every kind of plugin berth
 * talks to (volume drivers, network drivers, IPAM drivers):
 *
 * - discovery by name in the plugin directories, in dockerd's order: a unix socket
 *   `<dir>/<name>.sock` or `<dir>/<name>/<name>.sock`, then a spec file `<dir>/<name>.spec` (one URL,
 *   `unix:///path` or `tcp://host:port`) or `<dir>/<name>.json` (`{"Name", "Addr"}`), each also in
 *   `<dir>/<name>/`;
 * - activation, once per plugin: `POST /Plugin.Activate` answers `{"Implements": [...]}`;
 * - the transport: every call is `POST /<Kind>.<Method>` with a JSON body and docker's content type;
 *   a non-200 answer is an error worded `<Kind>.<Method>: <Err or body>` as docker's plugin client
 *   words it. An `Err` in a 200 answer is the protocol's business (each driver adapter words it).
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { request, type RequestOptions } from 'node:http';
import { join } from 'node:path';
import { failedPrecondition, internal, invalidArgument, notFound } from '@berth/errdefs';

/** The media type docker's plugin client sends and accepts. */
export const PLUGIN_CONTENT_TYPE = 'application/vnd.docker.plugins.v1.2+json';

/** dockerd's plugin directories: sockets, then spec files. */
export const DOCKER_PLUGIN_DIRS = ['/run/docker/plugins', '/etc/docker/plugins', '/usr/lib/docker/plugins'];

/** The kinds of plugin berth uses (the names plugins list in `Implements`). */
export type PluginKind = 'VolumeDriver' | 'NetworkDriver' | 'IpamDriver';

/** Where a plugin listens: a unix socket or a TCP address. */
export type PluginAddress = { socketPath: string } | { host: string; port: number };

/** The fields every plugin answer may carry. */
export interface PluginAnswer {
  Err?: string;
}

function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/** Parses a spec file's URL (`unix:///run/x.sock`, `tcp://127.0.0.1:8080`). */
export function parsePluginUrl(text: string, where: string): PluginAddress {
  const value = text.trim();
  if (value.startsWith('unix://')) {
    const socketPath = value.slice('unix://'.length);
    if (!socketPath) throw invalidArgument(`${where}: no socket path in ${JSON.stringify(value)}`);
    return { socketPath };
  }
  const tcp = /^(?:tcp|http):\/\/\[?([^\]/]+?)\]?:(\d+)\/?$/.exec(value);
  if (tcp) return { host: tcp[1]!, port: Number(tcp[2]) };
  throw invalidArgument(`${where}: unsupported plugin address ${JSON.stringify(value)}`);
}

/** Finds a plugin by name in `dirs` (dockerd's lookup order), or undefined. */
export function findPlugin(dirs: string[], name: string): PluginAddress | undefined {
  if (!name || name.includes('/') || name === '.' || name === '..') return undefined;
  const candidates = (ext: string) => dirs.flatMap((dir) => [join(dir, `${name}${ext}`), join(dir, name, `${name}${ext}`)]);
  for (const p of candidates('.sock')) if (isSocket(p)) return { socketPath: p };
  for (const dir of dirs) {
    for (const base of [dir, join(dir, name)]) {
      const spec = join(base, `${name}.spec`);
      if (existsSync(spec)) return parsePluginUrl(readFileSync(spec, 'utf8'), spec);
      const json = join(base, `${name}.json`);
      if (existsSync(json)) {
        let addr: unknown;
        try {
          addr = (JSON.parse(readFileSync(json, 'utf8')) as { Addr?: unknown }).Addr;
        } catch (err) {
          throw invalidArgument(`${json}: ${(err as Error).message}`);
        }
        if (typeof addr !== 'string') throw invalidArgument(`${json}: no Addr`);
        return parsePluginUrl(addr, json);
      }
    }
  }
  return undefined;
}

/**
 * The names of every plugin found in `dirs` (dockerd's plugins.Scan): `<name>.sock`,
 * `<name>.spec` and `<name>.json`, directly in a directory or in `<dir>/<name>/`; sorted, once each.
 */
export function scanPlugins(dirs: string[]): string[] {
  const names = new Set<string>();
  const found = (file: string) => {
    const match = /^(.+)\.(sock|spec|json)$/.exec(file);
    return match?.[1];
  };
  for (const dir of dirs) {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = entry.isDirectory() ? entry.name : found(entry.name);
      // A directory counts when it holds its own `<name>.<ext>`, as findPlugin looks there.
      if (!name) continue;
      try {
        if (findPlugin(dirs, name)) names.add(name);
      } catch {
        // A spec that cannot be read names no plugin to list (its lookup by name reports why).
      }
    }
  }
  return [...names].sort();
}

/** One plugin's HTTP+JSON endpoint. */
export class PluginClient {
  constructor(
    readonly name: string,
    readonly address: PluginAddress,
    private readonly timeoutMs = 60_000,
  ) {}

  /**
   * `POST /<method>` with `body` as JSON; resolves with the decoded answer (`{}` for an empty one).
   * Rejects, as docker's client does, for a failed status (`<method>: <Err or body>`), an answer that
   * is not JSON, and a transport error.
   */
  call<T extends object = PluginAnswer>(method: string, body: unknown): Promise<T & PluginAnswer> {
    const target: RequestOptions = 'socketPath' in this.address ? { socketPath: this.address.socketPath } : { host: this.address.host, port: this.address.port };
    return new Promise((resolve, reject) => {
      const req = request({ ...target, method: 'POST', path: `/${method}`, headers: { 'Content-Type': PLUGIN_CONTENT_TYPE, Accept: PLUGIN_CONTENT_TYPE }, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(internal(`${method}: ${err.message}`)));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: (T & PluginAnswer) | undefined;
          try {
            json = (text.trim() ? JSON.parse(text) : {}) as T & PluginAnswer;
          } catch {
            json = undefined;
          }
          if (res.statusCode !== 200) return reject(internal(`${method}: ${json?.Err || text.trim()}`));
          if (!json || typeof json !== 'object') return reject(internal(`${method}: malformed response from the plugin: ${text.slice(0, 200)}`));
          resolve(json);
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout waiting for the plugin')));
      req.on('error', (err) => reject(internal(`${method}: ${err.message}`)));
      req.end(JSON.stringify(body ?? {}));
    });
  }
}

/** An activated plugin: its client and what it implements. */
export interface Plugin {
  readonly name: string;
  readonly implements: string[];
  readonly client: PluginClient;
}

/** Finds and activates plugins by name, once each (a failed activation is tried again next time). */
export class PluginRegistry {
  private readonly active = new Map<string, Promise<Plugin>>();

  constructor(private readonly dirs: string[]) {}

  /** The plugin `name`, activated; notFound `plugin "<name>" not found`; failedPrecondition when it does not implement `kind`. */
  async get(name: string, kind: PluginKind): Promise<Plugin> {
    let plugin = this.active.get(name);
    if (!plugin) {
      plugin = this.activate(name);
      this.active.set(name, plugin);
      plugin.catch(() => this.active.delete(name));
    }
    const p = await plugin;
    if (!p.implements.includes(kind)) throw failedPrecondition(`plugin "${name}" does not implement ${kind}`);
    return p;
  }

  /** The names of the plugins found in the registry's directories (not activated). */
  names(): string[] {
    return scanPlugins(this.dirs);
  }

  /** Whether a plugin by that name can be found (without activating it). */
  has(name: string): boolean {
    return this.active.has(name) || findPlugin(this.dirs, name) !== undefined;
  }

  private async activate(name: string): Promise<Plugin> {
    const address = findPlugin(this.dirs, name);
    if (!address) throw notFound(`plugin "${name}" not found`);
    const client = new PluginClient(name, address);
    const answer = await client.call<{ Implements?: unknown }>('Plugin.Activate', {});
    if (answer.Err) throw internal(`Plugin.Activate: ${answer.Err}`);
    const impl = Array.isArray(answer.Implements) ? answer.Implements.filter((x): x is string => typeof x === 'string') : [];
    return { name, implements: impl, client };
  }
}
