import type { ImageSummary, JsonMessage } from '@berth/api-types';
import { failedPrecondition } from '@berth/errdefs';
import type { Route } from '../router';
import { startStream } from '../streams';

export interface ImageBackend {
  /** Load a docker-save or OCI archive; returns the familiar names (or ids) loaded. */
  load(archive: NodeJS.ReadableStream): Promise<string[]>;
  list(): Promise<ImageSummary[]>;
}

export function imageRoutes(backend: ImageBackend): Route[] {
  return [
    { method: 'GET', path: '/images/json', handler: async () => ({ json: await backend.list() }) },
    {
      method: 'POST',
      path: '/images/load',
      handler: async ({ req, res }) => {
        const loaded = await backend.load(req.raw);
        startStream(res, 'application/json');
        for (const ref of loaded) {
          const line = ref.startsWith('sha256:') ? `Loaded image ID: ${ref}\n` : `Loaded image: ${ref}\n`;
          res.write(JSON.stringify({ stream: line } satisfies JsonMessage) + '\n');
        }
        res.end();
        return 'handled';
      },
    },
    {
      method: 'POST',
      path: '/images/create',
      handler: async ({ req }) => {
        // Registries arrive with @berth/distribution; until then a pull is refused, clearly.
        const image = req.query.get('fromImage') ?? '';
        throw failedPrecondition(`cannot pull ${image}: this berthd has no registry client; load images with \`docker load\``);
      },
    },
  ];
}
