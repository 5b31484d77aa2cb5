import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { notFound } from '@berth/errdefs';

/** Where `--init`'s binary appears inside a container. */
export const CONTAINER_INIT_PATH = '/sbin/berth-init';

const INIT_FILE = 'berth-init';

/**
 * The host path of berth's `--init` binary (a static C program built by this package's `build`):
 * `$BERTH_INIT_BINARY` if set, else next to the running code (a bundle copies it beside
 * berthd.js), else this package's `build/` directory. None there → `notFound`.
 */
export function initBinaryPath(): string {
  const candidates = [
    process.env.BERTH_INIT_BINARY,
    path.join(__dirname, INIT_FILE),
    path.join(__dirname, '../build', INIT_FILE),
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw notFound(`berth-init binary not found (looked in ${candidates.join(', ')}); build @berth/runtime-spec`);
  return found;
}
