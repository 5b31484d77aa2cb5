import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { writeSysctlInNetns } from '@berth/sys';
import { conflict, invalidArgument } from '@berth/errdefs';
import { Netlink } from '../netlink';
import { cidrIp, ipFamily, parseIp } from '../ipam';
import type { DriverEndpoint, DriverNetwork, JoinTarget, NetworkDriver } from '../types';
import { bringUpInSandbox, HostNetlink } from './links';

/** The bridge driver's option labels (Docker's names, so `docker network create -o` works as there). */
export const BRIDGE_OPTIONS = {
  name: 'com.docker.network.bridge.name',
  enableIcc: 'com.docker.network.bridge.enable_icc',
  enableIpMasquerade: 'com.docker.network.bridge.enable_ip_masquerade',
  hostBindingIpv4: 'com.docker.network.bridge.host_binding_ipv4',
  defaultBridge: 'com.docker.network.bridge.default_bridge',
  inhibitIpv4: 'com.docker.network.bridge.inhibit_ipv4',
  mtu: 'com.docker.network.driver.mtu',
} as const;

const BOOL_OPTIONS: string[] = [BRIDGE_OPTIONS.enableIcc, BRIDGE_OPTIONS.enableIpMasquerade, BRIDGE_OPTIONS.defaultBridge, BRIDGE_OPTIONS.inhibitIpv4];

/** Go's strconv.ParseBool, which dockerd uses for these labels. */
export function parseBoolOption(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  throw invalidArgument(`invalid boolean value ${JSON.stringify(value)}`);
}

/** Checks the bridge options dockerd checks; other labels are kept as given, as dockerd does. */
export function validateBridgeOptions(options: Record<string, string>): void {
  for (const key of BOOL_OPTIONS) {
    if (key in options) {
      try {
        parseBoolOption(options[key], false);
      } catch {
        throw invalidArgument(`failed to parse ${key} value: invalid boolean ${JSON.stringify(options[key])}`);
      }
    }
  }
  const name = options[BRIDGE_OPTIONS.name];
  if (name !== undefined && (name === '' || name.length > 15 || /[\s/:]/.test(name))) throw invalidArgument(`invalid bridge name: ${JSON.stringify(name)}`);
  const mtu = options[BRIDGE_OPTIONS.mtu];
  if (mtu !== undefined && !(/^\d+$/.test(mtu) && Number(mtu) >= 68 && Number(mtu) <= 65535)) throw invalidArgument(`invalid MTU number: ${mtu}`);
  const bind = options[BRIDGE_OPTIONS.hostBindingIpv4];
  if (bind !== undefined && ipFamily(bind) === undefined) throw invalidArgument(`failed to parse ${BRIDGE_OPTIONS.hostBindingIpv4} value: invalid IP address ${JSON.stringify(bind)}`);
}

/** dockerd's MAC for an IPv4 endpoint: 02:42 then the four address bytes (02:42:ac:11:00:02 for 172.17.0.2). */
export function macFromIp(ipv4: string | undefined): string {
  const v = ipv4 ? Number(parseIp(cidrIp(ipv4)).value) : undefined;
  const bytes = v !== undefined ? [0x02, 0x42, (v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255] : [0x02, ...randomBytes(5)];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** Host end of an endpoint's veth pair, and the temporary name of its container end (both ≤ 15 chars). */
export function vethNames(endpointId: string): { host: string; peer: string } {
  const short = endpointId.slice(0, 12);
  return { host: `bv${short}`, peer: `bvc${short}` };
}

export interface BridgeDriverConfig {
  /** Set net.ipv4.ip_forward (and IPv6 forwarding for IPv6 networks) — dockerd --ip-forward. */
  ipForward: boolean;
  /** Where bridges and host veth ends go (berthd's own namespace when undefined). */
  hostNetnsPath?: string;
}

/**
 * `bridge`: one Linux bridge per network holding the gateway addresses; each endpoint is a veth
 * pair, host end `bv<12 hex>` enslaved to the bridge, container end created directly inside the
 * sandbox's netns and renamed there to ethN. All through netlink sockets (no `ip` processes).
 */
export class BridgeDriver implements NetworkDriver {
  readonly name = 'bridge';
  readonly scope = 'local' as const;
  private readonly networks = new Map<string, DriverNetwork>();

  private readonly host: HostNetlink;

  constructor(private readonly config: BridgeDriverConfig) {
    this.host = new HostNetlink(config.hostNetnsPath);
  }

  validateOptions(options: Record<string, string>): void {
    validateBridgeOptions(options);
  }

  async createNetwork(net: DriverNetwork): Promise<void> {
    const name = bridgeNameOf(net);
    const nl = this.nl();
    const existing = nl.linkGet(name);
    if (existing && existing.kind !== 'bridge') throw conflict(`cannot create network ${net.id} (${name}): conflicts with network interface ${name}`);
    const mtu = mtuOf(net);
    // A fixed MAC of its own (dockerd does the same): otherwise the bridge takes its lowest port's,
    // and the gateway's MAC changes under containers' ARP caches as containers come and go.
    if (!existing) nl.linkAdd({ kind: 'bridge', name, mtu, mac: macFromIp(undefined) });
    this.networks.set(net.id, net);
    const have = new Set(nl.addrs(name).map((a) => a.cidr));
    const inhibit4 = parseBoolOption(net.options[BRIDGE_OPTIONS.inhibitIpv4], false);
    for (const p of inhibit4 ? net.ipv6 : [...net.ipv4, ...net.ipv6]) {
      if (!have.has(p.gateway)) nl.addrAdd(name, p.gateway);
    }
    nl.linkSet(name, { up: true });
    // Published ports on 127.0.0.1 are DNATed into the bridge: the kernel drops such packets unless route_localnet is on.
    writeSysctlInNetns(this.config.hostNetnsPath, `net.ipv4.conf.${name}.route_localnet`, '1');
    if (this.config.ipForward) {
      writeSysctlInNetns(this.config.hostNetnsPath, 'net.ipv4.ip_forward', '1');
      if (net.enableIPv6) writeSysctlInNetns(this.config.hostNetnsPath, 'net.ipv6.conf.all.forwarding', '1');
    }
  }

  async deleteNetwork(networkId: string): Promise<void> {
    const net = this.networks.get(networkId);
    if (!net) return;
    const name = bridgeNameOf(net);
    const nl = this.nl();
    if (nl.linkGet(name)) nl.linkDel(name);
    this.networks.delete(networkId);
  }

  async createEndpoint(_net: DriverNetwork, ep: DriverEndpoint): Promise<{ macAddress?: string }> {
    return { macAddress: ep.macAddress || macFromIp(ep.ipv4) };
  }

  async deleteEndpoint(_net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    this.removeVeth(ep.id);
  }

  async join(net: DriverNetwork, ep: DriverEndpoint, target: JoinTarget): Promise<{ gateway?: string; gatewayV6?: string }> {
    const { host, peer } = vethNames(ep.id);
    const nl = this.nl();
    this.removeVeth(ep.id); // a leftover of a join a crash interrupted
    const mtu = mtuOf(net);
    nl.linkAdd({ kind: 'veth', name: host, peerName: peer, mtu, peerNetnsPath: target.netnsPath });
    try {
      nl.linkSet(host, { master: bridgeNameOf(net), up: true });
      this.setHairpin(host);
      const gateway = net.ipv4[0] ? cidrIp(net.ipv4[0].gateway) : undefined;
      const gatewayV6 = net.enableIPv6 && net.ipv6[0] ? cidrIp(net.ipv6[0].gateway) : undefined;
      const ns = Netlink.open(target.netnsPath);
      try {
        bringUpInSandbox(ns, peer, ep, target);
        if (target.defaultGateway && !net.internal) {
          if (gateway && ep.ipv4) ns.routeAdd({ gateway, family: 4 });
          if (gatewayV6 && ep.ipv6) ns.routeAdd({ gateway: gatewayV6, family: 6 });
        }
      } finally {
        ns.close();
      }
      return { gateway: ep.ipv4 ? gateway : undefined, gatewayV6: ep.ipv6 ? gatewayV6 : undefined };
    } catch (err) {
      this.removeVeth(ep.id);
      throw err;
    }
  }

  async leave(_net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    this.removeVeth(ep.id);
  }

  /**
   * Hairpin on the container's bridge port, so a container reaching its own published port through
   * a host address gets the DNATed packet back out of the port it came in by (dockerd does the same
   * without the userland proxy). Through sysfs, which shows berthd's own namespace only: with a
   * stand-in host namespace (tests) there is no such file and nothing to do.
   */
  private setHairpin(hostIf: string): void {
    if (this.config.hostNetnsPath) return;
    writeFileSync(`/sys/class/net/${hostIf}/brport/hairpin_mode`, '1');
  }

  /** Deleting the host end deletes the pair (the container end goes with it, wherever it is). */
  private removeVeth(endpointId: string): void {
    const { host } = vethNames(endpointId);
    const nl = this.nl();
    if (nl.linkGet(host)) nl.linkDel(host);
  }

  /** Closes the host netlink socket (the links stay). */
  close(): void {
    this.host.close();
  }

  private nl(): Netlink {
    return this.host.get();
  }
}

export function bridgeNameOf(net: DriverNetwork): string {
  return net.options[BRIDGE_OPTIONS.name] || net.bridgeName || `berth-${net.id.slice(0, 9)}`;
}

function mtuOf(net: DriverNetwork): number | undefined {
  const mtu = net.options[BRIDGE_OPTIONS.mtu];
  return mtu ? Number(mtu) : undefined;
}
