/**
 * `registry-mirrors` and `insecure-registries`, checked as dockerd checks them (its messages), so
 * a daemon.json dockerd refuses is refused here too and `info` shows mirrors as dockerd does.
 */
import { isIP } from 'node:net';
import { invalidArgument } from '@berth/errdefs';

/** A mirror URL with dockerd's normal form: http(s), no credentials, query or fragment, ending in `/`. */
export function normaliseMirror(value: string): string {
  let uri: URL;
  try {
    uri = new URL(value);
  } catch {
    throw invalidArgument(`invalid mirror: "${value}" is not a valid URI`);
  }
  const scheme = uri.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') throw invalidArgument(`invalid mirror: unsupported scheme "${scheme}" in "${value}"`);
  if (uri.search || uri.hash) throw invalidArgument(`invalid mirror: query or fragment at end of the URI "${value}"`);
  if (uri.username || uri.password) {
    uri.password = 'xxxxx'; // never echo a password
    throw invalidArgument(`invalid mirror: username/password not allowed in URI "${uri.toString()}"`);
  }
  return value.replace(/\/$/, '') + '/';
}

// A registry host name: dot-separated labels of letters, digits and inner hyphens (reference's domain grammar).
const HOST = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;

function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const family = isIP(value.slice(0, slash));
  const bits = value.slice(slash + 1);
  return family !== 0 && /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** An insecure registry: a CIDR range or host[:port] (an `http://`/`https://` prefix is dropped, as dockerd does). */
export function validateInsecureRegistry(value: string): void {
  if (value.startsWith('-') || value.endsWith('-')) throw invalidArgument(`invalid index name (${value}). Cannot begin or end with a hyphen`);
  const bare = value.replace(/^https?:\/\//i, '');
  if (bare === value && value.includes('://')) throw invalidArgument(`insecure registry ${value} should not contain '://'`);
  if (isCidr(bare)) return;
  const m = /^(.*?)(?::([^:\]]*))?$/.exec(bare.startsWith('[') ? bare.replace(/^\[(.*)\]/, '$1') : bare)!;
  const [host, port] = isIP(bare) === 6 ? [bare, undefined] : [m[1], m[2]];
  if (!HOST.test(bare) && isIP(host) === 0) throw invalidArgument(`insecure registry ${value} is not valid: invalid host "${host}"`);
  if (port !== undefined && port !== '' && (!/^\d+$/.test(port) || Number(port) > 65535)) throw invalidArgument(`insecure registry ${value} is not valid: invalid port "${port}"`);
}
