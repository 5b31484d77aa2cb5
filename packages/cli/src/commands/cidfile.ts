/**
 * `--cidfile`: docker/cli claims the file before the create (so two runs cannot share one), writes
 * the id into it after, and removes it when the create fails.
 */
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { OptionError } from './run-flags';

export interface CidFile {
  write(id: string): void;
  /** The create failed: the file is removed again. */
  discard(): void;
}

export function claimCidFile(path: string): CidFile | undefined {
  if (!path) return undefined;
  let fd: number;
  try {
    // `wx` fails on an existing file: the other container may still be running.
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OptionError(`container ID file found, make sure the other container isn't running or delete ${path}`);
    }
    throw new OptionError(`failed to create the container ID file: ${(err as Error).message}`);
  }
  return {
    write(id) {
      try {
        writeSync(fd, id);
      } finally {
        closeSync(fd);
      }
    },
    discard() {
      closeSync(fd);
      unlinkSync(path);
    },
  };
}
