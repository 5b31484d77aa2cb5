/**
 * Docker volume plugins: the VolumeDriver protocol over @berth/plugins' discovery, activation and
 * transport (the plugin must list `VolumeDriver` in its `Implements`).
 */
import { internal, notFound, wrap } from '@berth/errdefs';
import { PluginRegistry as Plugins, type PluginClient } from '@berth/plugins';

interface VolumeAnswer {
  Mountpoint?: string;
}

/** A volume as a plugin describes it (VolumeDriver.Get and .List). */
export interface PluginVolume {
  Name: string;
  Mountpoint?: string;
  CreatedAt?: string;
  Status?: Record<string, unknown>;
}

export type VolumeScope = 'local' | 'global';

/** One activated volume plugin. */
export class VolumePlugin {
  constructor(
    readonly name: string,
    private readonly client: PluginClient,
  ) {}

  private scope?: Promise<VolumeScope>;

  /** An Err in a 200 answer is the plugin's words alone, as docker's volume adapter returns it. */
  private async call<T extends object = VolumeAnswer>(method: string, body: unknown): Promise<T> {
    const answer = await this.client.call<T>(`VolumeDriver.${method}`, body);
    if (answer.Err) throw internal(answer.Err);
    return answer;
  }

  /** The volume `name` as the plugin knows it; notFound when it does not (an Err, as docker's adapter reads it). */
  async get(volume: string): Promise<PluginVolume> {
    let answer: { Volume?: PluginVolume };
    try {
      answer = await this.call<{ Volume?: PluginVolume }>('Get', { Name: volume });
    } catch (err) {
      throw notFound((err as Error).message);
    }
    if (!answer.Volume?.Name) throw notFound(`no such volume: ${volume}`);
    return answer.Volume;
  }

  /** Every volume the plugin has, whoever created it. */
  async list(): Promise<PluginVolume[]> {
    const answer = await this.call<{ Volumes?: PluginVolume[] | null }>('List', {});
    return (answer.Volumes ?? []).filter((v) => typeof v?.Name === 'string' && v.Name !== '');
  }

  /**
   * The driver's scope (VolumeDriver.Capabilities), asked once: `local` unless it says `global`,
   * and `local` too when it cannot answer (older plugins), as dockerd's adapter defaults.
   */
  capabilities(): Promise<VolumeScope> {
    this.scope ??= this.call<{ Capabilities?: { Scope?: string } }>('Capabilities', {}).then(
      (answer) => (answer.Capabilities?.Scope?.toLowerCase() === 'global' ? 'global' : 'local'),
      () => 'local' as const,
    );
    return this.scope;
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
  private readonly known = new Map<string, VolumePlugin>();

  constructor(dirs: string[]) {
    this.plugins = new Plugins(dirs);
  }

  async get(name: string): Promise<VolumePlugin> {
    try {
      const client = (await this.plugins.get(name, 'VolumeDriver')).client;
      // One object per plugin, so what it answered once (its scope) is asked once.
      let plugin = this.known.get(name);
      if (!plugin) this.known.set(name, (plugin = new VolumePlugin(name, client)));
      return plugin;
    } catch (err) {
      throw wrap(err, `error looking up volume plugin ${name}`);
    }
  }

  /**
   * Every volume plugin in the plugin directories (dockerd's GetAllDrivers), activated; a plugin
   * that cannot be reached, or implements no VolumeDriver, is left out and named in `failures`.
   */
  async all(): Promise<{ plugins: VolumePlugin[]; failures: string[] }> {
    const plugins: VolumePlugin[] = [];
    const failures: string[] = [];
    for (const name of this.plugins.names()) {
      try {
        plugins.push(await this.get(name));
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
    return { plugins, failures };
  }
}
