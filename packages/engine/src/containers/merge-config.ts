import type { ContainerConfig, HealthConfig } from '@berth/api-types';
import type { ImageConfig } from '@berth/images';
import { mergeHealthcheck } from './health';

/** The image's runtime defaults, as carried in an image config's `config` object. */
export type ImageDefaults = NonNullable<ImageConfig['config']>;

/**
 * Docker's create-time merge of a container's config with its image's defaults: the container's env
 * then the image's variables it does not set, Cmd from the image only when neither Cmd nor
 * Entrypoint was given, and the scalar fields when left empty. The result is what `inspect` shows
 * as `Config`.
 */
export function mergeImageConfig(user: ContainerConfig, image: ImageDefaults): ContainerConfig {
  const merged: ContainerConfig = { ...user };
  // The container's variables as given, then the image's it does not set.
  const userEnv = user.Env ?? [];
  const userKeys = new Set(userEnv.map((entry) => entry.split('=')[0]));
  merged.Env = userEnv.length ? [...userEnv, ...(image.Env ?? []).filter((entry) => !userKeys.has(entry.split('=')[0]))] : [...(image.Env ?? [])];
  const entrypointGiven = user.Entrypoint != null && user.Entrypoint.length > 0;
  const cmdGiven = user.Cmd != null && user.Cmd.length > 0;
  if (!entrypointGiven) {
    merged.Entrypoint = image.Entrypoint ?? null;
    if (!cmdGiven) merged.Cmd = image.Cmd ?? null;
  } else if (!cmdGiven) {
    merged.Cmd = null;
  }
  // `--entrypoint ""` (sent as [""]) removes the image's entrypoint and leaves the command alone.
  if (merged.Entrypoint?.length === 1 && merged.Entrypoint[0] === '') merged.Entrypoint = null;
  merged.User = user.User || image.User || '';
  merged.WorkingDir = user.WorkingDir || image.WorkingDir || '';
  merged.Labels = sortedKeys({ ...(image.Labels ?? {}), ...(user.Labels ?? {}) });
  if (image.ExposedPorts || user.ExposedPorts) merged.ExposedPorts = sortedKeys({ ...(image.ExposedPorts ?? {}), ...(user.ExposedPorts ?? {}) });
  if (image.Volumes || user.Volumes) merged.Volumes = sortedKeys({ ...(image.Volumes ?? {}), ...(user.Volumes ?? {}) });
  if (!user.StopSignal && image.StopSignal) merged.StopSignal = image.StopSignal;
  const healthcheck = mergeHealthcheck(user.Healthcheck, image.Healthcheck as HealthConfig | undefined);
  if (healthcheck) merged.Healthcheck = healthcheck;
  return merged;
}

/**
 * These fields are Go maps in dockerd, which marshals them with sorted keys: whatever order a
 * client sent (berth's CLI keeps the command line's), inspect and `{{json .Config.Labels}}` show
 * them sorted.
 */
function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
