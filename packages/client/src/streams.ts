/** Readers for the two streamed body formats: JSON messages and stdcopy frames. */
import { StringDecoder } from 'node:string_decoder';
import { BerthError, dataLoss, internal, kindOfHttpStatus } from '@berth/errdefs';
import { FrameDecoder, StreamType, type Frame } from '@berth/proto';
import type { JsonMessage } from './types';

/** The failure a JSON-message stream reported after its 200 status (`{"errorDetail": ...}`). */
export function jsonMessageError(message: JsonMessage): BerthError {
  const text = message.errorDetail?.message || message.error || 'unknown error';
  const code = message.errorDetail?.code;
  const kind = code !== undefined && code >= 400 && code < 600 ? kindOfHttpStatus(code) : 'Internal';
  return new BerthError(kind, text);
}

/** Decode newline-delimited JSON values (events, stats, progress messages), each as it completes. */
export async function* jsonLines<T>(body: AsyncIterable<Buffer | string>): AsyncGenerator<T> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const emit = function* (text: string): Generator<T> {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        yield JSON.parse(line) as T;
      } catch {
        throw internal(`malformed JSON message from the daemon: ${line.slice(0, 200)}`);
      }
    }
  };
  for await (const chunk of body) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const lastNewline = pending.lastIndexOf('\n');
    if (lastNewline < 0) continue;
    const complete = pending.slice(0, lastNewline);
    pending = pending.slice(lastNewline + 1);
    yield* emit(complete);
  }
  yield* emit(pending + decoder.end());
}

/**
 * Decode newline-delimited JSON messages; a message carrying `error`/`errorDetail` ends the
 * stream by throwing it as an errdefs error.
 */
export async function* jsonMessages(body: AsyncIterable<Buffer | string>): AsyncGenerator<JsonMessage> {
  for await (const message of jsonLines<JsonMessage>(body)) {
    if (message.error || message.errorDetail) throw jsonMessageError(message);
    yield message;
  }
}

/**
 * Split a multiplexed (non-TTY) stream into frames. `head` is data already read past the response
 * headers. A stream that ends inside a frame is a DataLoss error.
 */
export async function* demuxFrames(body: AsyncIterable<Buffer>, head?: Buffer): AsyncGenerator<Frame> {
  const decoder = new FrameDecoder();
  const decode = (chunk: Buffer): Frame[] => {
    try {
      return decoder.push(chunk);
    } catch (err) {
      throw dataLoss(`corrupt output stream: ${(err as Error).message}`, { cause: err });
    }
  };
  if (head?.length) yield* decode(head);
  for await (const chunk of body) yield* decode(chunk);
  if (decoder.buffered) throw dataLoss('output stream ended inside a frame');
}

/** A TTY stream has no framing: every chunk is stdout. */
export async function* rawFrames(body: AsyncIterable<Buffer>, head?: Buffer): AsyncGenerator<Frame> {
  if (head?.length) yield { stream: StreamType.Stdout, payload: head };
  for await (const chunk of body) yield { stream: StreamType.Stdout, payload: chunk };
}
