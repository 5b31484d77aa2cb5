/**
 * `berth network create|ls|inspect|rm|prune|connect|disconnect`, with docker CLI 28's flags,
 * output and errors (cli/command/network).
 */
import { isDaemonError, networksOf, type NetworkCreateRequest, type NetworkResource } from '@berth/client';
import { kindOf } from '@berth/errdefs';
import { type Command, StatusError, describeError, write } from '../context';
import type { FlagSpec, ParsedFlags } from '../flags';
import { shortId } from '../format/containers';
import { naturalCompare } from '../format/natural';
import { INSPECT_FORMAT_USAGE, LIST_FORMAT_USAGE as FORMAT_USAGE, renderList } from '../format/template';
import { keyValueMap, validateLabel } from '../opts/container';
import { connectDriverOpts, ipamConfig, validateLink } from '../opts/network';
import { printInspected } from './image-inspect';
import { formatted } from './images';
import { parseFilters } from './ps';
import { confirm, deletedSection } from './prune';


/** pflag's StringSlice: each value is itself a comma-separated list. */
function stringSlice(flags: ParsedFlags, name: string): string[] {
  return flags.list(name).flatMap((v) => (v === '' ? [] : v.split(',')));
}

/** A check docker/cli makes after parsing: its message printed as is, status 1. */
function refused(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw new StatusError((err as Error).message, 1);
  }
}

const CREATE_FLAGS: FlagSpec[] = [
  { name: 'attachable', kind: 'bool', usage: 'Enable manual container attachment' },
  { name: 'aux-address', kind: 'list', type: 'map', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])' },
  { name: 'config-from', kind: 'string', usage: 'The network from which to copy the configuration' },
  { name: 'config-only', kind: 'bool', usage: 'Create a configuration only network' },
  { name: 'driver', short: 'd', kind: 'string', usage: 'Driver to manage the Network', defaultValue: 'bridge' },
  { name: 'gateway', kind: 'list', type: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
  { name: 'ingress', kind: 'bool', usage: 'Create swarm routing-mesh network' },
  { name: 'internal', kind: 'bool', usage: 'Restrict external access to the network' },
  { name: 'ip-range', kind: 'list', type: 'strings', usage: 'Allocate container ip from a sub-range' },
  { name: 'ipam-driver', kind: 'string', usage: 'IP Address Management Driver', defaultValue: 'default' },
  { name: 'ipam-opt', kind: 'list', type: 'map', usage: 'Set IPAM driver specific options (default map[])' },
  { name: 'ipv4', kind: 'bool', usage: 'Enable or disable IPv4 address assignment', defaultValue: 'true' },
  { name: 'ipv6', kind: 'bool', usage: 'Enable or disable IPv6 address assignment' },
  { name: 'label', kind: 'list', usage: 'Set metadata on a network', validate: validateLabel },
  { name: 'opt', short: 'o', kind: 'list', type: 'map', usage: 'Set driver specific options (default map[])' },
  { name: 'scope', kind: 'string', usage: "Control the network's scope" },
  { name: 'subnet', kind: 'list', type: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
];

/** The create request `network create`'s flags make, as docker/cli's runCreate builds it. */
export function networkCreateRequest(name: string, flags: ParsedFlags): NetworkCreateRequest {
  let ipam: ReturnType<typeof ipamConfig> | undefined;
  refused(() => {
    ipam = ipamConfig({
      driver: flags.string('ipam-driver'),
      subnets: stringSlice(flags, 'subnet'),
      ipRanges: stringSlice(flags, 'ip-range'),
      gateways: stringSlice(flags, 'gateway'),
      auxAddresses: keyValueMap(flags.list('aux-address')),
      driverOpts: keyValueMap(flags.list('ipam-opt')),
    });
  });
  // AuxiliaryAddresses is omitempty in docker's IPAMConfig.
  const config = (ipam?.Config ?? []).map(({ AuxiliaryAddresses, ...rest }) => (AuxiliaryAddresses && Object.keys(AuxiliaryAddresses).length > 0 ? { ...rest, AuxiliaryAddresses } : rest));
  const body: NetworkCreateRequest = {
    Name: name,
    Driver: flags.string('driver'),
    Scope: flags.string('scope'),
    Internal: flags.bool('internal'),
    Attachable: flags.bool('attachable'),
    Ingress: flags.bool('ingress'),
    ConfigOnly: flags.bool('config-only'),
    ConfigFrom: null,
    IPAM: { ...ipam, Config: config },
    Options: keyValueMap(flags.list('opt')),
    Labels: keyValueMap(flags.list('label')),
  };
  // Only an explicit --ipv4/--ipv6 is sent: otherwise the daemon's defaults apply.
  if (flags.changed('ipv4')) body.EnableIPv4 = flags.bool('ipv4');
  if (flags.changed('ipv6')) body.EnableIPv6 = flags.bool('ipv6');
  if (flags.string('config-from')) body.ConfigFrom = { Network: flags.string('config-from') };
  return body;
}

export const networkCreateCommand: Command = {
  spec: { name: 'network create', use: 'network create [OPTIONS] NETWORK', description: 'Create a network', flags: CREATE_FLAGS, minArgs: 1, maxArgs: 1 },
  async run(ctx, flags) {
    const created = await networksOf(ctx.client()).create(networkCreateRequest(flags.args[0], flags));
    await write(ctx.io.stdout, `${created.Id}\n`);
  },
};

/** One row of `network ls` as `--format` sees it (docker's networkContext). */
export interface NetworkRow {
  ID: string;
  Name: string;
  Driver: string;
  Scope: string;
  IPv4: string;
  IPv6: string;
  Internal: string;
  Labels: string;
  CreatedAt: string;
}

const HEADERS: Record<string, string> = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv4: 'IPV4', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT',
};

/** Go's time.Time.String() of an RFC 3339 UTC time: `2026-01-02 15:04:05.123 +0000 UTC` (fraction without trailing zeros). */
export function goTimeString(rfc3339: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(rfc3339);
  if (!m) return rfc3339;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  return `${m[1]} ${m[2]}${fraction ? `.${fraction}` : ''} +0000 UTC`;
}

export function networkRow(n: NetworkResource, trunc: boolean): NetworkRow {
  return {
    ID: trunc ? shortId(n.Id) : n.Id,
    Name: n.Name,
    Driver: n.Driver,
    Scope: n.Scope,
    IPv4: String(n.EnableIPv4 ?? false),
    IPv6: String(n.EnableIPv6 ?? false),
    Internal: String(n.Internal ?? false),
    // Go map order is random in docker; sorted here so the output is stable.
    Labels: Object.entries(n.Labels ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(','),
    CreatedAt: goTimeString(n.Created),
  };
}

export const networkLsCommand: Command = {
  spec: {
    name: 'network ls',
    use: 'network ls [OPTIONS]',
    description: 'List networks',
    aliases: ['network ls', 'network list'],
    flags: [
      { name: 'filter', short: 'f', kind: 'list', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
      { name: 'format', kind: 'string', usage: FORMAT_USAGE },
      { name: 'no-trunc', kind: 'bool', usage: 'Do not truncate the output' },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only display network IDs' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const networks = await networksOf(ctx.client()).list(parseFilters(flags.list('filter')));
    networks.sort((a, b) => naturalCompare(a.Name, b.Name));
    // `{{.Label "key"}}` is a method of docker's row.
    const rows = networks.map((n) => ({ ...networkRow(n, !flags.bool('no-trunc')), Label: (name: unknown) => n.Labels?.[String(name)] ?? '' }));
    const quiet = flags.bool('quiet');
    let format = flags.string('format') || 'table';
    if (format === 'table' && quiet) format = '{{.ID}}';
    else if (format === 'raw') format = quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\nname: {{.Name}}\ndriver: {{.Driver}}\nscope: {{.Scope}}\n';
    await write(ctx.io.stdout, formatted(() => renderList(format, rows, HEADERS, '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}', '*network.networkContext')));
  },
};

export const networkInspectCommand: Command = {
  spec: {
    name: 'network inspect',
    use: 'network inspect [OPTIONS] NETWORK [NETWORK...]',
    description: 'Display detailed information on one or more networks',
    flags: [
      { name: 'format', short: 'f', kind: 'string', usage: INSPECT_FORMAT_USAGE },
      { name: 'verbose', short: 'v', kind: 'bool', usage: 'Verbose output for diagnostics' },
    ],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = networksOf(ctx.client());
    return printInspected(ctx, flags.args, flags.string('format'), (ref) => api.inspect(ref, { verbose: flags.bool('verbose') }));
  },
};

export const networkRmCommand: Command = {
  spec: {
    name: 'network rm',
    use: 'network rm NETWORK [NETWORK...]',
    description: 'Remove one or more networks',
    aliases: ['network rm', 'network remove'],
    flags: [{ name: 'force', short: 'f', kind: 'bool', usage: 'Do not error if the network does not exist' }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = networksOf(ctx.client());
    let failed = false;
    // As docker: each failure is printed when it happens, the others still tried, then `exit status 1`.
    for (const name of flags.args) {
      try {
        await api.remove(name);
        await write(ctx.io.stdout, `${name}\n`);
      } catch (err) {
        if (flags.bool('force') && isDaemonError(err) && kindOf(err) === 'NotFound') continue;
        await write(ctx.io.stderr, `${describeError(err)}\n`);
        failed = true;
      }
    }
    if (failed) throw new StatusError('exit status 1', 1);
  },
};

export const networkPruneCommand: Command = {
  spec: {
    name: 'network prune',
    use: 'network prune [OPTIONS]',
    description: 'Remove all unused networks',
    flags: [
      { name: 'filter', kind: 'list', type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
      { name: 'force', short: 'f', kind: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const filters = parseFilters(flags.list('filter'));
    // A "no" is docker's cancellation: nothing more printed, status 0.
    if (!flags.bool('force') && !(await confirm(ctx, 'WARNING! This will remove all custom networks not used by at least one container.'))) return;
    const report = await networksOf(ctx.client()).prune(filters);
    await write(ctx.io.stdout, deletedSection('Deleted Networks', report.NetworksDeleted));
  },
};

export const networkConnectCommand: Command = {
  spec: {
    name: 'network connect',
    use: 'network connect [OPTIONS] NETWORK CONTAINER',
    description: 'Connect a container to a network',
    flags: [
      { name: 'alias', kind: 'list', type: 'strings', usage: 'Add network-scoped alias for the container' },
      { name: 'driver-opt', kind: 'list', type: 'strings', usage: 'driver options for the network' },
      { name: 'gw-priority', kind: 'int', usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
      { name: 'ip', kind: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
      { name: 'ip6', kind: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
      { name: 'link', kind: 'list', usage: 'Add link to another container', validate: validateLink },
      { name: 'link-local-ip', kind: 'list', type: 'strings', usage: 'Add a link-local address for the container' },
    ],
    minArgs: 2,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    let driverOpts: Record<string, string> = {};
    refused(() => (driverOpts = connectDriverOpts(stringSlice(flags, 'driver-opt'))));
    const linkLocal = stringSlice(flags, 'link-local-ip');
    const links = flags.list('link');
    const aliases = stringSlice(flags, 'alias');
    await networksOf(ctx.client()).connect(flags.args[0], flags.args[1], {
      // Every field of docker's EndpointIPAMConfig is omitempty.
      IPAMConfig: {
        ...(flags.string('ip') ? { IPv4Address: flags.string('ip') } : {}),
        ...(flags.string('ip6') ? { IPv6Address: flags.string('ip6') } : {}),
        ...(linkLocal.length > 0 ? { LinkLocalIPs: linkLocal } : {}),
      },
      Links: links.length > 0 ? links : null,
      Aliases: aliases,
      DriverOpts: driverOpts,
      GwPriority: flags.int('gw-priority'),
    });
  },
};

export const networkDisconnectCommand: Command = {
  spec: {
    name: 'network disconnect',
    use: 'network disconnect [OPTIONS] NETWORK CONTAINER',
    description: 'Disconnect a container from a network',
    flags: [{ name: 'force', short: 'f', kind: 'bool', usage: 'Force the container to disconnect from a network' }],
    minArgs: 2,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    await networksOf(ctx.client()).disconnect(flags.args[0], flags.args[1], flags.bool('force'));
  },
};
