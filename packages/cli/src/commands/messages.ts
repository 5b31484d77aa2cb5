import type { Writable } from 'node:stream';
import type { JsonMessage } from '@berth/client';
import { write } from '../context';

/**
 * Print a JSON-message stream the way Docker does on a non-terminal: `stream` text as is, status
 * lines as `id: status progress`. A failure reported in the stream is thrown by the iterator.
 */
export async function displayMessages(messages: AsyncIterable<JsonMessage>, out: Writable): Promise<void> {
  for await (const message of messages) {
    if (message.stream !== undefined) {
      await write(out, message.stream);
    } else if (message.status !== undefined) {
      const id = message.id ? `${message.id}: ` : '';
      const progress = message.progress ? ` ${message.progress}` : '';
      await write(out, `${id}${message.status}${progress}\n`);
    }
  }
}
