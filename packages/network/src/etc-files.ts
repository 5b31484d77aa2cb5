import { readFile } from 'node:fs/promises';

/** /etc/hosts for a container with its own network namespace and no networks yet. */
export function hostsFile(hostname: string, extraHosts: string[] = []): string {
  const lines = [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
  ];
  for (const entry of extraHosts) {
    const sep = entry.indexOf(':');
    if (sep > 0) lines.push(`${entry.slice(sep + 1)}\t${entry.slice(0, sep)}`);
  }
  lines.push(`127.0.1.1\t${hostname}`);
  return lines.join('\n') + '\n';
}

/**
 * /etc/resolv.conf: explicit --dns/--dns-search/--dns-option win; otherwise the host's file minus
 * loopback nameservers, which a container in its own namespace cannot reach (Docker does the same).
 */
export async function resolvConf(opts: { dns?: string[] | null; search?: string[] | null; options?: string[] | null }, hostFile = '/etc/resolv.conf'): Promise<string> {
  let host = '';
  try {
    host = await readFile(hostFile, 'utf8');
  } catch {
    host = '';
  }
  const hostLines = host.split('\n').map((l) => l.trim());
  const nameservers = opts.dns?.length
    ? opts.dns
    : hostLines.filter((l) => l.startsWith('nameserver')).map((l) => l.split(/\s+/)[1]).filter((ip) => ip && !ip.startsWith('127.') && ip !== '::1');
  const search = opts.search?.length ? opts.search : hostLines.filter((l) => l.startsWith('search')).flatMap((l) => l.split(/\s+/).slice(1));
  const options = opts.options?.length ? opts.options : hostLines.filter((l) => l.startsWith('options')).flatMap((l) => l.split(/\s+/).slice(1));
  const out: string[] = [];
  if (search.length) out.push(`search ${search.join(' ')}`);
  for (const ns of nameservers) out.push(`nameserver ${ns}`);
  if (options.length) out.push(`options ${options.join(' ')}`);
  return out.join('\n') + '\n';
}
