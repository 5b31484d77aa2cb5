import type { BlobInfo, Ingester } from './content';

/**
 * Write a whole blob through `store` under `ref` and commit it, verifying `expected` if given.
 * A stream is consumed chunk by chunk (never buffered whole). On any failure, the stream's
 * included, the ingest is aborted and the error rethrown.
 */
export async function writeBlob(
  store: Ingester,
  ref: string,
  data: Buffer | NodeJS.ReadableStream,
  expected?: { digest?: string; size?: number },
  labels?: Record<string, string>,
): Promise<BlobInfo> {
  const writer = await store.writer(ref);
  try {
    if (Buffer.isBuffer(data)) {
      await writer.write(data);
    } else {
      for await (const chunk of data as AsyncIterable<Buffer | string>) {
        await writer.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      }
    }
    return await writer.commit(expected, labels);
  } catch (err) {
    await writer.abort();
    throw err;
  }
}
