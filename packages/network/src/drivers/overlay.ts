import { join } from 'node:path';
import { conflict, failedPrecondition, invalidArgument, isAlreadyExists } from '@berth/errdefs';
import { createNetns, removeNetns } from '@berth/sys';
import { Netlink } from '../netlink';
import type { DriverEndpoint, DriverNetwork, JoinTarget, NetworkDriver } from '../types';
import { bringUpInSandbox } from './links';
import { macFromIp, vethNames } from './bridge';

/** The overlay driver's option labels (Docker's names). */
export const OVERLAY_OPTIONS = {
  vxlanIdList: 'com.docker.network.driver.overlay.vxlanid_list',
  mtu: 'com.docker.network.driver.mtu',
  encrypted: 'encrypted',
} as const;

/** The first VNI berth hands out (dockerd's allocator starts at 4096, which its ingress network takes). */
export const FIRST_VNI = 4097;
const MAX_VNI = (1 << 24) - 1;
/** 1500 less the VXLAN encapsulation, as dockerd's overlay. */
const DEFAULT_MTU = 1450;
/** Link names inside a network's own namespace (one bridge and one VXLAN device each, as in dockerd's overlay sandbox). */
export const OVERLAY_BRIDGE = 'br0';
export const OVERLAY_VXLAN = 'vxlan0';

/** `-o com.docker.network.driver.overlay.vxlanid_list=4100[,…]` → 4100 (one subnet, one VNI); undefined when absent. */
export function parseVxlanIdList(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const first = value.split(',')[0]!.trim();
  const vni = /^\d+$/.test(first) ? Number(first) : NaN;
  if (!(vni >= 1 && vni <= MAX_VNI)) throw invalidArgument(`invalid VXLAN ID value ${JSON.stringify(first)} in ${OVERLAY_OPTIONS.vxlanIdList}`);
  return vni;
}

export function validateOverlayOptions(options: Record<string, string>): void {
  parseVxlanIdList(options[OVERLAY_OPTIONS.vxlanIdList]);
  if (OVERLAY_OPTIONS.encrypted in options) throw invalidArgument('encrypted overlay networks are not supported on a single host (no IPsec between nodes)');
  const mtu = options[OVERLAY_OPTIONS.mtu];
  if (mtu !== undefined && !(/^\d+$/.test(mtu) && Number(mtu) >= 68 && Number(mtu) <= 65535)) throw invalidArgument(`invalid MTU number: ${mtu}`);
}

/** The network namespace holding one overlay network's bridge and VXLAN device. */
export function overlayNetnsPath(execRoot: string, networkId: string): string {
  return join(execRoot, 'netns', `ov-${networkId.slice(0, 9)}`);
}

export interface OverlayDriverConfig {
  /** `<exec-root>`: the namespaces live in `<exec-root>/netns/ov-<9 hex>`. */
  execRoot: string;
}

/**
 * `overlay`, single host: per network a namespace `<exec-root>/netns/ov-<9 hex>` holding a bridge
 * (`br0`, with the gateway addresses) and a VXLAN device (`vxlan0`, the network's VNI, UDP 4789
 * inside that namespace) enslaved to it; each endpoint is a veth pair whose one end is a port of
 * `br0` and whose other end is the container's ethN. Containers of one network talk through the
 * bridge; there is no gateway bridge, hence no NAT to the outside and no default route (as a swarm
 * overlay network without docker_gwbridge). The VNI is the option
 * `com.docker.network.driver.overlay.vxlanid_list` (given, or allocated from 4097 and written there,
 * so the network shows and keeps it). Departure: dockerd refuses overlay networks outside a swarm
 * ("This node is not a swarm manager"); berth makes them on its one host.
 */
export class OverlayDriver implements NetworkDriver {
  readonly name = 'overlay';
  readonly scope = 'local' as const;
  private readonly vnis = new Map<string, number>();

  constructor(private readonly config: OverlayDriverConfig) {}

  validateOptions(options: Record<string, string>): void {
    validateOverlayOptions(options);
  }

  private allocateVni(): number {
    const used = new Set(this.vnis.values());
    let vni = FIRST_VNI;
    while (used.has(vni)) vni++;
    return vni;
  }

  async createNetwork(net: DriverNetwork): Promise<void> {
    if (this.vnis.has(net.id)) return;
    let vni = parseVxlanIdList(net.options[OVERLAY_OPTIONS.vxlanIdList]);
    if (vni !== undefined) {
      for (const [id, other] of this.vnis) if (other === vni) throw conflict(`VXLAN ID ${vni} is already used by network ${id}`);
    } else {
      vni = this.allocateVni();
    }
    const nsPath = overlayNetnsPath(this.config.execRoot, net.id);
    let created = false;
    try {
      createNetns(nsPath);
      created = true;
    } catch (err) {
      if (!isAlreadyExists(err)) throw err; // adopted at daemon start
    }
    try {
      const nl = Netlink.open(nsPath);
      try {
        const mtu = mtuOf(net);
        const bridge = nl.linkGet(OVERLAY_BRIDGE);
        if (!bridge) nl.linkAdd({ kind: 'bridge', name: OVERLAY_BRIDGE, mtu });
        const have = new Set(nl.addrs(OVERLAY_BRIDGE).map((a) => a.cidr));
        for (const p of [...net.ipv4, ...net.ipv6]) if (!have.has(p.gateway)) nl.addrAdd(OVERLAY_BRIDGE, p.gateway);
        if (!nl.linkGet(OVERLAY_VXLAN)) nl.linkAdd({ kind: 'vxlan', name: OVERLAY_VXLAN, vni, port: 4789, learning: true, mtu });
        nl.linkSet(OVERLAY_VXLAN, { master: OVERLAY_BRIDGE, up: true });
        nl.linkSet(OVERLAY_BRIDGE, { up: true });
        nl.linkSet('lo', { up: true });
      } finally {
        nl.close();
      }
    } catch (err) {
      if (created) removeNetns(nsPath);
      throw err;
    }
    net.options[OVERLAY_OPTIONS.vxlanIdList] = String(vni);
    this.vnis.set(net.id, vni);
  }

  /** The namespace goes, and the bridge, the VXLAN device and any port with it. */
  async deleteNetwork(networkId: string): Promise<void> {
    removeNetns(overlayNetnsPath(this.config.execRoot, networkId));
    this.vnis.delete(networkId);
  }

  async createEndpoint(_net: DriverNetwork, ep: DriverEndpoint): Promise<{ macAddress?: string }> {
    return { macAddress: ep.macAddress || macFromIp(ep.ipv4) };
  }

  async deleteEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    this.removePort(net.id, ep.id);
  }

  async join(net: DriverNetwork, ep: DriverEndpoint, target: JoinTarget): Promise<{ gateway?: string; gatewayV6?: string }> {
    if (!this.vnis.has(net.id)) throw failedPrecondition(`network ${net.id} is not set up by the overlay driver`);
    const { host, peer } = vethNames(ep.id);
    this.removePort(net.id, ep.id); // a leftover of a join a crash interrupted
    const nl = Netlink.open(overlayNetnsPath(this.config.execRoot, net.id));
    try {
      nl.linkAdd({ kind: 'veth', name: host, peerName: peer, mtu: mtuOf(net), peerNetnsPath: target.netnsPath });
      try {
        nl.linkSet(host, { master: OVERLAY_BRIDGE, up: true });
        const ns = Netlink.open(target.netnsPath);
        try {
          bringUpInSandbox(ns, peer, ep, target);
        } finally {
          ns.close();
        }
      } catch (err) {
        if (nl.linkGet(host)) nl.linkDel(host);
        throw err;
      }
    } finally {
      nl.close();
    }
    // No gateway service on a single host: the network reaches only its own members.
    return {};
  }

  async leave(net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    this.removePort(net.id, ep.id);
  }

  /** Deleting the bridge-side end deletes the pair (the container end goes with it). */
  private removePort(networkId: string, endpointId: string): void {
    let nl: Netlink;
    try {
      nl = Netlink.open(overlayNetnsPath(this.config.execRoot, networkId));
    } catch {
      return; // the network's namespace is gone, and every port with it
    }
    try {
      const { host } = vethNames(endpointId);
      if (nl.linkGet(host)) nl.linkDel(host);
    } finally {
      nl.close();
    }
  }
}

function mtuOf(net: DriverNetwork): number {
  const mtu = net.options[OVERLAY_OPTIONS.mtu];
  return mtu ? Number(mtu) : DEFAULT_MTU;
}
