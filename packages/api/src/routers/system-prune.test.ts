import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Router } from '../router';
import { systemPruneRoutes, type PruneEventSink } from './system-prune';

function post(socketPath: string, path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method: 'POST', path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

const filters = (f: object) => `filters=${encodeURIComponent(JSON.stringify(f))}`;

describe('network and build-cache prune (nothing to prune yet)', () => {
  let dir: string;
  let server: Server;
  let sock: string;
  const published: Parameters<PruneEventSink['publish']>[0][] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-prune-'));
    sock = join(dir, 'api.sock');
    const router = new Router().add(systemPruneRoutes({ publish: (e) => published.push(e) }));
    server = createServer((req, res) => void router.dispatch(req, res));
    await new Promise<void>((r) => server.listen(sock, () => r()));
  });

  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await rm(dir, { recursive: true, force: true });
  });

  it('answers dockerd\'s empty reports', async () => {
    expect(await post(sock, `/v1.51/networks/prune?${filters({ until: ['10m'], label: ['a'] })}`)).toEqual({ status: 200, body: { NetworksDeleted: null } });
    expect(await post(sock, `/build/prune?${filters({ 'unused-for': ['1h'] })}`)).toEqual({ status: 200, body: { CachesDeleted: null, SpaceReclaimed: 0 } });
    // Each prune is an event, as dockerd logs them.
    expect(published).toEqual(['network', 'builder'].map((type) => ({ type, action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } })));
  });

  it('refuses the filters dockerd refuses for each kind, with its words', async () => {
    expect(await post(sock, `/networks/prune?${filters({ colour: ['red'] })}`)).toEqual({ status: 400, body: { message: "invalid filter 'colour'" } });
    expect(await post(sock, `/build/prune?${filters({ colour: ['red'] })}`)).toEqual({ status: 400, body: { message: "invalid filter 'colour'" } });
    expect(await post(sock, '/networks/prune?filters=nonsense')).toEqual({ status: 400, body: { message: 'invalid filter: nonsense' } });
    expect(published).toHaveLength(2);
  });
});
