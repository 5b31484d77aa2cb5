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
  SpecSeccompRule,
  SpecSeccompArg,
  SpecIdMapping,
  ImageRuntimeConfig,
  RunOptions,
  ResourceOptions,
  DeviceMapping,
  Ulimit,
  IdRange,
  UserNamespaceMappings,
  RootfsReader,
} from './types';
export type { SeccompProfile, SeccompRule, SeccompArg, SeccompFilter, SeccompArchMapEntry } from './seccomp-types';
export { buildSpec } from './build';
export { hostCapabilities, hostCgroupFeatures, hostCgroupV2, isUnifiedCgroupRoot, type CgroupFeatures } from './host';
export { resolveUser, resolveAdditionalGroups, type ResolvedUser } from './user';
export { parseNamespaceModes, type NamespaceJoin, type NamespaceModes } from './namespaces';
export { validateSpec } from './validate';
export { writeBundle } from './bundle';
export { directoryRootfsReader } from './rootfs';
export { DEFAULT_CAPABILITIES, DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS, DEFAULT_SHM_SIZE, OCI_VERSION } from './defaults';
export { DEFAULT_SECCOMP_PROFILE } from './seccomp-default';
export { parseSeccompProfile, resolveSeccomp, nativeArchitecture, type SeccompContext } from './seccomp';
export { initBinaryPath, CONTAINER_INIT_PATH } from './init';
export { userNamespaceMappings, parseSubIdRanges, DEFAULT_REMAP_USER, type SubIdFiles } from './userns';
export { mergeUlimits } from './ulimits';
export { processEnv } from './env';
