import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { wrap } from '@berth/errdefs';
import { writeFileAtomic } from '@berth/sys';
import type { Spec } from './types';
import { validateSpec } from './validate';

/**
 * Writes an OCI bundle: `bundleDir` (mode 0711, created with its parents if needed), an empty
 * `rootfs` directory beneath it named by `spec.root.path` when relative (the caller mounts or
 * unpacks the root filesystem there), and `config.json`. The spec is validated first, so an invalid
 * spec creates nothing; config.json is replaced atomically (temporary file, rename), so a reader
 * sees either the old or the new file, never a partial one.
 */
export async function writeBundle(bundleDir: string, spec: Spec): Promise<void> {
  validateSpec(spec);
  const bundle = path.resolve(bundleDir);
  await fs.mkdir(bundle, { recursive: true, mode: 0o711 });
  // mkdir's mode is filtered by the umask; the bundle must be traversable by container users.
  await fs.chmod(bundle, 0o711);
  if (!path.isAbsolute(spec.root.path)) {
    await fs.mkdir(path.join(bundle, spec.root.path), { recursive: true, mode: 0o755 });
  }

  const target = path.join(bundle, 'config.json');
  try {
    // 0600: the spec carries the container's environment. Not fsynced: a bundle is runtime state,
    // written again for every start, so durability across a host crash would only cost start time.
    await writeFileAtomic(target, `${JSON.stringify(spec, null, 2)}\n`, { durable: false, mode: 0o600 });
  } catch (err) {
    throw wrap(err, `write ${target}`);
  }
}
