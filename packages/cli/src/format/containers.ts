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

/** `0.0.0.0:8080->80/tcp, 443/tcp`: published ports with their host side, others bare. */
export function displayPorts(ports: ContainerPort[] | null | undefined): string {
  if (!ports?.length) return '';
  const shown = ports.map((p) => {
    if (!p.PublicPort) return `${p.PrivatePort}/${p.Type}`;
    const ip = p.IP ? (p.IP.includes(':') ? `[${p.IP}]:` : `${p.IP}:`) : '';
    return `${ip}${p.PublicPort}->${p.PrivatePort}/${p.Type}`;
  });
  return [...new Set(shown)].join(', ');
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
