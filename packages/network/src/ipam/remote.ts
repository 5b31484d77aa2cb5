import { internal, invalidArgument } from '@berth/errdefs';
import type { PluginClient, PluginRegistry } from '@berth/plugins';
import type { AddressRequestOptions, IpamDriver, PoolRequest } from './index';

/** dockerd's request-address option naming the gateway (netlabel.RequestAddressType / Gateway). */
const REQUEST_ADDRESS_TYPE = 'RequestAddressType';
const GATEWAY_TYPE = 'com.docker.network.gateway';

/**
 * An IPAM driver plugin (docker's remote IPAM protocol, `IpamDriver.*` POSTs) as an IpamDriver:
 * pools in the plugin's local default address space (`GetDefaultAddressSpaces`), the gateway asked
 * with `RequestAddressType=com.docker.network.gateway`, addresses answered as CIDRs. An `Err` in an
 * answer is `remote: <Err>`, as dockerd words it. berth replays every stored pool and address to it
 * at daemon start, as dockerd does for plugins with `RequiresRequestReplay`.
 */
export class RemoteIpam implements IpamDriver {
  constructor(
    readonly name: string,
    private readonly client: PluginClient,
    private readonly addressSpace: string,
  ) {}

  private async call<T extends object>(method: string, body: unknown): Promise<T> {
    const answer = await this.client.call<T>(`IpamDriver.${method}`, body);
    if (answer.Err) throw internal(`remote: ${answer.Err}`);
    return answer;
  }

  async requestPool(req: PoolRequest): Promise<{ poolId: string; pool: string }> {
    const res = await this.call<{ PoolID?: string; Pool?: string }>('RequestPool', {
      AddressSpace: this.addressSpace,
      Pool: req.pool ?? '',
      SubPool: req.subPool ?? '',
      Options: req.options ?? {},
      V6: req.v6,
    });
    if (!res.PoolID || !res.Pool || !res.Pool.includes('/')) throw internal(`remote: IPAM plugin ${this.name} answered no pool (${JSON.stringify(res)})`);
    return { poolId: res.PoolID, pool: res.Pool };
  }

  async releasePool(poolId: string): Promise<void> {
    await this.call('ReleasePool', { PoolID: poolId });
  }

  async requestAddress(poolId: string, address?: string, options?: AddressRequestOptions): Promise<string> {
    const res = await this.call<{ Address?: string }>('RequestAddress', {
      PoolID: poolId,
      Address: address ?? '',
      Options: options?.gateway ? { [REQUEST_ADDRESS_TYPE]: GATEWAY_TYPE } : {},
    });
    if (!res.Address || !res.Address.includes('/')) throw internal(`remote: IPAM plugin ${this.name} answered no address (${JSON.stringify(res)})`);
    return res.Address;
  }

  async releaseAddress(poolId: string, address: string): Promise<void> {
    await this.call('ReleaseAddress', { PoolID: poolId, Address: address.split('/')[0] });
  }
}

/** The IPAM driver behind a plugin name: found, activated, listing `IpamDriver`, with its local default address space. */
export async function loadRemoteIpam(plugins: PluginRegistry, name: string): Promise<RemoteIpam> {
  const plugin = await plugins.get(name, 'IpamDriver');
  const spaces = await plugin.client.call<{ LocalDefaultAddressSpace?: string }>('IpamDriver.GetDefaultAddressSpaces', {});
  if (spaces.Err) throw internal(`remote: ${spaces.Err}`);
  return new RemoteIpam(name, plugin.client, spaces.LocalDefaultAddressSpace || 'local');
}

/** Pool ids of plugin pools, as the multiplexer hands them out (`plugin:<name>:<plugin's id>`). */
const PREFIX = 'plugin:';

/**
 * The controller's one IpamDriver: `default` for requests without `driver` (or `driver: 'default'`),
 * else the IPAM plugin of that name, found and activated on first use. Plugin pool ids are prefixed
 * with the plugin's name so later address calls reach the plugin that made the pool.
 */
export function withPluginIpam(defaultIpam: IpamDriver, plugins: PluginRegistry): IpamDriver {
  const remotes = new Map<string, Promise<RemoteIpam>>();
  const remote = (name: string): Promise<RemoteIpam> => {
    let r = remotes.get(name);
    if (!r) {
      r = loadRemoteIpam(plugins, name);
      remotes.set(name, r);
      r.catch(() => remotes.delete(name));
    }
    return r;
  };
  const route = async (poolId: string): Promise<{ ipam: IpamDriver; id: string }> => {
    if (!poolId.startsWith(PREFIX)) return { ipam: defaultIpam, id: poolId };
    const rest = poolId.slice(PREFIX.length);
    const colon = rest.indexOf(':');
    if (colon <= 0) throw invalidArgument(`invalid pool id: ${poolId}`);
    return { ipam: await remote(rest.slice(0, colon)), id: rest.slice(colon + 1) };
  };
  return {
    name: defaultIpam.name,
    async requestPool(req) {
      if (!req.driver || req.driver === defaultIpam.name) return defaultIpam.requestPool(req);
      const r = await remote(req.driver);
      const { poolId, pool } = await r.requestPool(req);
      return { poolId: `${PREFIX}${r.name}:${poolId}`, pool };
    },
    async releasePool(poolId) {
      const { ipam, id } = await route(poolId);
      await ipam.releasePool(id);
    },
    async requestAddress(poolId, address, options) {
      const { ipam, id } = await route(poolId);
      return ipam.requestAddress(id, address, options);
    },
    async releaseAddress(poolId, address) {
      const { ipam, id } = await route(poolId);
      await ipam.releaseAddress(id, address);
    },
  };
}
