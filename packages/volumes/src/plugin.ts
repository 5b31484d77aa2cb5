/**
 * Docker volume plugins (the VolumeDriver protocol of docker's pkg/plugins): HTTP POSTs of JSON on
 * a unix socket found by name in the plugin directories — `<dir>/<name>.sock`,
 * `<dir>/<name>/<name>.sock`, or a `<dir>/<name>.spec` file holding `unix:///path` — activated once
 * with `/Plugin.Activate`, which must list `VolumeDriver`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { failedPrecondition, internal, notFound } from '@berth/errdefs';

const CONTENT_TYPE = 'application/vnd.docker.plugins.v1.2+json';

export interface PluginResponse {
  Err?: string;
  Mountpoint?: string;
  Implements?: string[];
}

function post(socketPath: string, method: string, body: unknown): Promise<PluginResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method: 'POST', path: `/${method}`, headers: { 'Content-Type': CONTENT_TYPE, Accept: CONTENT_TYPE } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: PluginResponse = {};
        try {
          json = text.trim() ? (JSON.parse(text) as PluginResponse) : {};
        } catch {
          if (res.statusCode === 200) return reject(internal(`${method}: malformed response from the plugin: ${text.slice(0, 200)}`));
        }
        // docker's plugin client: a failed status carries the method; an Err in a 200 answer is the plugin's words alone.
        if (res.statusCode !== 200) return reject(internal(`${method}: ${json.Err ?? text.trim()}`));
        if (json.Err) return reject(internal(json.Err));
        resolve(json);
      });
      res.on('error', reject);
    });
    req.on('error', (err) => reject(internal(`${method}: ${err.message}`)));
    req.end(JSON.stringify(body ?? {}));
  });
}

/** One activated volume plugin. */
export class VolumePlugin {
  constructor(
    readonly name: string,
    private readonly socketPath: string,
  ) {}

  async create(volume: string, opts: Record<string, string>): Promise<void> {
    await post(this.socketPath, 'VolumeDriver.Create', { Name: volume, Opts: opts });
  }

  async remove(volume: string): Promise<void> {
    await post(this.socketPath, 'VolumeDriver.Remove', { Name: volume });
  }

  async mount(volume: string, id: string): Promise<string> {
    return (await post(this.socketPath, 'VolumeDriver.Mount', { Name: volume, ID: id })).Mountpoint ?? '';
  }

  async unmount(volume: string, id: string): Promise<void> {
    await post(this.socketPath, 'VolumeDriver.Unmount', { Name: volume, ID: id });
  }

  async path(volume: string): Promise<string> {
    return (await post(this.socketPath, 'VolumeDriver.Path', { Name: volume })).Mountpoint ?? '';
  }
}

function socketOf(dirs: string[], name: string): string | undefined {
  for (const dir of dirs) {
    for (const candidate of [join(dir, `${name}.sock`), join(dir, name, `${name}.sock`)]) if (existsSync(candidate)) return candidate;
    const spec = join(dir, `${name}.spec`);
    if (existsSync(spec)) {
      const url = readFileSync(spec, 'utf8').trim();
      if (url.startsWith('unix://')) return url.slice('unix://'.length);
    }
  }
  return undefined;
}

/** Finds and activates plugins by name, once each. */
export class PluginRegistry {
  private readonly active = new Map<string, Promise<VolumePlugin>>();

  constructor(private readonly dirs: string[]) {}

  get(name: string): Promise<VolumePlugin> {
    let plugin = this.active.get(name);
    if (!plugin) {
      plugin = this.activate(name);
      this.active.set(name, plugin);
      plugin.catch(() => this.active.delete(name));
    }
    return plugin;
  }

  private async activate(name: string): Promise<VolumePlugin> {
    const socketPath = socketOf(this.dirs, name);
    if (!socketPath) throw notFound(`error looking up volume plugin ${name}: plugin "${name}" not found`);
    const answer = await post(socketPath, 'Plugin.Activate', {});
    if (!answer.Implements?.includes('VolumeDriver')) throw failedPrecondition(`error looking up volume plugin ${name}: plugin "${name}" does not implement VolumeDriver`);
    return new VolumePlugin(name, socketPath);
  }
}
