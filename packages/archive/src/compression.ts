import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { invalidArgument } from '@berth/errdefs';

export type Compression = 'none' | 'gzip' | 'zstd';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const SNIFF_BYTES = ZSTD_MAGIC.length;

function startsWith(head: Buffer, magic: number[]): boolean {
  return head.length >= magic.length && magic.every((byte, i) => head[i] === byte);
}

/** The compression of a layer from its first bytes (a tar itself has no magic at offset 0). */
export function detectCompression(head: Buffer): Compression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip';
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd';
  return 'none';
}

/**
 * The uncompressed bytes of a layer, whatever its compression: the first bytes are sniffed, then
 * the stream is passed through as is or gunzipped. zstd layers are refused with invalidArgument.
 * Errors of the input stream are forwarded to the returned one.
 */
export async function decompressStream(input: NodeJS.ReadableStream): Promise<NodeJS.ReadableStream> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headLength += chunk.length;
  }
  const compression = detectCompression(Buffer.concat(head));
  if (compression === 'zstd') {
    await iterator.return?.();
    throw invalidArgument('unsupported layer compression: zstd');
  }

  const whole = Readable.from(
    (async function* () {
      yield* head;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
    })(),
    { objectMode: false },
  );
  if (compression === 'none') return whole;

  const gunzip = createGunzip();
  whole.on('error', (err) => gunzip.destroy(err));
  // Stop reading the input once the gzip data is known to be bad.
  gunzip.on('error', () => whole.destroy());
  return whole.pipe(gunzip);
}
