/** `berth version` and `berth info`. */
import type { SystemInfo, SystemVersion } from '@berth/client';
import { MAX_API_VERSION } from '@berth/client';
import { type CommandContext, type Command, StatusError, describeError, write } from '../context';
import { alignLabels } from '../format/table';
import { bytesSize } from '../format/units';

export const BERTH_VERSION = '0.1.0';

const GO_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
const osArch = () => `${process.platform}/${GO_ARCH[process.arch] ?? process.arch}`;

function clientVersionBlock(apiVersion: string): string {
  const api = apiVersion === MAX_API_VERSION ? apiVersion : `${apiVersion} (downgraded from ${MAX_API_VERSION})`;
  return (
    'Client:\n' +
    alignLabels([
      [' Version:', BERTH_VERSION],
      [' API version:', api],
      [' Node version:', process.version],
      [' OS/Arch:', osArch()],
      [' Context:', 'default'],
    ])
  );
}

function serverVersionBlock(v: SystemVersion): string {
  let text = `\nServer:${v.Platform?.Name ? ` ${v.Platform.Name}` : ''}\n`;
  const components = v.Components?.length
    ? v.Components
    : [{ Name: 'Engine', Version: v.Version, Details: { ApiVersion: v.ApiVersion, MinAPIVersion: v.MinAPIVersion ?? '', Os: v.Os, Arch: v.Arch } }];
  for (const component of components) {
    const details = component.Details ?? {};
    const lines: [string, string][] = [['  Version:', component.Version]];
    if (component.Name === 'Engine') {
      const min = details.MinAPIVersion ? ` (minimum version ${details.MinAPIVersion})` : '';
      lines.push(['  API version:', `${details.ApiVersion ?? v.ApiVersion}${min}`]);
      if (details.GoVersion) lines.push(['  Go version:', details.GoVersion]);
      if (details.GitCommit) lines.push(['  Git commit:', details.GitCommit]);
      if (details.BuildTime) lines.push(['  Built:', details.BuildTime]);
      lines.push(['  OS/Arch:', `${details.Os ?? v.Os}/${details.Arch ?? v.Arch}`]);
      if (details.Experimental) lines.push(['  Experimental:', details.Experimental]);
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

export const versionCommand: Command = {
  spec: { name: 'version', use: 'version [OPTIONS]', description: 'Show the berth version information', flags: [], maxArgs: 0 },
  async run(ctx) {
    let server: SystemVersion | undefined;
    let failure: unknown;
    try {
      server = await ctx.client().version();
    } catch (err) {
      failure = err;
    }
    await write(ctx.io.stdout, clientVersionBlock(await negotiated(ctx)));
    if (!server) throw new StatusError(describeError(failure), 1);
    await write(ctx.io.stdout, serverVersionBlock(server));
  },
};

export function formatInfo(info: SystemInfo, debug: boolean): string {
  const lines: string[] = [
    ` Containers: ${info.Containers}`,
    `  Running: ${info.ContainersRunning}`,
    `  Paused: ${info.ContainersPaused}`,
    `  Stopped: ${info.ContainersStopped}`,
    ` Images: ${info.Images}`,
    ` Server Version: ${info.ServerVersion ?? ''}`,
    ` Storage Driver: ${info.Driver}`,
    ...(info.DriverStatus ?? []).map(([key, value]) => `  ${key}: ${value}`),
  ];
  if (info.LoggingDriver) lines.push(` Logging Driver: ${info.LoggingDriver}`);
  if (info.CgroupDriver) lines.push(` Cgroup Driver: ${info.CgroupDriver}`);
  if (info.CgroupVersion) lines.push(` Cgroup Version: ${info.CgroupVersion}`);
  lines.push(
    ` Kernel Version: ${info.KernelVersion ?? ''}`,
    ` Operating System: ${info.OperatingSystem ?? ''}`,
    ` OSType: ${info.OSType ?? ''}`,
    ` Architecture: ${info.Architecture ?? ''}`,
    ` CPUs: ${info.NCPU}`,
    ` Total Memory: ${bytesSize(info.MemTotal)}`,
    ` Name: ${info.Name}`,
    ` ID: ${info.ID}`,
    ` Docker Root Dir: ${info.DockerRootDir ?? ''}`,
    ` Debug Mode: ${info.Debug === true}`,
    ` Experimental: ${info.ExperimentalBuild === true}`,
  );
  if (info.Labels?.length) lines.push(' Labels:', ...info.Labels.map((l) => `  ${l}`));
  if (info.LiveRestoreEnabled !== undefined) lines.push(` Live Restore Enabled: ${info.LiveRestoreEnabled}`);
  const client = alignLabels(
    [
      [' Version:', BERTH_VERSION],
      [' Context:', 'default'],
      [' Debug Mode:', String(debug)],
    ],
    0,
  );
  return `Client:\n${client}\nServer:\n${lines.join('\n')}\n`;
}

export const infoCommand: Command = {
  spec: {
    name: 'info',
    use: 'info [OPTIONS]',
    description: 'Display system-wide information',
    aliases: ['system info', 'info'],
    flags: [],
    maxArgs: 0,
  },
  async run(ctx) {
    let info: SystemInfo;
    try {
      info = await ctx.client().info();
    } catch (err) {
      const client = alignLabels([[' Version:', BERTH_VERSION], [' Context:', 'default'], [' Debug Mode:', String(ctx.debug)]], 0);
      await write(ctx.io.stdout, `Client:\n${client}\nServer:\nERROR: ${describeError(err)}\n`);
      throw new StatusError('errors pretty printing info', 1);
    }
    await write(ctx.io.stdout, formatInfo(info, ctx.debug));
    for (const warning of info.Warnings ?? []) await write(ctx.io.stderr, `${warning}\n`);
  },
};
