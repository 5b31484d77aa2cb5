/**
 * Docker's seccomp profile format (the JSON `--security-opt seccomp=<file>` reads and moby's
 * default profile is written in): the OCI `linux.seccomp` fields plus conditions that select a rule
 * by architecture, capability or kernel version when a container's spec is built.
 */

/** A comparison on one syscall argument (`SCMP_CMP_EQ`, `SCMP_CMP_MASKED_EQ` ...). */
export interface SeccompArg {
  /** Argument position, 0..5. */
  index: number;
  value: number;
  /** Second operand; only `SCMP_CMP_MASKED_EQ` uses it (value is the mask). */
  valueTwo?: number;
  op: string;
}

/** When a rule applies: every listed condition must hold. */
export interface SeccompFilter {
  /** Native architecture names as Docker writes them: `amd64`, `arm64`, `x86`, `x32`, `s390x` ... */
  arches?: string[];
  /** Capability names (`CAP_SYS_ADMIN`) that must all be in the container's bounding set. */
  caps?: string[];
  /** `major.minor` the host kernel must be at least. */
  minKernel?: string;
}

export interface SeccompRule {
  names?: string[];
  /** Older single-name form; a rule has `name` or `names`, never both. */
  name?: string;
  action: string;
  errnoRet?: number;
  args?: SeccompArg[];
  comment?: string;
  /** The rule is used only if these hold... */
  includes?: SeccompFilter;
  /** ...and none of these does (any one excludes it). */
  excludes?: SeccompFilter;
}

export interface SeccompArchMapEntry {
  architecture: string;
  subArchitectures: string[] | null;
}

export interface SeccompProfile {
  defaultAction: string;
  defaultErrnoRet?: number;
  /** Fixed list of `SCMP_ARCH_*`; a profile has this or `archMap`, never both. */
  architectures?: string[];
  /** Per native architecture, the `SCMP_ARCH_*` set a container on that host gets. */
  archMap?: SeccompArchMapEntry[];
  flags?: string[];
  listenerPath?: string;
  listenerMetadata?: string;
  syscalls?: SeccompRule[];
}
