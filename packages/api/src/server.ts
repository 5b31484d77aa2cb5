import { chmod, chown, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { invalidArgument } from '@berth/errdefs';
import { Router } from './router';
import { containerRoutes, type ContainerBackend } from './routers/containers';
import { containerAttachWsRoutes } from './routers/container-attach-ws';
import { containerAdminRoutes, isContainerAdminBackend, type ContainerAdminBackend } from './routers/container-admin';
import { execRoutes, isExecBackend, type ExecBackend } from './routers/exec';
import { eventRoutes, type EventsBackend } from './routers/events';
import { containerArchiveRoutes, isContainerArchiveBackend } from './routers/container-archive';
import { containerStatsRoutes, isContainerStatsBackend } from './routers/container-stats';
import { imageRoutes, type ContainerFilesystemBackend, type ImageBackend } from './routers/images';
import { systemDfRoutes, type DiskUsageBackend } from './routers/system-df';
import { systemRoutes, type SystemBackend } from './routers/system';
import { isPruneEventSink, systemPruneRoutes } from './routers/system-prune';
import { volumeRoutes, type VolumeBackend } from './routers/volumes';
import { networkRoutes, type NetworkBackend } from './routers/networks';

export interface ApiBackends {
  system: SystemBackend;
  containers: ContainerBackend;
  images: ImageBackend & ContainerFilesystemBackend & DiskUsageBackend;
  /** `docker exec` and terminal sizes; when absent, served by `containers` if it implements them. */
  exec?: ExecBackend;
  /** `GET /events`: the daemon's event log. */
  events?: EventsBackend;
  /** rename, update, prune; when absent, served by `containers` if it implements them. */
  containerAdmin?: ContainerAdminBackend;
  /** `/volumes`. */
  volumes?: VolumeBackend;
  /** `/networks`; when absent, only the empty network prune `docker system prune` calls is served. */
  networks?: NetworkBackend;
}

/** The Docker Engine API over HTTP: one router per resource, each with the small backend it needs. */
export function createApiServer(backends: ApiBackends): Server {
  const router = new Router().add(systemRoutes(backends.system)).add(containerRoutes(backends.containers)).add(imageRoutes(backends.images)).add(systemDfRoutes(backends.images));
  router.add(containerAttachWsRoutes(backends.containers));
  // Added first: the first matching route serves, and this prune replaces the empty one below.
  if (backends.networks) router.add(networkRoutes(backends.networks, isPruneEventSink(backends.events) ? backends.events : undefined));
  // Empty prunes of networks and build cache, which `docker system prune` calls.
  router.add(systemPruneRoutes(isPruneEventSink(backends.events) ? backends.events : undefined));
  if (backends.volumes) router.add(volumeRoutes(backends.volumes));
  const exec = backends.exec ?? (isExecBackend(backends.containers) ? backends.containers : undefined);
  if (exec) router.add(execRoutes(exec));
  if (backends.events) router.add(eventRoutes(backends.events));
  const admin = backends.containerAdmin ?? (isContainerAdminBackend(backends.containers) ? backends.containers : undefined);
  if (admin) router.add(containerAdminRoutes(admin));
  // top and stats, when the container backend can look inside its containers.
  if (isContainerStatsBackend(backends.containers)) router.add(containerStatsRoutes(backends.containers));
  // docker cp, when the container backend can reach its containers' filesystems.
  if (isContainerArchiveBackend(backends.containers)) router.add(containerArchiveRoutes(backends.containers));
  const server = createServer({ keepAlive: true }, (req, res) => void router.dispatch(req, res));
  server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
    const { ServerResponse } = require('node:http') as typeof import('node:http');
    const res = new ServerResponse(req);
    res.assignSocket(socket as never);
    void router.dispatch(req, res, { socket, head });
  });
  return server;
}

export interface Listener {
  address: string;
  close(): Promise<void>;
}

/** Transport security of a `tcp://` or `fd://` listener (dockerd's `--tls`/`--tlsverify`). */
export interface ListenerTls {
  cert: Buffer;
  key: Buffer;
  /** CA bundle client certificates must chain to; required with `verify`. */
  ca?: Buffer;
  /** Require a client certificate and check it (chain, validity dates) during the handshake. */
  verify: boolean;
}

export interface ListenOptions {
  /** TLS for network listeners; a unix socket is guarded by its file mode instead. */
  tls?: ListenerTls;
  /** Group that owns a unix socket (mode 0660); root's group when absent. */
  socketGroup?: number;
}

/**
 * Listen on a `unix://`, `tcp://` or `fd://N` (an inherited listening socket) address, as `-H`
 * gives it. With TLS, a client that fails the handshake (no certificate, another CA, expired) is
 * cut off before it can send a request.
 */
export async function listen(server: Server, address: string, options: ListenOptions = {}): Promise<Listener> {
  const url = /^(unix|tcp|fd):\/\/(.*)$/.exec(address);
  if (!url) throw invalidArgument(`invalid host address: ${address} (want unix:///path, tcp://host:port or fd://N)`);
  const [, scheme, rest] = url;
  if (scheme === 'unix') {
    await rm(rest, { force: true });
    await listenOn(server, rest);
    await chmod(rest, 0o660);
    if (options.socketGroup !== undefined) await chown(rest, process.getuid?.() ?? 0, options.socketGroup);
    return { address, close: () => closeServer(server, undefined, rest) };
  }
  // Plain HTTP keeps parsing: TLS connections are decrypted by a front server that hands each
  // one to the HTTP server, so upgrades (attach, exec) are hijacked the same way over TLS.
  const front = options.tls ? tlsFront(server, options.tls) : undefined;
  if (scheme === 'fd') {
    const fd = Number(rest);
    if (!Number.isInteger(fd) || fd < 3) throw invalidArgument(`invalid host address: ${address} (want fd://N with N >= 3)`);
    await listenOn(front ?? server, { fd });
    return { address, close: () => closeServer(server, front) };
  }
  const sep = rest.lastIndexOf(':');
  const host = rest.slice(0, sep) || '127.0.0.1';
  const port = Number(rest.slice(sep + 1));
  if (sep < 0 || !Number.isInteger(port)) throw invalidArgument(`invalid host address: ${address}`);
  await listenOn(front ?? server, { port, host: host.replace(/^\[|\]$/g, '') });
  return { address, close: () => closeServer(server, front) };
}

function tlsFront(server: Server, options: ListenerTls): TlsServer {
  const front = createTlsServer({
    cert: options.cert,
    key: options.key,
    ca: options.ca,
    requestCert: options.verify,
    rejectUnauthorized: options.verify,
    minVersion: 'TLSv1.2',
    // As the HTTP server's own sockets: a client that is done sending (docker's CloseWrite, a TLS
    // close_notify) still reads the rest of an attach stream.
    allowHalfOpen: true,
  });
  front.on('secureConnection', (socket) => server.emit('connection', socket));
  // A refused handshake is the client's problem; the listener goes on.
  front.on('tlsClientError', (_err, socket) => socket.destroy());
  return front;
}

function listenOn(server: Server | TlsServer, where: string | { fd: number } | { port: number; host: string }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const done = () => {
      server.off('error', reject);
      resolve();
    };
    if (typeof where === 'string') server.listen(where, done);
    else server.listen(where, done);
  });
}

async function closeServer(server: Server, front?: TlsServer, socketPath?: string): Promise<void> {
  const fronting = front ? new Promise<void>((resolve) => front.close(() => resolve())) : Promise.resolve();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await fronting;
  if (socketPath) await rm(socketPath, { force: true });
}
