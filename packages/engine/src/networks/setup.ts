/**
 * The engine's network controller from the daemon's networking settings (dockerd's bridge and
 * iptables flags), its events published as dockerd's `network` events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageOf } from '@berth/errdefs';
import { createNetworkController, resolvConfNameservers, type NetworkController, type NetworkEvent } from '@berth/network';
import type { EventLog } from '../events';

/** The daemon's networking settings, by dockerd's flag meanings. */
export interface EngineNetworkConfig {
  /** `-b/--bridge`: the default bridge's Linux name (`berth0`), `none` for no default bridge. */
  bridge?: string;
  /** `--bip`: the default bridge's address and prefix (`172.30.0.1/16`). */
  bip?: string;
  /** `--fixed-cidr`: the part of the default bridge's subnet containers get addresses from. */
  fixedCidr?: string;
  /** `--mtu` of the default bridge. */
  mtu?: number;
  /** `--iptables` (default true): berth's BERTH* chains and rules. */
  iptables?: boolean;
  /** `--ip-forward` (default true). */
  ipForward?: boolean;
  /** `--icc` (default true): containers on the default bridge may talk to each other. */
  icc?: boolean;
  /** `--ip`: the host address published ports bind when `-p` names none (default 0.0.0.0). */
  defaultBindIp?: string;
  /** `--default-address-pool`: where networks without `--subnet` get theirs. */
  defaultAddressPools?: { base: string; size: number }[];
  /** `--dns`, `--dns-search`, `--dns-opt`: containers' defaults; `--dns` is also the embedded DNS's upstream. */
  dns?: string[];
  dnsSearch?: string[];
  dnsOptions?: string[];
  /** `--userland-proxy`: accepted; berth always publishes through NAT rules (dockerd's `false`). */
  userlandProxy?: boolean;
}

export const DEFAULT_BRIDGE = 'berth0';

/** The nameservers of the host's resolv.conf, read at every ask (it may change while berthd runs). */
export function hostNameservers(file = '/etc/resolv.conf'): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return resolvConfNameservers(text);
}

export async function startNetworkController(config: EngineNetworkConfig, dataRoot: string, execRoot: string, events: EventLog, pluginDirs: string[] = [], warn?: (message: string) => void, hostId?: string): Promise<NetworkController> {
  const onEvent = (e: NetworkEvent) => {
    const attributes: Record<string, string> = {};
    if (e.containerId) attributes.container = e.containerId;
    attributes.name = e.network.name;
    attributes.type = e.network.driver;
    events.publish({ type: 'network', action: e.action, actor: { ID: e.network.id, Attributes: attributes } });
  };
  return createNetworkController({
    dataRoot: join(dataRoot, 'network'),
    execRoot,
    pluginDirs,
    iptables: config.iptables ?? true,
    ipForward: config.ipForward ?? true,
    icc: config.icc ?? true,
    defaultBridge: config.bridge === 'none' ? 'none' : { name: config.bridge || DEFAULT_BRIDGE, bip: config.bip, fixedCidr: config.fixedCidr, mtu: config.mtu },
    defaultAddressPools: config.defaultAddressPools,
    defaultBindIp: config.defaultBindIp,
    // The embedded DNS forwards from berthd's own namespace, so the host's loopback resolvers work.
    dnsUpstreams: () => (config.dns?.length ? config.dns : hostNameservers()),
    onEvent,
    hostId,
    onFirewallError: (err) => warn?.(`applying iptables rules failed (retried at the next change): ${messageOf(err)}`),
  });
}
