/**
 * Validators and converters for `run`'s list flags, with docker/cli's rules and messages
 * (its `opts` package and container/opts.go). Validators throw an Error whose message follows
 * pflag's `invalid argument "v" for "--flag" flag: `; converters return what the API wants.
 */
import { isIP } from 'node:net';
import type { HostConfig } from '@berth/client';
import { goInt } from './values';

type DeviceMappingSpec = NonNullable<HostConfig['Devices']>[number];

const WHITESPACE = /[ \t]/;

/** `-a`: one of stdin, stdout, stderr in any case; stored lower-cased. */
export function attachStream(value: string): string {
  const lower = value.toLowerCase();
  if (!['stdin', 'stdout', 'stderr'].includes(lower)) throw new Error('valid streams are STDIN, STDOUT and STDERR');
  return lower;
}

/** `-e K=V`, or `-e K` taking K's value from `env` when it is set there (left as `K` otherwise). */
export function environmentEntry(value: string, env: Record<string, string | undefined>): string {
  const eq = value.indexOf('=');
  const key = eq < 0 ? value : value.slice(0, eq);
  if (key === '') throw new Error(`invalid environment variable: ${value}`);
  if (eq >= 0) return value;
  const found = env[key];
  return found === undefined ? value : `${key}=${found}`;
}

/** `-l K[=V]`: a name that is not empty and has no blanks. */
export function validateLabel(value: string): void {
  const eq = value.indexOf('=');
  const key = (eq < 0 ? value : value.slice(0, eq)).replace(/^[ \t]+/, '');
  if (key === '') throw new Error(`invalid label '${value}': empty name`);
  if (WHITESPACE.test(key)) throw new Error(`label '${key}' contains whitespaces`);
}

/** `K=V` entries as a map; a bare `K` maps to "" (docker's ConvertKVStringsToMap). */
export function keyValueMap(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq < 0) out[entry] = '';
    else out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

/**
 * `--cap-add net_admin` as Docker's client sends it: upper case, `CAP_` prefixed, `ALL` and
 * `RESET` as they are (so inspect and the daemon's messages name `CAP_NET_ADMIN`).
 */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  if (upper === 'ALL' || upper === 'RESET' || upper.startsWith('CAP_')) return upper;
  return `CAP_${upper}`;
}

/** `--dns`: an IP address. */
export function validateIpAddress(value: string): void {
  if (isIP(value.trim()) === 0) throw new Error(`IP address is not correctly formatted: ${value}`);
}

const DOMAIN = /^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/;

/** `--dns-search`: a domain name, or `.` for none. */
export function validateDnsSearch(value: string): void {
  const trimmed = value.replace(/^ +| +$/g, '');
  if (trimmed === '.') return;
  const m = /[a-zA-Z]/.test(trimmed) ? DOMAIN.exec(trimmed) : null;
  if (!m || m[1].length >= 255) throw new Error(`${trimmed} is not a valid domain`);
}

/** `--add-host name:ip` or `name=ip` (brackets allowed around the address); sent as `name:ip`. */
export function extraHost(value: string): string {
  let sep = value.indexOf('=');
  if (sep < 0) sep = value.indexOf(':');
  const name = sep < 0 ? '' : value.slice(0, sep);
  let address = sep < 0 ? '' : value.slice(sep + 1);
  if (sep < 0 || name === '' || name.includes(':')) throw new Error(`bad format for add-host: ${JSON.stringify(value)}`);
  if (address !== 'host-gateway') {
    if (address.length > 2 && address.startsWith('[') && address.endsWith(']')) address = address.slice(1, -1);
    if (isIP(address.trim()) === 0) throw new Error(`invalid IP address in add-host: ${JSON.stringify(address)}`);
  }
  return `${name}:${address}`;
}

const DEVICE_CGROUP_RULE = /^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$/;

/** `--device-cgroup-rule 'c 1:3 rwm'`. */
export function validateDeviceCgroupRule(value: string): void {
  if (!DEVICE_CGROUP_RULE.test(value)) throw new Error(`invalid device cgroup format '${value}'`);
}

/** A device mode: some of r, w, m, each at most once. */
function validDeviceMode(mode: string): boolean {
  return mode !== '' && /^[rwm]+$/.test(mode) && new Set(mode).size === mode.length;
}

/** POSIX path.Clean. */
function cleanPath(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

/**
 * `--device host[:container][:mode]`, checked as docker/cli does for a Linux daemon: at most three
 * parts, a valid mode, an absolute container path; the container path defaults to the host's.
 */
export function parseDevice(value: string): DeviceMappingSpec {
  const parts = value.split(':');
  if (parts.length > 3 || parts[0] === '') throw new Error(`bad format for path: ${value}`);
  let containerPath: string;
  let permissions = 'rwm';
  let hostPath = parts[0];
  if (parts.length === 1) {
    containerPath = cleanPath(parts[0]);
    hostPath = containerPath;
  } else if (parts.length === 2) {
    if (validDeviceMode(parts[1])) {
      containerPath = cleanPath(parts[0]);
      hostPath = containerPath;
      permissions = parts[1];
    } else {
      containerPath = parts[1];
      if (containerPath.startsWith('/')) containerPath = cleanPath(containerPath);
    }
  } else {
    containerPath = parts[1];
    if (!validDeviceMode(parts[2])) throw new Error(`bad mode specified: ${parts[2]}`);
    permissions = parts[2];
  }
  if (!containerPath.startsWith('/')) throw new Error(`${containerPath} is not an absolute path`);
  return { PathOnHost: hostPath, PathInContainer: containerPath, CgroupPermissions: permissions };
}

/**
 * `--security-opt`: `key=value` or `key:value` (only `no-new-privileges` may stand alone); a
 * seccomp profile given as a file is sent as its compacted JSON, read with `readFile`.
 */
export function securityOpts(values: string[], readFile: (path: string) => string): string[] {
  return values.map((opt) => {
    let sep = opt.indexOf('=');
    let key = sep < 0 ? opt : opt.slice(0, sep);
    if (sep < 0 && key !== 'no-new-privileges') {
      sep = opt.indexOf(':');
      key = sep < 0 ? opt : opt.slice(0, sep);
    }
    const value = sep < 0 ? '' : opt.slice(sep + 1);
    if ((sep < 0 || value === '') && key !== 'no-new-privileges') throw new Error(`Invalid --security-opt: ${JSON.stringify(opt)}`);
    if (key !== 'seccomp' || value === 'builtin' || value === 'unconfined') return opt;
    let text: string;
    try {
      text = readFile(value);
    } catch (err) {
      throw new Error(`opening seccomp profile (${value}) failed: ${goFileError(err, value)}`);
    }
    try {
      return `seccomp=${JSON.stringify(JSON.parse(text))}`;
    } catch (err) {
      throw new Error(`compacting json for seccomp profile (${value}) failed: ${(err as Error).message}`);
    }
  });
}

/** A file error as Go's os package words it: `open /x: no such file or directory`. */
export function goFileError(err: unknown, path: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
  };
  if (code === 'EISDIR') return `read ${path}: is a directory`;
  return `open ${path}: ${(code && reasons[code]) ?? (err as Error).message}`;
}

/** `--expose 80`, `80/udp`, `8000-8010/tcp` as the API's `ExposedPorts` keys (`80/tcp`). */
export function exposedPorts(values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (value.includes(':')) throw new Error(`invalid port format for --expose: ${value}`);
    const slash = value.lastIndexOf('/');
    const port = slash < 0 ? value : value.slice(0, slash);
    const proto = slash < 0 ? 'tcp' : value.slice(slash + 1) || 'tcp';
    const [startText, endText = startText] = port.split('-', 2);
    let start: number;
    let end: number;
    try {
      start = goInt(startText, { unsigned: true, bits: 16 });
      end = goInt(endText, { unsigned: true, bits: 16 });
    } catch (err) {
      throw new Error(`invalid range format for --expose: ${value}, error: ${(err as Error).message}`);
    }
    if (end < start) throw new Error(`invalid range format for --expose: ${value}, error: invalid range specified for port: ${port}`);
    for (let p = start; p <= end; p++) if (!out.includes(`${p}/${proto}`)) out.push(`${p}/${proto}`);
  }
  return out;
}

/**
 * docker/cli's key=value file (`--env-file`, `--label-file`): blank lines and `#` comments skipped,
 * leading blanks trimmed, no quote processing; a line `K` alone takes K's value from `lookup` and is
 * dropped when that has none (label files have no lookup: such lines are dropped).
 */
export function parseKeyValueFile(filename: string, content: Buffer, lookup?: (key: string) => string | undefined): string[] {
  const out: string[] = [];
  const problem = (message: string) => new Error(`invalid env file (${filename}): ${message}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bytes = content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? content.subarray(3) : content;
  const rawLines: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    rawLines.push(bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end));
    start = end + 1;
  }
  rawLines.forEach((rawLine, index) => {
    let raw: string;
    try {
      raw = decoder.decode(rawLine);
    } catch {
      throw problem(`invalid utf8 bytes at line ${index + 1}: [${[...rawLine].join(' ')}]`);
    }
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (key === '') throw problem(`no variable name on line '${line}'`);
    if (WHITESPACE.test(key)) throw problem(`variable '${key}' contains whitespaces`);
    if (eq >= 0) {
      out.push(line);
      return;
    }
    const value = lookup?.(line);
    if (value !== undefined) out.push(`${key}=${value}`);
  });
  return out;
}
