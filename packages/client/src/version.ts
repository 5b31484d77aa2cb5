/** The newest Docker Engine API version this client speaks (Docker 28.x serves 1.51). */
export const MAX_API_VERSION = '1.51';
/** What a daemon that sends no `Api-Version` header is assumed to speak. */
export const FALLBACK_API_VERSION = '1.24';

/** Numeric comparison of `major.minor` API versions (`1.9` < `1.24`). */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** The version to use with a server that supports up to `server`: never newer than ours. */
export function negotiateApiVersion(server: string | undefined): string {
  const offered = server && /^\d+\.\d+$/.test(server) ? server : FALLBACK_API_VERSION;
  return compareApiVersions(offered, MAX_API_VERSION) < 0 ? offered : MAX_API_VERSION;
}
