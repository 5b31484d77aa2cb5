import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@berth/sys';

/**
 * Where a storage driver's images live under the data root. Snapshots are kept per driver
 * already (`snapshots/<driver>/`); images and their content refer to those snapshots, so they are
 * per driver too, as dockerd keeps `image/<driver>/`: a data root used with `overlay` and then
 * `-s native` (or the reverse) never shows one driver's images or containers to the other, and
 * removing an image under one never deletes blobs the other's images use. Volumes are shared.
 *
 * The driver recorded in `<data-root>/storage-driver` (the first one started there) keeps the
 * original layout (`content/`, `images/`); any other gets `storage/<driver>/{content,images}`.
 */
export interface StorageLayout {
  contentRoot: string;
  imagesRoot: string;
  /** The driver that owns the original layout, and containers recorded without a driver. */
  firstDriver: string;
}

const MARKER = 'storage-driver';

export async function storageLayout(dataRoot: string, driver: string): Promise<StorageLayout> {
  const marker = join(dataRoot, MARKER);
  let firstDriver = (await readFile(marker, 'utf8').catch(() => '')).trim();
  if (!firstDriver) {
    firstDriver = driver;
    await writeFileAtomic(marker, `${driver}\n`);
  }
  const root = driver === firstDriver ? dataRoot : join(dataRoot, 'storage', driver);
  return { contentRoot: join(root, 'content'), imagesRoot: join(root, 'images'), firstDriver };
}
