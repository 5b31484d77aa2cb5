import { closeFd, socketInNetns } from '@berth/sys';
import { conflict, invalidArgument, isConflict, unavailable } from '@berth/errdefs';
import type { PortBindingState } from './types';

/** One host-port request before allocation: a fixed port, a range (`8000-8010`), or any (0-0). */
export interface PortRequest {
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
  hostIp: string;
  hostPortStart: number;
  hostPortEnd: number;
}

type Bindings = Record<string, { HostIp?: string; HostPort?: string }[] | null>;

/** `80/tcp` → [80, 'tcp']; a bare `80` is tcp, as in the Engine API. */
export function parsePortKey(key: string): { port: number; proto: 'tcp' | 'udp' | 'sctp' } {
  const [portText, protoText = 'tcp'] = key.split('/');
  const proto = protoText.toLowerCase();
  const port = Number(portText);
  if (!/^\d+$/.test(portText ?? '') || port < 1 || port > 65535) throw invalidArgument(`invalid port specification: "${key}"`);
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') throw invalidArgument(`invalid proto: ${protoText}`);
  return { port, proto };
}

function parseHostPort(text: string | undefined): [number, number] {
  if (text === undefined || text === '') return [0, 0];
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  const start = m ? Number(m[1]) : NaN;
  const end = m?.[2] !== undefined ? Number(m[2]) : start;
  if (!m || start > 65535 || end > 65535 || end < start) throw invalidArgument(`invalid hostPort: ${text}`);
  return [start, end];
}

/**
 * HostConfig.PortBindings (+ PublishAllPorts over ExposedPorts) → what to allocate, in a stable
 * order (by port, then proto, then binding order). An empty HostIp is `defaultBindIp` (dockerd --ip);
 * -P publishes every exposed port that has no binding on a random port, as dockerd does.
 */
export function portRequests(spec: { portBindings?: Bindings; publishAllPorts?: boolean; exposedPorts?: string[] }, defaultBindIp = '0.0.0.0'): PortRequest[] {
  const bindings: Bindings = { ...(spec.portBindings ?? {}) };
  if (spec.publishAllPorts) {
    for (const key of spec.exposedPorts ?? []) {
      const { port, proto } = parsePortKey(key);
      const norm = `${port}/${proto}`;
      if (!bindings[norm]?.length && !bindings[key]?.length) bindings[norm] = [{ HostIp: '', HostPort: '' }];
    }
  }
  const out: PortRequest[] = [];
  for (const [key, list] of Object.entries(bindings)) {
    const { port, proto } = parsePortKey(key);
    for (const b of list ?? []) {
      const [hostPortStart, hostPortEnd] = parseHostPort(b.HostPort);
      out.push({ containerPort: port, proto, hostIp: b.HostIp || defaultBindIp, hostPortStart, hostPortEnd });
    }
  }
  return out.sort((a, b) => a.containerPort - b.containerPort || a.proto.localeCompare(b.proto));
}

/** Allocated bindings in NetworkSettings.Ports shape; exposed ports without a binding are `null`. */
export function portsView(bindings: PortBindingState[], exposedPorts: string[] = []): Record<string, { HostIp: string; HostPort: string }[] | null> {
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const key of exposedPorts) {
    const { port, proto } = parsePortKey(key);
    out[`${port}/${proto}`] = null;
  }
  for (const b of bindings) {
    const key = `${b.containerPort}/${b.proto}`;
    (out[key] ??= []).push({ HostIp: b.hostIp, HostPort: String(b.hostPort) });
  }
  return out;
}

/**
 * Host ports in use by published container ports. Like docker-proxy's reservation, each TCP/UDP
 * port is held by a bound (not listening) socket while it is published, so no host process can
 * take it meanwhile and a host process that already has it is detected at allocation.
 */
export class PortAllocator {
  private readonly held = new Map<string, { owner: string; fd?: number }>();
  private next: number;

  constructor(
    private readonly range: [number, number] = [32768, 60999],
    /** Where the reservation sockets are bound (berthd's own namespace when undefined). */
    private readonly netnsPath?: string,
  ) {
    this.next = range[0];
  }

  /** Allocates every request for `owner`, all or nothing. `containerIp` only words the error. */
  allocate(owner: string, requests: PortRequest[], containerIp = ''): PortBindingState[] {
    const done: PortBindingState[] = [];
    try {
      for (const r of requests) done.push(this.allocateOne(owner, r, containerIp));
    } catch (err) {
      this.release(done);
      throw err;
    }
    return done;
  }

  /** Takes exactly these bindings again (daemon restart); one that cannot be had is skipped and reported. */
  restore<T extends PortBindingState>(owner: string, bindings: T[]): T[] {
    const kept: T[] = [];
    for (const b of bindings) {
      try {
        this.take(owner, b.proto, b.hostIp, b.hostPort, '', b.containerPort);
        kept.push(b);
      } catch {
        // Someone took the port while berthd was down: that binding is gone.
      }
    }
    return kept;
  }

  release(bindings: PortBindingState[]): void {
    for (const b of bindings) {
      const key = keyOf(b.proto, b.hostIp, b.hostPort);
      const h = this.held.get(key);
      if (!h) continue;
      this.held.delete(key);
      if (h.fd !== undefined) closeFd(h.fd);
    }
  }

  private allocateOne(owner: string, r: PortRequest, containerIp: string): PortBindingState {
    if (r.hostPortStart !== 0) {
      let last: unknown;
      for (let port = r.hostPortStart; port <= r.hostPortEnd; port++) {
        try {
          this.take(owner, r.proto, r.hostIp, port, containerIp, r.containerPort);
          return { containerPort: r.containerPort, proto: r.proto, hostIp: r.hostIp, hostPort: port };
        } catch (err) {
          if (!isConflict(err)) throw err;
          last = err;
        }
      }
      throw last;
    }
    const [lo, hi] = this.range;
    for (let i = 0; i <= hi - lo; i++) {
      const port = this.next;
      this.next = port >= hi ? lo : port + 1;
      try {
        this.take(owner, r.proto, r.hostIp, port, containerIp, r.containerPort);
        return { containerPort: r.containerPort, proto: r.proto, hostIp: r.hostIp, hostPort: port };
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
    throw unavailable(`no free host port in ${lo}-${hi} for ${r.hostIp}:${r.containerPort}/${r.proto}`);
  }

  private take(owner: string, proto: PortRequest['proto'], hostIp: string, port: number, containerIp: string, containerPort: number): void {
    for (const k of this.held.keys()) {
      if (overlaps(k, proto, hostIp, port)) throw conflict(`Bind for ${hostIp}:${port} failed: port is already allocated`);
    }
    let fd: number | undefined;
    if (proto !== 'sctp') {
      const v6 = hostIp.includes(':');
      const kind = `${proto}${v6 ? '6' : '4'}` as 'tcp4' | 'udp4' | 'tcp6' | 'udp6';
      try {
        fd = socketInNetns(this.netnsPath, kind, hostIp, port, { listen: false, reuseAddr: false });
      } catch (err) {
        if (isConflict(err)) {
          const host = v6 ? `[${hostIp}]` : hostIp;
          throw conflict(`failed to bind host port for ${host}:${port}:${containerIp}:${containerPort}/${proto}: address already in use`, { cause: err });
        }
        throw err;
      }
    }
    this.held.set(keyOf(proto, hostIp, port), { owner, fd });
  }
}

function keyOf(proto: string, hostIp: string, port: number): string {
  return `${proto}/${hostIp}/${port}`;
}

/** A wildcard binding collides with every address of its family, and a specific one with the wildcard. */
function overlaps(key: string, proto: string, hostIp: string, port: number): boolean {
  const [p, ip, portText] = key.split('/');
  if (p !== proto || Number(portText) !== port || ip.includes(':') !== hostIp.includes(':')) return false;
  const any = hostIp.includes(':') ? '::' : '0.0.0.0';
  return ip === hostIp || ip === any || hostIp === any;
}
