/**
 * Docker's stream framing ("stdcopy"), used for non-TTY attach, exec and logs, and between the shim
 * and the engine: an 8-byte header `[stream, 0, 0, 0, size uint32 BE]` then `size` bytes.
 */
import { Transform, type TransformCallback } from 'node:stream';

export enum StreamType {
  Stdin = 0,
  Stdout = 1,
  Stderr = 2,
  System = 3,
}

export interface Frame {
  stream: StreamType;
  payload: Buffer;
}

const HEADER = 8;
/** Refuse absurd frame sizes so a corrupt or hostile peer cannot make us buffer without bound. */
export const MAX_FRAME = 64 * 1024 * 1024;

export function encodeFrame(stream: StreamType, payload: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(HEADER + payload.length);
  frame[0] = stream;
  frame[1] = frame[2] = frame[3] = 0;
  frame.writeUInt32BE(payload.length, 4);
  payload.copy(frame, HEADER);
  return frame;
}

/** Incremental decoder: push bytes in any chunking, get whole frames out. */
export class FrameDecoder {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  push(chunk: Buffer): Frame[] {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const frames: Frame[] = [];
    let buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    let offset = 0;
    while (buf.length - offset >= HEADER) {
      const stream = buf[offset];
      if (stream > StreamType.System || buf[offset + 1] || buf[offset + 2] || buf[offset + 3]) {
        throw new Error(`stdcopy: bad frame header at byte ${offset}`);
      }
      const size = buf.readUInt32BE(offset + 4);
      if (size > MAX_FRAME) throw new Error(`stdcopy: frame of ${size} bytes exceeds the limit`);
      if (buf.length - offset - HEADER < size) break;
      frames.push({ stream, payload: buf.subarray(offset + HEADER, offset + HEADER + size) });
      offset += HEADER + size;
    }
    buf = buf.subarray(offset);
    this.pending = buf.length ? [buf] : [];
    this.pendingBytes = buf.length;
    return frames;
  }

  /** Bytes of an incomplete frame still held (non-zero at end of stream means truncation). */
  get buffered(): number {
    return this.pendingBytes;
  }
}

/** A Transform from raw bytes to `Frame` objects (object mode on the readable side). */
export function frameDecoderStream(): Transform {
  const decoder = new FrameDecoder();
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      try {
        for (const frame of decoder.push(chunk)) this.push(frame);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      done(decoder.buffered ? new Error('stdcopy: stream ended inside a frame') : null);
    },
  });
}
