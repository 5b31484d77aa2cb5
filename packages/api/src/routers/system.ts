import { MAX_API_VERSION, type VersionResponse } from '@berth/api-types';
import type { Route } from '../router';

export interface SystemBackend {
  version(): VersionResponse;
  info(): Promise<Record<string, unknown>>;
}

export function systemRoutes(backend: SystemBackend): Route[] {
  const ping: Route['handler'] = async ({ req, res }) => {
    res.writeHead(200, {
      'Api-Version': MAX_API_VERSION,
      'Ostype': 'linux',
      'Docker-Experimental': 'false',
      'Swarm': 'inactive',
      'Cache-Control': 'no-cache, no-store, must-revalidate',
      'Pragma': 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': req.method === 'HEAD' ? '0' : '2',
    });
    res.end(req.method === 'HEAD' ? undefined : 'OK');
    return 'handled';
  };
  return [
    { method: 'GET', path: '/_ping', handler: ping },
    { method: 'HEAD', path: '/_ping', handler: ping },
    { method: 'GET', path: '/version', handler: async () => ({ json: backend.version() }) },
    { method: 'GET', path: '/info', handler: async () => ({ json: await backend.info() }) },
  ];
}
