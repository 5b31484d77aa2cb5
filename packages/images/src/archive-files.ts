import * as path from 'node:path';
import { writeBlob, type ContentStore } from '@berth/content';
import { decompressStream, readTar } from '@berth/archive';
import { invalidArgument, isDataLoss, messageOf } from '@berth/errdefs';

/** Files of an image archive whose content matters as JSON, kept in memory (bounded). */
const METADATA_FILES = new Set(['manifest.json', 'repositories', 'index.json', 'oci-layout']);
const MAX_METADATA_BYTES = 16 << 20;
const MAX_ENTRIES = 1 << 20;
const MAX_LINK_HOPS = 32;
const OCI_BLOB = /^blobs\/sha256\/([a-f0-9]{64})$/;

export interface StoredFile {
  digest: string;
  size: number;
}

/**
 * What streaming an image archive produced: every regular file went into the content store (its
 * digest computed while streaming), the metadata files are also kept in memory, links are kept to
 * resolve names later. Nothing was extracted to disk.
 */
export class ArchiveFiles {
  readonly stored = new Map<string, StoredFile>();
  readonly metadata = new Map<string, Buffer>();
  readonly links = new Map<string, string>();
  /** Digests written while reading (some may have existed before). */
  readonly written = new Set<string>();

  /** The stored file `name` refers to, following symlinks and hard links. Throws InvalidArgument. */
  file(name: string, what: string): StoredFile {
    let current = normalizeName(name);
    for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
      const stored = this.stored.get(current);
      if (stored) return stored;
      const target = this.links.get(current);
      if (target === undefined) break;
      current = target;
    }
    throw invalidArgument(`invalid archive: ${what} ${JSON.stringify(name)} not found in the archive`);
  }

  /** A metadata file parsed as JSON, or undefined if the archive has none by that name. */
  json(name: string): unknown {
    const data = this.metadata.get(name);
    if (data === undefined) return undefined;
    try {
      return JSON.parse(data.toString('utf8'));
    } catch (err) {
      throw invalidArgument(`invalid archive: ${name} is not valid JSON: ${messageOf(err)}`);
    }
  }
}

/** Archive paths compared in one spelling: no `./`, no trailing `/`, no `..` escaping the root. */
function normalizeName(name: string): string {
  const normalized = path.posix.normalize(name.replace(/^(\.\/)+/, '')).replace(/\/+$/, '');
  if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized)) {
    throw invalidArgument(`invalid archive: entry ${JSON.stringify(name)} escapes the archive root`);
  }
  return normalized;
}

async function readAll(body: AsyncIterable<Buffer>, limit: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw invalidArgument(`invalid archive: ${name} is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Stream an image archive into the content store. `refPrefix` makes ingest refs unique to this
 * load. Blobs under `blobs/sha256/` are verified against their names. Results go into `files`
 * as they arrive, so a caller can clean up after a failure half-way. The archive may be
 * compressed (gzip or zstd); it is decompressed as it streams.
 */
export async function readArchiveFiles(
  archive: NodeJS.ReadableStream,
  content: ContentStore,
  refPrefix: string,
  files: ArchiveFiles,
): Promise<void> {
  let entries = 0;
  // `docker load` takes the archive plain, gzip- or zstd-compressed.
  for await (const { header, body } of readTar(await decompressStream(archive))) {
    if (++entries > MAX_ENTRIES) throw invalidArgument(`invalid archive: more than ${MAX_ENTRIES} entries`);
    const name = normalizeName(header.name);
    if (header.type === 'file') {
      if (METADATA_FILES.has(name)) {
        files.metadata.set(name, await readAll(body as AsyncIterable<Buffer>, MAX_METADATA_BYTES, name));
        continue;
      }
      const blob = OCI_BLOB.exec(name);
      try {
        const info = await writeBlob(content, `${refPrefix}-${name}`, body, blob ? { digest: `sha256:${blob[1]}` } : undefined);
        files.written.add(info.digest);
        files.stored.set(name, { digest: info.digest, size: info.size });
      } catch (err) {
        if (isDataLoss(err)) throw invalidArgument(`invalid archive: ${name} does not match its digest`, { cause: err });
        throw err;
      }
    } else if (header.type === 'symlink' && header.linkname !== undefined) {
      files.links.set(name, normalizeName(path.posix.join(path.posix.dirname(name), header.linkname)));
    } else if (header.type === 'link' && header.linkname !== undefined) {
      files.links.set(name, normalizeName(header.linkname));
    }
    // Other entries (directories ...) carry nothing an image needs; readTar skips their bodies.
  }
}
