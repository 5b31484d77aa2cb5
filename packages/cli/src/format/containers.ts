/** Rows of `berth ps`, column by column as `docker ps` computes them. */
import type { ContainerPort, ContainerSummary } from '@berth/client';
import { humanSize, timeAgo } from './units';

export interface ListOptions {
  /** `--no-trunc`: full ids, commands and every name. */
  noTrunc: boolean;
  /** Current time in ms, for the CREATED column. */
  now: number;
}

/** The 12-hex short form of an id (with or without its `sha256:` prefix). */
export function shortId(id: string): string {
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return hex.slice(0, 12);
}

/** Cut `text` to `width` characters, the last one an ellipsis when anything was cut. */
export function ellipsis(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** Go's strconv.Quote for the text Docker shows: double quotes, escapes for `"`, `\` and controls. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function imageColumn(image: string, noTrunc: boolean): string {
  if (noTrunc) return image;
  if (/^(sha256:)?[0-9a-f]{64}$/.test(image)) return shortId(image);
  const at = image.indexOf('@');
  return at > 0 ? image.slice(0, at) : image;
}

function namesColumn(names: string[], noTrunc: boolean): string {
  const stripped = names.map((n) => (n.startsWith('/') ? n.slice(1) : n));
  if (noTrunc) return stripped.join(',');
  // Legacy links appear as extra names with a slash (`/other/alias`); show the container's own.
  const own = stripped.find((n) => !n.includes('/'));
  return own ?? stripped.join(',');
}

/** Go's net.JoinHostPort: an IPv6 host in brackets. */
function joinHostPort(host: string, port: string | number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** docker/cli's formGroup: `80/tcp`, `80-81/tcp`, or with an address `0.0.0.0:80-81->80-81/tcp`. */
function portGroup(key: string, first: number, last: number): string {
  const slash = key.lastIndexOf('/');
  const ip = slash < 0 ? '' : key.slice(0, slash);
  const type = slash < 0 ? key : key.slice(slash + 1);
  let group = first === last ? String(first) : `${first}-${last}`;
  if (ip) group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/**
 * The PORTS column as docker/cli's DisplayablePorts: sorted by private port, address, public port,
 * type; consecutive ports published on the same host ports (or exposed only) grouped into ranges;
 * ports published on another host port listed one by one at the end
 * (`0.0.0.0:80-81->80-81/tcp, 443/tcp, 0.0.0.0:8080->8000/tcp`).
 */
export function displayPorts(ports: ContainerPort[] | null | undefined): string {
  const sorted = [...(ports ?? [])].sort(
    (a, b) => a.PrivatePort - b.PrivatePort || ((a.IP ?? '') < (b.IP ?? '') ? -1 : (a.IP ?? '') > (b.IP ?? '') ? 1 : 0) || (a.PublicPort ?? 0) - (b.PublicPort ?? 0) || (a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0),
  );
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of sorted) {
    const current = port.PrivatePort;
    let key: string = port.Type;
    if (port.IP) {
      if ((port.PublicPort ?? 0) !== current) {
        hostMappings.push(`${joinHostPort(port.IP, port.PublicPort ?? 0)}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { first: current, last: current });
    else if (current === group.last + 1) group.last = current;
    else {
      // A gap closes the group; the key keeps its first-seen place for the groups still open at the end.
      result.push(portGroup(key, group.first, group.last));
      group.first = group.last = current;
    }
  }
  for (const [key, g] of groups) result.push(portGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}

/** One container as `docker ps --format` sees it: docker's container formatter fields, as text. */
export interface ContainerFields {
  ID: string;
  Image: string;
  Command: string;
  CreatedAt: string;
  RunningFor: string;
  Ports: string;
  State: string;
  Status: string;
  Size: string;
  Names: string;
  Labels: string;
  Mounts: string;
  LocalVolumes: string;
  Networks: string;
}

export const PS_HEADERS: Record<keyof ContainerFields, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
  State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Mounts: 'MOUNTS', LocalVolumes: 'LOCAL VOLUMES', Networks: 'NETWORKS',
};

/** `docker ps`'s default table, with the SIZE column under `-s`. */
export function psDefaultTable(size: boolean): string {
  return `{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}${size ? '\t{{.Size}}' : ''}`;
}

/** `0B (virtual 4.26MB)`: the writable layer, and with it the image's bytes when known. */
export function sizeColumn(c: ContainerSummary): string {
  const rw = humanSize(c.SizeRw ?? 0);
  return c.SizeRootFs && c.SizeRootFs > 0 ? `${rw} (virtual ${humanSize(c.SizeRootFs)})` : rw;
}

/** Go's `time.Time.String()` of a Unix time, in UTC: `2026-01-02 15:04:05 +0000 UTC`. */
function goUnixTime(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} +0000 UTC`;
}

export function containerFields(c: ContainerSummary, options: ListOptions): ContainerFields {
  const command = options.noTrunc ? c.Command : ellipsis(c.Command, 20);
  const mounts = c.Mounts ?? [];
  return {
    ID: options.noTrunc ? c.Id : shortId(c.Id),
    Image: imageColumn(c.Image, options.noTrunc),
    Command: goQuote(command),
    CreatedAt: goUnixTime(c.Created),
    RunningFor: timeAgo(c.Created, options.now),
    Ports: displayPorts(c.Ports),
    State: c.State ?? '',
    Status: c.Status || (c.State ? c.State[0].toUpperCase() + c.State.slice(1) : ''),
    Size: sizeColumn(c),
    Names: namesColumn(c.Names ?? [], options.noTrunc),
    Labels: Object.entries(c.Labels ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(','),
    Mounts: mounts.map((m) => (options.noTrunc ? m.Name || m.Source || '' : ellipsis(m.Name || m.Source || '', 15))).join(','),
    LocalVolumes: String(mounts.filter((m) => m.Driver === 'local').length),
    Networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort().join(','),
  };
}

export const PS_HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

export function containerRow(c: ContainerSummary, options: ListOptions): string[] {
  const f = containerFields(c, options);
  return [f.ID, f.Image, f.Command, f.RunningFor, f.Status, f.Ports, f.Names];
}

/**
 * One line of `docker ps --format json`: docker marshals its row as a Go map, so the keys come
 * sorted, `<`, `>` and `&` are escaped, and `Platform` (unknown here) is null.
 */
export function psJsonLine(fields: ContainerFields): string {
  const entries = Object.entries({ ...fields, Platform: null }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
