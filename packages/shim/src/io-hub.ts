import { rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { encodeFrame, StreamType } from '@berth/proto';
import type { ContainerStdio } from './stdio';
import type { JsonLogWriter } from './jsonlog';

/**
 * Fans a task's output out to its json-file log and to every client of its io socket (as stdcopy
 * frames), and feeds client bytes to the container's stdin. A client's half-close closes stdin.
 */
export class IoHub {
  private readonly clients = new Set<Socket>();
  private server: Server | undefined;
  private outputEnded = false;
  /** Settles once stdout and stderr both reached EOF and the log is written. */
  readonly drained: Promise<void>;

  constructor(
    private readonly stdio: ContainerStdio,
    private readonly log: JsonLogWriter | undefined,
  ) {
    const pump = (source: Socket, type: StreamType.Stdout | StreamType.Stderr) =>
      new Promise<void>((resolve) => {
        const stream = type === StreamType.Stdout ? 'stdout' : 'stderr';
        source.on('data', (chunk: Buffer) => {
          this.log?.write(stream, chunk);
          const frame = encodeFrame(type, chunk);
          for (const client of this.clients) client.write(frame);
        });
        source.on('end', resolve);
        source.on('close', resolve);
        source.on('error', () => resolve());
      });
    this.drained = Promise.all([pump(stdio.stdout, StreamType.Stdout), pump(stdio.stderr, StreamType.Stderr)]).then(async () => {
      this.outputEnded = true;
      for (const client of this.clients) client.end();
      await this.log?.close();
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

  private accept(client: Socket): void {
    client.on('error', () => this.clients.delete(client));
    client.on('close', () => this.clients.delete(client));
    if (this.outputEnded) {
      client.end();
      return;
    }
    this.clients.add(client);
    const stdin = this.stdio.stdin;
    client.on('data', (chunk: Buffer) => {
      if (stdin && !stdin.writableEnded) stdin.write(chunk);
    });
    client.on('end', () => {
      if (stdin && !stdin.writableEnded) stdin.end();
    });
  }

  /** Stops serving: disconnects clients, removes the socket, closes the container's pipes. */
  async close(): Promise<void> {
    for (const client of this.clients) client.destroy();
    this.clients.clear();
    const server = this.server;
    if (server) {
      const path = server.address();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (typeof path === 'string') await rm(path, { force: true });
    }
    this.stdio.destroy();
    await this.log?.close();
  }
}
