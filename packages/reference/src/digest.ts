import { createHash } from 'node:crypto';
import { invalidArgument } from '@berth/errdefs';

/** A parsed content digest, `<algorithm>:<encoded>`. */
export interface Digest {
  algorithm: 'sha256' | 'sha384' | 'sha512';
  /** Lower-case hex of the hash. */
  hex: string;
  /** The canonical string form, `sha256:<hex>`. */
  digest: string;
}

const HEX_LENGTH: Record<Digest['algorithm'], number> = { sha256: 64, sha384: 96, sha512: 128 };

// The grammar of a digest in a reference (OCI image-spec "digests"): algorithm components joined
// by + . _ - , then ':' and at least 32 hex digits. Checked before the per-algorithm length.
const DIGEST_GRAMMAR = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * Parse and validate a digest string. Only the algorithms registered by go-digest (sha256, sha384,
 * sha512) are accepted, with exactly the hex length of their hash, lower case.
 * Throws InvalidArgument otherwise.
 */
export function parseDigest(s: string): Digest {
  if (!DIGEST_GRAMMAR.test(s)) throw invalidArgument(`invalid checksum digest format: ${JSON.stringify(s)}`);
  const colon = s.indexOf(':');
  const algorithm = s.slice(0, colon);
  const hex = s.slice(colon + 1);
  if (!(algorithm in HEX_LENGTH)) throw invalidArgument(`unsupported digest algorithm: ${algorithm}`);
  const alg = algorithm as Digest['algorithm'];
  if (hex.length !== HEX_LENGTH[alg] || !/^[a-f0-9]+$/.test(hex)) {
    throw invalidArgument(`invalid checksum digest format: ${JSON.stringify(s)}`);
  }
  return { algorithm: alg, hex, digest: s };
}

/** Whether `s` is a valid digest string (see `parseDigest`). */
export function isDigest(s: string): boolean {
  try {
    parseDigest(s);
    return true;
  } catch {
    return false;
  }
}

/** `sha256:<hex>` of the given bytes. */
export function sha256Digest(data: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

const FULL_ID = /^(?:sha256:)?([a-f0-9]{64})$/;
const ID_PREFIX = /^(?:sha256:)?[a-f0-9]{1,64}$/;

/**
 * The full image id (`sha256:<64 hex>`) that `s` spells, if it spells one: either the 64 hex digits
 * alone or with the `sha256:` prefix. Anything else (short ids, names) gives `undefined`.
 */
export function parseImageId(s: string): string | undefined {
  const m = FULL_ID.exec(s);
  return m ? `sha256:${m[1]}` : undefined;
}

/**
 * Whether `s` could be a (possibly shortened) image id: 1 to 64 lower-case hex digits, optionally
 * after `sha256:`. Note that short hex strings are also valid repository names; callers look a
 * name up first and fall back to the id prefix, as Docker does.
 */
export function isImageIdPrefix(s: string): boolean {
  return ID_PREFIX.test(s);
}

/** The hex part of an id or id prefix (`sha256:` stripped). */
export function idHex(s: string): string {
  return s.startsWith('sha256:') ? s.slice('sha256:'.length) : s;
}
