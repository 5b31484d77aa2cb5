/**
 * `berth volume create|ls|inspect|rm|prune`, with docker's flags, output and errors.
 */
import { volumesOf, type VolumeJson } from '@berth/client';
import { type Command, StatusError, describeError, write } from '../context';
import { FlagError } from '../flags';
import { INSPECT_FORMAT_USAGE, LIST_FORMAT_USAGE as FORMAT_USAGE, renderList } from '../format/template';
import { humanSize, humanSize4 } from '../format/units';
import { validateLabel, keyValueMap } from '../opts/container';
import { printInspected } from './image-inspect';
import { formatted } from './images';
import { parseFilters } from './ps';
import { confirm, deletedSection } from './prune';


export const volumeCreateCommand: Command = {
  spec: {
    name: 'volume create',
    use: 'volume create [OPTIONS] [VOLUME]',
    description: 'Create a volume',
    flags: [
      { name: 'driver', short: 'd', kind: 'string', usage: 'Specify volume driver name', defaultValue: 'local' },
      { name: 'label', kind: 'list', usage: 'Set metadata for a volume', validate: validateLabel },
      { name: 'name', kind: 'string', usage: 'Specify volume name' },
      { name: 'opt', short: 'o', kind: 'list', usage: 'Set driver specific options', type: 'map' },
    ],
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const byFlag = flags.string('name');
    const byArg = flags.args[0];
    if (byFlag && byArg && byFlag !== byArg) throw new FlagError('conflicting options: cannot specify a volume-name through both --name and as a positional arg');
    const volume = await volumesOf(ctx.client()).create({
      Name: byArg ?? byFlag,
      Driver: flags.string('driver') || 'local',
      DriverOpts: keyValueMap(flags.list('opt')),
      Labels: keyValueMap(flags.list('label')),
    });
    await write(ctx.io.stdout, `${volume.Name}\n`);
  },
};

/** One row of `volume ls` as `--format` sees it (docker's volumeContext). */
interface VolumeRow {
  Name: string;
  Driver: string;
  Scope: string;
  Mountpoint: string;
  Labels: string;
  Links: string;
  Size: string;
  Availability: string;
  Group: string;
  Status: string;
}

const HEADERS: Record<string, string> = {
  Name: 'VOLUME NAME', Driver: 'DRIVER', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS', Size: 'SIZE',
  Availability: 'AVAILABILITY', Group: 'GROUP', Status: 'STATUS',
};

export function volumeRow(v: VolumeJson): VolumeRow {
  const labels = Object.entries(v.Labels ?? {}).map(([k, val]) => `${k}=${val}`).sort().join(',');
  const usage = v.UsageData && v.UsageData.Size >= 0 ? v.UsageData : undefined;
  return {
    Name: v.Name,
    Driver: v.Driver,
    Scope: v.Scope,
    Mountpoint: v.Mountpoint,
    Labels: labels,
    Links: usage ? String(v.UsageData?.RefCount) : 'N/A',
    Size: usage ? humanSize4(usage.Size) : 'N/A',
    // Cluster volumes only; docker prints these for local ones too.
    Availability: 'N/A',
    Group: 'N/A',
    Status: 'N/A',
  };
}

export const volumeLsCommand: Command = {
  spec: {
    name: 'volume ls',
    use: 'volume ls [OPTIONS]',
    description: 'List volumes',
    aliases: ['volume ls', 'volume list'],
    flags: [
      { name: 'filter', short: 'f', kind: 'list', usage: "Provide filter values (e.g. \"dangling=true\")" },
      { name: 'format', kind: 'string', usage: FORMAT_USAGE },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only display volume names' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const { Volumes } = await volumesOf(ctx.client()).list(parseFilters(flags.list('filter')));
    const volumes = [...(Volumes ?? [])].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    if (flags.bool('quiet')) {
      await write(ctx.io.stdout, volumes.map((v) => `${v.Name}\n`).join(''));
      return;
    }
    const format = flags.string('format') || 'table';
    await write(ctx.io.stdout, formatted(() => renderList(format, volumes.map((v) => ({ ...volumeRow(v), Label: (name: unknown) => v.Labels?.[String(name)] ?? '' })), HEADERS, '{{.Driver}}\t{{.Name}}', '*formatter.volumeContext')));
  },
};

export const volumeInspectCommand: Command = {
  spec: {
    name: 'volume inspect',
    use: 'volume inspect [OPTIONS] VOLUME [VOLUME...]',
    description: 'Display detailed information on one or more volumes',
    flags: [{ name: 'format', short: 'f', kind: 'string', usage: INSPECT_FORMAT_USAGE }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = volumesOf(ctx.client());
    return printInspected(ctx, flags.args, flags.string('format'), (name) => api.inspect(name), { struct: 'volume.Volume' });
  },
};

export const volumeRmCommand: Command = {
  spec: {
    name: 'volume rm',
    use: 'volume rm [OPTIONS] VOLUME [VOLUME...]',
    description: 'Remove one or more volumes',
    aliases: ['volume rm', 'volume remove'],
    flags: [{ name: 'force', short: 'f', kind: 'bool', usage: 'Force the removal of one or more volumes' }],
    minArgs: 1,
  },
  async run(ctx, flags) {
    const api = volumesOf(ctx.client());
    const errors: string[] = [];
    // As docker: every name is tried; the failures are reported together at the end.
    for (const name of flags.args) {
      try {
        await api.remove(name, flags.bool('force'));
        await write(ctx.io.stdout, `${name}\n`);
      } catch (err) {
        errors.push(describeError(err));
      }
    }
    if (errors.length > 0) throw new StatusError(errors.join('\n'), 1);
  },
};

export const volumePruneCommand: Command = {
  spec: {
    name: 'volume prune',
    use: 'volume prune [OPTIONS]',
    description: 'Remove unused local volumes',
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
      { name: 'filter', kind: 'list', usage: 'Provide filter values (e.g. "label=<label>")' },
      { name: 'force', short: 'f', kind: 'bool', usage: 'Do not prompt for confirmation' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const filters = parseFilters(flags.list('filter'));
    const all = flags.bool('all');
    if (all && filters.all) throw new StatusError('conflicting options: cannot specify both --all and --filter all=1', 1);
    if (all) filters.all = ['true'];
    const warning = all || filters.all
      ? 'WARNING! This will remove all local volumes not used by at least one container.'
      : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
    if (!flags.bool('force') && !(await confirm(ctx, warning))) return;
    const report = await volumesOf(ctx.client()).prune(filters);
    const out = deletedSection('Deleted Volumes', report.VolumesDeleted) + `Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`;
    await write(ctx.io.stdout, out);
  },
};
