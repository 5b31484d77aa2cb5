import { imagesOf } from '@berth/client';
import { type Command, write } from '../context';
import { shortId } from '../format/containers';
import { LIST_FORMAT_USAGE, renderList } from '../format/template';
import { renderTable } from '../format/table';
import { humanSize, humanSize4, timeAgo } from '../format/units';
import { formatted, imageListRows } from './images';
import { volumeRow } from './volume';

/** `4.26MB (100%)`: what could be freed, with its share of `total` when there is a total (go-units' HumanSize). */
function reclaimable(bytes: number, total: number): string {
  return total > 0 ? `${humanSize4(bytes)} (${Math.trunc((bytes * 100) / total)}%)` : humanSize4(bytes);
}

/** docker's "active" containers: running, paused or restarting hold their space. */
const isActive = (state: string) => state === 'running' || state === 'paused' || state === 'restarting';

const HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };
const DEFAULT_TABLE = '{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';

export const systemDfCommand: Command = {
  spec: {
    name: 'system df',
    use: 'system df [OPTIONS]',
    description: 'Show berth disk usage',
    flags: [
      { name: 'format', kind: 'string', usage: LIST_FORMAT_USAGE },
      { name: 'verbose', short: 'v', kind: 'bool', usage: 'Show detailed information on space usage' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const df = await imagesOf(ctx.client()).diskUsage();
    const now = ctx.now();
    if (flags.bool('verbose')) {
      const imageRows = df.Images.flatMap((img) => imageListRows(img, { noTrunc: false, now }));
      let out = 'Images space usage:\n\n';
      out += renderTable([
        ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'],
        ...imageRows.map((r) => [r.Repository, r.Tag, r.ID, r.CreatedSince, r.Size, r.SharedSize, r.UniqueSize, r.Containers]),
      ]);
      out += '\nContainers space usage:\n\n';
      out += renderTable([
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'],
        ...df.Containers.map((c) => [
          shortId(c.Id), c.Image, JSON.stringify(c.Command.length > 20 ? `${c.Command.slice(0, 19)}…` : c.Command), '0',
          humanSize(c.SizeRw), timeAgo(c.Created, now), c.Status, c.Names.map((n) => n.replace(/^\//, '')).join(','),
        ]),
      ]);
      out += '\nLocal Volumes space usage:\n\n';
      out += renderTable([['VOLUME NAME', 'LINKS', 'SIZE'], ...df.Volumes.map(volumeRow).map((v) => [v.Name, v.Links, v.Size])]);
      out += '\nBuild cache usage: 0B\n\n';
      out += renderTable([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED']]);
      await write(ctx.io.stdout, out);
      return;
    }
    const activeImages = df.Images.filter((i) => i.Containers !== undefined && i.Containers > 0);
    // What the images in use hold alone; shared layers stay reclaimable only with their last user.
    const inUse = activeImages.reduce((sum, i) => (i.SharedSize === undefined || i.SharedSize < 0 || i.Size < 0 ? sum : sum + i.Size - i.SharedSize), 0);
    const containersSize = df.Containers.reduce((sum, c) => sum + c.SizeRw, 0);
    const stoppedSize = df.Containers.filter((c) => !isActive(c.State)).reduce((sum, c) => sum + c.SizeRw, 0);
    // A volume's Size -1 means not measured: docker leaves it out of both sums.
    const measured = df.Volumes.flatMap((v) => (v.UsageData && v.UsageData.Size >= 0 ? [v.UsageData] : []));
    const volumesSize = measured.reduce((sum, u) => sum + u.Size, 0);
    const unusedVolumesSize = measured.filter((u) => u.RefCount === 0).reduce((sum, u) => sum + u.Size, 0);
    const activeVolumes = df.Volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length;
    // Keys in JSON order, as docker marshals them (`--format json`).
    const rows = [
      { Active: String(activeImages.length), Reclaimable: reclaimable(df.LayersSize - inUse, df.LayersSize), Size: humanSize4(df.LayersSize), TotalCount: String(df.Images.length), Type: 'Images' },
      {
        Active: String(df.Containers.filter((c) => isActive(c.State)).length), Reclaimable: reclaimable(stoppedSize, containersSize),
        Size: humanSize4(containersSize), TotalCount: String(df.Containers.length), Type: 'Containers',
      },
      { Active: String(activeVolumes), Reclaimable: reclaimable(unusedVolumesSize, volumesSize), Size: humanSize4(volumesSize), TotalCount: String(df.Volumes.length), Type: 'Local Volumes' },
      { Active: '0', Reclaimable: '0B', Size: '0B', TotalCount: String(df.BuildCache.length), Type: 'Build Cache' },
    ];
    await write(ctx.io.stdout, formatted(() => renderList(flags.string('format') || 'table', rows, HEADERS, DEFAULT_TABLE, '*formatter.diskUsageImagesContext')));
  },
};
