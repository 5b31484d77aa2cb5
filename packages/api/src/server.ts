import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { invalidArgument } from '@berth/errdefs';
import { Router } from './router';
import { containerRoutes, type ContainerBackend } from './routers/containers';
import { containerAdminRoutes, isContainerAdminBackend, type ContainerAdminBackend } from './routers/container-admin';
import { execRoutes, isExecBackend, type ExecBackend } from './routers/exec';
import { eventRoutes, type EventsBackend } from './routers/events';
import { containerArchiveRoutes, isContainerArchiveBackend } from './routers/container-archive';
import { containerStatsRoutes, isContainerStatsBackend } from './routers/container-stats';
import { imageRoutes, type ContainerFilesystemBackend, type ImageBackend } from './routers/images';
import { systemDfRoutes, type DiskUsageBackend } from './routers/system-df';
import { systemRoutes, type SystemBackend } from './routers/system';
import { systemPruneRoutes } from './routers/system-prune';

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
}

/** The Docker Engine API over HTTP: one router per resource, each with the small backend it needs. */
export function createApiServer(backends: ApiBackends): Server {
  const router = new Router().add(systemRoutes(backends.system)).add(containerRoutes(backends.containers)).add(imageRoutes(backends.images)).add(systemDfRoutes(backends.images));
  // Empty prunes of networks, volumes and build cache, which `docker system prune` calls.
  router.add(systemPruneRoutes());
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

/** Listen on a `unix://` or `tcp://` address, as `-H` gives it. */
export async function listen(server: Server, address: string): Promise<Listener> {
  const url = /^(unix|tcp):\/\/(.*)$/.exec(address);
  if (!url) throw invalidArgument(`invalid host address: ${address} (want unix:///path or tcp://host:port)`);
  const [, scheme, rest] = url;
  if (scheme === 'unix') {
    await rm(rest, { force: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(rest, () => {
        server.off('error', reject);
        resolve();
      });
    });
    await chmod(rest, 0o660);
    return { address, close: () => closeServer(server, rest) };
  }
  const sep = rest.lastIndexOf(':');
  const host = rest.slice(0, sep) || '127.0.0.1';
  const port = Number(rest.slice(sep + 1));
  if (!Number.isInteger(port)) throw invalidArgument(`invalid host address: ${address}`);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host.replace(/^\[|\]$/g, ''), () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { address, close: () => closeServer(server) };
}

async function closeServer(server: Server, socketPath?: string): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  if (socketPath) await rm(socketPath, { force: true });
}
