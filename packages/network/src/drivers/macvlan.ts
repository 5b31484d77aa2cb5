import { conflict, failedPrecondition, invalidArgument, isNotImplemented, notFound, wrap } from '@berth/errdefs';
import { Netlink } from '../netlink';
import { cidrIp } from '../ipam';
import type { DriverEndpoint, DriverNetwork, JoinTarget, NetworkDriver } from '../types';
import { bringUpInSandbox, HostNetlink } from './links';
import { macFromIp, vethNames } from './bridge';

/** The macvlan driver's option labels (`docker network create -d macvlan -o parent=eth0 -o macvlan_mode=bridge`). */
export const MACVLAN_OPTIONS = {
  parent: 'parent',
  mode: 'macvlan_mode',
} as const;

export type MacvlanMode = 'bridge' | 'private' | 'vepa' | 'passthru';
const MODES: readonly string[] = ['bridge', 'private', 'vepa', 'passthru'];

export interface MacvlanConfig {
  /** The host link the network's macvlan ports hang off; a dummy `bvdm<11 hex>` when `-o parent` is absent. */
  parent: string;
  /** Whether the parent was given (false: a dummy parent, and the network is internal, as in dockerd). */
  parentGiven: boolean;
  mode: MacvlanMode;
  /** `eth0.10`: the base link and VLAN id of an 802.1q sub-interface parent. */
  vlan?: { base: string; id: number };
}

/** Name of the dummy parent of a network created without `-o parent` (dockerd: `dm-<12 hex>`; berth's host links start with `bv`). */
export function dummyParentName(networkId: string): string {
  return `bvdm${networkId.slice(0, 11)}`;
}

/** `eth0.10` → { base: 'eth0', id: 10 }; dockerd's checks and words (the base's existence is checked by the caller). */
export function parseVlanParent(name: string): { base: string; id: number } {
  const parts = name.split('.');
  if (parts.length !== 2) throw invalidArgument(`required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received ${name}`);
  const [base, vid] = parts as [string, string];
  if (!/^[+-]?\d+$/.test(vid)) throw invalidArgument(`unable to parse a valid vlan id from: ${vid} (ex. eth0.10 for vlan 10)`);
  const id = Number(vid);
  if (id > 4094 || id < 1) throw invalidArgument(`vlan id must be between 1-4094, received: ${id}`);
  return { base, id };
}

/** The network's options as dockerd's macvlan driver reads them (mode checked, `lo` refused); other labels are ignored as there. */
export function parseMacvlanOptions(networkId: string, options: Record<string, string>): MacvlanConfig {
  const mode = options[MACVLAN_OPTIONS.mode] || 'bridge';
  if (!MODES.includes(mode)) throw invalidArgument(`requested macvlan mode '${mode}' is not valid, 'bridge' mode is the macvlan driver default`);
  const given = options[MACVLAN_OPTIONS.parent] ?? '';
  if (given === 'lo') throw invalidArgument('loopback interface is not a valid macvlan parent link');
  const parent = given || dummyParentName(networkId);
  return { parent, parentGiven: !!given, mode: mode as MacvlanMode, ...(given.includes('.') ? { vlan: parseVlanParent(given) } : {}) };
}

/** What a network needs remembered across restarts (in DriverNetwork.driverState). */
const CREATED_PARENT = 'macvlan.createdParent';

interface Joined {
  netnsPath: string;
  ifName: string;
}

export interface MacvlanDriverConfig {
  /** Where parents are looked up and created (berthd's own namespace when undefined). */
  hostNetnsPath?: string;
}

/**
 * `macvlan`: each endpoint is a macvlan port of the network's parent link, created directly inside
 * the sandbox's netns (temporary name `bvc<12 hex>`, renamed to ethN there), addressed, with the
 * network's gateway as default route. No bridge, no NAT, no published ports (as dockerd: `-p` is
 * ignored on macvlan). The parent is the `-o parent` link; `eth0.10` makes berth create the 802.1q
 * sub-interface when it does not exist (and delete it with the last network using it); no parent
 * makes a dummy link `bvdm<11 hex>` (a port-less bridge on kernels without the dummy driver) and
 * an internal network, as dockerd does with `dm-<12 hex>`.
 * Several networks may share a parent (not in passthru mode); their subnets are kept apart by IPAM.
 */
export class MacvlanDriver implements NetworkDriver {
  readonly name = 'macvlan';
  readonly scope = 'local' as const;
  private readonly networks = new Map<string, { net: DriverNetwork; config: MacvlanConfig; createdParent: boolean }>();
  private readonly joined = new Map<string, Joined>();

  private readonly host: HostNetlink;

  constructor(config: MacvlanDriverConfig = {}) {
    this.host = new HostNetlink(config.hostNetnsPath);
  }

  validateOptions(options: Record<string, string>): void {
    parseMacvlanOptions('0'.repeat(64), options);
  }

  async createNetwork(net: DriverNetwork): Promise<void> {
    const config = parseMacvlanOptions(net.id, net.options);
    if (this.networks.has(net.id)) return;
    for (const other of this.networks.values()) {
      if (other.config.parent !== config.parent) continue;
      if (config.mode === 'passthru') throw conflict(`cannot use mode passthru, macvlan network ${other.net.id} is already using parent interface ${config.parent}`);
      if (other.config.mode === 'passthru') throw conflict(`macvlan network ${other.net.id} is already using parent interface ${config.parent} in mode passthru`);
    }
    const nl = this.nl();
    // Adopted at daemon start: the parent this network made before, or one another network of ours made.
    let createdParent = net.driverState?.[CREATED_PARENT] === config.parent || [...this.networks.values()].some((n) => n.createdParent && n.config.parent === config.parent);
    if (!nl.linkGet(config.parent)) {
      if (!config.parentGiven) {
        try {
          nl.linkAdd({ kind: 'dummy', name: config.parent });
        } catch (err) {
          // A kernel without the dummy driver: a bridge without ports is as good a parent (an Ethernet device nothing else uses).
          if (!isNotImplemented(err)) throw err;
          nl.linkAdd({ kind: 'bridge', name: config.parent });
        }
      } else if (config.vlan) {
        if (!nl.linkGet(config.vlan.base)) throw notFound(`-o parent interface was not found on the host: ${config.vlan.base}`);
        try {
          nl.linkAdd({ kind: 'vlan', name: config.parent, parent: config.vlan.base, vlanId: config.vlan.id });
        } catch (err) {
          throw wrap(err, `failed to create ${config.parent} vlan link`);
        }
      } else {
        throw notFound(`invalid subinterface vlan name ${config.parent}, example formatting is eth0.10`);
      }
      createdParent = true;
      try {
        nl.linkSet(config.parent, { up: true });
      } catch (err) {
        nl.linkDel(config.parent);
        throw err;
      }
    }
    if (createdParent) net.driverState = { ...net.driverState, [CREATED_PARENT]: config.parent };
    this.networks.set(net.id, { net, config, createdParent });
  }

  async deleteNetwork(networkId: string): Promise<void> {
    const entry = this.networks.get(networkId);
    if (!entry) return;
    this.networks.delete(networkId);
    const { config, createdParent } = entry;
    const stillUsed = [...this.networks.values()].some((n) => n.config.parent === config.parent);
    if (!createdParent || stillUsed) return;
    const nl = this.nl();
    const link = nl.linkGet(config.parent);
    // Only what berth made: its dummy, or a VLAN sub-interface (never a base link that took the name meanwhile).
    if (link && (config.vlan ? link.kind === 'vlan' : link.kind === 'dummy' || link.kind === 'bridge')) nl.linkDel(config.parent);
  }

  async createEndpoint(_net: DriverNetwork, ep: DriverEndpoint): Promise<{ macAddress?: string }> {
    return { macAddress: ep.macAddress || macFromIp(ep.ipv4) };
  }

  async deleteEndpoint(net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    await this.leave(net, ep);
  }

  async join(net: DriverNetwork, ep: DriverEndpoint, target: JoinTarget): Promise<{ gateway?: string; gatewayV6?: string }> {
    const entry = this.networks.get(net.id);
    if (!entry) throw failedPrecondition(`network ${net.id} is not set up by the macvlan driver`);
    const { config } = entry;
    const { peer } = vethNames(ep.id);
    const nl = this.nl();
    if (!nl.linkGet(config.parent)) throw notFound(`the requested parent interface ${config.parent} was not found on the Docker host`);
    const ns = Netlink.open(target.netnsPath);
    try {
      if (ns.linkGet(peer)) ns.linkDel(peer); // a leftover of a join a crash interrupted
      nl.linkAdd({ kind: 'macvlan', name: peer, parent: config.parent, mode: config.mode, netnsPath: target.netnsPath });
      this.joined.set(ep.id, { netnsPath: target.netnsPath, ifName: target.ifName });
      try {
        bringUpInSandbox(ns, peer, ep, target);
        // With a dummy parent the network is internal: there is nothing behind the gateway.
        const routed = !net.internal && config.parentGiven;
        const gateway = routed && ep.ipv4 && net.ipv4[0] ? cidrIp(net.ipv4[0].gateway) : undefined;
        const gatewayV6 = routed && ep.ipv6 && net.ipv6[0] ? cidrIp(net.ipv6[0].gateway) : undefined;
        if (target.defaultGateway) {
          if (gateway) ns.routeAdd({ gateway, family: 4 });
          if (gatewayV6) ns.routeAdd({ gateway: gatewayV6, family: 6 });
        }
        return { gateway, gatewayV6 };
      } catch (err) {
        for (const name of [peer, target.ifName]) if (ns.linkGet(name)?.kind === 'macvlan') ns.linkDel(name);
        this.joined.delete(ep.id);
        throw err;
      }
    } finally {
      ns.close();
    }
  }

  /** The port lives in the sandbox: deleted there (a sandbox's end deletes it with the netns anyway). */
  async leave(_net: DriverNetwork, ep: DriverEndpoint): Promise<void> {
    const j = this.joined.get(ep.id);
    if (!j) return;
    this.joined.delete(ep.id);
    let ns: Netlink;
    try {
      ns = Netlink.open(j.netnsPath);
    } catch {
      return; // the netns is gone, and the port with it
    }
    try {
      if (ns.linkGet(j.ifName)?.kind === 'macvlan') ns.linkDel(j.ifName);
    } finally {
      ns.close();
    }
  }

  close(): void {
    this.host.close();
  }

  private nl(): Netlink {
    return this.host.get();
  }
}
