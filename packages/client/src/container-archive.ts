/**
 * Files in and out of containers, as the Docker Engine API serves them to `docker cp`
 * (`HEAD`/`GET`/`PUT /containers/{id}/archive`), as a `ContainerArchiveApi` over a `Client`.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { CONTAINER_PATH_STAT_HEADER, type ContainerPathStat } from '@berth/api-types';
import { internal } from '@berth/errdefs';
import type { Client } from './client';
import { readAll } from './transport';

export type { ContainerPathStat } from '@berth/api-types';

const archivePath = (id: string) => `/containers/${encodeURIComponent(id)}/archive`;

/** The stat the daemon sends as base64 JSON in a header. */
function statOf(res: IncomingMessage): ContainerPathStat {
  const header = res.headers[CONTAINER_PATH_STAT_HEADER.toLowerCase()];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw internal(`the daemon sent no ${CONTAINER_PATH_STAT_HEADER} header`);
  try {
    return JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as ContainerPathStat;
  } catch {
    throw internal(`malformed ${CONTAINER_PATH_STAT_HEADER} header from the daemon`);
  }
}

export class ContainerArchiveApi {
  constructor(private readonly client: Client) {}

  /** `HEAD /containers/{id}/archive`: what `path` is in the container (final symlink not followed). */
  async statPath(id: string, path: string): Promise<ContainerPathStat> {
    const res = await this.client.request({ method: 'HEAD', path: archivePath(id), query: { path } });
    await readAll(res);
    return statOf(res);
  }

  /** `GET /containers/{id}/archive`: `path` as a tar stream, with its stat. */
  async copyFrom(id: string, path: string): Promise<{ stat: ContainerPathStat; content: Readable }> {
    const res = await this.client.request({ method: 'GET', path: archivePath(id), query: { path } });
    return { stat: statOf(res), content: res };
  }

  /** `PUT /containers/{id}/archive`: extracts the tar `content` into the directory `path`. */
  async copyTo(id: string, path: string, content: Readable, options: { copyUIDGID?: boolean; allowOverwriteDirWithFile?: boolean } = {}): Promise<void> {
    const res = await this.client.request({
      method: 'PUT',
      path: archivePath(id),
      // As the docker client: directories are protected from files unless the caller allows it.
      query: { path, noOverwriteDirNonDir: !options.allowOverwriteDirWithFile, copyUIDGID: options.copyUIDGID },
      body: content,
      contentType: 'application/x-tar',
    });
    await readAll(res);
  }
}

export function containerArchiveOf(client: Client): ContainerArchiveApi {
  return new ContainerArchiveApi(client);
}
