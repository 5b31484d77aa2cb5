import { rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { encodeFrame, StreamType } from '@berth/proto';
import type { Readable } from 'node:stream';
import type { LogWriter } from './logs';
import type { ProcessIo } from './stdio';

/**
 * Fans a process's output out to its log and to every client of its io socket — as stdcopy frames
 * for pipes, raw for a terminal — and feeds client bytes to the process's input. A client's
 * half-close closes a pipe stdin (a terminal's input stays open: use closeInput).
 */
export class IoHub {
  private readonly clients = new Set<Socket>();
  private server: Server | undefined;
  private outputEnded = false;
  private io: ProcessIo | undefined;
  private resolveDrained!: () => void;
  /** Settles once every output stream reached EOF and the log is written (never before `connect`). */
  readonly drained = new Promise<void>((resolve) => (this.resolveDrained = resolve));

  /**
   * Clients may connect to the socket before the process's io exists (a terminal's master only
   * arrives once runc created the process): `connect` it when it does.
   */
  constructor(
    private readonly log: LogWriter | undefined,
    /**
     * Relay nothing until the first client connects (an exec started before its client attached):
     * the output streams stay paused meanwhile, so the process blocks once a pipe is full and no
     * byte is lost. A process without a log only: a log would wait for the client too.
     */
    private holdForClient = false,
  ) {}

  get connected(): boolean {
    return this.io !== undefined;
  }

  /** Starts relaying `io`. */
  connect(io: ProcessIo): void {
    this.io = io;
    if (this.holdForClient && this.clients.size === 0) {
      // Not yet read, but a failing read must not go unhandled meanwhile.
      for (const { source } of io.outputs) source.on('error', () => undefined);
      return;
    }
    this.pump(io);
  }

  private pump(io: ProcessIo): void {
    this.holdForClient = false;
    const pump = (source: Readable, stream: 'stdout' | 'stderr') =>
      new Promise<void>((resolve) => {
        // A held stream may have ended (or been closed) before anyone read it.
        if (source.readableEnded || source.destroyed) resolve();
        const type = stream === 'stdout' ? StreamType.Stdout : StreamType.Stderr;
        source.on('data', (chunk: Buffer) => {
          this.log?.write(stream, chunk);
          const out = io.terminal ? chunk : encodeFrame(type, chunk);
          for (const client of this.clients) client.write(out);
        });
        source.on('end', resolve);
        source.on('close', resolve);
        source.on('error', () => resolve());
      });
    void Promise.all(io.outputs.map(({ stream, source }) => pump(source, stream))).then(async () => {
      this.outputEnded = true;
      for (const client of this.clients) client.end();
      await this.log?.close();
      this.resolveDrained();
    });
  }

  /** Starts serving the io socket at `path`. */
  listen(path: string): Promise<void> {
    const server = createServer({ allowHalfOpen: true }, (client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  /**
   * Ends the process's input: a pipe stdin is closed (the process reads EOF); a terminal, whose
   * master is also its output and so cannot be closed, is sent EOT (^D: EOF to a canonical-mode
   * reader) and takes no more client input.
   */
  closeInput(): void {
    const input = this.io?.input;
    if (!input || input.writableEnded || this.inputClosed) return;
    this.inputClosed = true;
    if (this.io?.terminal) input.write(Buffer.from([4]));
    else input.end();
  }

  private inputClosed = false;

  private accept(client: Socket): void {
    client.on('error', () => this.clients.delete(client));
    client.on('close', () => this.clients.delete(client));
    if (this.outputEnded) {
      client.end();
      return;
    }
    this.clients.add(client);
    if (this.holdForClient && this.io) this.pump(this.io);
    client.on('data', (chunk: Buffer) => {
      const input = this.io?.input;
      if (input && !input.writableEnded && !this.inputClosed) input.write(chunk);
    });
    client.on('end', () => {
      if (this.io && !this.io.terminal) this.closeInput();
    });
  }

  /** Stops serving: disconnects clients, removes the socket, closes the process's io. */
  async close(): Promise<void> {
    for (const client of this.clients) client.destroy();
    this.clients.clear();
    const server = this.server;
    if (server) {
      const path = server.address();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (typeof path === 'string') await rm(path, { force: true });
    }
    this.io?.destroy();
    await this.log?.close();
  }
}
