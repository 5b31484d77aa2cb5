/** `berth system prune`: stopped containers and unused images in one go, after Docker's prompt. */
import { containerAdminOf, imagesOf, systemOf, type Filters } from '@berth/client';
import { type Command, StatusError, write } from '../context';
import { humanSize4 } from '../format/units';
import { parseFilters } from './ps';
import { confirm, deletedImagesSection, deletedSection } from './prune';

/** The filters docker's prompt names, in its order (natural sort of `name=value`). */
const SHOWN_FILTERS = ['label', 'label!', 'until'];

/**
 * Docker's confirmation text (without its last line, which `confirm` adds): what will go, then
 * the filters that narrow it.
 */
export function pruneWarning(options: { all: boolean; volumes: boolean; filters: Filters }): string {
  const items = ['all stopped containers', 'all networks not used by at least one container'];
  if (options.volumes) items.push('all anonymous volumes not used by at least one container');
  items.push(options.all ? 'all images without at least one container associated to them' : 'all dangling images');
  items.push(options.all ? 'all build cache' : 'unused build cache');
  let text = `WARNING! This will remove:${items.map((i) => `\n  - ${i}`).join('')}\n`;
  const shown = SHOWN_FILTERS.flatMap((name) => (options.filters[name] ?? []).map((v) => `${name}=${v}`));
  shown.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (shown.length > 0) text += `\n  Items to be pruned will be filtered with:${shown.map((f) => `\n  - ${f}`).join('')}\n`;
  return text;
}

export const systemPruneCommand: Command = {
  spec: {
    name: 'system prune',
    use: 'system prune [OPTIONS]',
    description: 'Remove unused data',
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Remove all unused images not just dangling ones' },
      { name: 'filter', kind: 'list', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
      { name: 'force', short: 'f', kind: 'bool', usage: 'Do not prompt for confirmation' },
      { name: 'volumes', kind: 'bool', usage: 'Prune anonymous volumes' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const all = flags.bool('all');
    const volumes = flags.bool('volumes');
    const filters = parseFilters(flags.list('filter'));
    // Volumes have no creation time to filter on (docker's check, before anything is asked).
    if (volumes && filters.until) throw new StatusError('ERROR: The "until" filter is not supported with "--volumes"', 1);
    // Declining is a cancellation, which docker ends silently with status 0.
    if (!flags.bool('force') && !(await confirm(ctx, pruneWarning({ all, volumes, filters })))) return;
    const client = ctx.client();
    let reclaimed = 0;
    let out = '';
    // Containers first: the images they held become unused for the image prune that follows.
    const containers = await containerAdminOf(client).prune(filters);
    out += deletedSection('Deleted Containers', containers.ContainersDeleted);
    if (containers.ContainersDeleted?.length) reclaimed += containers.SpaceReclaimed;
    // docker's order: containers, networks, volumes, images, build cache; each says what went.
    const system = systemOf(client);
    const networks = await system.pruneNetworks(filters);
    out += deletedSection('Deleted Networks', networks.NetworksDeleted);
    if (volumes) {
      const report = await system.pruneVolumes(filters);
      out += deletedSection('Deleted Volumes', report.VolumesDeleted);
      if (report.VolumesDeleted?.length) reclaimed += report.SpaceReclaimed;
    }
    const images = await imagesOf(client).prune({ ...filters, dangling: [all ? 'false' : 'true'] });
    out += deletedImagesSection(images.ImagesDeleted);
    if (images.ImagesDeleted?.length) reclaimed += images.SpaceReclaimed;
    const cache = await system.pruneBuildCache(filters, all);
    out += deletedSection('Deleted build cache objects', cache.CachesDeleted);
    if (cache.CachesDeleted?.length) reclaimed += cache.SpaceReclaimed;
    out += `Total reclaimed space: ${humanSize4(reclaimed)}\n`;
    await write(ctx.io.stdout, out);
  },
};
