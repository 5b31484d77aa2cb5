import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import { dirname, join } from 'node:path';
import { createNetns, removeNetns, socketInNetns, UdpFdSocket } from '@berth/sys';
import { alreadyExists, invalidArgument, isAlreadyExists, kindOf, BerthError, notFound, permissionDenied } from '@berth/errdefs';
import { EmbeddedDns, type DnsAnswerSource } from './dns';
import { Netlink } from './netlink';
import { cidrIp } from './ipam';
import { bridgeNameOf } from './drivers/bridge';
import { internalResolvConf, resolvConf, resolvConfNameservers, sandboxHostsFile } from './etc-files';
import { portRequests, portsView } from './ports';
import type { NetworkCore } from './controller';
import type { EndpointRecord, NetworkRecord, SandboxRecord } from './store';
import type { PortRule } from './firewall';
import type { EndpointRequest, EndpointState, SandboxController, SandboxSpec, SandboxState } from './types';

interface DnsServer {
  server: EmbeddedDns;
}

/**
 * Sandboxes: a container's netns, its endpoints (eth0, eth1, …), published ports, /etc/hosts,
 * /etc/resolv.conf and embedded DNS server. Records are written before anything they describe is
 * made and deleted after it is gone, so `reconcile` at the next start can always clean up.
 */
export class SandboxControllerImpl implements SandboxController {
  private readonly sandboxes = new Map<string, SandboxRecord>();
  private readonly dns = new Map<string, DnsServer>();

  constructor(private readonly core: NetworkCore) {
    core.portRules = () => this.portRules();
  }

  /** Daemon start: the stored sandboxes, their port reservations taken again. */
  load(records: SandboxRecord[]): void {
    for (const r of records) {
      r.ports = this.core.ports.restore(r.containerId, r.ports);
      this.sandboxes.set(r.containerId, r);
    }
  }

  async create(spec: SandboxSpec): Promise<SandboxState> {
    const { state, rules } = await this.createOverlapped(spec);
    await rules;
    return state;
  }

  /**
   * Everything but the firewall under the lock; the firewall outside it, so that a burst of
   * sandboxes shares the firewall's coalesced iptables runs instead of paying one each. The
   * sandbox is answered as soon as its namespace and endpoints exist; `rules` settles once its
   * published ports are in the firewall, and undoes the sandbox when they cannot be.
   */
  async createOverlapped(spec: SandboxSpec): Promise<{ state: SandboxState; rules: Promise<void> }> {
    let state: SandboxState;
    try {
      state = await this.core.serial(() => this.doCreate(spec));
    } catch (err) {
      // Another sandbox's apply may have caught this one half made (its ports): the rules follow the undo.
      await this.core.applyFirewall().catch(() => undefined);
      throw err;
    }
    const rules = (async () => {
      try {
        await this.core.applyFirewall();
      } catch (err) {
        await this.core.serial(async () => {
          const record = this.sandboxes.get(spec.containerId);
          if (record) await this.teardown(record).catch(() => undefined);
        });
        await this.core.applyFirewall().catch(() => undefined);
        throw err;
      }
      for (const ep of state.endpoints) this.emitFor('connect', ep.id, spec.containerId);
    })();
    // A caller that fails before it waits for the rules has the sandbox destroyed anyway.
    rules.catch(() => undefined);
    return { state, rules };
  }

  private async doCreate(spec: SandboxSpec): Promise<SandboxState> {
    const core = this.core;
    if (this.sandboxes.has(spec.containerId)) throw alreadyExists(`network sandbox for container ${spec.containerId} already exists`);
    // Every network must exist before anything is made.
    for (const req of spec.endpoints) this.checkJoinable(core.lookup(req.network), req);
    const requests = portRequests(spec, core.opts.defaultBindIp ?? '0.0.0.0');
    const record: SandboxRecord = { containerId: spec.containerId, netnsPath: join(core.opts.execRoot, 'netns', spec.containerId), spec, endpointIds: [], ports: [] };
    await core.store.saveSandbox(record);
    this.sandboxes.set(spec.containerId, record);
    try {
      try {
        createNetns(record.netnsPath);
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        // A namespace left by a crash under the same id: start from a fresh one.
        removeNetns(record.netnsPath);
        createNetns(record.netnsPath);
      }
      const lo = Netlink.open(record.netnsPath);
      try {
        lo.linkSet('lo', { up: true });
      } finally {
        lo.close();
      }
      const seen = new Set<string>();
      for (const req of spec.endpoints) {
        const id = core.lookup(req.network).state.id;
        if (seen.has(id)) continue;
        seen.add(id);
        await this.attach(record, req);
      }
      await this.publish(record, requests);
      await this.writeFiles(record, true);
      this.startDns(record);
    } catch (err) {
      await this.teardown(record).catch(() => undefined);
      throw err;
    }
    return this.view(record);
  }

  connect(containerId: string, req: EndpointRequest): Promise<EndpointState> {
    return this.core.serial(async () => {
      const record = this.record(containerId);
      const rec = this.core.lookup(req.network);
      this.checkJoinable(rec, req);
      if (record.endpointIds.some((id) => this.core.endpoints.get(id)?.state.networkId === rec.state.id)) {
        throw permissionDenied(`endpoint with name ${record.spec.containerName.replace(/^\//, '')} already exists in network ${rec.state.name}`);
      }
      const wasInternalDns = this.usesInternalDns(record);
      const ep = await this.attach(record, req);
      try {
        await this.writeFiles(record, !wasInternalDns && this.usesInternalDns(record));
        this.startDns(record);
        await this.core.applyFirewall();
      } catch (err) {
        await this.detach(record, ep).catch(() => undefined);
        throw err;
      }
      this.emitFor('connect', ep.state.id, containerId);
      return ep.state;
    });
  }

  disconnect(containerId: string, networkRef: string, force = false): Promise<void> {
    void force; // every disconnect is forced here: a sandbox never refuses to let go of an endpoint
    return this.core.serial(async () => {
      const record = this.record(containerId);
      const rec = this.core.lookup(networkRef);
      const ep = record.endpointIds.map((id) => this.core.endpoints.get(id)).find((e) => e?.state.networkId === rec.state.id);
      if (!ep) throw invalidArgument(`container ${containerId} is not connected to network ${rec.state.name}`);
      const ports = record.ports.filter((p) => p.bridge === bridgeNameOf(rec.driver) && p.containerIp === (ep.state.ipv4 ? cidrIp(ep.state.ipv4) : ''));
      this.core.ports.release(ports);
      record.ports = record.ports.filter((p) => !ports.includes(p));
      await this.detach(record, ep);
      if (record.gatewayEndpoint === ep.state.id) {
        delete record.gatewayEndpoint;
        this.moveDefaultGateway(record);
      }
      await this.core.store.saveSandbox(record);
      await this.core.applyFirewall();
      await this.writeFiles(record, false);
      if (!this.usesInternalDns(record)) this.stopDns(containerId);
      this.core.emit('disconnect', rec.state, containerId);
    });
  }

  /** As create: the rules go outside the lock, so a burst of removals shares the iptables runs. */
  async destroy(containerId: string): Promise<void> {
    const nets = await this.core.serial(async () => {
      const record = this.sandboxes.get(containerId);
      if (!record) return undefined;
      const nets = record.endpointIds.map((id) => this.core.endpoints.get(id)?.state.networkId).flatMap((id) => (id && this.core.networks.get(id) ? [this.core.networks.get(id)!.state] : []));
      await this.teardown(record);
      return nets;
    });
    if (!nets) return;
    await this.core.applyFirewall();
    for (const n of nets) this.core.emit('disconnect', n, containerId);
  }

  rename(containerId: string, newName: string): Promise<void> {
    return this.core.serial(async () => {
      const record = this.sandboxes.get(containerId);
      if (!record) return;
      const oldName = record.spec.containerName.replace(/^\//, '');
      const name = newName.replace(/^\//, '');
      record.spec = { ...record.spec, containerName: name };
      for (const id of record.endpointIds) {
        const ep = this.core.endpoints.get(id);
        if (!ep) continue;
        ep.state.containerName = name;
        ep.state.dnsNames = ep.state.dnsNames.map((n) => (n === oldName ? name : n));
        await this.core.store.saveEndpoint(ep);
      }
      await this.core.store.saveSandbox(record);
    });
  }

  get(containerId: string): SandboxState | undefined {
    const record = this.sandboxes.get(containerId);
    return record && this.view(record);
  }

  reconcile(runningContainerIds: Set<string>): Promise<void> {
    return this.core.serial(async () => {
      const core = this.core;
      for (const record of [...this.sandboxes.values()]) {
        if (runningContainerIds.has(record.containerId)) this.startDns(record);
        else await this.teardown(record).catch(() => undefined);
      }
      // Endpoints whose sandbox record is gone (a crash between the two writes).
      for (const ep of [...core.endpoints.values()]) {
        if (!this.sandboxes.get(ep.state.containerId)?.endpointIds.includes(ep.state.id)) await this.detach(undefined, ep).catch(() => undefined);
      }
      // Namespaces without a sandbox (a crash after createNetns, before the record was complete).
      const dir = join(core.opts.execRoot, 'netns');
      for (const name of safeReaddir(dir)) {
        // Only container sandboxes (64 hex): drivers keep namespaces of their own here too (overlay's `ov-<9 hex>`).
        if (/^[0-9a-f]{64}$/.test(name) && !this.sandboxes.has(name)) {
          try {
            removeNetns(join(dir, name));
          } catch {
            // Still busy (a process inside): the next reconcile tries again.
          }
        }
      }
      await core.applyFirewall();
    });
  }

  /** Daemon stop: DNS servers and port reservations go; namespaces, links and rules stay for live restore. */
  async close(): Promise<void> {
    for (const id of [...this.dns.keys()]) this.stopDns(id);
    for (const r of this.sandboxes.values()) this.core.ports.release(r.ports);
  }

  private record(containerId: string): SandboxRecord {
    const record = this.sandboxes.get(containerId);
    if (!record) throw notFound(`container ${containerId} has no network sandbox (is it running?)`);
    return record;
  }

  private checkJoinable(rec: NetworkRecord, req: EndpointRequest): void {
    if (rec.state.driver === 'host') throw invalidArgument('container cannot be disconnected from host network or connected to host network');
    if (rec.state.configOnly) throw invalidArgument(`cannot attach to config-only network ${rec.state.name}`);
    // Overlay networks take standalone containers only when made --attachable (dockerd: swarm's refusal, passed through).
    if (rec.state.driver === 'overlay' && !rec.state.attachable) throw permissionDenied(`Could not attach to network ${rec.state.name}: rpc error: code = PermissionDenied desc = network ${rec.state.name} not manually attachable`);
    if ((req.ipv4Address || req.ipv6Address) && rec.predefined) throw invalidArgument('user specified IP address is supported on user defined networks only');
    for (const [want, v6] of [[req.ipv4Address, false], [req.ipv6Address, true]] as const) {
      if (want && !rec.pools.some((p) => p.v6 === v6 && !p.dynamic)) throw invalidArgument('user specified IP address is supported only when connecting to networks with user configured subnets');
    }
    if (req.aliases?.length && rec.predefined) throw invalidArgument('network-scoped alias is supported only for containers in user defined networks');
  }

  /** One endpoint: addresses, record, driver endpoint, join as the next free ethN. */
  private async attach(record: SandboxRecord, req: EndpointRequest): Promise<EndpointRecord> {
    const core = this.core;
    const rec = core.lookup(req.network);
    const driver = core.driverOf(rec);
    const id = randomBytes(32).toString('hex');
    const used = new Set(record.endpointIds.map((e) => core.endpoints.get(e)?.state.ifName));
    let n = 0;
    while (used.has(`eth${n}`)) n++;
    const containerName = record.spec.containerName.replace(/^\//, '');
    const shortId = record.containerId.slice(0, 12);
    const aliases = req.aliases ?? [];
    const state: EndpointState = {
      id,
      networkId: rec.state.id,
      containerId: record.containerId,
      containerName,
      ifName: `eth${n}`,
      macAddress: req.macAddress ?? '',
      aliases,
      dnsNames: rec.predefined ? [] : [...new Set([containerName, ...aliases, shortId])],
      links: req.links ?? [],
    };
    const ep: EndpointRecord = { state, netnsPath: record.netnsPath };
    const net = { name: rec.state.name, id: rec.state.id };
    let stored = false;
    try {
      for (const v6 of [false, true]) {
        const want = v6 ? req.ipv6Address : req.ipv4Address;
        if (!rec.pools.some((p) => p.v6 === v6)) {
          if (want) throw invalidArgument(`no configured subnet or ip-range contain the IP address ${want}`);
          continue;
        }
        const pool = core.poolFor(rec, v6, want);
        if (!pool) throw invalidArgument(`no configured subnet or ip-range contain the IP address ${want}`);
        // Serially, not dockerd's lowest-free: conntrack entries of a removed container's flows
        // (dockerd deletes them at leave) would catch the first packets of the next holder of
        // its address and hold them for a second — a published port polled right after `run -d`
        // then took ~900 ms to answer instead of ~5 (measured with tools/bench/network-bench.mjs).
        const addr = await core.ipam.requestAddress(pool, want, { serial: true, network: net });
        if (v6) state.ipv6 = addr;
        else state.ipv4 = addr;
      }
      // The record before the links: a crash from here on leaves a record to clean up by.
      await core.store.saveEndpoint(ep);
      stored = true;
      core.endpoints.set(id, ep);
      record.endpointIds.push(id);
      await core.store.saveSandbox(record);
      const created = await driver.createEndpoint(rec.driver, core.driverEndpoint(state));
      state.macAddress = created.macAddress ?? state.macAddress;
      const defaultGateway = !record.gatewayEndpoint && !rec.state.internal && rec.state.driver !== 'null';
      const joined = await driver.join(rec.driver, core.driverEndpoint(state), { netnsPath: record.netnsPath, ifName: state.ifName, defaultGateway });
      if (joined.gateway) state.gateway = joined.gateway;
      if (joined.gatewayV6) state.gatewayV6 = joined.gatewayV6;
      if (defaultGateway && (joined.gateway || joined.gatewayV6)) record.gatewayEndpoint = id;
      await core.store.saveEndpoint(ep);
      await core.store.saveSandbox(record);
    } catch (err) {
      if (stored) await this.detach(record, ep).catch(() => undefined);
      else await this.releaseAddresses(rec, state);
      throw err;
    }
    return ep;
  }

  /** Undoes attach, tolerating any part of it missing (also for records found at start). */
  private async detach(record: SandboxRecord | undefined, ep: EndpointRecord): Promise<void> {
    const core = this.core;
    const rec = core.networks.get(ep.state.networkId);
    if (rec) {
      const driver = core.driverOf(rec);
      await driver.leave(rec.driver, core.driverEndpoint(ep.state)).catch(() => undefined);
      await driver.deleteEndpoint(rec.driver, core.driverEndpoint(ep.state));
      await this.releaseAddresses(rec, ep.state);
    }
    await core.store.deleteEndpoint(ep.state.id);
    core.endpoints.delete(ep.state.id);
    if (record) {
      record.endpointIds = record.endpointIds.filter((id) => id !== ep.state.id);
      if (this.sandboxes.has(record.containerId)) await core.store.saveSandbox(record);
    }
  }

  /**
   * The endpoint with the default route left: the next endpoint (in interface order) on a network
   * that is not internal takes it, as libnetwork's sandbox does on leave.
   */
  private moveDefaultGateway(record: SandboxRecord): void {
    for (const ep of this.endpointsOf(record)) {
      const rec = this.core.networks.get(ep.state.networkId);
      if (!rec || rec.state.internal || (!ep.state.gateway && !ep.state.gatewayV6)) continue;
      const nl = Netlink.open(record.netnsPath);
      try {
        if (ep.state.gateway) nl.routeAdd({ gateway: ep.state.gateway, dev: ep.state.ifName, family: 4 });
        if (ep.state.gatewayV6) nl.routeAdd({ gateway: ep.state.gatewayV6, dev: ep.state.ifName, family: 6 });
      } finally {
        nl.close();
      }
      record.gatewayEndpoint = ep.state.id;
      return;
    }
  }

  private async releaseAddresses(rec: NetworkRecord, state: EndpointState): Promise<void> {
    for (const [addr, v6] of [[state.ipv4, false], [state.ipv6, true]] as const) {
      if (!addr) continue;
      const pool = this.core.poolFor(rec, v6, addr);
      if (pool) await this.core.ipam.releaseAddress(pool, addr).catch(() => undefined);
    }
  }

  /** Published ports go to the endpoint holding the default gateway (dockerd publishes on that bridge endpoint). */
  private async publish(record: SandboxRecord, requests: ReturnType<typeof portRequests>): Promise<void> {
    if (!requests.length) return;
    const ep = record.gatewayEndpoint ? this.core.endpoints.get(record.gatewayEndpoint) : undefined;
    const rec = ep && this.core.networks.get(ep.state.networkId);
    if (!ep?.state.ipv4 || !rec || rec.state.driver !== 'bridge') return;
    const containerIp = cidrIp(ep.state.ipv4);
    const bridge = bridgeNameOf(rec.driver);
    try {
      const bindings = this.core.ports.allocate(record.containerId, requests, containerIp);
      record.ports = bindings.map((b) => ({ ...b, containerIp, bridge }));
    } catch (err) {
      throw new BerthError(kindOf(err), `driver failed programming external connectivity on endpoint ${ep.state.containerName} (${ep.state.id}): ${(err as Error).message}`, { cause: err });
    }
    await this.core.store.saveSandbox(record);
  }

  private portRules(): PortRule[] {
    return [...this.sandboxes.values()].flatMap((r) => r.ports.map((p) => ({ proto: p.proto, hostIp: p.hostIp, hostPort: p.hostPort, containerIp: p.containerIp, containerPort: p.containerPort, bridge: p.bridge })));
  }

  /** Everything of a sandbox, in reverse order of creation; every step tolerates what is already gone. */
  private async teardown(record: SandboxRecord): Promise<void> {
    this.stopDns(record.containerId);
    this.core.ports.release(record.ports);
    record.ports = [];
    for (const id of [...record.endpointIds].reverse()) {
      const ep = this.core.endpoints.get(id);
      if (ep) await this.detach(record, ep);
      else record.endpointIds = record.endpointIds.filter((e) => e !== id);
    }
    removeNetns(record.netnsPath);
    this.sandboxes.delete(record.containerId);
    await this.core.store.deleteSandbox(record.containerId);
  }

  private endpointsOf(record: SandboxRecord): EndpointRecord[] {
    return record.endpointIds.flatMap((id) => {
      const ep = this.core.endpoints.get(id);
      return ep ? [ep] : [];
    });
  }

  /** A user-defined network (not the predefined bridge/none) means the embedded DNS server. */
  private usesInternalDns(record: SandboxRecord): boolean {
    return this.endpointsOf(record).some((ep) => {
      const rec = this.core.networks.get(ep.state.networkId);
      return !!rec && !rec.predefined;
    });
  }

  private async writeFiles(record: SandboxRecord, resolv: boolean): Promise<void> {
    const spec = record.spec;
    const eps = this.endpointsOf(record);
    const addresses = eps.flatMap((ep) => [ep.state.ipv4, ep.state.ipv6].filter((a): a is string => !!a).map(cidrIp));
    const bridge = [...this.core.networks.values()].find((r) => r.predefined && r.state.driver === 'bridge');
    const hostGateway = bridge?.pools.find((p) => !p.v6)?.gateway ?? eps.find((e) => e.state.gateway)?.state.gateway;
    const links: { ip: string; names: string[] }[] = [];
    for (const ep of eps) {
      const rec = this.core.networks.get(ep.state.networkId);
      if (!rec?.predefined) continue;
      for (const link of ep.state.links) {
        const [name = '', alias = name] = link.split(':');
        const target = this.core.endpointsOf(rec.state.id).find((o) => o.state.containerName === name.replace(/^\//, '') || o.state.containerId === name);
        if (target?.state.ipv4) links.push({ ip: cidrIp(target.state.ipv4), names: [...new Set([alias.replace(/^\//, ''), target.state.containerId.slice(0, 12), target.state.containerName])] });
      }
    }
    const hosts = sandboxHostsFile({
      hostname: spec.hostname,
      domainname: spec.domainname,
      extraHosts: spec.extraHosts,
      addresses,
      hostGateway: hostGateway ? ipOnly(hostGateway) : undefined, // a pool's gateway is a CIDR, an endpoint's a bare address
      links,
    });
    mkdirSync(dirname(spec.hostsPath), { recursive: true });
    // In place, not rename: the file is bind-mounted into the container, which would keep the old inode.
    await writeFile(spec.hostsPath, hosts);
    if (!resolv) return;
    const hostResolv = this.core.opts.hostResolvConf ?? '/etc/resolv.conf';
    let text: string;
    if (this.usesInternalDns(record)) {
      const hostText = await readFile(hostResolv, 'utf8').catch(() => '');
      const ext = spec.dns?.length ? spec.dns : resolvConfNameservers(hostText);
      text = await internalResolvConf({ search: spec.dnsSearch, options: spec.dnsOptions, extServers: ext, overrides: spec.dns?.length ? ['nameservers'] : [] }, hostResolv);
    } else {
      text = await resolvConf({ dns: spec.dns, search: spec.dnsSearch, options: spec.dnsOptions }, hostResolv);
    }
    mkdirSync(dirname(spec.resolvConfPath), { recursive: true });
    await writeFile(spec.resolvConfPath, text);
  }

  private startDns(record: SandboxRecord): void {
    if (this.dns.has(record.containerId) || !this.usesInternalDns(record)) return;
    const spec = record.spec;
    const server = new EmbeddedDns({
      answers: this.answers(record),
      upstreams: () => (spec.dns?.length ? spec.dns : this.core.opts.dnsUpstreams()),
      ndotsSet: !!spec.dnsOptions?.some((o) => o.startsWith('ndots:')),
    });
    const udpFd = socketInNetns(record.netnsPath, 'udp4', '127.0.0.11', 53);
    server.serveUdp(new UdpFdSocket(udpFd));
    const tcpFd = socketInNetns(record.netnsPath, 'tcp4', '127.0.0.11', 53);
    const tcp = net.createServer();
    tcp.listen({ fd: tcpFd });
    server.serveTcp(tcp);
    this.dns.set(record.containerId, { server });
  }

  private stopDns(containerId: string): void {
    const d = this.dns.get(containerId);
    if (!d) return;
    this.dns.delete(containerId);
    d.server.close();
  }

  /** Names this sandbox can resolve: those of every endpoint on a user-defined network it is on. */
  private answers(record: SandboxRecord): DnsAnswerSource {
    return sandboxDnsAnswers(() =>
      this.endpointsOf(record).flatMap((ep) => {
        const rec = this.core.networks.get(ep.state.networkId);
        return rec && !rec.predefined ? [{ network: rec.state.name, endpoints: this.core.endpointsOf(rec.state.id).map((e) => e.state) }] : [];
      }),
    );
  }

  private emitFor(action: 'connect' | 'disconnect', endpointId: string, containerId: string): void {
    const ep = this.core.endpoints.get(endpointId);
    const rec = ep && this.core.networks.get(ep.state.networkId);
    if (rec) this.core.emit(action, rec.state, containerId);
  }

  private view(record: SandboxRecord): SandboxState {
    const exposed = [...(record.spec.exposedPorts ?? []), ...Object.keys(record.spec.portBindings ?? {})];
    return {
      containerId: record.containerId,
      netnsPath: record.netnsPath,
      endpoints: this.endpointsOf(record).map((e) => e.state),
      ports: portsView(record.ports, exposed),
    };
  }
}

/** An address with or without its '/len'. */
export function ipOnly(address: string): string {
  return address.includes('/') ? cidrIp(address) : address;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The embedded DNS server's own answers for one sandbox, given the user-defined networks it is on
 * (read at every query, so connects and disconnects anywhere show at once): an endpoint's DNS names
 * (container name, aliases, short id) bare or qualified with the network's name (`web.mynet`);
 * every matching address (a shared alias gives several); a known name without an address of the
 * asked type is an empty answer, an unknown one goes upstream (undefined).
 */
export function sandboxDnsAnswers(shared: () => { network: string; endpoints: EndpointState[] }[]): DnsAnswerSource {
  return {
    lookup: (name, type) => {
      let found = false;
      const out: string[] = [];
      for (const { network, endpoints } of shared()) {
        const suffix = `.${network.toLowerCase()}`;
        const bare = name.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
        for (const ep of endpoints) {
          const names = ep.dnsNames.map((n) => n.toLowerCase());
          if (!names.includes(name) && !(bare !== undefined && names.includes(bare))) continue;
          found = true;
          const addr = type === 'A' ? ep.ipv4 : ep.ipv6;
          if (addr && !out.includes(cidrIp(addr))) out.push(cidrIp(addr));
        }
      }
      return found ? out : undefined;
    },
    reverse: (address) => {
      for (const { network, endpoints } of shared()) {
        for (const ep of endpoints) {
          if ((ep.ipv4 && cidrIp(ep.ipv4) === address) || (ep.ipv6 && cidrIp(ep.ipv6) === address)) return `${ep.containerName}.${network}`;
        }
      }
      return undefined;
    },
  };
}
