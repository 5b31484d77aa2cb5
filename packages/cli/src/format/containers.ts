/** Rows of `berth ps`, column by column as `docker ps` computes them. */
import type { ContainerPort, ContainerSummary } from '@berth/client';
import { timeAgo } from './units';

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

export const PS_HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

export function containerRow(c: ContainerSummary, options: ListOptions): string[] {
  const command = options.noTrunc ? c.Command : ellipsis(c.Command, 20);
  const status = c.Status || (c.State ? c.State[0].toUpperCase() + c.State.slice(1) : '');
  return [
    options.noTrunc ? c.Id : shortId(c.Id),
    imageColumn(c.Image, options.noTrunc),
    goQuote(command),
    timeAgo(c.Created, options.now),
    status,
    displayPorts(c.Ports),
    namesColumn(c.Names ?? [], options.noTrunc),
  ];
}
