import { PassThrough, type Readable } from 'node:stream';
import { CONTAINER_PATH_STAT_HEADER, type ContainerPathStat } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { boolParam, type ApiRequest, type Route } from '../router';

/** Files in and out of containers (`docker cp`). */
export interface ContainerArchiveBackend {
  /** What `path` is in the container; notFound when it does not exist. */
  statPath(ref: string, path: string): Promise<ContainerPathStat>;
  /** `path` as a tar being written; `abort` when the client goes away before the end. */
  archivePath(ref: string, path: string): Promise<{ stat: ContainerPathStat; content: Readable; abort(): void }>;
  /** Extracts a tar into the directory `path` of the container. */
  extractToDir(ref: string, path: string, content: NodeJS.ReadableStream, opts: { noOverwriteDirNonDir: boolean; copyUIDGID: boolean }): Promise<void>;
}

/** Whether a backend also serves the archive API (the engine's container service does). */
export function isContainerArchiveBackend(backend: object): backend is ContainerArchiveBackend {
  return typeof (backend as Partial<ContainerArchiveBackend>).extractToDir === 'function';
}

/** Resolves once `stream` has been read to its end (or closed), discarding what is left. */
function drained(stream: Readable): Promise<void> {
  if (stream.readableEnded || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
    stream.resume();
  });
}

/** dockerd's header: the stat as base64 of its JSON. */
function statHeader(stat: ContainerPathStat): string {
  return Buffer.from(JSON.stringify(stat)).toString('base64');
}

function pathParam(req: ApiRequest): string {
  const path = req.query.get('path');
  // dockerd 28's words, missing space included.
  if (!path) throw invalidArgument('bad parameter: pathcannot be empty');
  return path;
}

export function containerArchiveRoutes(backend: ContainerArchiveBackend): Route[] {
  return [
    {
      // HEAD is routed here too (the router serves HEAD with GET routes): the stat alone.
      method: 'GET',
      path: '/containers/{id}/archive',
      async handler({ req, res }) {
        const path = pathParam(req);
        if (req.method === 'HEAD') {
          const stat = await backend.statPath(req.params.id, path);
          res.writeHead(200, { [CONTAINER_PATH_STAT_HEADER]: statHeader(stat), 'Content-Type': 'application/json' });
          res.end();
          return 'handled';
        }
        const { stat, content, abort } = await backend.archivePath(req.params.id, path);
        res.on('close', () => {
          if (!res.writableFinished) abort();
        });
        res.writeHead(200, { [CONTAINER_PATH_STAT_HEADER]: statHeader(stat), 'Content-Type': 'application/x-tar' });
        // An error mid-stream can no longer become a status: the connection is cut instead.
        content.on('error', () => res.destroy());
        content.pipe(res);
        return 'handled';
      },
    },
    {
      method: 'PUT',
      path: '/containers/{id}/archive',
      async handler({ req }) {
        // The extractor reads a pipe, not the request: a failing reader that destroys its input
        // must not take the connection (and so the error answer) with it.
        const body = new PassThrough();
        req.raw.pipe(body);
        try {
          await backend.extractToDir(req.params.id, pathParam(req), body, {
            noOverwriteDirNonDir: boolParam(req.query, 'noOverwriteDirNonDir'),
            copyUIDGID: boolParam(req.query, 'copyUIDGID'),
          });
        } catch (err) {
          // The rest of the upload is read and dropped, so the client, still sending, gets the
          // answer instead of a broken pipe.
          req.raw.unpipe(body);
          body.destroy();
          await drained(req.raw);
          throw err;
        }
        return { status: 200, json: undefined };
      },
    },
  ];
}
