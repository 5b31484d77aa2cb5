import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unmountAll } from '@berth/sys';

/** Where the engine's tasks live on the host, for cleaning up after a shim that is gone. */
export interface RuntimeLocation {
  /** OCI runtime binary (`runc`). */
  runtime: string;
  /** The runtime's `--root` the engine's shims use. */
  runtimeRoot: string;
}

/**
 * Removes what a task left on the host when no shim can do it any more (the shim died, or the
 * daemon died between creating a task and recording it): the runtime's container, with every
 * process in it (`delete --force` kills them and removes the cgroup), and the rootfs mount under
 * the bundle. Never fails: each step is best effort, and an absent container is already clean.
 */
export async function reclaimTask(where: RuntimeLocation, id: string, bundle: string): Promise<void> {
  await runtime(where, ['delete', '--force', id]).catch(() => undefined);
  try {
    unmountAll(join(bundle, 'rootfs'));
  } catch {
    // Not mounted, or already gone with the bundle.
  }
  await rm(bundle, { recursive: true, force: true }).catch(() => undefined);
}

/** Ids of every container the runtime knows under the engine's root. */
export async function runtimeContainers(where: RuntimeLocation): Promise<string[]> {
  const out = await runtime(where, ['list', '--quiet']).catch(() => '');
  return out.split('\n').map((s) => s.trim()).filter(Boolean);
}

function runtime(where: RuntimeLocation, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(where.runtime, ['--root', where.runtimeRoot, ...args], { timeout: 30_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}
