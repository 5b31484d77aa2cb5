import { closeSync, constants, fstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { ReadStream } from 'node:tty';
import { mknod, setWindowSize } from '@berth/sys';
import type { RuncStdio } from './runc';
import type { OutputStream } from './logs';

/** A process's I/O as the io fan-out sees it: output streams, optional input, framing. */
export interface ProcessIo {
  readonly outputs: readonly { stream: OutputStream; source: Readable }[];
  readonly input: Writable | undefined;
  /** Terminal output is relayed raw; pipes as stdcopy frames. */
  readonly terminal: boolean;
  destroy(): void;
}

/**
 * A process's pseudo-terminal, from the master fd runc sent over the console socket. Output and
 * input share the master; resizing it resizes the container's terminal.
 *
 * The output is everything the process wrote, up to the last byte: libuv ends a stream without
 * reading again when the poll reports a hang-up after a short read (uv__stream_io's POLLHUP
 * short-cut), and a pty master reports one as soon as the last slave fd is closed, even while the
 * kernel still holds output for it (the line discipline takes at most 4 KiB at a time, the rest
 * waits in the pty's buffer). So when the master's stream ends, what is left is read here until
 * the kernel's EIO (which it answers only once nothing is left); only then does the output end.
 */
export class Terminal implements ProcessIo {
  readonly outputs: readonly { stream: OutputStream; source: Readable }[];
  readonly input: Writable;
  readonly terminal = true;
  private readonly master: ReadStream;
  private readonly output = new PassThrough();

  constructor(private readonly fd: number) {
    // Half-open: the end of the reading side must not close the fd before the rest is read.
    this.master = new ReadStream(fd, { allowHalfOpen: true });
    this.master.pipe(this.output, { end: false });
    this.master.on('end', () => {
      this.drainRest();
      this.master.destroy();
    });
    // EIO from a read libuv did make: every slave fd is closed and nothing is left to read.
    this.master.on('error', () => this.master.destroy());
    this.master.on('close', () => {
      if (!this.output.writableEnded) this.output.end();
    });
    this.outputs = [{ stream: 'stdout', source: this.output }];
    this.input = this.master;
  }

  /**
   * Reads what the kernel still holds for the master after libuv declared the end. The slave is
   * closed by then (that is what the hang-up said), so a read never waits: it returns data, or 0
   * on a hung-up terminal, or fails with EIO once the buffers are empty.
   */
  private drainRest(): void {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    // Bounded: a pty holds far less than this, whatever a slave reopened meanwhile writes.
    for (let i = 0; i < 64; i++) {
      let n: number;
      try {
        n = readSync(this.fd, chunk, 0, chunk.length, null);
      } catch {
        return;
      }
      if (n <= 0) return;
      this.output.write(Buffer.from(chunk.subarray(0, n)));
    }
  }

  resize(width: number, height: number): void {
    setWindowSize(this.fd, { rows: height, cols: width });
  }

  destroy(): void {
    this.master.destroy();
  }
}

const { O_RDONLY, O_WRONLY, O_NONBLOCK } = constants;

/**
 * A container's stdio as real pipes (FIFOs), not sockets: programs inside may open /dev/stdout,
 * which fails on a socket. The container gets blocking fds; the shim keeps the other ends as
 * non-blocking streams.
 */
export class ContainerStdio implements ProcessIo {
  /** The fds to hand to the runtime as the container's stdin, stdout and stderr. */
  readonly containerFds: RuncStdio;
  readonly terminal = false;
  readonly stdout: Socket;
  readonly stderr: Socket;
  readonly stdin: Socket | undefined;
  private containerEndsOpen = true;

  private constructor(fds: { stdin?: [number, number]; stdout: [number, number]; stderr: [number, number] }) {
    this.stdout = new Socket({ fd: fds.stdout[0], readable: true, writable: false });
    this.stderr = new Socket({ fd: fds.stderr[0], readable: true, writable: false });
    this.stdin = fds.stdin ? new Socket({ fd: fds.stdin[0], readable: false, writable: true }) : undefined;
    // The container may exit without reading its stdin: writes then fail with EPIPE, harmlessly.
    this.stdin?.on('error', () => undefined);
    this.containerFds = [fds.stdin ? fds.stdin[1] : 'ignore', fds.stdout[1], fds.stderr[1]];
  }

  get outputs(): readonly { stream: OutputStream; source: Readable }[] {
    return [
      { stream: 'stdout', source: this.stdout },
      { stream: 'stderr', source: this.stderr },
    ];
  }

  get input(): Writable | undefined {
    return this.stdin;
  }

  /**
   * Re-attaches to the output pipes of a process this shim did not start (a predecessor shim died):
   * opening /proc/<pid>/fd/N of a pipe gives a new end of the same pipe.
   */
  static reopen(pid: number): ContainerStdio | undefined {
    const opened: number[] = [];
    try {
      for (const n of [1, 2]) {
        opened.push(openSync(`/proc/${pid}/fd/${n}`, O_RDONLY | O_NONBLOCK));
        if (!fstatSync(opened[opened.length - 1]!).isFIFO()) throw new Error('not a pipe');
      }
    } catch {
      for (const fd of opened) closeSync(fd);
      return undefined;
    }
    const stdio = new ContainerStdio({ stdout: [opened[0]!, -1], stderr: [opened[1]!, -1] });
    stdio.containerEndsOpen = false;
    return stdio;
  }

  /** Makes the pipes in `dir` (named after `id`, unlinked again at once). */
  static open(dir: string, id: string, withStdin: boolean): ContainerStdio {
    const opened: number[] = [];
    const open = (path: string, flags: number) => {
      const fd = openSync(path, flags);
      opened.push(fd);
      return fd;
    };
    const fifo = (name: string) => {
      const path = join(dir, `${id}.${name}`);
      mknod(path, 'fifo', 0o600);
      return path;
    };
    try {
      // Output: open our read end first, so the container's blocking write end opens at once.
      const output = (name: string): [number, number] => {
        const path = fifo(name);
        try {
          return [open(path, O_RDONLY | O_NONBLOCK), open(path, O_WRONLY)];
        } finally {
          unlinkSync(path);
        }
      };
      // Input: a throw-away reader lets our non-blocking writer open, which lets the container's
      // blocking reader open; the container then sees EOF exactly when we close our end.
      const input = (): [number, number] => {
        const path = fifo('stdin');
        try {
          const placeholder = openSync(path, O_RDONLY | O_NONBLOCK);
          try {
            return [open(path, O_WRONLY | O_NONBLOCK), open(path, O_RDONLY)];
          } finally {
            closeSync(placeholder);
          }
        } finally {
          unlinkSync(path);
        }
      };
      return new ContainerStdio({ stdout: output('stdout'), stderr: output('stderr'), stdin: withStdin ? input() : undefined });
    } catch (err) {
      for (const fd of opened) closeSync(fd);
      throw err;
    }
  }

  /** Closes the container's ends in the shim, once the runtime holds its own copies. */
  closeContainerEnds(): void {
    if (!this.containerEndsOpen) return;
    this.containerEndsOpen = false;
    for (const fd of this.containerFds) if (fd !== 'ignore') closeSync(fd);
  }

  destroy(): void {
    this.closeContainerEnds();
    this.stdout.destroy();
    this.stderr.destroy();
    this.stdin?.destroy();
  }
}
