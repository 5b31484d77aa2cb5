import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { conflict, invalidArgument, notFound, permissionDenied } from '@berth/errdefs';
import { createIptablesFirewall, noFirewall, type BridgeRules, type Firewall, type PortRule } from './firewall';
import { cidrContains, cidrIp, createDefaultIpam, hostReservedNetworks, ipFamily, networkAddress, parseCidr, validateIpamConfig, type IpamDriver } from './ipam';
import { createDrivers } from './drivers';
import { loadRemoteDriver } from './drivers/remote';
import { withPluginIpam } from './ipam/remote';
import { PluginRegistry } from '@berth/plugins';
import { BRIDGE_OPTIONS, bridgeNameOf, parseBoolOption } from './drivers/bridge';
import { Netlink } from './netlink';
import { PortAllocator } from './ports';
import { NetworkStore, type EndpointRecord, type NetworkRecord } from './store';
import { ipOnly, SandboxControllerImpl } from './sandbox';
import type {
  DriverEndpoint,
  EndpointState,
  NetworkController,
  NetworkControllerOptions,
  NetworkCreateRequest,
  NetworkDriver,
  NetworkEvent,
  NetworkState,
} from './types';

/** Names dockerd reserves: they are the predefined networks (plus `default`, an alias of bridge in run). */
export const PREDEFINED_NETWORKS = ['bridge', 'host', 'none', 'default'];

/**
 * The state and the steps the network controller and its sandbox controller share: networks
 * (records + IPAM pool ids), endpoints, drivers, the firewall and the port allocator. Every mutation
 * runs under one lock, so IPAM, the store and the firewall see one change at a time.
 */
export class NetworkCore {
  readonly networks = new Map<string, NetworkRecord>();
  /** Per network, the IPAM pool id of each `pools` entry (in memory: IPAM is replayed at start). */
  readonly poolIds = new Map<string, string[]>();
  readonly endpoints = new Map<string, EndpointRecord>();
  readonly ports: PortAllocator;
  readonly ipam: IpamDriver;
  readonly drivers: Map<string, NetworkDriver & { close?(): void }>;
  /** Network and IPAM driver plugins, found by name in `opts.pluginDirs`. */
  readonly plugins: PluginRegistry;
  readonly firewall: Firewall;
  readonly store: NetworkStore;
  /** Filled by the sandbox controller: published ports as firewall rules. */
  portRules: () => PortRule[] = () => [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The firewall state last handed to the firewall, and its apply (settled or in flight). */
  private firewallKey: string | undefined;
  private firewallApply: Promise<void> = Promise.resolve();

  constructor(readonly opts: NetworkControllerOptions) {
    this.store = new NetworkStore(opts.dataRoot);
    this.plugins = new PluginRegistry(opts.pluginDirs ?? []);
    this.ipam = withPluginIpam(createDefaultIpam({ defaultPools: opts.defaultAddressPools, hostId: opts.hostId, hostRoutes: () => hostReservedNetworks(opts.hostResolvConf) }), this.plugins);
    this.drivers = createDrivers({ ipForward: opts.ipForward, hostNetnsPath: opts.hostNetnsPath, execRoot: opts.execRoot });
    this.firewall = opts.firewall ?? (opts.iptables ? createIptablesFirewall() : noFirewall);
    this.ports = new PortAllocator(opts.portRange, opts.hostNetnsPath);
  }

  /** Runs `fn` after every earlier mutation settled. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  emit(action: NetworkEvent['action'], network: NetworkState, containerId?: string): void {
    try {
      this.opts.onEvent?.({ action, network, containerId });
    } catch {
      // A listener's failure is not the network operation's.
    }
  }

  /** A built-in driver, else the network driver plugin of that name (activated once, then kept with the built-ins). */
  async resolveDriver(name: string): Promise<NetworkDriver> {
    const known = this.drivers.get(name);
    if (known) return known;
    const remote = await loadRemoteDriver(this.plugins, name, this.opts.hostNetnsPath);
    this.drivers.set(name, remote);
    return remote;
  }

  driverOf(rec: NetworkRecord): NetworkDriver {
    const d = this.drivers.get(rec.state.driver);
    if (!d) throw notFound(`plugin "${rec.state.driver}" not found`);
    return d;
  }

  /** Full id, exact name, then unique id prefix — dockerd's lookup order. */
  lookup(ref: string): NetworkRecord {
    if (ref === 'default') ref = 'bridge';
    const byId = this.networks.get(ref);
    if (byId) return byId;
    const byName = [...this.networks.values()].filter((r) => r.state.name === ref);
    if (byName.length === 1) return byName[0]!;
    if (ref) {
      const byPrefix = [...this.networks.values()].filter((r) => r.state.id.startsWith(ref));
      if (byPrefix.length === 1) return byPrefix[0]!;
      if (byPrefix.length > 1) throw invalidArgument(`network ${ref} is ambiguous (${byPrefix.length} matches found based on ID prefix)`);
    }
    throw notFound(`network ${ref} not found`);
  }

  endpointsOf(networkId: string): EndpointRecord[] {
    return [...this.endpoints.values()].filter((e) => e.state.networkId === networkId);
  }

  /** The firewall's whole desired state, from every bridge network and published port. */
  async applyFirewall(): Promise<void> {
    const bridges: BridgeRules[] = [];
    for (const rec of this.networks.values()) {
      if (rec.state.driver !== 'bridge' || rec.state.configOnly) continue;
      const v4 = rec.pools.find((p) => !p.v6);
      if (!v4) continue;
      const o = rec.state.options;
      const defaultBridge = parseBoolOption(o[BRIDGE_OPTIONS.defaultBridge], false);
      bridges.push({
        bridge: bridgeNameOf(rec.driver),
        subnet: v4.pool,
        gatewayIp: cidrIp(v4.gateway),
        internal: rec.state.internal,
        icc: parseBoolOption(o[BRIDGE_OPTIONS.enableIcc], defaultBridge ? this.opts.icc : true),
        masquerade: parseBoolOption(o[BRIDGE_OPTIONS.enableIpMasquerade], true),
        ...(o[BRIDGE_OPTIONS.hostBindingIpv4] && !defaultBridge ? { hostBindingIpv4: o[BRIDGE_OPTIONS.hostBindingIpv4] } : {}),
      });
    }
    const state = { bridges, ports: this.portRules() };
    // Most sandboxes publish nothing: their create/destroy leave the rules as they are, and an
    // iptables-restore run (a process per table) is the slowest step of a sandbox by far.
    const key = JSON.stringify(state);
    if (key === this.firewallKey) return this.firewallApply;
    // Callers may overlap (sandboxes apply outside the lock, so a burst of them shares the
    // firewall's coalesced runs): each waits for its own state or a later one to be in place.
    this.firewallKey = key;
    const apply = this.firewall.apply(state);
    this.firewallApply = apply;
    try {
      await apply;
    } catch (err) {
      if (this.firewallKey === key) this.firewallKey = undefined;
      throw err;
    }
  }

  /**
   * A network's own rules (NAT, isolation, ICC) are applied after its create or remove has
   * answered: until a container joins, they guard nothing, and the iptables-restore run is half of
   * a create. Every sandbox's create awaits the firewall state in force (`applyFirewall` hands it
   * the run under way, or starts one), so no container runs on a network before its rules do; a
   * failed run is retried by the next apply, and `close` waits for the last one.
   */
  applyFirewallSoon(): void {
    const run = this.applyFirewall().catch((err: unknown) => {
      this.opts.onFirewallError?.(err);
    });
    this.pendingApplies.add(run);
    void run.finally(() => this.pendingApplies.delete(run));
  }

  readonly pendingApplies = new Set<Promise<void>>();

  /** IPAM pools, gateway and auxiliary addresses of one network — again with the stored values at start. */
  async requestPools(rec: NetworkRecord): Promise<void> {
    const ids: string[] = [];
    this.poolIds.set(rec.state.id, ids);
    for (const p of rec.pools) {
      const { poolId } = await this.ipam.requestPool({ pool: p.pool, subPool: p.subPool, v6: p.v6, forDefaultBridge: rec.predefined && rec.state.driver === 'bridge', driver: rec.state.ipam.driver, options: rec.state.ipam.options });
      ids.push(poolId);
      await this.ipam.requestAddress(poolId, cidrIp(p.gateway), { gateway: true });
      for (const ip of Object.values(p.auxAddresses)) if (cidrContains(p.pool, ip)) await this.ipam.requestAddress(poolId, ip);
    }
  }

  async releasePools(networkId: string): Promise<void> {
    for (const id of this.poolIds.get(networkId) ?? []) await this.ipam.releasePool(id).catch(() => undefined);
    this.poolIds.delete(networkId);
  }

  /** The pool id an address of `rec` belongs to. */
  poolFor(rec: NetworkRecord, v6: boolean, address?: string): string | undefined {
    const ids = this.poolIds.get(rec.state.id) ?? [];
    for (let i = 0; i < rec.pools.length; i++) {
      const p = rec.pools[i]!;
      if (p.v6 !== v6) continue;
      if (address === undefined || cidrContains(p.pool, ipOnly(address))) return ids[i];
    }
    return undefined;
  }

  driverEndpoint(ep: EndpointState): DriverEndpoint {
    return { id: ep.id, networkId: ep.networkId, ipv4: ep.ipv4, ipv6: ep.ipv6, macAddress: ep.macAddress || undefined };
  }

  close(): void {
    for (const d of this.drivers.values()) d.close?.();
  }
}

/** driver.createNetwork, then the record again when the driver noted something in its network (driver state). */
async function createAndKeep(core: NetworkCore, driver: NetworkDriver, rec: NetworkRecord): Promise<void> {
  const before = JSON.stringify(rec.driver);
  await driver.createNetwork(rec.driver);
  if (JSON.stringify(rec.driver) !== before) await core.store.saveNetwork(rec);
}

function newId(): string {
  return randomBytes(32).toString('hex');
}

class Controller implements NetworkController {
  readonly sandboxes: SandboxControllerImpl;

  constructor(private readonly core: NetworkCore) {
    this.sandboxes = new SandboxControllerImpl(core);
  }

  /** Stored networks come back (IPAM replay, driver adoption); predefined ones are made on first start. */
  async start(): Promise<void> {
    const core = this.core;
    const { networks, endpoints, sandboxes } = core.store.load();
    // Predefined first, so the default bridge gets its pool before user networks take theirs.
    networks.sort((a, b) => Number(!!b.predefined) - Number(!!a.predefined) || a.state.created.localeCompare(b.state.created));
    for (const rec of networks) {
      core.networks.set(rec.state.id, rec);
      try {
        await core.requestPools(rec);
        await createAndKeep(core, await core.resolveDriver(rec.state.driver), rec);
      } catch {
        // A network that cannot come back (its driver or subnet is gone) stays listed for removal, as in dockerd.
      }
    }
    for (const ep of endpoints) {
      core.endpoints.set(ep.state.id, ep);
      const rec = core.networks.get(ep.state.networkId);
      if (!rec) continue;
      for (const [addr, v6] of [[ep.state.ipv4, false], [ep.state.ipv6, true]] as const) {
        const pool = addr ? core.poolFor(rec, v6, addr) : undefined;
        if (pool && addr) await core.ipam.requestAddress(pool, cidrIp(addr)).catch(() => undefined);
      }
    }
    await this.ensurePredefined();
    this.sandboxes.load(sandboxes);
    await core.applyFirewall();
  }

  private async ensurePredefined(): Promise<void> {
    const names = new Set([...this.core.networks.values()].map((r) => r.state.name));
    const db = this.core.opts.defaultBridge;
    if (db !== 'none' && !names.has('bridge')) {
      const options: Record<string, string> = {
        [BRIDGE_OPTIONS.defaultBridge]: 'true',
        [BRIDGE_OPTIONS.enableIcc]: String(this.core.opts.icc),
        [BRIDGE_OPTIONS.enableIpMasquerade]: 'true',
        [BRIDGE_OPTIONS.hostBindingIpv4]: this.core.opts.defaultBindIp ?? '0.0.0.0',
        [BRIDGE_OPTIONS.name]: db.name,
        [BRIDGE_OPTIONS.mtu]: String(db.mtu ?? 1500),
      };
      const bip = db.bip ?? this.existingBridgeAddress(db.name);
      const config = bip ? [{ Subnet: `${networkAddress(bip)}/${parseCidr(bip).prefix}`, Gateway: cidrIp(bip), IPRange: db.fixedCidr }] : db.fixedCidr ? [{ Subnet: db.fixedCidr, IPRange: db.fixedCidr }] : [];
      await this.create({ Name: 'bridge', Driver: 'bridge', Options: options, IPAM: { Driver: 'default', Config: config } }, true);
    }
    if (!names.has('host')) await this.create({ Name: 'host', Driver: 'host' }, true);
    if (!names.has('none')) await this.create({ Name: 'none', Driver: 'null' }, true);
  }

  /**
   * Without --bip, a default bridge that already exists keeps its IPv4 address as the network's
   * gateway and subnet (dockerd does the same with docker0), instead of the bridge collecting one
   * more subnet from the default pools at every fresh start.
   */
  private existingBridgeAddress(name: string): string | undefined {
    let nl: Netlink | undefined;
    try {
      nl = Netlink.open(this.core.opts.hostNetnsPath);
      return nl.addrs(name).find((a) => a.family === 4)?.cidr;
    } catch {
      return undefined; // no such bridge: the default pools decide
    } finally {
      nl?.close();
    }
  }

  createNetwork(req: NetworkCreateRequest): Promise<NetworkState> {
    return this.core.serial(async () => {
      if (PREDEFINED_NETWORKS.includes(req.Name)) throw permissionDenied(`operation is not permitted on predefined ${req.Name} network `);
      const state = await this.create(req, false);
      return state;
    });
  }

  private async create(req: NetworkCreateRequest, predefined: boolean): Promise<NetworkState> {
    const core = this.core;
    const name = req.Name ?? '';
    if (!name) throw invalidArgument('network name must not be empty');
    if ([...core.networks.values()].some((r) => r.state.name === name)) throw conflict(`network with name ${name} already exists`);
    const driverName = req.Driver || 'bridge';
    const driver = await core.resolveDriver(driverName);
    if (!predefined && (driverName === 'host' || driverName === 'null')) throw permissionDenied(`only one instance of "${driverName}" network is allowed`);
    const ipamDriver = req.IPAM?.Driver || 'default';
    const options = { ...(req.Options ?? {}) };
    driver.validateOptions(predefined ? {} : options);
    const enableIPv6 = !!req.EnableIPv6;
    const enableIPv4 = req.EnableIPv4 ?? true;
    if (!enableIPv4 && !enableIPv6) throw invalidArgument('IPv4 or IPv6 must be enabled');
    validateIpamConfig(req.IPAM?.Config, enableIPv6);
    // As dockerd: IPv6 entries of a network without IPv6 are not used.
    const config = (req.IPAM?.Config ?? []).filter((cfg) => enableIPv6 || !cfg.Subnet || ipFamily(cidrIp(cfg.Subnet)) !== 6);

    const id = newId();
    const wantsAddresses = driverName !== 'host' && driverName !== 'null';
    const pools: NetworkRecord['pools'] = [];
    const poolIds: string[] = [];
    core.poolIds.set(id, poolIds);
    const state: NetworkState = {
      id,
      name,
      driver: driverName,
      scope: driver.scope,
      created: new Date().toISOString(),
      internal: !!req.Internal,
      attachable: !!req.Attachable,
      ingress: !!req.Ingress,
      enableIPv4,
      enableIPv6,
      ipam: { driver: ipamDriver, options: { ...(req.IPAM?.Options ?? {}) }, config: [] },
      options,
      labels: { ...(req.Labels ?? {}) },
      configOnly: !!req.ConfigOnly,
      ...(req.ConfigFrom?.Network ? { configFrom: req.ConfigFrom.Network } : {}),
      userSubnets: !predefined && (req.IPAM?.Config ?? []).some((c) => !!c.Subnet),
    };
    const rec: NetworkRecord = {
      state,
      driver: { id, name, options, internal: state.internal, enableIPv6, ipv4: [], ipv6: [] },
      pools,
      ...(predefined ? { predefined: true } : {}),
    };
    if (driverName === 'bridge') rec.driver.bridgeName = predefined && this.core.opts.defaultBridge !== 'none' ? this.core.opts.defaultBridge.name : bridgeNameOf(rec.driver);
    let stored = false;
    let driverCreated = false;
    try {
      if (wantsAddresses && !state.configOnly) {
        const wanted: { v6: boolean; cfg: (typeof config)[number] }[] = config.map((cfg) => ({ v6: !!cfg.Subnet && ipFamily(cidrIp(cfg.Subnet)) === 6, cfg }));
        if (enableIPv4 && !wanted.some((w) => !w.v6)) wanted.unshift({ v6: false, cfg: {} });
        if (enableIPv6 && !wanted.some((w) => w.v6)) wanted.push({ v6: true, cfg: {} });
        for (const { v6, cfg } of wanted) {
          if (!v6 && !enableIPv4) continue;
          const { poolId, pool } = await core.ipam.requestPool({ pool: cfg.Subnet, subPool: cfg.IPRange, v6, options: state.ipam.options, forDefaultBridge: predefined, driver: ipamDriver });
          poolIds.push(poolId);
          const gateway = await core.ipam.requestAddress(poolId, cfg.Gateway, { gateway: true });
          const aux: Record<string, string> = {};
          for (const [k, ip] of Object.entries(cfg.AuxiliaryAddresses ?? {})) {
            await core.ipam.requestAddress(poolId, ip);
            aux[k] = ip;
          }
          pools.push({ v6, pool, ...(cfg.IPRange ? { subPool: cfg.IPRange } : {}), gateway, auxAddresses: aux, ...(cfg.Subnet ? {} : { dynamic: true }) });
          (v6 ? rec.driver.ipv6 : rec.driver.ipv4).push({ pool, gateway, auxAddresses: aux });
          state.ipam.config.push({ Subnet: pool, ...(cfg.IPRange ? { IPRange: cfg.IPRange } : {}), Gateway: cidrIp(gateway), ...(Object.keys(aux).length ? { AuxiliaryAddresses: aux } : {}) });
        }
      } else if (state.configOnly) {
        for (const cfg of config) state.ipam.config.push({ Subnet: cfg.Subnet!, ...(cfg.IPRange ? { IPRange: cfg.IPRange } : {}), ...(cfg.Gateway ? { Gateway: cfg.Gateway } : {}), ...(cfg.AuxiliaryAddresses ? { AuxiliaryAddresses: { ...cfg.AuxiliaryAddresses } } : {}) });
      }
      // The record first: a crash from here on leaves something the next start can find and adopt or remove.
      await core.store.saveNetwork(rec);
      stored = true;
      core.networks.set(id, rec);
      if (!state.configOnly) {
        driverCreated = true;
        await createAndKeep(core, driver, rec);
        core.applyFirewallSoon();
      }
    } catch (err) {
      core.networks.delete(id);
      if (driverCreated) await driver.deleteNetwork(id).catch(() => undefined);
      if (stored) await core.store.deleteNetwork(id).catch(() => undefined);
      await core.releasePools(id);
      if (driverCreated) await core.applyFirewall().catch(() => undefined);
      throw err;
    }
    core.emit('create', state);
    return state;
  }

  removeNetwork(ref: string): Promise<void> {
    return this.core.serial(async () => {
      const core = this.core;
      const rec = core.lookup(ref);
      if (rec.predefined) throw permissionDenied(`${rec.state.name} is a pre-defined network and cannot be removed`);
      if (core.endpointsOf(rec.state.id).length) throw permissionDenied(`error while removing network: network ${rec.state.name} id ${rec.state.id} has active endpoints`);
      if (!rec.state.configOnly) await core.driverOf(rec).deleteNetwork(rec.state.id);
      core.networks.delete(rec.state.id);
      await core.store.deleteNetwork(rec.state.id);
      await core.releasePools(rec.state.id);
      core.applyFirewallSoon();
      core.emit('destroy', rec.state);
    });
  }

  network(ref: string): NetworkState {
    return this.core.lookup(ref).state;
  }

  networks(): NetworkState[] {
    return [...this.core.networks.values()].map((r) => r.state);
  }

  endpoints(networkId: string): EndpointState[] {
    return this.core.endpointsOf(this.core.lookup(networkId).state.id).map((e) => e.state);
  }

  async close(): Promise<void> {
    await this.core.serial(async () => {
      await Promise.all(this.core.pendingApplies);
      await this.sandboxes.close();
      this.core.close();
    });
  }
}

/** Predefined bridge/host/none on first start; re-adopts stored networks at every start. */
export async function createNetworkController(opts: NetworkControllerOptions): Promise<NetworkController> {
  mkdirSync(join(opts.execRoot, 'netns'), { recursive: true });
  const core = new NetworkCore(opts);
  const controller = new Controller(core);
  await controller.start();
  return controller;
}
