/** `berth version` and `berth info`, laid out as the docker CLI lays them out. */
import { statSync } from 'node:fs';
import type { SystemInfo, SystemVersion } from '@berth/client';
import { isDaemonError, MAX_API_VERSION } from '@berth/client';
import { type CommandContext, type Command, StatusError, describeError, write } from '../context';
import { alignLabels } from '../format/table';
import { INSPECT_FORMAT_USAGE, parseTemplate, TemplateError, type Template, type TemplateOptions } from '../format/template';
import { bytesSize } from '../format/units';

export const BERTH_VERSION = '0.1.0';
/** berth is not built from a tagged git checkout; this names the source instead of a commit. */
const GIT_COMMIT = 'berth';

const GO_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

/** Go's time.ANSIC (`Fri May 30 12:07:14 2025`), in UTC, as the docker CLI shows build times. */
export function ansicDate(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const [day, month] = [d.toUTCString().slice(0, 3), d.toUTCString().slice(8, 11)];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** When this CLI was built: the modification time of its bundle (written once per build). */
function clientBuildTime(): string {
  try {
    return statSync(process.argv[1]).mtime.toISOString();
  } catch {
    return '';
  }
}

/** The docker CLI's `clientVersion`, the `.Client` of `version --format` (Node's version as GoVersion). */
export interface ClientVersion {
  Version: string;
  ApiVersion: string;
  DefaultAPIVersion: string;
  GitCommit: string;
  GoVersion: string;
  Os: string;
  Arch: string;
  BuildTime: string;
  Context: string;
}

export function clientVersion(apiVersion: string): ClientVersion {
  return {
    Version: BERTH_VERSION,
    ApiVersion: apiVersion,
    DefaultAPIVersion: MAX_API_VERSION,
    GitCommit: GIT_COMMIT,
    GoVersion: process.version,
    Os: process.platform,
    Arch: GO_ARCH[process.arch] ?? process.arch,
    BuildTime: ansicDate(clientBuildTime()),
    Context: 'default',
  };
}

function clientVersionBlock(c: ClientVersion): string {
  const api = c.ApiVersion === c.DefaultAPIVersion ? c.ApiVersion : `${c.ApiVersion} (downgraded from ${c.DefaultAPIVersion})`;
  return (
    'Client:\n' +
    alignLabels([
      [' Version:', c.Version],
      [' API version:', api],
      [' Node version:', c.GoVersion],
      [' Git commit:', c.GitCommit],
      [' Built:', c.BuildTime],
      [' OS/Arch:', `${c.Os}/${c.Arch}`],
      [' Context:', c.Context],
    ])
  );
}

/** The server's components, with the Engine made up from the top-level fields when it lists none (old daemons). */
function serverComponents(v: SystemVersion): NonNullable<SystemVersion['Components']> {
  const components = (v.Components ?? []).map((c) => (c.Name === 'Engine' && c.Details?.BuildTime !== undefined ? { ...c, Details: { ...c.Details, BuildTime: ansicDate(c.Details.BuildTime) } } : c));
  if (components.some((c) => c.Name === 'Engine')) return components;
  const details = { ApiVersion: v.ApiVersion, MinAPIVersion: v.MinAPIVersion ?? '', GitCommit: v.GitCommit ?? '', GoVersion: v.GoVersion ?? '', Os: v.Os, Arch: v.Arch, BuildTime: ansicDate(v.BuildTime ?? ''), Experimental: String(v.Experimental === true) };
  return [...components, { Name: 'Engine', Version: v.Version, Details: details }];
}

function serverVersionBlock(v: SystemVersion): string {
  let text = `\nServer:${v.Platform?.Name ? ` ${v.Platform.Name}` : ''}\n`;
  for (const component of v.Components ?? []) {
    const details = component.Details ?? {};
    const lines: [string, string][] = [['  Version:', component.Version]];
    if (component.Name === 'Engine') {
      lines.push(
        ['  API version:', `${details.ApiVersion ?? ''} (minimum version ${details.MinAPIVersion ?? ''})`],
        ['  Node version:', details.GoVersion ?? ''],
        ['  Git commit:', details.GitCommit ?? ''],
        ['  Built:', details.BuildTime ?? ''],
        ['  OS/Arch:', `${details.Os ?? ''}/${details.Arch ?? ''}`],
        ['  Experimental:', details.Experimental ?? ''],
      );
    } else {
      for (const key of Object.keys(details).sort()) lines.push([`  ${key}:`, details[key]]);
    }
    text += ` ${component.Name}:\n${alignLabels(lines)}`;
  }
  return text;
}

async function negotiated(ctx: CommandContext): Promise<string> {
  try {
    return await ctx.client().apiVersion();
  } catch {
    return MAX_API_VERSION;
  }
}

/** A `--format` template, or docker's status 64 for one that does not parse. `json` is `{{json .}}`. */
function formatTemplate(format: string, options: TemplateOptions = {}): Template {
  try {
    return parseTemplate(format === 'json' ? '{{json .}}' : format, options);
  } catch (err) {
    if (err instanceof TemplateError) throw new StatusError(`template parsing error: ${err.message}`, 64);
    throw err;
  }
}

/** The template's output and a newline; as docker, a failed one prints only the newline, then the error. */
async function executeTemplate(ctx: CommandContext, template: Template, data: unknown): Promise<void> {
  let text: string;
  try {
    text = template.execute(data);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    await write(ctx.io.stdout, '\n');
    throw new StatusError(err.message, 1);
  }
  await write(ctx.io.stdout, `${text}\n`);
}

const FORMAT_FLAG = { name: 'format', short: 'f', kind: 'string' as const, usage: INSPECT_FORMAT_USAGE };

export const versionCommand: Command = {
  spec: { name: 'version', use: 'version [OPTIONS]', description: 'Show the berth version information', flags: [FORMAT_FLAG], maxArgs: 0 },
  async run(ctx, flags) {
    const format = flags.string('format');
    const template = format ? formatTemplate(format, { struct: 'system.versionInfo', name: 'version' }) : undefined;
    let server: SystemVersion | undefined;
    let failure: unknown;
    try {
      const v = await ctx.client().version();
      server = { ...v, Components: serverComponents(v) };
    } catch (err) {
      failure = err;
    }
    const client = clientVersion(await negotiated(ctx));
    if (template) {
      await executeTemplate(ctx, template, { Client: client, Server: server ?? null });
    } else {
      await write(ctx.io.stdout, clientVersionBlock(client));
      if (server) await write(ctx.io.stdout, serverVersionBlock(server));
    }
    if (!server) throw new StatusError(describeError(failure), 1);
  },
};

/** `name=seccomp,profile=builtin` → its name and options, as the docker CLI decodes SecurityOptions. */
function decodeSecurityOption(option: string): { name: string; options: [string, string][] } {
  const pairs = option.split(',').map((kv) => {
    const eq = kv.indexOf('=');
    return (eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)]) as [string, string];
  });
  const name = pairs.find(([k]) => k === 'name')?.[1] ?? option;
  return { name, options: pairs.filter(([k]) => k !== 'name') };
}

function clientInfoBlock(debug: boolean): string {
  return alignLabels([[' Version:', BERTH_VERSION], [' Context:', 'default'], [' Debug Mode:', String(debug)]], 0);
}

/** The docker CLI's server section of `info`, line for line, for what berthd reports. */
export function formatInfo(info: SystemInfo, debug: boolean): string {
  const lines: string[] = [];
  const add = (label: string, value: unknown) => lines.push(`${label} ${String(value)}`);
  const addNonEmpty = (label: string, value: string | undefined) => {
    if (value) add(label, value);
  };
  add(' Containers:', info.Containers);
  add('  Running:', info.ContainersRunning);
  add('  Paused:', info.ContainersPaused);
  add('  Stopped:', info.ContainersStopped);
  add(' Images:', info.Images);
  addNonEmpty(' Server Version:', info.ServerVersion);
  addNonEmpty(' Storage Driver:', info.Driver);
  for (const [key, value] of info.DriverStatus ?? []) lines.push(`  ${key}: ${value}`);
  addNonEmpty(' Logging Driver:', info.LoggingDriver);
  addNonEmpty(' Cgroup Driver:', info.CgroupDriver);
  addNonEmpty(' Cgroup Version:', info.CgroupVersion);
  const plugins = info.Plugins ?? {};
  lines.push(' Plugins:');
  add('  Volume:', (plugins.Volume ?? []).join(' '));
  add('  Network:', (plugins.Network ?? []).join(' '));
  if (plugins.Authorization?.length) add('  Authorization:', plugins.Authorization.join(' '));
  add('  Log:', (plugins.Log ?? []).join(' '));
  add(' Swarm:', info.Swarm?.LocalNodeState ?? '');
  const runtimes = Object.keys(info.Runtimes ?? {});
  if (runtimes.length > 0) {
    add(' Runtimes:', runtimes.join(' '));
    add(' Default Runtime:', info.DefaultRuntime ?? '');
  }
  if (info.OSType === 'linux') {
    add(' Init Binary:', info.InitBinary ?? '');
    add(' containerd version:', info.ContainerdCommit?.ID ?? '');
    add(' runc version:', info.RuncCommit?.ID ?? '');
    add(' init version:', info.InitCommit?.ID ?? '');
    if (info.SecurityOptions?.length) {
      lines.push(' Security Options:');
      for (const option of info.SecurityOptions.map(decodeSecurityOption)) {
        lines.push(`  ${option.name}`);
        for (const [key, value] of option.options) if (key === 'profile') add('   Profile:', value);
      }
    }
  }
  addNonEmpty(' Kernel Version:', info.KernelVersion);
  addNonEmpty(' Operating System:', info.OperatingSystem);
  addNonEmpty(' OSType:', info.OSType);
  addNonEmpty(' Architecture:', info.Architecture);
  add(' CPUs:', info.NCPU);
  add(' Total Memory:', bytesSize(info.MemTotal));
  addNonEmpty(' Name:', info.Name);
  addNonEmpty(' ID:', info.ID);
  add(' Docker Root Dir:', info.DockerRootDir ?? '');
  add(' Debug Mode:', info.Debug === true);
  // Collected always, shown when either side debugs (as the docker CLI does).
  if (info.Debug || debug) {
    add('  File Descriptors:', info.NFd ?? 0);
    add('  Goroutines:', info.NGoroutines ?? 0);
    add('  System Time:', info.SystemTime ?? '');
    add('  EventsListeners:', info.NEventsListener ?? 0);
  }
  addNonEmpty(' HTTP Proxy:', info.HttpProxy);
  addNonEmpty(' HTTPS Proxy:', info.HttpsProxy);
  addNonEmpty(' No Proxy:', info.NoProxy);
  if (info.Labels?.length) lines.push(' Labels:', ...info.Labels.map((l) => `  ${l}`));
  add(' Experimental:', info.ExperimentalBuild === true);
  const registry = info.RegistryConfig;
  const insecureNames = Object.values(registry?.IndexConfigs ?? {}).filter((c) => !c.Secure).map((c) => c.Name);
  if (registry && (registry.InsecureRegistryCIDRs?.length || Object.keys(registry.IndexConfigs ?? {}).length)) {
    lines.push(' Insecure Registries:', ...insecureNames.map((n) => `  ${n}`), ...(registry.InsecureRegistryCIDRs ?? []).map((c) => `  ${c}`));
  }
  if (registry?.Mirrors?.length) lines.push(' Registry Mirrors:', ...registry.Mirrors.map((m) => `  ${m}`));
  add(' Live Restore Enabled:', info.LiveRestoreEnabled === true);
  return `Client:\n${clientInfoBlock(debug)}\nServer:\n${lines.join('\n')}\n\n`;
}

export const infoCommand: Command = {
  spec: {
    name: 'info',
    use: 'info [OPTIONS]',
    description: 'Display system-wide information',
    aliases: ['system info', 'info'],
    flags: [FORMAT_FLAG],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const format = flags.string('format');
    const template = format ? formatTemplate(format, { struct: 'system.dockerInfo' }) : undefined;
    let info: SystemInfo;
    try {
      info = await ctx.client().info();
    } catch (err) {
      if (template) throw new StatusError(describeError(err), 1);
      await write(ctx.io.stdout, `Client:\n${clientInfoBlock(ctx.debug)}\nServer:\n`);
      // No daemon: only that error, as the docker CLI; a daemon's refusal is a server error of info.
      if (!isDaemonError(err)) throw new StatusError(describeError(err), 1);
      await write(ctx.io.stderr, `ERROR: ${describeError(err)}\n`);
      throw new StatusError('errors pretty printing info', 1);
    }
    if (template) {
      // The docker CLI's document: the server's fields at the top level, the client's under ClientInfo.
      const clientInfo = { Debug: ctx.debug, ...clientVersion(MAX_API_VERSION), Plugins: [], Warnings: null };
      await executeTemplate(ctx, template, { ...info, ClientInfo: clientInfo });
      return;
    }
    await write(ctx.io.stdout, formatInfo(info, ctx.debug));
    for (const warning of info.Warnings ?? []) await write(ctx.io.stderr, `${warning}\n`);
  },
};
