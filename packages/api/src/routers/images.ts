import type { ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import type {
  ContainerConfig, FilesystemChange, IdResponse, ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect,
  ImagePruneResponse, ImageSummary, JsonMessage,
} from '@berth/api-types';
import { failedPrecondition, httpStatusOf, invalidArgument, messageOf } from '@berth/errdefs';
import { boolParam, type Route } from '../router';
import { startStream } from '../streams';

/** Filter values by key, decoded from the API's `filters` query parameter. */
export type FilterArgs = Record<string, string[]>;

/** Images: list, inspect, history, tag, remove, prune, save, load, import (`docker image ...`). */
export interface ImageBackend {
  /** Load a docker-save or OCI archive; returns the familiar names (or ids) loaded. */
  load(archive: NodeJS.ReadableStream, opts?: { onProgress?: (msg: string) => void }): Promise<string[]>;
  list(opts?: { all?: boolean; filters?: FilterArgs; sharedSize?: boolean }): Promise<ImageSummary[]>;
  inspect(name: string): Promise<ImageInspect>;
  history(name: string): Promise<ImageHistoryResponseItem[]>;
  tag(name: string, repo: string, tag?: string): Promise<void>;
  remove(name: string, opts: { force: boolean; noPrune: boolean }): Promise<ImageDeleteResponseItem[]>;
  prune(filters: FilterArgs): Promise<ImagePruneResponse>;
  /** Streams a tar to `out`; an unknown name fails before anything is written. */
  save(names: string[], out: NodeJS.WritableStream): Promise<void>;
  importImage(source: NodeJS.ReadableStream, opts: { repo?: string; tag?: string; message?: string; changes?: string[] }): Promise<string>;
}

/** What images are made from and compared with: a container's filesystem (`export`, `commit`, `diff`). */
export interface ContainerFilesystemBackend {
  exportContainer(ref: string, out: NodeJS.WritableStream): Promise<void>;
  commit(opts: {
    container: string; repo?: string; tag?: string; comment?: string; author?: string; changes?: string[]; config?: Partial<ContainerConfig> | null;
    /** Freeze a running container while its layer is written (Docker's default). */
    pause: boolean;
  }): Promise<string>;
  changes(ref: string): Promise<FilesystemChange[]>;
}

/**
 * The `filters` query parameter: `{"key":{"value":true}}` (current) or `{"key":["value"]}` (old
 * clients). InvalidArgument for anything else.
 */
export function parseFilterArgs(query: URLSearchParams): FilterArgs {
  const text = query.get('filters');
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidArgument(`invalid filter: ${text}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidArgument(`invalid filter: ${text}`);
  const out: FilterArgs = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value as string[];
    else if (typeof value === 'object' && value !== null) out[key] = Object.entries(value).filter(([, on]) => on === true).map(([v]) => v);
    else throw invalidArgument(`invalid filter: ${text}`);
  }
  return out;
}

/**
 * A response body whose status line waits for the first byte: a failure before any byte (an
 * unknown image) still becomes a proper error status; `out` honours back-pressure.
 */
function deferredBody(res: ServerResponse, contentType: string): Writable {
  const head = () => {
    if (!res.headersSent) res.writeHead(200, { 'Content-Type': contentType });
  };
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _enc, done) {
      head();
      if (res.write(chunk)) done();
      else res.once('drain', () => done());
    },
    final(done) {
      head();
      res.end(() => done());
    },
    destroy(err, done) {
      done(err);
    },
  });
}

/** Send a tar produced by `produce`; errors before the first byte become the error status. */
async function sendTar(res: ServerResponse, produce: (out: NodeJS.WritableStream) => Promise<void>): Promise<'handled'> {
  const out = deferredBody(res, 'application/x-tar');
  await produce(out);
  if (!out.writableEnded) out.end();
  await new Promise<void>((resolve, reject) => {
    if (out.writableFinished) return resolve();
    out.once('finish', () => resolve());
    out.once('error', reject);
  });
  return 'handled';
}

function writeMessage(res: ServerResponse, message: JsonMessage): void {
  res.write(JSON.stringify(message) + '\n');
}

/** Docker's line for a loaded name or, for an untagged image, id. */
function loadedMessage(ref: string): JsonMessage {
  return { stream: ref.startsWith('sha256:') ? `Loaded image ID: ${ref}\n` : `Loaded image: ${ref}\n` };
}

/**
 * The image store's progress lines as Docker's JSON messages: `Loading layer <id>` as a status
 * per layer; notices (a tag moved off another image) as text. `Loaded image` lines are left to
 * the result, which names every image loaded.
 */
function progressMessage(line: string): JsonMessage | undefined {
  const layer = /^Loading layer (\S+)$/.exec(line);
  if (layer) return { status: 'Loading layer', id: layer[1], progressDetail: {} };
  if (line.startsWith('Loaded image')) return undefined;
  return { stream: `${line}\n` };
}

export function imageRoutes(backend: ImageBackend & ContainerFilesystemBackend): Route[] {
  return [
    {
      method: 'GET',
      path: '/images/json',
      handler: async ({ req }) => ({
        json: await backend.list({ all: boolParam(req.query, 'all'), filters: parseFilterArgs(req.query), sharedSize: boolParam(req.query, 'shared-size') }),
      }),
    },
    {
      method: 'GET',
      path: '/images/get',
      handler: async ({ req, res }) => {
        const names = req.query.getAll('names').flatMap((n) => n.split(',')).filter(Boolean);
        if (names.length === 0) throw invalidArgument('no images specified');
        return sendTar(res, (out) => backend.save(names, out));
      },
    },
    { method: 'GET', path: '/images/{name}/get', handler: async ({ req, res }) => sendTar(res, (out) => backend.save([req.params.name], out)) },
    { method: 'GET', path: '/images/{name}/json', handler: async ({ req }) => ({ json: await backend.inspect(req.params.name) }) },
    { method: 'GET', path: '/images/{name}/history', handler: async ({ req }) => ({ json: await backend.history(req.params.name) }) },
    {
      method: 'POST',
      path: '/images/{name}/tag',
      handler: async ({ req }) => {
        await backend.tag(req.params.name, req.query.get('repo') ?? '', req.query.get('tag') || undefined);
        return { status: 201 };
      },
    },
    {
      method: 'DELETE',
      path: '/images/{name}',
      handler: async ({ req }) => ({
        json: await backend.remove(req.params.name, { force: boolParam(req.query, 'force'), noPrune: boolParam(req.query, 'noprune') }),
      }),
    },
    { method: 'POST', path: '/images/prune', handler: async ({ req }) => ({ json: await backend.prune(parseFilterArgs(req.query)) }) },
    {
      method: 'POST',
      path: '/images/load',
      handler: async ({ req, res }) => {
        if (boolParam(req.query, 'quiet')) {
          // Quiet: answer once the load is done, so a bad archive gets its error status.
          const notices: JsonMessage[] = [];
          const loaded = await backend.load(req.raw, {
            onProgress: (line) => {
              const message = progressMessage(line);
              if (message?.stream !== undefined) notices.push(message);
            },
          });
          startStream(res, 'application/json');
          for (const message of [...notices, ...loaded.map(loadedMessage)]) writeMessage(res, message);
          res.end();
          return 'handled';
        }
        // Progress for a terminal: messages as layers go by; a failure ends the stream with an error message.
        startStream(res, 'application/json');
        try {
          const loaded = await backend.load(req.raw, {
            onProgress: (line) => {
              const message = progressMessage(line);
              if (message) writeMessage(res, message);
            },
          });
          for (const ref of loaded) writeMessage(res, loadedMessage(ref));
        } catch (err) {
          const message = messageOf(err);
          writeMessage(res, { errorDetail: { message, code: httpStatusOf(err) }, error: message });
        }
        res.end();
        return 'handled';
      },
    },
    {
      method: 'POST',
      path: '/images/create',
      handler: async ({ req, res }) => {
        const fromSrc = req.query.get('fromSrc');
        if (fromSrc === null) {
          // Registries arrive with @berth/distribution; until then a pull is refused, clearly.
          const image = req.query.get('fromImage') ?? '';
          throw failedPrecondition(`cannot pull ${image}: this berthd has no registry client; load images with \`docker load\``);
        }
        if (fromSrc !== '-') throw invalidArgument(`cannot import from ${fromSrc}: berthd imports archives sent in the request body only (fromSrc=-)`);
        const id = await backend.importImage(req.raw, {
          repo: req.query.get('repo') || undefined,
          tag: req.query.get('tag') || undefined,
          message: req.query.get('message') || undefined,
          changes: req.query.getAll('changes'),
        });
        startStream(res, 'application/json');
        writeMessage(res, { status: id });
        res.end();
        return 'handled';
      },
    },
    { method: 'GET', path: '/containers/{id}/export', handler: async ({ req, res }) => sendTar(res, (out) => backend.exportContainer(req.params.id, out)) },
    { method: 'GET', path: '/containers/{id}/changes', handler: async ({ req }) => ({ json: await backend.changes(req.params.id) }) },
    {
      method: 'POST',
      path: '/commit',
      handler: async ({ req }) => {
        const container = req.query.get('container') ?? '';
        if (!container) throw invalidArgument('container is required');
        const config = await req.json<Partial<ContainerConfig> | null>();
        const id = await backend.commit({
          container,
          repo: req.query.get('repo') || undefined,
          tag: req.query.get('tag') || undefined,
          comment: req.query.get('comment') || undefined,
          author: req.query.get('author') || undefined,
          changes: req.query.getAll('changes'),
          config,
          // Absent means pause, as dockerd has it since API 1.13.
          pause: req.query.get('pause') === null || req.query.get('pause') === '' ? true : boolParam(req.query, 'pause'),
        });
        return { status: 201, json: { Id: id } satisfies IdResponse };
      },
    },
  ];
}
