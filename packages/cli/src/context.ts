/** What every command gets: the process's streams and environment, and a lazily made client. */
import type { Readable, Writable } from 'node:stream';
import { Client, isDaemonError } from '@berth/client';
import { messageOf } from '@berth/errdefs';
import type { CommandSpec, ParsedFlags } from './flags';

/** The process edges the CLI touches, so tests can hand in their own. */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  io: CliIO;
  /** `berth` — commands name themselves in messages as `berth run`. */
  binary: string;
  client(): Client;
  /** The daemon host in use (for messages). */
  host: string;
  debug: boolean;
  /** Current time in ms (fixed in tests). */
  now(): number;
}

export interface Command {
  spec: CommandSpec;
  /** Resolves to the exit status (0 when nothing is returned). */
  run(ctx: CommandContext, flags: ParsedFlags): Promise<number | void>;
}

/** Ends the command with `code`, printing `message` on stderr when there is one (Docker's cli.StatusError). */
export class StatusError extends Error {
  constructor(
    readonly status: string | undefined,
    readonly code: number,
  ) {
    super(status ?? `exit status ${code}`);
  }
}

/** What Docker's CLI prints for an error: daemon answers carry `Error response from daemon: `. */
export function describeError(err: unknown): string {
  return isDaemonError(err) ? `Error response from daemon: ${err.message}` : messageOf(err);
}

/** Write and honour back-pressure. */
export function write(stream: Writable, data: string | Buffer): Promise<void> {
  if (stream.write(data)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
