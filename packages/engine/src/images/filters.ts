/**
 * `GET /images/json` filters as dockerd applies them: `dangling`, `reference` (Go `path.Match`
 * globs against the familiar name, with or without tag), `label`, `before` and `since` (another
 * image, by name or id).
 */
import { invalidArgument } from '@berth/errdefs';
import type { Image } from '@berth/images';
import { familiarName, familiarString, parseReference } from '@berth/reference';

/** Filter values by key, as the API's `filters` query carries them. */
export type ImageFilters = Record<string, string[]>;

const KNOWN = new Set(['dangling', 'reference', 'label', 'before', 'since']);

/** Go's `path.Match` for one pattern: `*` and `?` never cross `/`; `[...]` classes; `\` escapes. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) throw invalidArgument(`invalid reference filter ${JSON.stringify(pattern)}: syntax error in pattern`);
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * References of an image (tags, or `repo@sha256:…` digests) that some pattern matches; Docker
 * shows only those, so a digest of a repository the filter excludes does not become a `<none>` row.
 */
function matchingReferences(refs: string[], patterns: RegExp[]): string[] {
  return refs.filter((text) => {
    const ref = parseReference(text);
    return patterns.some((p) => p.test(familiarString(ref)) || p.test(familiarName(ref)));
  });
}

function labelMatches(labels: Record<string, string>, filter: string): boolean {
  const eq = filter.indexOf('=');
  if (eq < 0) return Object.prototype.hasOwnProperty.call(labels, filter);
  const key = filter.slice(0, eq);
  return Object.prototype.hasOwnProperty.call(labels, key) && labels[key] === filter.slice(eq + 1);
}

function boolFilter(values: string[], name: string): boolean | undefined {
  if (values.length === 0) return undefined;
  const value = values[values.length - 1].toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw invalidArgument(`Invalid filter '${name}=${values[values.length - 1]}'`);
}

/**
 * Apply `filters` to `images`; `resolve` finds the image a `before`/`since` value names. Images
 * kept under a `reference` filter show only their matching tags and digests. InvalidArgument for an unknown
 * filter key or a bad value, in dockerd's words.
 */
export async function filterImages(
  images: Image[],
  filters: ImageFilters,
  resolve: (ref: string) => Promise<Image>,
): Promise<Image[]> {
  for (const key of Object.keys(filters)) {
    if (!KNOWN.has(key)) throw invalidArgument(`invalid filter '${key}'`);
  }
  const dangling = boolFilter(filters.dangling ?? [], 'dangling');
  const patterns = (filters.reference ?? []).map(globToRegExp);
  const labels = filters.label ?? [];
  const createdOf = async (values: string[] | undefined) =>
    values && values.length > 0 ? Math.min(...(await Promise.all(values.map(async (v) => (await resolve(v)).created.getTime())))) : undefined;
  const before = await createdOf(filters.before);
  const since = filters.since && filters.since.length > 0
    ? Math.max(...(await Promise.all(filters.since.map(async (v) => (await resolve(v)).created.getTime()))))
    : undefined;
  const kept: Image[] = [];
  for (const image of images) {
    const isDangling = image.repoTags.length === 0;
    if (dangling !== undefined && dangling !== isDangling) continue;
    if (before !== undefined && !(image.created.getTime() < before)) continue;
    if (since !== undefined && !(image.created.getTime() > since)) continue;
    const imageLabels = image.config.config?.Labels ?? {};
    if (!labels.every((l) => labelMatches(imageLabels, l))) continue;
    if (patterns.length > 0) {
      const tags = matchingReferences(image.repoTags, patterns);
      if (tags.length === 0) continue;
      kept.push({ ...image, repoTags: tags, repoDigests: matchingReferences(image.repoDigests, patterns) });
      continue;
    }
    kept.push(image);
  }
  return kept;
}
