/**
 * The content store contract: a set of immutable blobs, each named by the digest of its bytes.
 *
 * Vocabulary (containerd's):
 * - a *blob* is a byte sequence stored under its digest (`sha256:<hex>`); once committed it never
 *   changes, so readers need no locks;
 * - an *ingest* is a blob being written under a caller-chosen *ref* (any string naming the
 *   transfer, e.g. `load-<random>-layer.tar`); bytes land in a private ingest area and become
 *   visible only when `commit` has verified them;
 * - *labels* are small mutable string pairs attached to a blob (e.g. `berth.io/gc.root`), the only
 *   mutable thing about it.
 *
 * Roles are small so a function can ask for exactly what it uses: `BlobProvider` to read,
 * `Ingester` to write, `ContentManager` to list, relabel and delete. `ContentStore` is all three.
 */

/** What a manifest says about a blob: enough to fetch and verify it. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

/** What the store knows about a committed blob. */
export interface BlobInfo {
  digest: string;
  size: number;
  createdAt: Date;
  labels: Record<string, string>;
}

/** Reads committed blobs. Every method throws NotFound for an absent digest, InvalidArgument for a malformed one. */
export interface BlobProvider {
  info(digest: string): Promise<BlobInfo>;
  /** The whole blob in memory: for manifests and configs, not for layers. */
  read(digest: string): Promise<Buffer>;
  /** A stream of the blob; a missing blob surfaces as a NotFound `error` event. */
  openRead(digest: string): NodeJS.ReadableStream;
}

/**
 * One ingest in progress. Bytes are hashed as they are written. Exactly one of `commit` or `abort`
 * ends it; afterwards the writer is unusable and its ingest area is gone.
 */
export interface ContentWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Bytes written so far. */
  readonly offset: number;
  /**
   * Verify and publish. When `expected.digest` / `expected.size` are given and differ from what was
   * written, the ingest is discarded and DataLoss is thrown (nothing becomes visible). The data is
   * fsynced before it is renamed into place. If the blob already exists the ingest is discarded
   * and the existing blob's info returned (its labels merged with `labels`).
   */
  commit(expected?: { digest?: string; size?: number }, labels?: Record<string, string>): Promise<BlobInfo>;
  /** Discard the ingest. Safe to call more than once. */
  abort(): Promise<void>;
}

/** Starts ingests. A second writer for a ref that is being written waits until the first ends. */
export interface Ingester {
  writer(ref: string): Promise<ContentWriter>;
}

/** Lists, relabels and deletes committed blobs. */
export interface ContentManager {
  /** Throws NotFound if absent. Readers that already opened the blob keep reading it. */
  delete(digest: string): Promise<void>;
  walk(): AsyncIterable<BlobInfo>;
  /** Replaces the blob's labels with `labels`. Throws NotFound if absent. */
  setLabels(digest: string, labels: Record<string, string>): Promise<void>;
}

export type ContentStore = BlobProvider & Ingester & ContentManager;
