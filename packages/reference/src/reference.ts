import { invalidArgument, BerthError } from '@berth/errdefs';
import { parseDigest, parseImageId } from './digest';

/**
 * A normalised image reference: `domain/path[:tag][@digest]`.
 * `busybox` parses to `{ domain: 'docker.io', path: 'library/busybox' }` (no tag until
 * `withDefaultTag`), `host:5000/a/b:t` to `{ domain: 'host:5000', path: 'a/b', tag: 't' }`.
 */
export interface Reference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

export const DEFAULT_DOMAIN = 'docker.io';
export const DEFAULT_TAG = 'latest';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar of distribution/reference, assembled from its named parts.
const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const ipv6Address = '\\[[a-fA-F0-9:]+\\]';
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const namePattern = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;

const REFERENCE = new RegExp(`^(${namePattern})(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const TAG = new RegExp(`^${tagPattern}$`);

const invalidFormat = (detail?: string): BerthError =>
  invalidArgument(detail ? `invalid reference format: ${detail}` : 'invalid reference format');

/**
 * Split a name into domain and remainder the way Docker does: the first component is a domain
 * only if it looks like one (contains '.' or ':', is `localhost`, or has upper case letters,
 * which a path component may not).
 */
function splitDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(slash + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return [domain, remainder];
}

/**
 * Parse a reference as the docker CLI accepts it and normalise it (`busybox` →
 * `docker.io/library/busybox`). No default tag is added: see `withDefaultTag`.
 * Throws InvalidArgument with Docker's wording (`invalid reference format`,
 * `invalid reference format: repository name must be lowercase`, ...).
 */
export function parseReference(s: string): Reference {
  if (s === '') throw invalidFormat('repository name must have at least one component');
  if (parseImageId(s) !== undefined && !s.startsWith('sha256:')) {
    throw invalidArgument(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, remainder] = splitDomain(s);
  const tagSep = remainder.search(/[:@]/);
  const remote = tagSep === -1 ? remainder : remainder.slice(0, tagSep);
  if (remote.toLowerCase() !== remote) throw invalidFormat('repository name must be lowercase');

  const full = `${domain}/${remainder}`;
  const m = REFERENCE.exec(full);
  if (!m) {
    if (REFERENCE.test(full.toLowerCase())) throw invalidFormat('repository name must be lowercase');
    throw invalidFormat();
  }
  const [, name, tag, digest] = m;
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    throw invalidFormat(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }
  if (digest !== undefined) {
    try {
      parseDigest(digest);
    } catch (err) {
      throw invalidFormat((err as Error).message);
    }
  }
  const ref: Reference = { domain, path: remainder.slice(0, remote.length) };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Whether `s` is a valid tag (`[\w][\w.-]{0,127}`). */
export function isValidTag(s: string): boolean {
  return TAG.test(s);
}

/** A reference with neither tag nor digest gets the tag `latest`; others are returned unchanged. */
export function withDefaultTag(ref: Reference): Reference {
  return isNameOnly(ref) ? { ...ref, tag: DEFAULT_TAG } : ref;
}

/** Whether the reference names a repository only (no tag, no digest). */
export function isNameOnly(ref: Reference): boolean {
  return ref.tag === undefined && ref.digest === undefined;
}

/** The repository name with its domain: `docker.io/library/busybox`. */
export function repositoryName(ref: Reference): string {
  return `${ref.domain}/${ref.path}`;
}

/** The repository name as users write it: `busybox`, `user/app`, `host:5000/a/b`. */
export function familiarName(ref: Reference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return repositoryName(ref);
  const rest = ref.path.startsWith(OFFICIAL_REPO_PREFIX) ? ref.path.slice(OFFICIAL_REPO_PREFIX.length) : ref.path;
  return rest.includes('/') ? ref.path : rest;
}

function suffix(ref: Reference): string {
  return (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest !== undefined ? `@${ref.digest}` : '');
}

/** The reference as users write it: `busybox:latest`, `user/app:v1`, `host:5000/a/b:t`. */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + suffix(ref);
}

/** The fully qualified reference: `docker.io/library/busybox:latest`. */
export function normalizedString(ref: Reference): string {
  return repositoryName(ref) + suffix(ref);
}

/** What a user-supplied string names: an image by full id, or a (normalised) reference. */
export type AnyReference = { kind: 'id'; id: string } | { kind: 'named'; ref: Reference };

/**
 * Like Docker's ParseAnyReference: a 64-hex string or `sha256:<64 hex>` is an id; anything else
 * must parse as a reference.
 */
export function parseAnyReference(s: string): AnyReference {
  const id = parseImageId(s);
  if (id !== undefined) return { kind: 'id', id };
  return { kind: 'named', ref: parseReference(s) };
}
