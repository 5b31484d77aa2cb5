import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyLayer } from '@berth/archive';
import { openContentStore } from '@berth/content';
import { invalidArgument } from '@berth/errdefs';
import { normalizedString, parseReference, withDefaultTag } from '@berth/reference';
import { ArchiveFiles, readArchiveFiles } from './archive-files';
import type { ImageConfig } from './image';
import { planArchive, type PlannedImage } from './plan';

/**
 * Apply every layer of one image of a `docker save` / OCI layout archive onto `targetDir`
 * (created if absent), whiteouts deleting what they hide: a root filesystem, without a daemon.
 * `ref` picks the image when the archive holds several (by tag); an archive with several images
 * and no `ref` is refused. Blobs pass through a temporary content store removed afterwards;
 * every layer's diff id is checked against the config. Throws InvalidArgument for a bad archive
 * (what was applied up to then stays in `targetDir`).
 */
export async function unpackImage(archive: NodeJS.ReadableStream, targetDir: string, opts?: { ref?: string }): Promise<{ config: ImageConfig }> {
  const scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-unpack-'));
  try {
    const content = await openContentStore(scratch);
    const files = new ArchiveFiles();
    await readArchiveFiles(archive, content, 'unpack', files);
    const planned = await planArchive(files, content, 'unpack');
    const image = pick(planned, opts?.ref);
    await fs.promises.mkdir(targetDir, { recursive: true });
    for (const [i, layer] of image.layers.entries()) {
      const applied = await applyLayer(targetDir, content.openRead(layer.digest), { whiteouts: 'delete' });
      if (applied.diffId !== image.config.rootfs.diff_ids[i]) {
        throw invalidArgument(`invalid archive: layer ${layer.digest} has diff id ${applied.diffId}, the config says ${image.config.rootfs.diff_ids[i]}`);
      }
    }
    return { config: image.config };
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true });
  }
}

function pick(planned: PlannedImage[], ref: string | undefined): PlannedImage {
  if (ref !== undefined) {
    const wanted = normalizedString(withDefaultTag(parseReference(ref)));
    const found = planned.find((p) => p.tags.some((t) => normalizedString(t) === wanted));
    if (!found) throw invalidArgument(`invalid archive: no image named ${ref} in the archive`);
    return found;
  }
  const ids = new Set(planned.map((p) => p.configDigest));
  if (ids.size !== 1) throw invalidArgument(`the archive holds ${ids.size} images: name one to unpack`);
  return planned[0];
}
