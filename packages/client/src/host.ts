/**
 * Daemon addresses in Docker's host syntax: `unix:///path/to.sock` or `tcp://host:port`.
 */
import { invalidArgument } from '@berth/errdefs';

export const DEFAULT_HOST = 'unix:///run/berth/berth.sock';
/** Docker's default plain-TCP port, used when a `tcp://` host names none. */
const DEFAULT_TCP_PORT = 2375;

/** Where to dial the daemon: a unix socket path, or a TCP host and port. */
export type Endpoint =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number };

/**
 * Parse `unix:///run/berth/berth.sock`, `tcp://127.0.0.1:2375` (or `http://`), or a bare absolute
 * socket path. Anything else is an InvalidArgument error naming the host as given.
 */
export function parseHost(host: string): Endpoint {
  const bad = () => invalidArgument(`unable to parse docker host \`${host}\``);
  if (host.startsWith('/')) return { kind: 'unix', socketPath: host };
  const match = /^([a-z]+):\/\/(.*)$/.exec(host);
  if (!match) throw bad();
  const [, scheme, rest] = match;
  if (scheme === 'unix') {
    if (!rest.startsWith('/')) throw bad();
    return { kind: 'unix', socketPath: rest };
  }
  if (scheme === 'tcp' || scheme === 'http') {
    const address = rest.replace(/\/+$/, '');
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(address);
    const plain = /^([^:/[\]]+)(?::(\d+))?$/.exec(address);
    const parts = bracketed ?? plain;
    if (!parts) throw bad();
    const port = parts[2] === undefined ? DEFAULT_TCP_PORT : Number(parts[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad();
    return { kind: 'tcp', host: parts[1], port };
  }
  throw bad();
}

/**
 * The host a command line talks to: an explicit `-H` value, else `BERTH_HOST`, else `DOCKER_HOST`,
 * else the default socket.
 */
export function resolveHost(explicit: string | undefined, env: Record<string, string | undefined>): string {
  return explicit || env.BERTH_HOST || env.DOCKER_HOST || DEFAULT_HOST;
}
