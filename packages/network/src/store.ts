import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@berth/sys';
import type { DriverNetwork, EndpointState, NetworkState, PortBindingState, SandboxSpec } from './types';

/** What the controller keeps of a network: its public state and the driver's view (pools, gateways). */
export interface NetworkRecord {
  state: NetworkState;
  driver: DriverNetwork;
  /** IPAM requests to repeat at daemon start, in order, with the exact values they got. */
  pools: {
    v6: boolean;
    pool: string;
    subPool?: string;
    gateway: string;
    auxAddresses: Record<string, string>;
    /** Taken from the default pools rather than given by the user (`--ip` is refused on such networks, as dockerd). */
    dynamic?: boolean;
  }[];
  predefined?: boolean;
}

/** An endpoint record: written before the driver creates anything for it, deleted after it removed all. */
export interface EndpointRecord {
  state: EndpointState;
  /** The netns it joins (its sandbox's). */
  netnsPath: string;
}

export interface SandboxRecord {
  containerId: string;
  netnsPath: string;
  spec: SandboxSpec;
  /** Endpoint ids in interface order (eth0, eth1, …). */
  endpointIds: string[];
  ports: (PortBindingState & { containerIp: string; bridge: string })[];
  /** The endpoint that carries the default route (and the published ports). */
  gatewayEndpoint?: string;
}

type Kind = 'networks' | 'endpoints' | 'sandboxes';

/**
 * Network state under `<data-root>/network/`: one JSON file per network, endpoint and sandbox,
 * each written atomically (write + rename), so a berthd killed at any instant leaves either the old
 * or the new record, never a torn one.
 */
export class NetworkStore {
  constructor(readonly root: string) {
    for (const kind of ['networks', 'endpoints', 'sandboxes'] as const) mkdirSync(join(root, kind), { recursive: true });
  }

  load(): { networks: NetworkRecord[]; endpoints: EndpointRecord[]; sandboxes: SandboxRecord[] } {
    return { networks: this.read<NetworkRecord>('networks'), endpoints: this.read<EndpointRecord>('endpoints'), sandboxes: this.read<SandboxRecord>('sandboxes') };
  }

  saveNetwork(r: NetworkRecord): Promise<void> {
    return this.write('networks', r.state.id, r);
  }
  deleteNetwork(id: string): Promise<void> {
    return this.remove('networks', id);
  }
  saveEndpoint(r: EndpointRecord): Promise<void> {
    return this.write('endpoints', r.state.id, r, false);
  }
  deleteEndpoint(id: string): Promise<void> {
    return this.remove('endpoints', id);
  }
  saveSandbox(r: SandboxRecord): Promise<void> {
    return this.write('sandboxes', r.containerId, r, false);
  }
  deleteSandbox(containerId: string): Promise<void> {
    return this.remove('sandboxes', containerId);
  }

  private read<T>(kind: Kind): T[] {
    const out: T[] = [];
    for (const name of readdirSync(join(this.root, kind))) {
      if (!name.endsWith('.json')) continue; // a temp file of an interrupted write
      try {
        out.push(JSON.parse(readFileSync(join(this.root, kind, name), 'utf8')) as T);
      } catch {
        // Unreadable record: nothing can be done with it; it is skipped rather than stopping the daemon.
      }
    }
    return out;
  }

  /**
   * Sandboxes and endpoints are runtime state (a reboot takes their namespaces and links): atomic
   * but not fsynced, which a crash of berthd alone never needs. Networks outlive reboots: durable.
   */
  private write(kind: Kind, id: string, value: unknown, durable = true): Promise<void> {
    return writeFileAtomic(join(this.root, kind, `${id}.json`), JSON.stringify(value), { durable });
  }

  private remove(kind: Kind, id: string): Promise<void> {
    return rm(join(this.root, kind, `${id}.json`), { force: true });
  }
}
