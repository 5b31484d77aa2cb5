import { Readable } from 'node:stream';
import { isDataLoss, isFailedPrecondition, isInvalidArgument, isNotFound, kindOf } from '@berth/errdefs';
import { sha256Digest } from '@berth/reference';
import type { BlobInfo, ContentStore } from './content';
import { writeBlob } from './write';

/** A store under test and how to dispose of it. */
export interface ContentStoreFixture {
  store: ContentStore;
  cleanup(): Promise<void>;
}

async function collect(it: AsyncIterable<BlobInfo>): Promise<BlobInfo[]> {
  const out: BlobInfo[] = [];
  for await (const info of it) out.push(info);
  return out;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

/**
 * The conformance suite every ContentStore implementation must pass (the local store, and any
 * remote client of one). Call it at the top level of a jest test file.
 */
export function describeContentStore(name: string, factory: () => Promise<ContentStoreFixture>): void {
  describe(`ContentStore conformance: ${name}`, () => {
    let fixture: ContentStoreFixture;
    let store: ContentStore;
    beforeEach(async () => {
      fixture = await factory();
      store = fixture.store;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    const hello = Buffer.from('hello, berth\n');
    const helloDigest = sha256Digest(hello);

    it('ingests, verifies and reads back a blob', async () => {
      const info = await writeBlob(store, 'hello', hello, { digest: helloDigest, size: hello.length }, { a: '1' });
      expect(info).toMatchObject({ digest: helloDigest, size: hello.length, labels: { a: '1' } });
      expect(Math.abs(info.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
      expect((await store.read(helloDigest)).equals(hello)).toBe(true);
      expect((await readStream(store.openRead(helloDigest))).equals(hello)).toBe(true);
      expect(await store.info(helloDigest)).toMatchObject({ digest: helloDigest, size: hello.length });
    });

    it('streams large blobs in and out', async () => {
      const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
      for (let i = 0; i < big.length; i += 4096) big[i] = i & 0xff;
      const chunks = [big.subarray(0, 1000), big.subarray(1000, 2_000_000), big.subarray(2_000_000)];
      const info = await writeBlob(store, 'big', Readable.from(chunks));
      expect(info).toMatchObject({ digest: sha256Digest(big), size: big.length });
      expect((await readStream(store.openRead(info.digest))).equals(big)).toBe(true);
    });

    it('rejects a digest mismatch and leaves nothing behind', async () => {
      const wrong = sha256Digest('something else');
      const err = await rejection(writeBlob(store, 'bad', hello, { digest: wrong }));
      expect(isDataLoss(err)).toBe(true);
      expect(isNotFound(await rejection(store.info(wrong)))).toBe(true);
      expect(isNotFound(await rejection(store.info(helloDigest)))).toBe(true);
      expect(await collect(store.walk())).toEqual([]);
    });

    it('rejects a size mismatch and leaves nothing behind', async () => {
      const err = await rejection(writeBlob(store, 'bad', hello, { size: hello.length + 1 }));
      expect(isDataLoss(err)).toBe(true);
      expect(await collect(store.walk())).toEqual([]);
    });

    it('rejects a malformed expected digest', async () => {
      const err = await rejection(writeBlob(store, 'bad', hello, { digest: 'sha256:xyz' }));
      expect(isInvalidArgument(err)).toBe(true);
      expect(await collect(store.walk())).toEqual([]);
    });

    it('aborts when the source stream fails', async () => {
      const failing = new Readable({
        read() {
          this.push(hello);
          this.destroy(new Error('source broke'));
        },
      });
      await expect(writeBlob(store, 'broken', failing)).rejects.toThrow('source broke');
      expect(await collect(store.walk())).toEqual([]);
    });

    it('commits the same blob from concurrent writers once', async () => {
      const results = await Promise.all([
        writeBlob(store, 'same-ref', hello),
        writeBlob(store, 'same-ref', hello),
        writeBlob(store, 'other-ref-1', hello),
        writeBlob(store, 'other-ref-2', Readable.from([hello.subarray(0, 3), hello.subarray(3)])),
      ]);
      for (const info of results) expect(info).toMatchObject({ digest: helloDigest, size: hello.length });
      expect((await collect(store.walk())).map((i) => i.digest)).toEqual([helloDigest]);
      expect((await store.read(helloDigest)).equals(hello)).toBe(true);
    });

    it('returns the existing blob on a second commit and merges labels', async () => {
      await writeBlob(store, 'one', hello, undefined, { a: '1' });
      const again = await writeBlob(store, 'two', hello, undefined, { b: '2' });
      expect(again.labels).toEqual({ a: '1', b: '2' });
    });

    it('tracks the writer offset and refuses use after commit', async () => {
      const writer = await store.writer('offset');
      await writer.write(hello.subarray(0, 5));
      expect(writer.offset).toBe(5);
      await writer.write(hello.subarray(5));
      expect(writer.offset).toBe(hello.length);
      await writer.commit({ digest: helloDigest });
      expect(isFailedPrecondition(await rejection(writer.write(hello)))).toBe(true);
      await writer.abort();
    });

    it('aborted ingests leave nothing', async () => {
      const writer = await store.writer('aborted');
      await writer.write(hello);
      await writer.abort();
      expect(await collect(store.walk())).toEqual([]);
      // The ref is free again.
      const info = await writeBlob(store, 'aborted', hello);
      expect(info.digest).toBe(helloDigest);
    });

    it('deletes blobs; absent blobs are NotFound', async () => {
      await writeBlob(store, 'hello', hello, undefined, { a: '1' });
      await store.delete(helloDigest);
      expect(isNotFound(await rejection(store.delete(helloDigest)))).toBe(true);
      expect(isNotFound(await rejection(store.read(helloDigest)))).toBe(true);
      expect(isNotFound(await rejection(store.info(helloDigest)))).toBe(true);
      expect(kindOf(await rejection(readStream(store.openRead(helloDigest))))).toBe('NotFound');
      // A re-ingested blob does not inherit the deleted copy's labels.
      expect((await writeBlob(store, 'hello', hello)).labels).toEqual({});
    });

    it('rejects malformed digests on read', async () => {
      expect(isInvalidArgument(await rejection(store.info('sha256:nothex')))).toBe(true);
      expect(isInvalidArgument(await rejection(store.read('../../etc/passwd')))).toBe(true);
    });

    it('walks every blob', async () => {
      const blobs = ['a', 'b', 'c'].map((s) => Buffer.from(s));
      for (const b of blobs) await writeBlob(store, `blob-${b.toString()}`, b);
      const walked = (await collect(store.walk())).map((i) => i.digest).sort();
      expect(walked).toEqual(blobs.map((b) => sha256Digest(b)).sort());
    });

    it('replaces labels', async () => {
      await writeBlob(store, 'hello', hello, undefined, { a: '1' });
      await store.setLabels(helloDigest, { b: '2' });
      expect((await store.info(helloDigest)).labels).toEqual({ b: '2' });
      await store.setLabels(helloDigest, {});
      expect((await store.info(helloDigest)).labels).toEqual({});
      expect(isNotFound(await rejection(store.setLabels(sha256Digest('absent'), { a: '1' })))).toBe(true);
    });
  });
}
