import Ajv, { type ValidateFunction } from 'ajv';
import { invalidArgument } from '@berth/errdefs';
import { DEFAULT_SECCOMP_PROFILE } from './seccomp-default';
import type { SeccompFilter, SeccompProfile, SeccompRule } from './seccomp-types';
import type { SpecSeccomp, SpecSeccompRule } from './types';

/** What the host and the container's spec contribute to selecting a profile's rules. */
export interface SeccompContext {
  /** Docker's native architecture name of the host (`amd64`, `arm64` ...); see `nativeArchitecture`. */
  arch: string;
  /** The container's capability bounding set. */
  capabilities: readonly string[];
  /** Host kernel release, e.g. `6.1.0-18-amd64`. */
  kernelRelease: string;
}

/** Node's `process.arch` → Docker's native architecture name, and that architecture's `SCMP_ARCH_*`. */
const ARCHITECTURES: Record<string, { native: string; seccomp: string }> = {
  x64: { native: 'amd64', seccomp: 'SCMP_ARCH_X86_64' },
  ia32: { native: 'x86', seccomp: 'SCMP_ARCH_X86' },
  arm64: { native: 'arm64', seccomp: 'SCMP_ARCH_AARCH64' },
  arm: { native: 'arm', seccomp: 'SCMP_ARCH_ARM' },
  ppc64: { native: 'ppc64le', seccomp: 'SCMP_ARCH_PPC64LE' },
  s390x: { native: 's390x', seccomp: 'SCMP_ARCH_S390X' },
  riscv64: { native: 'riscv64', seccomp: 'SCMP_ARCH_RISCV64' },
};

/** Docker's native architecture name for this process's architecture (`amd64` on x86-64). */
export function nativeArchitecture(nodeArch: string = process.arch): string {
  return ARCHITECTURES[nodeArch]?.native ?? nodeArch;
}

const ACTIONS = [
  'SCMP_ACT_KILL',
  'SCMP_ACT_KILL_PROCESS',
  'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_TRAP',
  'SCMP_ACT_ERRNO',
  'SCMP_ACT_TRACE',
  'SCMP_ACT_ALLOW',
  'SCMP_ACT_LOG',
  'SCMP_ACT_NOTIFY',
];
const OPERATORS = ['SCMP_CMP_NE', 'SCMP_CMP_LT', 'SCMP_CMP_LE', 'SCMP_CMP_EQ', 'SCMP_CMP_GE', 'SCMP_CMP_GT', 'SCMP_CMP_MASKED_EQ'];
const FLAGS = ['SECCOMP_FILTER_FLAG_TSYNC', 'SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_SPEC_ALLOW', 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'];

const uint = { type: 'integer', minimum: 0 } as const;
const filter = {
  type: ['object', 'null'],
  properties: {
    arches: { type: ['array', 'null'], items: { type: 'string' } },
    caps: { type: ['array', 'null'], items: { type: 'string' } },
    minKernel: { type: ['string', 'null'], pattern: '^[0-9]+\\.[0-9]+' },
  },
} as const;

/**
 * Docker's profile format. Open objects (unknown keys are ignored, as Go's JSON decoding does),
 * but every known field must have the right type and a known action, operator or flag, so a profile
 * that the runtime would reject fails here, before anything is created.
 */
const PROFILE_SCHEMA = {
  type: 'object',
  properties: {
    defaultAction: { enum: ACTIONS },
    defaultErrnoRet: uint,
    architectures: { type: ['array', 'null'], items: { type: 'string', pattern: '^SCMP_ARCH_' } },
    archMap: {
      type: ['array', 'null'],
      items: {
        type: 'object',
        required: ['architecture'],
        properties: {
          architecture: { type: 'string', pattern: '^SCMP_ARCH_' },
          subArchitectures: { type: ['array', 'null'], items: { type: 'string', pattern: '^SCMP_ARCH_' } },
        },
      },
    },
    flags: { type: ['array', 'null'], items: { enum: FLAGS } },
    listenerPath: { type: 'string' },
    listenerMetadata: { type: 'string' },
    syscalls: {
      type: ['array', 'null'],
      items: {
        type: 'object',
        required: ['action'],
        properties: {
          name: { type: 'string' },
          names: { type: ['array', 'null'], items: { type: 'string', minLength: 1 } },
          action: { enum: ACTIONS },
          errnoRet: uint,
          comment: { type: 'string' },
          args: {
            type: ['array', 'null'],
            items: {
              type: 'object',
              required: ['index', 'op'],
              properties: { index: { type: 'integer', minimum: 0, maximum: 5 }, value: uint, valueTwo: uint, op: { enum: OPERATORS } },
            },
          },
          includes: filter,
          excludes: filter,
        },
      },
    },
  },
} as const;

let compiled: ValidateFunction | undefined;

/**
 * Checks a seccomp profile in Docker's JSON format (the parsed content of a `seccomp=<file>`),
 * returning it typed. Problems throw `invalidArgument('Decoding seccomp profile failed: ...')`.
 */
export function parseSeccompProfile(profile: unknown): SeccompProfile {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(PROFILE_SCHEMA);
  if (!compiled(profile)) {
    const problems = (compiled.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
    throw invalidArgument(`Decoding seccomp profile failed: ${problems.join('; ')}`);
  }
  const typed = profile as SeccompProfile;
  if ((typed.architectures?.length ?? 0) > 0 && (typed.archMap?.length ?? 0) > 0) {
    throw invalidArgument(
      "'architectures' and 'archMap' were specified in the seccomp profile, use either 'architectures' or 'archMap'",
    );
  }
  for (const rule of typed.syscalls ?? []) {
    if (rule.name && (rule.names?.length ?? 0) > 0) {
      throw invalidArgument("'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'");
    }
  }
  return typed;
}

/**
 * The OCI `linux.seccomp` of a container: the profile's rules whose conditions hold for this host
 * and these capabilities, with the architecture list of the host's entry in `archMap`. A profile
 * with neither a default action nor rules means no filter (`undefined`), as in Docker.
 */
export function resolveSeccomp(profile: SeccompProfile, context: SeccompContext): SpecSeccomp | undefined {
  if (!profile.defaultAction && (profile.syscalls?.length ?? 0) === 0) return undefined;
  const result: SpecSeccomp = { defaultAction: profile.defaultAction };
  if (profile.defaultErrnoRet !== undefined) result.defaultErrnoRet = profile.defaultErrnoRet;

  const architectures = [...(profile.architectures ?? [])];
  const native = Object.values(ARCHITECTURES).find((a) => a.native === context.arch)?.seccomp;
  const entry = profile.archMap?.find((a) => a.architecture === native);
  if (entry) architectures.push(entry.architecture, ...(entry.subArchitectures ?? []));
  if (architectures.length > 0) result.architectures = architectures;
  if (profile.flags && profile.flags.length > 0) result.flags = [...profile.flags];
  if (profile.listenerPath) result.listenerPath = profile.listenerPath;
  if (profile.listenerMetadata) result.listenerMetadata = profile.listenerMetadata;

  const kernel = parseKernelVersion(context.kernelRelease);
  result.syscalls = (profile.syscalls ?? [])
    .filter((rule) => ruleApplies(rule, context, kernel))
    .map(toSpecRule)
    .filter((rule) => rule.names.length > 0);
  return result;
}

/** The default profile resolved for a container: what `seccomp` unset or `default` means. */
export function defaultSeccomp(context: SeccompContext): SpecSeccomp {
  return resolveSeccomp(DEFAULT_SECCOMP_PROFILE, context) as SpecSeccomp;
}

function ruleApplies(rule: SeccompRule, context: SeccompContext, kernel: [number, number]): boolean {
  const { excludes, includes } = rule;
  if (excludes && anyHolds(excludes, context, kernel)) return false;
  if (includes && !allHold(includes, context, kernel)) return false;
  return true;
}

function anyHolds(f: SeccompFilter, context: SeccompContext, kernel: [number, number]): boolean {
  if (f.arches && f.arches.includes(context.arch)) return true;
  if (f.caps && f.caps.some((c) => context.capabilities.includes(c))) return true;
  if (f.minKernel && kernelAtLeast(kernel, f.minKernel)) return true;
  return false;
}

function allHold(f: SeccompFilter, context: SeccompContext, kernel: [number, number]): boolean {
  if (f.arches && f.arches.length > 0 && !f.arches.includes(context.arch)) return false;
  if (f.caps && !f.caps.every((c) => context.capabilities.includes(c))) return false;
  if (f.minKernel && !kernelAtLeast(kernel, f.minKernel)) return false;
  return true;
}

function toSpecRule(rule: SeccompRule): SpecSeccompRule {
  const out: SpecSeccompRule = { names: rule.name ? [rule.name] : [...(rule.names ?? [])], action: rule.action };
  if (rule.errnoRet !== undefined) out.errnoRet = rule.errnoRet;
  if (rule.args && rule.args.length > 0) {
    out.args = rule.args.map((a) => ({ index: a.index, value: a.value ?? 0, ...(a.valueTwo ? { valueTwo: a.valueTwo } : {}), op: a.op }));
  }
  return out;
}

function parseKernelVersion(release: string): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(release);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

function kernelAtLeast(kernel: [number, number], wanted: string): boolean {
  const [major, minor] = parseKernelVersion(wanted);
  return kernel[0] > major || (kernel[0] === major && kernel[1] >= minor);
}
