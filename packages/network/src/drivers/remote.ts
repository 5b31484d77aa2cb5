import { failedPrecondition, internal, invalidArgument } from '@berth/errdefs';
import type { PluginClient, PluginRegistry } from '@berth/plugins';
import { Netlink } from '../netlink';
import { cidrIp, ipFamily } from '../ipam';
import type { DriverEndpoint, DriverNetwork, JoinTarget, NetworkDriver } from '../types';
import { HostNetlink } from './links';

/** What `NetworkDriver.Join` answers (docker's remote driver API). */
export interface RemoteJoinResponse {
  InterfaceName?: { SrcName?: string; DstPrefix?: string } | null;
  Gateway?: string;
  GatewayIPv6?: string;
  StaticRoutes?: { Destination?: string; RouteType?: number; NextHop?: string }[] | null;
  DisableGatewayService?: boolean;
}

/** Static route types of the protocol: via a next hop, or directly connected. */
const ROUTE_NEXTHOP = 0;

/** A driverapi IPAMData as the protocol carries it. */
function ipamData(p: DriverNetwork['ipv4'][number]): { AddressSpace: string; Pool: string; Gateway: string; AuxAddresses: Record<string, string> } {
  const aux: Record<string, string> = {};
  const prefix = p.pool.split('/')[1];
  for (const [k, ip] of Object.entries(p.auxAddresses)) aux[k] = ip.includes('/') ? ip : `${ip}/${prefix}`;
  return { AddressSpace: 'LocalDefault', Pool: p.pool, Gateway: p.gateway, AuxAddresses: aux };
}

const CREATED = 'remote.created';

/**
 * A network driver plugin (docker's remote driver protocol, `NetworkDriver.*` POSTs). The plugin
 * does the host side (its own links, bridges, rules); berth calls it at each step and, at Join,
 * moves the link the plugin names (`InterfaceName.SrcName`, in the host namespace) into the
 * sandbox, renames it `DstPrefix<N>` (N from the sandbox's ethN), gives it the endpoint's MAC and
 * addresses, and adds the Gateway default route and StaticRoutes the plugin answered — what
 * libnetwork's sandbox does. An `Err` in an answer is `remote: <Err>`, as dockerd words it.
 */
export class RemoteDriver implements NetworkDriver {
  private readonly host: HostNetlink;
  private readonly joined = new Map<string, { netnsPath: string; ifName: string; srcName: string }>();

  constructor(
    readonly name: string,
    readonly scope: 'local' | 'global',
    private readonly client: PluginClient,
    private readonly hostNetnsPath?: string,
  ) {
    this.host = new HostNetlink(hostNetnsPath);
  }

  private async call<T extends object>(method: string, body: unknown): Promise<T> {
    const answer = await this.client.call<T>(`NetworkDriver.${method}`, body);
    if (answer.Err) throw internal(`remote: ${answer.Err}`);
    return answer;
  }

  /** The plugin judges its own options (at CreateNetwork). */
  validateOptions(): void {}

  async createNetwork(net: DriverNetwork): Promise<void> {
    // Called again for every stored network at daemon start: the plugin already has it (its state is its own).
    if (net.driverState?.[CREATED]) return;
    await this.call('CreateNetwork', {
      NetworkID: net.id,
      Options: {
        'com.docker.network.generic': net.options,
        'com.docker.network.enable_ipv4': net.ipv4.length > 0,
        'com.docker.network.enable_ipv6': net.enableIPv6,
        ...(net.internal ? { 'com.docker.network.internal': true } : {}),
      },
      IPv4Data: net.ipv4.map(ipamData),
      IPv6Data: net.ipv6.map(ipamData),
    });
    net.driverState = { ...net.driverState, [CREATED]: 'true' };
  }

  async deleteNetwork(networkId: string): Promise<void> {
    await this.call('DeleteNetwork', { NetworkID: networkId });
  }

  async createEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<{ macAddress?: string }> {
    const res = await this.call<{ Interface?: { Address?: string; AddressIPv6?: string; MacAddress?: string } | null }>('CreateEndpoint', {
      NetworkID: net.id,
      EndpointID: ep.id,
      Interface: { Address: ep.ipv4 ?? '', AddressIPv6: ep.ipv6 ?? '', MacAddress: ep.macAddress ?? '' },
      Options: {},
    });
    const iface = res.Interface;
    const rollback = async (message: string): Promise<never> => {
      await this.deleteEndpoint(net, ep).catch(() => undefined);
      throw invalidArgument(`${message}; rolled back`);
    };
    // As dockerd: the plugin may fill in what berth left empty, never change what it chose.
    if (iface?.Address && ep.ipv4 && iface.Address !== ep.ipv4) return rollback('driver modified interface address');
    if (iface?.AddressIPv6 && ep.ipv6 && iface.AddressIPv6 !== ep.ipv6) return rollback('driver modified interface address');
    if (iface?.MacAddress && ep.macAddress && iface.MacAddress.toLowerCase() !== ep.macAddress.toLowerCase()) return rollback('driver modified interface MAC address');
    const mac = ep.macAddress || iface?.MacAddress?.toLowerCase();
    return mac ? { macAddress: mac } : {};
  }

  async deleteEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    await this.call('DeleteEndpoint', { NetworkID: net.id, EndpointID: ep.id });
  }

  async join(net: DriverNetwork, ep: DriverEndpoint, target: JoinTarget): Promise<{ gateway?: string; gatewayV6?: string }> {
    const res = await this.call<RemoteJoinResponse>('Join', { NetworkID: net.id, EndpointID: ep.id, SandboxKey: target.netnsPath, Options: {} });
    try {
      const src = res.InterfaceName?.SrcName;
      if (!src) throw invalidArgument(`network plugin ${this.name} named no interface to move into the sandbox`);
      for (const [gw, family] of [[res.Gateway, 4], [res.GatewayIPv6, 6]] as const) {
        if (gw && ipFamily(gw) !== family) throw invalidArgument(`unable to parse Gateway${family === 6 ? 'IPv6' : ''} "${gw}"`);
      }
      const n = /(\d+)$/.exec(target.ifName)?.[1] ?? '0';
      const ifName = `${res.InterfaceName?.DstPrefix || 'eth'}${n}`;
      const nl = this.nl();
      if (!nl.linkGet(src)) throw failedPrecondition(`network plugin ${this.name}: interface ${src} not found on the host`);
      nl.linkSet(src, { netnsPath: target.netnsPath });
      this.joined.set(ep.id, { netnsPath: target.netnsPath, ifName, srcName: src });
      const ns = Netlink.open(target.netnsPath);
      try {
        ns.linkSet(src, { newName: ifName, ...(ep.macAddress ? { mac: ep.macAddress } : {}) });
        if (ep.ipv4) ns.addrAdd(ifName, ep.ipv4);
        if (ep.ipv6) ns.addrAdd(ifName, ep.ipv6);
        ns.linkSet(ifName, { up: true });
        ns.linkSet('lo', { up: true });
        for (const r of res.StaticRoutes ?? []) {
          if (!r.Destination) continue;
          const family = ipFamily(cidrIp(r.Destination)) ?? 4;
          ns.routeAdd(r.RouteType === ROUTE_NEXTHOP && r.NextHop ? { dst: r.Destination, gateway: r.NextHop, family } : { dst: r.Destination, dev: ifName, scope: 'link', family });
        }
        const gateway = res.Gateway || undefined;
        const gatewayV6 = res.GatewayIPv6 || undefined;
        if (target.defaultGateway && !net.internal) {
          if (gateway && ep.ipv4) ns.routeAdd({ gateway, family: 4 });
          if (gatewayV6 && ep.ipv6) ns.routeAdd({ gateway: gatewayV6, family: 6 });
        }
        return { gateway, gatewayV6 };
      } finally {
        ns.close();
      }
    } catch (err) {
      await this.leave(net, ep).catch(() => undefined);
      throw err;
    }
  }

  /** The interface goes back to the host under its plugin-given name (the plugin deletes it), then `Leave`. */
  async leave(net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    const j = this.joined.get(ep.id);
    this.joined.delete(ep.id);
    if (j) {
      try {
        const ns = Netlink.open(j.netnsPath);
        try {
          const name = ns.linkGet(j.ifName) ? j.ifName : ns.linkGet(j.srcName) ? j.srcName : undefined;
          if (name) ns.linkSet(name, { up: false, newName: j.srcName, netnsPath: this.hostNetnsPath ?? '/proc/self/ns/net' });
        } finally {
          ns.close();
        }
      } catch {
        // The sandbox is gone (and the link with it, unless it is a veth end the plugin still holds).
      }
    }
    await this.call('Leave', { NetworkID: net.id, EndpointID: ep.id });
  }

  close(): void {
    this.host.close();
  }

  private nl(): Netlink {
    return this.host.get();
  }
}

/**
 * The driver behind a plugin name: the plugin found in the plugin directories, activated, listing
 * `NetworkDriver`, its scope from `NetworkDriver.GetCapabilities` (dockerd's checks and words).
 */
export async function loadRemoteDriver(plugins: PluginRegistry, name: string, hostNetnsPath?: string): Promise<RemoteDriver> {
  const plugin = await plugins.get(name, 'NetworkDriver');
  const caps = await plugin.client.call<{ Scope?: string; ConnectivityScope?: string }>('NetworkDriver.GetCapabilities', {});
  if (caps.Err) throw internal(`remote: ${caps.Err}`);
  if (caps.Scope !== 'local' && caps.Scope !== 'global') throw invalidArgument(`invalid capability: expecting 'local' or 'global', got ${caps.Scope ?? ''}`);
  return new RemoteDriver(name, caps.Scope, plugin.client, hostNetnsPath);
}
