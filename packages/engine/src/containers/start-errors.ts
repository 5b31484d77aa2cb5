import { BerthError, invalidArgument, kindOf, messageOf } from '@berth/errdefs';

/** What a failed start leaves in the container's state, and the error the API answers with. */
export interface StartFailure {
  /** State.ExitCode: 127 command not found, 126 not executable, 128 anything else (Docker's values). */
  exitCode: number;
  /** State.Error. */
  message: string;
  error: BerthError;
}

/**
 * Marks an error of the task's creation or start as the runtime's, worded as Docker words it
 * (`failed to create task for container: <runtime message>: unknown`).
 */
export function runtimeFailure(err: unknown): BerthError {
  return new BerthError(kindOf(err), `failed to create task for container: ${messageOf(err)}: unknown`, { cause: err });
}

/**
 * Docker's reading of a failed start. The runtime reports why exec failed only in its message
 * (runc's `exec: "x": executable file not found in $PATH`, `permission denied`), so, as dockerd
 * does, the message decides the exit code; those two are the user's fault and answered with 400.
 */
export function startFailure(err: unknown, command: string): StartFailure {
  const message = messageOf(err);
  const text = message.toLowerCase();
  const notFound = text.includes(command.toLowerCase()) &&
    (text.includes('executable file not found') || text.includes('no such file or directory'));
  if (notFound) return { exitCode: 127, message, error: invalidArgument(message, { cause: err }) };
  if (text.includes('permission denied')) return { exitCode: 126, message, error: invalidArgument(message, { cause: err }) };
  return { exitCode: 128, message, error: err instanceof BerthError ? err : new BerthError(kindOf(err), message, { cause: err }) };
}
