import { BerthError, kindOfHttpStatus } from '@berth/errdefs';

const DAEMON_ERROR = Symbol.for('berth.client.daemonError');

/**
 * An error response from the daemon: the errdefs kind of its HTTP status, carrying the daemon's
 * message exactly (`No such container: x`). Command lines print it as
 * `Error response from daemon: <message>`, as Docker's do.
 */
export class DaemonError extends BerthError {
  readonly [DAEMON_ERROR] = true;
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(kindOfHttpStatus(statusCode), message);
  }
}

/** Whether `err` came back from the daemon (as opposed to a local or connection failure). */
export function isDaemonError(err: unknown): err is DaemonError {
  return typeof err === 'object' && err !== null && DAEMON_ERROR in err;
}

/** The message of a Docker error body (`{"message": "..."}`), falling back to the raw text. */
export function daemonErrorFromBody(statusCode: number, body: Buffer): DaemonError {
  const text = body.toString('utf8').trim();
  let message = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { message?: unknown }).message === 'string') {
      // Trimmed as docker's Go client does: some dockerd messages end in a space.
      message = (parsed as { message: string }).message.trim();
    }
  } catch {
    // Not JSON: a proxy or an older daemon answered in plain text; keep the text.
  }
  if (!message) message = `request returned status ${statusCode} with an empty body`;
  return new DaemonError(statusCode, message);
}
