/**
 * The image endpoints of the Docker Engine API (and the container endpoints images are made
 * from: export, commit, changes), as an `ImageApi` over a `Client`:
 * `const images = imagesOf(client); await images.remove('busybox', { force: true })`.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type {
  ContainerConfig, FilesystemChange, IdResponse, ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect,
  ImagePruneResponse, JsonMessage, SystemDfResponse,
} from '@berth/api-types';
import { internal } from '@berth/errdefs';
import type { Client, Filters } from './client';
import { jsonMessages } from './streams';
import { readAll } from './transport';

export type {
  FilesystemChange, IdResponse, ImageDeleteResponseItem, ImageHistoryResponseItem, ImageInspect, ImagePruneResponse, SystemDfResponse,
} from '@berth/api-types';

/** A query string in which a key may repeat (`names=a&names=b`), as Go's url.Values encodes it. */
function queryString(entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function encodeFilters(filters: Filters | undefined): string | undefined {
  if (!filters || Object.keys(filters).length === 0) return undefined;
  const wire: Record<string, Record<string, boolean>> = {};
  for (const [key, values] of Object.entries(filters)) wire[key] = Object.fromEntries(values.map((v) => [v, true]));
  return JSON.stringify(wire);
}

const path = (name: string) => encodeURIComponent(name).replace(/%2F/g, '/');

async function json<T>(res: IncomingMessage): Promise<T> {
  const body = await readAll(res);
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw internal(`malformed JSON response from the daemon: ${body.toString('utf8').slice(0, 200)}`);
  }
}

export interface CommitOptions {
  repo?: string;
  tag?: string;
  comment?: string;
  author?: string;
  /** Pause the container while its layer is written (Docker's default: true). */
  pause?: boolean;
  /** Dockerfile instructions applied to the new image's config (`CMD ["sh"]`). */
  changes?: string[];
  config?: Partial<ContainerConfig>;
}

export interface ImportOptions {
  repo?: string;
  tag?: string;
  message?: string;
  changes?: string[];
}

export class ImageApi {
  constructor(private readonly client: Client) {}

  /** `GET /images/{name}/json`. */
  async inspect(name: string): Promise<ImageInspect> {
    return json(await this.client.request({ method: 'GET', path: `/images/${path(name)}/json` }));
  }

  /** `GET /images/{name}/history`, newest first. */
  async history(name: string): Promise<ImageHistoryResponseItem[]> {
    return json(await this.client.request({ method: 'GET', path: `/images/${path(name)}/history` }));
  }

  /** Name the image `name` resolves to `repo:tag` (`latest` when `tag` is absent). */
  async tag(name: string, repo: string, tag?: string): Promise<void> {
    await readAll(await this.client.request({ method: 'POST', path: `/images/${path(name)}/tag`, query: { repo, tag } }));
  }

  /** `docker rmi`: the `Untagged:`/`Deleted:` items. */
  async remove(name: string, options: { force?: boolean; noPrune?: boolean } = {}): Promise<ImageDeleteResponseItem[]> {
    return json(await this.client.request({ method: 'DELETE', path: `/images/${path(name)}`, query: { force: options.force, noprune: options.noPrune } }));
  }

  /** `docker image prune`: `dangling: ['false']` prunes every unused image. */
  async prune(filters: Filters = {}): Promise<ImagePruneResponse> {
    return json(await this.client.request({ method: 'POST', path: '/images/prune', query: { filters: encodeFilters(filters) } }));
  }

  /** `docker save`: the archive of `names`, streamed. */
  async save(names: string[]): Promise<Readable> {
    return this.client.request({ method: 'GET', path: `/images/get${queryString(names.map((n) => ['names', n]))}` });
  }

  /** `docker import`: a filesystem tar (plain or compressed) becomes an image; the last message's status is its id. */
  async import(source: Readable | Buffer, options: ImportOptions = {}): Promise<AsyncIterable<JsonMessage>> {
    const query = queryString([
      ['fromSrc', '-'], ['repo', options.repo], ['tag', options.tag], ['message', options.message],
      ...(options.changes ?? []).map((c): [string, string] => ['changes', c]),
    ]);
    const res = await this.client.request({ method: 'POST', path: `/images/create${query}`, body: source, contentType: 'application/x-tar' });
    return jsonMessages(res);
  }

  /** `docker export`: a container's filesystem as a tar, streamed. */
  async exportContainer(id: string): Promise<Readable> {
    return this.client.request({ method: 'GET', path: `/containers/${encodeURIComponent(id)}/export` });
  }

  /** `docker commit`: a new image from a container's changes. */
  async commit(container: string, options: CommitOptions = {}): Promise<IdResponse> {
    const query = queryString([
      ['container', container], ['repo', options.repo], ['tag', options.tag], ['comment', options.comment], ['author', options.author],
      ['pause', options.pause === false ? '0' : '1'],
      ...(options.changes ?? []).map((c): [string, string] => ['changes', c]),
    ]);
    return json(await this.client.request({ method: 'POST', path: `/commit${query}`, json: options.config ?? {} }));
  }

  /** `docker diff`: Kind 0 changed, 1 added, 2 deleted. */
  async changes(id: string): Promise<FilesystemChange[]> {
    return (await json<FilesystemChange[] | null>(await this.client.request({ method: 'GET', path: `/containers/${encodeURIComponent(id)}/changes` }))) ?? [];
  }

  /** `docker system df`. */
  async diskUsage(): Promise<SystemDfResponse> {
    return json(await this.client.request({ method: 'GET', path: '/system/df' }));
  }
}

/** The image endpoints of `client`. */
export function imagesOf(client: Client): ImageApi {
  return new ImageApi(client);
}
