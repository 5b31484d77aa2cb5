/**
 * The extra attributes dockerd's json-file driver records with each line (`docker logs --details`
 * shows them): the container labels named by the `labels` log option or matching `labels-regex`,
 * and the environment variables named by `env` or matching `env-regex`. They are fixed for the
 * container's life, so they are derived from its configuration when the log is read.
 */
import type { ContainerConfig, HostConfig } from '@berth/api-types';

export function logAttributes(config: ContainerConfig, logConfig: HostConfig['LogConfig']): Record<string, string> {
  const opts = logConfig?.Config ?? {};
  const labels = config.Labels ?? {};
  const extra: Record<string, string> = {};
  for (const name of (opts.labels ?? '').split(',')) if (name && name in labels) extra[name] = labels[name];
  const labelsRegex = compile(opts['labels-regex']);
  if (labelsRegex) for (const [k, v] of Object.entries(labels)) if (labelsRegex.test(k)) extra[k] = v;
  const env = new Map<string, string>();
  for (const entry of config.Env ?? []) {
    const eq = entry.indexOf('=');
    if (eq >= 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  for (const name of (opts.env ?? '').split(',')) {
    const value = env.get(name);
    if (name && value !== undefined) extra[name] = value;
  }
  const envRegex = compile(opts['env-regex']);
  if (envRegex) for (const [k, v] of env) if (envRegex.test(k)) extra[k] = v;
  return extra;
}

/** A Go regexp option as a JavaScript one (the common syntax is the same); unusable ones match nothing. */
function compile(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

/**
 * dockerd's `--details` prefix: `k=v` pairs, query-escaped, comma-separated (in key order here:
 * dockerd's comes from a map), and a space — only the space when there are none.
 */
export function detailsPrefix(attrs: Record<string, string>): string {
  const pairs = Object.keys(attrs).sort().map((k) => `${queryEscape(k)}=${queryEscape(attrs[k])}`);
  return `${pairs.join(',')} `;
}

/** Go's url.QueryEscape: spaces as `+`, everything but unreserved characters percent-encoded. */
function queryEscape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}
