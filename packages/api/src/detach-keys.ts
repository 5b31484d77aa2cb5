/** Detach keys of attach and exec requests (the format and the scanner are @berth/proto's). */
import { invalidArgument } from '@berth/errdefs';
import { DEFAULT_DETACH_KEYS, parseDetachKeys } from '@berth/proto';

/**
 * The keys a request asks for (`detachKeys` of attach, `DetachKeys` of an exec), the default when
 * it names none; InvalidArgument with dockerd's `message` otherwise.
 */
export function detachKeysOption(spec: string | null | undefined, message = (keys: string) => `Invalid detach keys (${keys}) provided`): Buffer {
  if (!spec) return DEFAULT_DETACH_KEYS;
  try {
    return parseDetachKeys(spec);
  } catch {
    throw invalidArgument(message(spec));
  }
}
