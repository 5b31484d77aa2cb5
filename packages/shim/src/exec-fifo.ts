import { constants, lstatSync, openSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Socket } from 'node:net';
import { deadlineExceeded, failedPrecondition } from '@berth/errdefs';

/**
 * runc's start handshake, done in-process so that starting a container costs no `runc start`
 * process (one Go runtime start-up, the largest cost of the shim's start over a bare `runc run`).
 *
 * What runc (1.x) does, and this relies on: `runc create` leaves the container's init blocked in
 * open(2) of the fifo `<root>/<id>/exec.fifo` for writing. Once any reader has the fifo open, the
 * open returns, the init writes one byte and goes on to exec the user process. `runc start` is that
 * reader: it reads the byte, then removes the fifo, and from then on `runc state` reports `running`
 * (the fifo's presence is what `created` means to runc). A dead init never writes, so runc polls the
 * init while it waits and gives up with "container process is already dead".
 */

/** How often the init's liveness is checked while waiting for its byte. */
const LIVENESS_POLL_MS = 25;

export interface ExecFifoOptions {
  /** Whether the container's init still lives (not exited, not a zombie). Polled while waiting. */
  initAlive: () => boolean;
  /** How long an init that lives but never writes is waited for; the task then stays `created`. */
  timeoutMs: number;
}

/** Where runc keeps the exec fifo of container `id` under its `--root`. */
export function execFifoPath(root: string, id: string): string {
  return `${root}/${id}/exec.fifo`;
}

/** Whether `path` is a fifo: the sign that the runtime keeps runc's layout and handshake. */
export function isExecFifo(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFIFO() ?? false;
}

/**
 * Lets the init blocked on `fifo` exec its process, as `runc start` would, and removes the fifo.
 *
 * The fifo is opened read-write: on Linux that never blocks (so no thread waits in open(2) for an
 * init that may never come; libuv adds O_CLOEXEC, so runtimes we spawn never inherit it) and, as we are then a writer too, a read never sees a false end of
 * file. The byte is read from a non-blocking stream on the event loop, raced against the init's
 * death (FailedPrecondition "container process is already dead", the fifo left for the runtime's
 * delete) and `timeoutMs` (DeadlineExceeded; the init stays blocked, so start may be retried).
 */
export async function releaseInit(id: string, fifo: string, options: ExecFifoOptions): Promise<void> {
  if (!options.initAlive()) throw failedPrecondition(`start ${id}: container process is already dead`);
  const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
  const stream = new Socket({ fd, readable: true, writable: false });
  let poll: NodeJS.Timeout | undefined;
  let timeout: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('data', () => resolve());
      stream.once('error', reject);
      let seenDead = false;
      poll = setInterval(() => {
        if (options.initAlive()) return;
        // A byte written just before the init exited (a process that started and ended between two
        // polls) is delivered by the poll phase before the next tick: only a second look decides.
        if (seenDead) reject(failedPrecondition(`start ${id}: container process is already dead`));
        seenDead = true;
      }, LIVENESS_POLL_MS);
      timeout = setTimeout(
        () => reject(deadlineExceeded(`start ${id}: the container's init did not signal readiness within ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
    });
  } finally {
    clearInterval(poll);
    clearTimeout(timeout);
    stream.destroy();
  }
  await unlink(fifo);
}
