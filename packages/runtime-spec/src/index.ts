/**
 * @berth/runtime-spec — builds OCI runtime bundles (config.json + rootfs directory) from an image's
 * config and `docker run`-style options, with Docker's defaults, and validates them.
 */
export type {
  Spec,
  SpecMount,
  SpecProcess,
  SpecUser,
  SpecCapabilities,
  SpecRlimit,
  SpecLinux,
  SpecNamespace,
  NamespaceType,
  SpecResources,
  SpecDeviceCgroupRule,
  SpecDevice,
  SpecSeccomp,
  ImageRuntimeConfig,
  RunOptions,
  RootfsReader,
} from './types';
export { buildSpec } from './build';
export { resolveUser, type ResolvedUser } from './user';
export { validateSpec } from './validate';
export { writeBundle } from './bundle';
export { directoryRootfsReader } from './rootfs';
export { DEFAULT_CAPABILITIES, DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_SHM_SIZE, OCI_VERSION } from './defaults';
