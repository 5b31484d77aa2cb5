/** `berth port CONTAINER [PRIVATE_PORT[/PROTO]]`: a container's published ports, as docker 28 prints them. */
import type { PortMap } from '@berth/client';
import { type Command, StatusError, write } from '../context';
import { naturalCompare } from '../format/natural';

/** Go's net.JoinHostPort: IPv6 addresses in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The lines `port` prints for `ports`: every binding (`80/tcp -> 0.0.0.0:8080`), or the host sides of one port. */
export function portLines(ports: PortMap, container: string, asked?: string): string[] {
  let out: string[];
  if (asked !== undefined) {
    const slash = asked.indexOf('/');
    const port = slash < 0 ? asked : asked.slice(0, slash);
    const proto = (slash < 0 ? '' : asked.slice(slash + 1)) || 'tcp';
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      const why = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
      throw new StatusError(`Error: invalid port (${port}): strconv.ParseUint: parsing ${JSON.stringify(port)}: ${why}`, 1);
    }
    const frontends = ports[`${port}/${proto}`];
    if (!frontends?.length) throw new StatusError(`Error: No public port '${asked}' published for ${container}`, 1);
    out = frontends.map((f) => joinHostPort(f.HostIp, f.HostPort));
  } else {
    out = Object.entries(ports).flatMap(([from, frontends]) => (frontends ?? []).map((f) => `${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`));
  }
  return out.sort(naturalCompare);
}

export const portCommand: Command = {
  spec: {
    name: 'port',
    use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]',
    description: 'List port mappings or a specific mapping for the container',
    aliases: ['container port', 'port'],
    flags: [],
    minArgs: 1,
    maxArgs: 2,
  },
  async run(ctx, flags) {
    const [container, asked] = flags.args;
    const inspected = await ctx.client().inspectContainer(container!);
    const lines = portLines(inspected.NetworkSettings?.Ports ?? {}, container!, asked);
    if (lines.length > 0) await write(ctx.io.stdout, `${lines.join('\n')}\n`);
  },
};
