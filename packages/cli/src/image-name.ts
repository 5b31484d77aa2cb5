/**
 * Image names as Docker's CLI shows them to people: without the `docker.io/library/` prefix and
 * with the implied `:latest`. (The full grammar lives in @berth/reference; this is display only.)
 */

const FAMILIAR_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'docker.io/', 'index.docker.io/'];

export interface ImageName {
  /** `busybox`, `host:5000/team/app`. */
  repository: string;
  /** `latest` when none was given; undefined when a digest pins the image. */
  tag?: string;
  digest?: string;
}

export function splitImageName(image: string): ImageName {
  let name = image;
  for (const prefix of FAMILIAR_PREFIXES) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length);
      break;
    }
  }
  const at = name.indexOf('@');
  if (at >= 0) return { repository: name.slice(0, at), digest: name.slice(at + 1) };
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return { repository: name.slice(0, colon), tag: name.slice(colon + 1) };
  return { repository: name, tag: 'latest' };
}

/** `busybox` → `busybox:latest`; `docker.io/library/alpine:3` → `alpine:3`; digests kept. */
export function familiarTagged(image: string): string {
  const { repository, tag, digest } = splitImageName(image);
  return digest ? `${repository}@${digest}` : `${repository}:${tag}`;
}
