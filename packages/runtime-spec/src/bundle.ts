import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { wrap } from '@berth/errdefs';
import type { Spec } from './types';
import { validateSpec } from './validate';

/**
 * Writes an OCI bundle: `bundleDir` (mode 0711, created with its parents if needed), an empty
 * `rootfs` directory beneath it named by `spec.root.path` when relative (the caller mounts or
 * unpacks the root filesystem there), and `config.json`. The spec is validated first, so an invalid
 * spec creates nothing; config.json is replaced atomically (temporary file, fsync, rename, fsync of the directory), so a
 * reader sees either the old or the new file, never a partial one.
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
  const temporary = path.join(bundle, `.config.json.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await fs.open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(`${JSON.stringify(spec, null, 2)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, target);
    const dir = await fs.open(bundle, 'r');
    await dir.sync().finally(() => dir.close());
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw wrap(err, `write ${target}`);
  }
}
