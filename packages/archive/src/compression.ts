import { PassThrough, Readable, type Transform } from 'node:stream';
import { constants as zlibConstants, createGunzip, createGzip } from 'node:zlib';
import { invalidArgument } from '@berth/errdefs';
import { CompressStream, DecompressStream } from 'zstd-napi';

export type Compression = 'none' | 'gzip' | 'zstd';

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const SNIFF_BYTES = ZSTD_MAGIC.length;
/** Output chunk size of the gzip streams: large chunks mean fewer callbacks per megabyte. */
const ZLIB_CHUNK = 256 * 1024;

function startsWith(head: Buffer, magic: number[]): boolean {
  return head.length >= magic.length && magic.every((byte, i) => head[i] === byte);
}

/** The compression of a layer from its first bytes (a tar itself has no magic at offset 0). */
export function detectCompression(head: Buffer): Compression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip';
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd';
  return 'none';
}

/** A decompressor for `kind`; 'none' is a passthrough. */
function decompressorFor(kind: Compression): Transform {
  if (kind === 'gzip') return createGunzip({ chunkSize: ZLIB_CHUNK });
  if (kind === 'zstd') return new DecompressStream();
  return new PassThrough();
}

/**
 * The uncompressed bytes of a layer, whatever its compression: the first bytes are sniffed, then
 * the stream is passed through as is, gunzipped or zstd-decompressed (multi-frame zstd included).
 * Corrupt compressed data fails the returned stream with invalidArgument. Errors of the input stream
 * are forwarded to the returned one.
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

  const decompressor = decompressorFor(compression);
  const output = new PassThrough({ highWaterMark: ZLIB_CHUNK });
  whole.on('error', (err) => output.destroy(err));
  decompressor.on('error', (err) => {
    // Stop reading the input once the compressed data is known to be bad.
    whole.destroy();
    output.destroy(invalidArgument(`corrupt ${compression} data: ${err.message}`, { cause: err }));
  });
  return whole.pipe(decompressor).pipe(output);
}

/**
 * A Transform that compresses what is written to it: gzip via zlib, zstd via zstd-napi, 'none'
 * passes bytes through unchanged. `level` is the codec's own scale (gzip 1–9, default 6; zstd
 * 1–19, default 3).
 */
export function compressStream(kind: Compression, opts: { level?: number } = {}): Transform {
  switch (kind) {
    case 'gzip':
      return createGzip({ level: opts.level ?? zlibConstants.Z_DEFAULT_COMPRESSION, chunkSize: ZLIB_CHUNK });
    case 'zstd':
      return new CompressStream({ compressionLevel: opts.level ?? 3 });
    case 'none':
      return new PassThrough();
    default:
      throw invalidArgument(`unknown compression ${JSON.stringify(kind)}`);
  }
}
