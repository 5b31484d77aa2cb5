/**
 * @berth/reference — Docker's image reference grammar and content digests.
 *
 * `parseReference('busybox')` normalises to `docker.io/library/busybox`; `familiarString` gives it
 * back the way users write it. Digests are `sha256:<64 hex>` (sha384/sha512 accepted).
 */
export {
  type Reference,
  type AnyReference,
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  parseReference,
  parseAnyReference,
  withDefaultTag,
  isNameOnly,
  isValidTag,
  repositoryName,
  familiarName,
  familiarString,
  normalizedString,
} from './reference';
export { type Digest, parseDigest, isDigest, sha256Digest, parseImageId, isImageIdPrefix, idHex } from './digest';
