import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { dataLoss, failedPrecondition, invalidArgument, isNotFound, notFound } from '@berth/errdefs';
import { parseDigest } from '@berth/reference';
import { writeFileAtomic } from '@berth/sys';
import type { BlobInfo, ContentStore, ContentWriter } from './content';

// Layout under root:
//   blobs/sha256/<hex>            committed blobs, read-only
//   labels/sha256/<hex>.json      labels of a blob, written atomically; absent = no labels
//   ingest/<sha256(ref)>/data     an ingest in progress
// Ingests are not resumable across restarts: opening the store clears the ingest area, so a crash
// mid-write leaves nothing behind.

const READ_CHUNK = 1 << 16;

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

class LocalContentStore implements ContentStore {
  private readonly refLocks = new Map<string, Promise<void>>();

  constructor(private readonly root: string) {}

  private blobPath(digest: string): string {
    const { algorithm, hex } = parseDigest(digest);
    if (algorithm !== 'sha256') throw invalidArgument(`unsupported digest algorithm: ${algorithm}`);
    return path.join(this.root, 'blobs', 'sha256', hex);
  }

  private labelsPath(digest: string): string {
    return path.join(this.root, 'labels', 'sha256', `${parseDigest(digest).hex}.json`);
  }

  private async readLabels(digest: string): Promise<Record<string, string>> {
    try {
      return JSON.parse(await fs.promises.readFile(this.labelsPath(digest), 'utf8')) as Record<string, string>;
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return {};
      throw err;
    }
  }

  private async writeLabels(digest: string, labels: Record<string, string>): Promise<void> {
    if (Object.keys(labels).length === 0) {
      await fs.promises.rm(this.labelsPath(digest), { force: true });
    } else {
      await writeFileAtomic(this.labelsPath(digest), JSON.stringify(labels));
    }
  }

  async info(digest: string): Promise<BlobInfo> {
    const file = this.blobPath(digest);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw notFound(`content ${digest}: not found`);
      throw err;
    }
    return { digest, size: stat.size, createdAt: stat.mtime, labels: await this.readLabels(digest) };
  }

  async read(digest: string): Promise<Buffer> {
    try {
      return await fs.promises.readFile(this.blobPath(digest));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw notFound(`content ${digest}: not found`);
      throw err;
    }
  }

  openRead(digest: string): NodeJS.ReadableStream {
    // Resolve the path eagerly so a malformed digest throws here, not as a stream error.
    const file = this.blobPath(digest);
    return Readable.from(readChunks(file, digest));
  }

  async writer(ref: string): Promise<ContentWriter> {
    if (ref === '') throw invalidArgument('content writer: ref must not be empty');
    const release = await this.lockRef(ref);
    const dir = path.join(this.root, 'ingest', createHash('sha256').update(ref).digest('hex'));
    try {
      await fs.promises.rm(dir, { recursive: true, force: true });
      await fs.promises.mkdir(dir);
      const handle = await fs.promises.open(path.join(dir, 'data'), 'wx', 0o444);
      return new LocalWriter(this, dir, handle, release);
    } catch (err) {
      await fs.promises.rm(dir, { recursive: true, force: true });
      release();
      throw err;
    }
  }

  private async lockRef(ref: string): Promise<() => void> {
    for (;;) {
      const held = this.refLocks.get(ref);
      if (!held) break;
      await held;
    }
    let release!: () => void;
    this.refLocks.set(
      ref,
      new Promise<void>((resolve) => {
        release = () => {
          this.refLocks.delete(ref);
          resolve();
        };
      }),
    );
    return release;
  }

  /** Called by a writer whose bytes verified: move them into place. */
  async publish(dataFile: string, digest: string, labels: Record<string, string> | undefined): Promise<BlobInfo> {
    const target = this.blobPath(digest);
    try {
      await fs.promises.link(dataFile, target);
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
      // Already committed by someone else: keep theirs, merge labels.
      if (labels && Object.keys(labels).length > 0) {
        await this.writeLabels(digest, { ...(await this.readLabels(digest)), ...labels });
      }
      return this.info(digest);
    }
    // A fresh blob must not inherit labels left by a deleted earlier copy.
    await this.writeLabels(digest, labels ?? {});
    await syncDir(path.dirname(target));
    return this.info(digest);
  }

  async delete(digest: string): Promise<void> {
    try {
      await fs.promises.unlink(this.blobPath(digest));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw notFound(`content ${digest}: not found`);
      throw err;
    }
    await fs.promises.rm(this.labelsPath(digest), { force: true });
  }

  async *walk(): AsyncIterable<BlobInfo> {
    const names = await fs.promises.readdir(path.join(this.root, 'blobs', 'sha256'));
    for (const name of names.sort()) {
      if (!/^[a-f0-9]{64}$/.test(name)) continue;
      try {
        yield await this.info(`sha256:${name}`);
      } catch (err) {
        // Deleted while walking: not part of the store any more.
        if (!isNotFound(err)) throw err;
      }
    }
  }

  async setLabels(digest: string, labels: Record<string, string>): Promise<void> {
    await this.info(digest);
    await this.writeLabels(digest, { ...labels });
  }
}

async function* readChunks(file: string, digest: string): AsyncGenerator<Buffer> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) throw notFound(`content ${digest}: not found`);
    throw err;
  }
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(READ_CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

class LocalWriter implements ContentWriter {
  private readonly hash: Hash = createHash('sha256');
  private written = 0;
  private done = false;

  constructor(
    private readonly store: LocalContentStore,
    private readonly dir: string,
    private readonly handle: fs.promises.FileHandle,
    private readonly release: () => void,
  ) {}

  get offset(): number {
    return this.written;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (this.done) throw failedPrecondition('content writer: already committed or aborted');
    let position = 0;
    while (position < chunk.length) {
      const { bytesWritten } = await this.handle.write(chunk, position, chunk.length - position);
      position += bytesWritten;
    }
    this.hash.update(chunk);
    this.written += chunk.length;
  }

  async commit(expected?: { digest?: string; size?: number }, labels?: Record<string, string>): Promise<BlobInfo> {
    if (this.done) throw failedPrecondition('content writer: already committed or aborted');
    this.done = true;
    try {
      if (expected?.digest !== undefined) parseDigest(expected.digest);
      await this.handle.sync();
      await this.handle.close();
      const digest = `sha256:${this.hash.digest('hex')}`;
      if (expected?.size !== undefined && expected.size !== this.written) {
        throw dataLoss(`unexpected commit size ${this.written}, expected ${expected.size}`);
      }
      if (expected?.digest !== undefined && expected.digest !== digest) {
        throw dataLoss(`unexpected commit digest ${digest}, expected ${expected.digest}`);
      }
      return await this.store.publish(path.join(this.dir, 'data'), digest, labels);
    } finally {
      await this.cleanUp();
    }
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.cleanUp();
  }

  private async cleanUp(): Promise<void> {
    try {
      await this.handle.close().catch(() => undefined);
      await fs.promises.rm(this.dir, { recursive: true, force: true });
    } finally {
      this.release();
    }
  }
}

/**
 * Open (creating if needed) a content store rooted at `root`. Ingests left by a previous process
 * are discarded.
 */
export async function openContentStore(root: string): Promise<ContentStore> {
  await fs.promises.mkdir(path.join(root, 'blobs', 'sha256'), { recursive: true });
  await fs.promises.mkdir(path.join(root, 'labels', 'sha256'), { recursive: true });
  await fs.promises.rm(path.join(root, 'ingest'), { recursive: true, force: true });
  await fs.promises.mkdir(path.join(root, 'ingest'), { recursive: true });
  return new LocalContentStore(root);
}
