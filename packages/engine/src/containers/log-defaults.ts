/**
 * The daemon's default logging (daemon.json `log-driver`, `log-opts`) applied to a container that
 * names no driver, as dockerd does: the container's own options win, the daemon's fill in only when
 * the container uses the daemon's driver.
 */
import type { HostConfig, LogConfig } from '@berth/api-types';
import { invalidArgument, messageOf } from '@berth/errdefs';
import { parseLogConfig } from '@berth/shim';

export function withDefaultLogConfig(host: HostConfig, defaults: LogConfig | undefined): HostConfig {
  if (!defaults) return host;
  const type = host.LogConfig?.Type || defaults.Type;
  const own = host.LogConfig?.Config ?? {};
  const config = type === defaults.Type ? { ...defaults.Config, ...own } : own;
  return { ...host, LogConfig: { Type: type, Config: config } };
}

/** A default logging configuration berthd cannot start with (unknown driver, bad option) is refused at start. */
export function checkDefaultLogConfig(defaults: LogConfig): void {
  try {
    parseLogConfig(defaults.Type, defaults.Config ?? {});
  } catch (err) {
    throw invalidArgument(`failed to set log opts: ${messageOf(err)}`);
  }
}

/**
 * A container's logging, checked at create as dockerd does: an unknown driver or option is refused
 * before the container exists, not first by its shim at start.
 */
export function checkLogConfig(config: LogConfig | undefined): void {
  parseLogConfig(config?.Type ?? '', config?.Config ?? {});
}
