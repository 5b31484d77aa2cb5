import { closeSync, rmSync } from 'node:fs';
import { failedPrecondition } from '@berth/errdefs';
import { callNative } from './addon';

/**
 * A unix socket that receives one file descriptor per connection (SCM_RIGHTS): the receiving end
 * of runc's `--console-socket`, which sends the pty master of a container created with a terminal.
 * The socket never blocks the event loop: `receive()` takes a connection that is already pending.
 */
export class FdReceiver {
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Listens at `path`, which must not exist yet (EADDRINUSE otherwise). */
  static listen(path: string): FdReceiver {
    return new FdReceiver(path, callNative((addon) => addon.listenUnix(path)));
  }

  /**
   * Accepts one pending connection and returns the fd it carried (close-on-exec; the caller owns
   * it). FailedPrecondition when no sender has connected yet.
   */
  receive(): number {
    const listenFd = this.fd;
    if (listenFd === undefined) throw failedPrecondition(`fd receiver ${this.path} is closed`);
    const fd = callNative((addon) => addon.recvFd(listenFd));
    if (fd === null) throw failedPrecondition(`no file descriptor was sent to ${this.path}`);
    return fd;
  }

  /** Stops listening and removes the socket file. */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }
}

/** Connects to the unix socket at `path` and sends it `fd` (SCM_RIGHTS), as runc does with a pty. */
export function sendFd(path: string, fd: number, name = 'fd'): void {
  callNative((addon) => addon.sendFd(path, fd, name));
}

/** A terminal's window size in character cells. */
export interface WindowSize {
  rows: number;
  cols: number;
}

/** ioctl(TIOCSWINSZ): resizing a pty master resizes its slave and sends SIGWINCH to its foreground group. */
export function setWindowSize(fd: number, size: WindowSize): void {
  callNative((addon) => addon.setWinsize(fd, size.rows, size.cols));
}

/** ioctl(TIOCGWINSZ). */
export function getWindowSize(fd: number): WindowSize {
  return callNative((addon) => addon.getWinsize(fd));
}
