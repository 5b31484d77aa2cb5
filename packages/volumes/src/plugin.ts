/**
 * Docker volume plugins: the VolumeDriver protocol over @berth/plugins' discovery, activation and
 * transport (the plugin must list `VolumeDriver` in its `Implements`).
 */
import { internal, wrap } from '@berth/errdefs';
import { PluginRegistry as Plugins, type PluginClient } from '@berth/plugins';

interface VolumeAnswer {
  Mountpoint?: string;
}

/** One activated volume plugin. */
export class VolumePlugin {
  constructor(
    readonly name: string,
    private readonly client: PluginClient,
  ) {}

  /** An Err in a 200 answer is the plugin's words alone, as docker's volume adapter returns it. */
  private async call(method: string, body: unknown): Promise<VolumeAnswer> {
    const answer = await this.client.call<VolumeAnswer>(`VolumeDriver.${method}`, body);
    if (answer.Err) throw internal(answer.Err);
    return answer;
  }

  async create(volume: string, opts: Record<string, string>): Promise<void> {
    await this.call('Create', { Name: volume, Opts: opts });
  }

  async remove(volume: string): Promise<void> {
    await this.call('Remove', { Name: volume });
  }

  async mount(volume: string, id: string): Promise<string> {
    return (await this.call('Mount', { Name: volume, ID: id })).Mountpoint ?? '';
  }

  async unmount(volume: string, id: string): Promise<void> {
    await this.call('Unmount', { Name: volume, ID: id });
  }

  async path(volume: string): Promise<string> {
    return (await this.call('Path', { Name: volume })).Mountpoint ?? '';
  }
}

/** Finds and activates volume plugins by name, once each. */
export class PluginRegistry {
  private readonly plugins: Plugins;

  constructor(dirs: string[]) {
    this.plugins = new Plugins(dirs);
  }

  async get(name: string): Promise<VolumePlugin> {
    try {
      return new VolumePlugin(name, (await this.plugins.get(name, 'VolumeDriver')).client);
    } catch (err) {
      throw wrap(err, `error looking up volume plugin ${name}`);
    }
  }
}
