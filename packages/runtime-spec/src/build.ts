import * as path from 'node:path';
import { invalidArgument } from '@berth/errdefs';
import { normalizeCapability, resolveCapabilities } from './capabilities';
import {
  DEFAULT_CAPABILITIES,
  DEFAULT_MASKED_PATHS,
  DEFAULT_NOFILE_LIMIT,
  DEFAULT_READONLY_PATHS,
  DEFAULT_SHM_SIZE,
  OCI_VERSION,
  PRIVILEGED_DEVICE_RULES,
  defaultDeviceRules,
  defaultMounts,
} from './defaults';
import { processEnv } from './env';
import { grantDevices, parseDeviceCgroupRule } from './devices';
import {
  hostCapabilities,
  hostCgroupFeatures,
  hostCpuCount,
  hostCpuset,
  hostDevices,
  hostKernelRelease,
  hostNofileHardLimit,
  hostThermalThrottlePaths,
  lowestOomScoreAdj,
} from './host';
import { checkSysctls, namespacesFor, shmMount } from './namespaces';
import { CONTAINER_INIT_PATH } from './init';
import { specResources } from './resources';
import { defaultSeccomp, nativeArchitecture, parseSeccompProfile, resolveSeccomp } from './seccomp';
import { tmpfsMounts } from './tmpfs';
import type {
  ImageRuntimeConfig,
  RootfsReader,
  RunOptions,
  Spec,
  SpecDevice,
  SpecLinux,
  SpecMount,
  SpecNamespace,
  SpecSeccomp,
} from './types';
import { mergeUlimits } from './ulimits';
import { resolveAdditionalGroups, resolveUser } from './user';
import { validateSpec } from './validate';

/**
 * Builds the OCI runtime spec of a container from its image's config and the run options, with
 * Docker's defaults for everything the options leave open. `rootfs` lets the builder resolve user
 * and group names from the container's /etc/passwd and /etc/group; without it only numeric ids
 * resolve. Bad options throw `invalidArgument`; the result is validated before it is returned.
 */
export async function buildSpec(image: ImageRuntimeConfig, opts: RunOptions, rootfs?: RootfsReader): Promise<Spec> {
  if (!opts.id) throw invalidArgument('container id is required');
  const privileged = opts.privileged === true;
  const hostname = opts.hostname || opts.id.slice(0, 12);

  if (privileged && opts.userns) {
    throw invalidArgument(
      'privileged mode is incompatible with user namespaces.  You must run the container in the host namespace when running privileged mode',
    );
  }
  const command = commandLine(image, opts);
  // --init: the init runs the command (after `--`, so the command's own flags stay its own).
  const args = opts.init ? [CONTAINER_INIT_PATH, '--', ...command] : command;
  const cwd = workingDir(opts.workingDir || image.WorkingDir || '/');
  const resolved = await resolveUser(opts.user ?? image.User ?? '', rootfs);
  const added = await resolveAdditionalGroups(opts.groupAdd ?? [], rootfs);
  const user = { ...resolved, additionalGids: [...new Set([...resolved.additionalGids, ...added])] };
  const oomScoreAdj = await checkedOomScoreAdj(opts.oomScoreAdj);
  const env = processEnv(hostname, !!opts.tty, image.Env ?? [], opts.env);

  const grantable = await hostCapabilities();
  const capabilities = resolveCapabilities({
    base: DEFAULT_CAPABILITIES,
    add: opts.capAdd,
    drop: opts.capDrop,
    privileged,
    all: grantable,
  }).filter((c) => grantable.includes(c) || isExplicitlyAdded(c, opts.capAdd));
  const refused = capabilities.filter((c) => !grantable.includes(c));
  if (refused.length > 0) {
    throw invalidArgument(`cannot add ${refused.join(', ')}: not in the capability bounding set of this host`);
  }

  const hostHard = await hostNofileHardLimit();
  const nofile = hostHard === undefined ? DEFAULT_NOFILE_LIMIT : Math.min(DEFAULT_NOFILE_LIMIT, hostHard);
  const rlimits = mergeUlimits([{ type: 'RLIMIT_NOFILE', soft: nofile, hard: nofile }], opts.ulimits);

  const cgroupLimits = specResources(opts.resources, {
    cpuCount: hostCpuCount(),
    cpuset: await hostCpuset(),
    features: await hostCgroupFeatures(),
  });
  const granted = await grantDevices(opts.devices ?? []);
  const extraRules = (opts.deviceCgroupRules ?? []).map(parseDeviceCgroupRule);
  const seccomp = seccompFor(opts, privileged, capabilities);

  const network = networkNamespace(opts.networkNamespace);
  const modes = opts.namespaces ?? {};
  const namespaces = namespacesFor(modes, network, !!opts.userns);
  const sysctls = opts.sysctls ?? {};
  checkSysctls(sysctls, { ipc: modes.ipc === 'host', uts: modes.uts === 'host', network: !network });

  const spec: Spec = {
    ociVersion: OCI_VERSION,
    process: {
      terminal: opts.tty === true,
      user,
      args,
      env,
      cwd,
      capabilities: { bounding: capabilities, effective: [...capabilities], permitted: [...capabilities] },
      rlimits,
      noNewPrivileges: opts.noNewPrivileges === true,
      ...(oomScoreAdj !== undefined ? { oomScoreAdj } : {}),
    },
    root: { path: 'rootfs', ...(opts.readonlyRootfs ? { readonly: true } : {}) },
    // A shared UTS namespace keeps the host's names: runc refuses to set them there.
    ...(opts.namespaces?.uts === 'host' ? {} : { hostname, ...(opts.domainname ? { domainname: opts.domainname } : {}) }),
    mounts: mounts(opts, privileged),
    linux: {
      namespaces,
      maskedPaths: privileged ? [] : [...DEFAULT_MASKED_PATHS, ...(await hostThermalThrottlePaths())],
      readonlyPaths: privileged ? [] : [...DEFAULT_READONLY_PATHS],
      resources: {
        devices: [
          ...(privileged ? PRIVILEGED_DEVICE_RULES.map((r) => ({ ...r })) : defaultDeviceRules()),
          ...granted.map((g) => g.rule),
          ...extraRules,
        ],
        ...cgroupLimits,
      },
      cgroupsPath: opts.cgroupsPath ?? `/berth/${opts.id}`,
      // As Docker does for containers with their own network stack: binding low ports and
      // ICMP echo sockets need no capability there, since they cannot affect the host.
      ...sysctlsFor(opts, network, sysctls),
      ...(await specDevices(privileged, granted.map((g) => g.device))),
      ...(seccomp ? { seccomp } : {}),
      ...idMappings(opts),
    },
  };
  return validateSpec(spec);
}

/**
 * The sysctls of the spec. As Docker does for containers with their own network stack: binding
 * low ports and ICMP echo sockets need no capability there, since they cannot affect the host;
 * the user's `--sysctl` win over these.
 */
function sysctlsFor(opts: RunOptions, network: SpecNamespace | undefined, requested: Record<string, string>): Pick<SpecLinux, 'sysctl'> {
  const sysctl: Record<string, string> = {
    ...(network && !network.path ? { 'net.ipv4.ip_unprivileged_port_start': '0', 'net.ipv4.ping_group_range': `0 ${highestGid(opts)}` } : {}),
    ...requested,
  };
  return Object.keys(sysctl).length > 0 ? { sysctl } : {};
}

/**
 * dockerd hands `--oom-score-adj` to the runtime as is; here a value the runtime cannot set is
 * refused up front with the reason, instead of a start failing inside runc.
 */
async function checkedOomScoreAdj(value: number | undefined): Promise<number | undefined> {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < -1000 || value > 1000) {
    throw invalidArgument(`Invalid value ${value}, range for oom score adj is [-1000, 1000]`);
  }
  const lowest = await lowestOomScoreAdj();
  if (value < lowest) {
    throw invalidArgument(
      `oom score adj ${value} is below the daemon's own (${lowest}): lowering it needs CAP_SYS_RESOURCE, which the daemon does not have`,
    );
  }
  return value;
}

function isExplicitlyAdded(capability: string, capAdd: readonly string[] | undefined): boolean {
  return (capAdd ?? []).some((name) => normalizeCapability(name) === capability);
}

/** Docker's entrypoint/cmd merge; the process argv is entrypoint followed by cmd. */
function commandLine(image: ImageRuntimeConfig, opts: RunOptions): string[] {
  let entrypoint: string[];
  let cmd = opts.cmd ?? [];
  if (opts.entrypoint && opts.entrypoint.length > 0) {
    entrypoint = opts.entrypoint;
  } else {
    if (cmd.length === 0) cmd = image.Cmd ?? [];
    // `entrypoint: []` is `--entrypoint ""`: it clears the image's entrypoint.
    entrypoint = opts.entrypoint ?? image.Entrypoint ?? [];
  }
  const args = [...entrypoint, ...cmd];
  if (args.length === 0) throw invalidArgument('No command specified');
  return args;
}

function workingDir(dir: string): string {
  if (!path.posix.isAbsolute(dir)) {
    throw invalidArgument(`the working directory '${dir}' is invalid, it needs to be an absolute path`);
  }
  return cleanPath(dir);
}

/** Lexically clean absolute path, as Go's path.Clean: no `.`/`..` segments, no trailing slash. */
function cleanPath(p: string): string {
  const normalized = path.posix.normalize(p);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

function initMount(hostPath: string): SpecMount {
  if (!path.isAbsolute(hostPath)) throw invalidArgument(`init binary path "${hostPath}" must be absolute`);
  return { destination: CONTAINER_INIT_PATH, type: 'bind', source: hostPath, options: ['bind', 'ro'] };
}

function networkNamespace(setting: string | undefined): SpecNamespace | undefined {
  if (setting === undefined) return { type: 'network' };
  if (setting === 'host') return undefined;
  if (!path.posix.isAbsolute(setting)) {
    throw invalidArgument(`network namespace must be "host" or an absolute path, got "${setting}"`);
  }
  return { type: 'network', path: setting };
}

/**
 * Defaults first, then the extra mounts ordered so that a parent is mounted before anything
 * beneath it. An extra mount on a default's destination replaces it; one on /dev replaces the
 * whole default /dev tree.
 */
function mounts(opts: RunOptions, privileged: boolean): SpecMount[] {
  const shmSize = opts.shmSize ?? DEFAULT_SHM_SIZE;
  if (!Number.isSafeInteger(shmSize) || shmSize <= 0) {
    throw invalidArgument(`invalid shm size ${String(opts.shmSize)}: must be a positive number of bytes`);
  }
  const requested: SpecMount[] = [
    ...(opts.extraMounts ?? []),
    ...tmpfsMounts(opts.tmpfs),
    ...(opts.init ? [initMount(opts.init.path)] : []),
  ];
  const extra = requested.map((m) => {
    if (!path.posix.isAbsolute(m.destination)) {
      throw invalidArgument(`invalid mount destination "${m.destination}": must be an absolute path`);
    }
    return { ...m, destination: cleanPath(m.destination), options: [...m.options] };
  });
  const taken = new Set(extra.map((m) => m.destination));
  const defaults = defaultMounts(shmSize, privileged)
    .flatMap((m) => (m.destination === '/dev/shm' ? (shmMount(opts.namespaces ?? {}, m) ?? []) : [m]))
    // A user namespace may mount sysfs only in a network namespace it owns; one made beforehand by
    // the daemon (a sandbox, the host's, another container's) is not, so /sys is bound (as moby does).
    .map((m) => (m.destination === '/sys' && opts.userns && opts.networkNamespace ? { ...m, type: 'bind', source: '/sys', options: ['rbind', ...m.options] } : m))
    .filter(
    (m) => !taken.has(m.destination) && !(taken.has('/dev') && m.destination.startsWith('/dev/')),
  );
  const depth = (p: string) => (p === '/' ? 0 : p.split('/').length - 1);
  // Array.prototype.sort is stable, so mounts at the same depth keep the caller's order.
  extra.sort((a, b) => depth(a.destination) - depth(b.destination));
  return [...defaults, ...extra];
}

/** Docker's `--security-opt seccomp=` semantics; privileged containers are never filtered. */
function seccompFor(opts: RunOptions, privileged: boolean, capabilities: readonly string[]): SpecSeccomp | undefined {
  const setting = opts.seccomp ?? 'default';
  if (privileged || setting === 'unconfined') return undefined;
  const context = { arch: nativeArchitecture(), capabilities, kernelRelease: hostKernelRelease() };
  if (setting === 'default') return defaultSeccomp(context);
  if (typeof setting !== 'object' || setting === null || !('profile' in setting)) {
    throw invalidArgument(`invalid seccomp setting ${JSON.stringify(setting)}: want "default", "unconfined" or a profile`);
  }
  return resolveSeccomp(parseSeccompProfile(setting.profile), context);
}

/** Device nodes to create: every host device when privileged, plus `--device` ones (which win on the same path). */
async function specDevices(privileged: boolean, requested: SpecDevice[]): Promise<Pick<SpecLinux, 'devices'>> {
  const wanted = new Set(requested.map((d) => d.path));
  const devices = [...(privileged ? (await hostDevices()).filter((d) => !wanted.has(d.path)) : []), ...requested];
  return devices.length > 0 ? { devices } : {};
}

/**
 * The highest gid of the container: every gid without a user namespace; with one, the kernel
 * accepts only gids mapped into it (ping_group_range is refused otherwise).
 */
function highestGid(opts: RunOptions): number {
  if (!opts.userns) return 2147483647;
  return Math.max(0, ...opts.userns.gidMap.map((m) => m.containerId + m.size - 1));
}

function idMappings(opts: RunOptions): Pick<SpecLinux, 'uidMappings' | 'gidMappings'> {
  if (!opts.userns) return {};
  const convert = (m: { containerId: number; hostId: number; size: number }) => ({ containerID: m.containerId, hostID: m.hostId, size: m.size });
  return { uidMappings: opts.userns.uidMap.map(convert), gidMappings: opts.userns.gidMap.map(convert) };
}
