import type { Filters, ImageSummary } from '@berth/client';
import { type Command, StatusError, write } from '../context';
import { shortId } from '../format/containers';
import { splitRepoTag } from '../format/images';
import { LIST_FORMAT_USAGE, TemplateError, renderList } from '../format/template';
import { humanDuration, humanSize, humanSize4 } from '../format/units';
import { parseFilters } from './ps';

/** One row of `berth images` as `--format` sees it (docker's image formatter fields). */
export interface ImageRow {
  ID: string;
  Repository: string;
  Tag: string;
  Digest: string;
  CreatedSince: string;
  CreatedAt: string;
  Size: string;
  Containers: string;
  SharedSize: string;
  UniqueSize: string;
}

const HEADERS: Record<keyof ImageRow, string> = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
  Size: 'SIZE', Containers: 'CONTAINERS', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
};

/** Go's `time.Time.String()` layout, in UTC: `2026-01-02 15:04:05 +0000 UTC`. */
export function goTime(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} +0000 UTC`;
}

/** One row per repository tag (or per digested repository, or one `<none>` row), as `docker images` shows. */
export function imageListRows(image: ImageSummary, options: { noTrunc: boolean; now: number }): ImageRow[] {
  const digests = (image.RepoDigests ?? []).filter((d) => d !== '<none>@<none>');
  const digestOf = (repo: string) => digests.find((d) => d.slice(0, d.indexOf('@')) === repo)?.split('@')[1] ?? '<none>';
  const base = {
    ID: options.noTrunc ? image.Id : shortId(image.Id),
    CreatedSince: image.Created > 0 ? `${humanDuration(options.now - image.Created * 1000)} ago` : 'N/A',
    CreatedAt: goTime(image.Created),
    Size: humanSize(image.Size),
    Containers: image.Containers === undefined || image.Containers < 0 ? 'N/A' : String(image.Containers),
    // go-units' HumanSize (4 digits) for these two, as docker's image formatter; SIZE keeps 3.
    SharedSize: image.SharedSize === undefined || image.SharedSize < 0 ? 'N/A' : humanSize4(image.SharedSize),
    UniqueSize: image.SharedSize === undefined || image.SharedSize < 0 ? 'N/A' : humanSize4(image.Size - image.SharedSize),
  };
  const tags = (image.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
  if (tags.length > 0) {
    return tags.map((t) => {
      const [repo, tag] = splitRepoTag(t);
      return { ...base, Repository: repo, Tag: tag, Digest: digestOf(repo) };
    });
  }
  const repos = [...new Set(digests.map((d) => d.slice(0, d.indexOf('@'))))];
  if (repos.length > 0) return repos.map((repo) => ({ ...base, Repository: repo, Tag: '<none>', Digest: digestOf(repo) }));
  return [{ ...base, Repository: '<none>', Tag: '<none>', Digest: '<none>' }];
}

/** How a command words a template mistake: docker says `template parsing error:` for most. */
export interface TemplateFailure {
  parse: string;
  execute: string;
  /** Exit status of a template that does not parse. */
  parseStatus?: number;
}

const TEMPLATE_FAILURE: TemplateFailure = { parse: 'template parsing error', execute: 'template parsing error' };

/** Run a `--format` render, turning a template mistake into Docker's message and status. */
export function formatted(render: () => string, failure: TemplateFailure = TEMPLATE_FAILURE): string {
  try {
    return render();
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    if (err.phase === 'execute') throw new StatusError(`${failure.execute}: ${err.message}`, 1);
    throw new StatusError(`${failure.parse}: ${err.message}`, failure.parseStatus ?? 1);
  }
}

export const imagesCommand: Command = {
  spec: {
    name: 'images',
    use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
    description: 'List images',
    aliases: ['image ls', 'image list', 'images'],
    flags: [
      { name: 'all', short: 'a', kind: 'bool', usage: 'Show all images (default hides intermediate images)' },
      { name: 'digests', kind: 'bool', usage: 'Show digests' },
      { name: 'filter', short: 'f', kind: 'list', usage: 'Filter output based on conditions provided' },
      { name: 'format', kind: 'string', usage: LIST_FORMAT_USAGE },
      { name: 'no-trunc', kind: 'bool', usage: "Don't truncate output" },
      { name: 'quiet', short: 'q', kind: 'bool', usage: 'Only show image IDs' },
    ],
    maxArgs: 1,
  },
  async run(ctx, flags) {
    const noTrunc = flags.bool('no-trunc');
    const filters: Filters = parseFilters(flags.list('filter'));
    if (flags.args[0]) (filters.reference ??= []).push(flags.args[0]);
    const images = await ctx.client().listImages({ all: flags.bool('all'), filters });
    if (flags.bool('quiet')) {
      const ids = [...new Set(images.map((i) => (noTrunc ? i.Id : shortId(i.Id))))];
      await write(ctx.io.stdout, ids.map((id) => `${id}\n`).join(''));
      return;
    }
    const now = ctx.now();
    const digestColumn = flags.bool('digests') ? '{{.Digest}}\t' : '';
    const defaultTable = `{{.Repository}}\t{{.Tag}}\t${digestColumn}{{.ID}}\t{{.CreatedSince}}\t{{.Size}}`;
    const format = flags.string('format') || 'table';
    // docker's rows still have the deprecated VirtualSize (the size again, go-units' 4 digits).
    const templateRows = images.flatMap((image) => imageListRows(image, { noTrunc, now }).map((r) => ({ ...r, VirtualSize: humanSize4(image.Size) })));
    await write(ctx.io.stdout, formatted(() => renderList(format, templateRows, HEADERS, defaultTable, '*formatter.imageContext')));
  },
};
