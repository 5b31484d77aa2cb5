/** Rows of `berth images`, as `docker images` lays them out: one row per repository tag. */
import type { ImageSummary } from '@berth/client';
import { shortId } from './containers';
import { humanDuration, humanSize } from './units';

export const IMAGES_HEADER = ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];

/** `host:5000/a/b:v1` → [`host:5000/a/b`, `v1`]; the tag is after the last colon past the last slash. */
export function splitRepoTag(reference: string): [string, string] {
  const colon = reference.lastIndexOf(':');
  return colon > reference.lastIndexOf('/') ? [reference.slice(0, colon), reference.slice(colon + 1)] : [reference, '<none>'];
}

export function imageRows(image: ImageSummary, options: { noTrunc: boolean; now: number }): string[][] {
  const id = options.noTrunc ? image.Id : shortId(image.Id);
  const created = image.Created > 0 ? `${humanDuration(options.now - image.Created * 1000)} ago` : 'N/A';
  const size = humanSize(image.Size);
  const tags = (image.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
  if (tags.length > 0) return tags.map((tag) => [...splitRepoTag(tag), id, created, size]);
  // Untagged but pulled by digest: the repository is known, the tag is not.
  const digested = (image.RepoDigests ?? []).filter((d) => d !== '<none>@<none>');
  const repos = [...new Set(digested.map((d) => d.slice(0, d.indexOf('@'))))];
  if (repos.length > 0) return repos.map((repo) => [repo, '<none>', id, created, size]);
  return [['<none>', '<none>', id, created, size]];
}
