/**
 * berthd's API listeners, as dockerd opens them: each `-H` address, unix sockets 0660 for the
 * `berth` group, TCP plain (with a loud warning) or TLS, and sockets handed over by systemd socket
 * activation (`fd://`). Nothing is bound that was not asked for.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { listen, type Listener, type ListenerTls } from '@berth/api';
import { invalidArgument, messageOf } from '@berth/errdefs';
import type { Log } from './log';
import type { DaemonOptions } from './flags';

/** The group that may use the unix socket without being root (dockerd's `docker`). */
export const SOCKET_GROUP = 'berth';
/** systemd passes activated sockets from this descriptor on (SD_LISTEN_FDS_START). */
const LISTEN_FDS_START = 3;

type Env = Record<string, string | undefined>;

/**
 * The addresses to bind: `fd://` becomes one `fd://N` per socket systemd passed (LISTEN_FDS, meant
 * for this process by LISTEN_PID), `fd://N` must be one of them. The LISTEN_* variables are then
 * removed so that shims and runtimes started later do not take the sockets for theirs.
 */
export function expandHosts(hosts: string[], env: Env = process.env, pid = process.pid): string[] {
  const activated = (): number[] => {
    if (env.LISTEN_PID !== String(pid)) return [];
    const count = Number(env.LISTEN_FDS ?? 0);
    return Number.isInteger(count) && count > 0 ? Array.from({ length: count }, (_, i) => LISTEN_FDS_START + i) : [];
  };
  const fds = activated();
  const out: string[] = [];
  for (const host of hosts) {
    if (!host.startsWith('fd://')) {
      out.push(host);
      continue;
    }
    if (!fds.length) throw invalidArgument('no sockets found via socket activation: make sure the service was started by systemd');
    const wanted = host.slice('fd://'.length);
    if (!wanted) {
      out.push(...fds.map((fd) => `fd://${fd}`));
      continue;
    }
    if (!fds.includes(Number(wanted))) throw invalidArgument(`too few socket activated files passed in by systemd: no fd ${wanted} (${fds.length} passed)`);
    out.push(host);
  }
  if (hosts.some((h) => h.startsWith('fd://'))) {
    delete env.LISTEN_PID;
    delete env.LISTEN_FDS;
    delete env.LISTEN_FDNAMES;
  }
  return out;
}

/**
 * The server side of `--tls`/`--tlsverify`: certificate, key and (to verify clients) the CA, from
 * the flags or, as dockerd, `$DOCKER_CERT_PATH` (else `~/.docker`) `cert.pem`, `key.pem`, `ca.pem`.
 */
export function loadServerTls(opts: DaemonOptions, env: Env = process.env): ListenerTls | undefined {
  if (!opts.tls) return undefined;
  const dir = env.DOCKER_CERT_PATH || join(homedir(), '.docker');
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw invalidArgument(`could not load ${what} ${file}: ${messageOf(err)}`);
    }
  };
  return {
    cert: read(opts.tlsCert ?? join(dir, 'cert.pem'), 'X509 key pair: certificate'),
    key: read(opts.tlsKey ?? join(dir, 'key.pem'), 'X509 key pair: key'),
    ca: opts.tlsVerify ? read(opts.tlsCaCert ?? join(dir, 'ca.pem'), 'CA certificate') : undefined,
    verify: opts.tlsVerify,
  };
}

/** The gid of the `berth` group, when the host has one. */
export function socketGroupId(groupFile = '/etc/group'): number | undefined {
  try {
    for (const line of readFileSync(groupFile, 'utf8').split('\n')) {
      const [name, , gid] = line.split(':');
      if (name === SOCKET_GROUP && /^\d+$/.test(gid ?? '')) return Number(gid);
    }
  } catch {
    // No group database: root only.
  }
  return undefined;
}

/** What the listeners need, checked before berthd does anything (a refused start leaves nothing behind). */
export interface ListenerPlan {
  hosts: string[];
  tls?: ListenerTls;
}

export function planListeners(opts: DaemonOptions): ListenerPlan {
  return { hosts: expandHosts(opts.hosts), tls: loadServerTls(opts) };
}

/** Open every planned listener on its own server from `createServer`; all or none. */
export async function openListeners({ hosts, tls }: ListenerPlan, createServer: () => Server, log: Log): Promise<Listener[]> {
  const group = hosts.some((h) => h.startsWith('unix://')) ? socketGroupId() : undefined;
  const listeners: Listener[] = [];
  try {
    for (const host of hosts) {
      if (host.startsWith('unix://')) {
        await mkdir(dirname(host.slice('unix://'.length)), { recursive: true });
        if (group === undefined) log(`WARNING: could not change group of ${host.slice('unix://'.length)} to ${SOCKET_GROUP}: group ${SOCKET_GROUP} not found; the socket is for root only`, 'warn');
      } else if (!tls) {
        log(
          `WARNING: API is accessible on ${host} without encryption and without authentication.\n` +
            'Binding to IP address without --tlsverify is insecure and gives root access on this machine to everyone who has access to your network.',
          'warn',
        );
      } else if (!tls.verify) {
        log(`WARNING: API is accessible on ${host} over TLS without client authentication (--tls without --tlsverify): anyone who can reach it has root access on this machine.`, 'warn');
      }
      listeners.push(await listen(createServer(), host, { tls: host.startsWith('unix://') ? undefined : tls, socketGroup: group }));
      log(`API listen on ${host}${tls && !host.startsWith('unix://') ? (tls.verify ? ' (TLS, client certificates verified)' : ' (TLS)') : ''}`);
    }
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    throw err;
  }
  return listeners;
}
