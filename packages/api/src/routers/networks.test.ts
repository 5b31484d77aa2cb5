import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventActor, EventType, NetworkResource } from '@berth/api-types';
import { conflict, notFound, permissionDenied } from '@berth/errdefs';
import { createApiServer, listen, type ApiBackends, type Listener } from '../index';
import type { NetworkBackend } from './networks';

function call(socketPath: string, method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const bridge = { Name: 'bridge', Id: 'a'.repeat(64), Driver: 'bridge', Scope: 'local' } as NetworkResource;

describe('network routes', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  const calls: unknown[][] = [];
  const events: { type: EventType; action: string; actor: EventActor }[] = [];

  const backend: NetworkBackend = {
    list: async (filters) => {
      calls.push(['list', filters]);
      return [bridge];
    },
    inspect: async (ref, opts) => {
      calls.push(['inspect', ref, opts]);
      if (ref !== 'bridge') throw notFound(`network ${ref} not found`);
      return bridge;
    },
    create: async (body) => {
      calls.push(['create', body]);
      if (body.Name === 'bridge') throw conflict('network with name bridge already exists');
      return { Id: 'b'.repeat(64), Warning: '' };
    },
    remove: async (ref) => {
      calls.push(['remove', ref]);
      if (ref === 'bridge') throw permissionDenied('bridge is a pre-defined network and cannot be removed');
    },
    prune: async (filters) => {
      calls.push(['prune', filters]);
      return { NetworksDeleted: filters.label ? ['n1'] : [] };
    },
    connect: async (ref, body) => {
      calls.push(['connect', ref, body]);
      if (body.Container === 'gone') throw notFound('No such container: gone');
    },
    disconnect: async (ref, body) => {
      calls.push(['disconnect', ref, body]);
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-net-api-'));
    sock = join(dir, 'api.sock');
    const backends = { system: {}, images: {}, containers: {}, networks: backend, events: { publish: (e: (typeof events)[number]) => events.push(e) } } as unknown as ApiBackends;
    listener = await listen(createApiServer(backends), `unix://${sock}`);
  });
  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    calls.length = 0;
    events.length = 0;
  });

  it('lists with dockerd\'s filter keys and refuses others', async () => {
    const filters = encodeURIComponent('{"driver":{"bridge":true},"name":["x"]}');
    expect(await call(sock, 'GET', `/v1.51/networks?filters=${filters}`)).toEqual({ status: 200, body: `${JSON.stringify([bridge])}\n` });
    expect(calls).toEqual([['list', { driver: ['bridge'], name: ['x'] }]]);
    expect(await call(sock, 'GET', `/networks?filters=${encodeURIComponent('{"until":["1h"]}')}`)).toEqual({ status: 400, body: '{"message":"invalid filter \'until\'"}\n' });
    expect(await call(sock, 'GET', '/networks?filters=nope')).toEqual({ status: 400, body: '{"message":"invalid filter: nope"}\n' });
  });

  it('inspects with verbose as Go\'s ParseBool, and scope', async () => {
    expect((await call(sock, 'GET', '/networks/bridge?verbose=True&scope=local')).status).toBe(200);
    expect(await call(sock, 'GET', '/networks/nope')).toEqual({ status: 404, body: '{"message":"network nope not found"}\n' });
    expect(calls).toEqual([
      ['inspect', 'bridge', { verbose: true, scope: 'local' }],
      ['inspect', 'nope', { verbose: false, scope: undefined }],
    ]);
    expect(await call(sock, 'GET', '/networks/bridge?verbose=yes')).toEqual({
      status: 400, body: '{"message":"invalid value for verbose: yes: strconv.ParseBool: parsing \\"yes\\": invalid syntax"}\n',
    });
  });

  it('creates with 201, drops EnableIPv4 from clients older than 1.48, maps conflicts', async () => {
    expect(await call(sock, 'POST', '/v1.51/networks/create', '{"Name":"n1","EnableIPv4":false}')).toEqual({ status: 201, body: `{"Id":"${'b'.repeat(64)}","Warning":""}\n` });
    await call(sock, 'POST', '/v1.47/networks/create', '{"Name":"n2","EnableIPv4":false}');
    expect(calls).toEqual([
      ['create', { Name: 'n1', EnableIPv4: false }],
      ['create', { Name: 'n2' }],
    ]);
    expect(await call(sock, 'POST', '/networks/create', '{"Name":"bridge"}')).toEqual({ status: 409, body: '{"message":"network with name bridge already exists"}\n' });
    expect(await call(sock, 'POST', '/networks/create', '[1]')).toEqual({ status: 400, body: '{"message":"invalid JSON: json: cannot unmarshal array into Go value of type network.CreateRequest"}\n' });
    expect((await call(sock, 'POST', '/networks/n1/connect', '"c1"')).body).toBe('{"message":"invalid JSON: json: cannot unmarshal string into Go value of type network.ConnectOptions"}\n');
  });

  it('removes with 204 and forwards the backend\'s refusal', async () => {
    expect(await call(sock, 'DELETE', '/networks/n1')).toEqual({ status: 204, body: '' });
    expect(await call(sock, 'DELETE', '/networks/bridge')).toEqual({ status: 403, body: '{"message":"bridge is a pre-defined network and cannot be removed"}\n' });
  });

  it('prunes with dockerd\'s filter keys, reports the prune event, and answers null when nothing went', async () => {
    expect(await call(sock, 'POST', '/networks/prune')).toEqual({ status: 200, body: '{"NetworksDeleted":null}\n' });
    expect(await call(sock, 'POST', `/networks/prune?filters=${encodeURIComponent('{"label":["a"]}')}`)).toEqual({ status: 200, body: '{"NetworksDeleted":["n1"]}\n' });
    expect(events).toEqual([
      { type: 'network', action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } },
      { type: 'network', action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } },
    ]);
    expect(await call(sock, 'POST', `/networks/prune?filters=${encodeURIComponent('{"driver":["bridge"]}')}`)).toEqual({ status: 400, body: '{"message":"invalid filter \'driver\'"}\n' });
    expect(calls.filter((c) => c[0] === 'prune')).toHaveLength(2);
  });

  it('connects and disconnects with 200 and the body as sent', async () => {
    const endpoint = { Aliases: ['web'], IPAMConfig: { IPv4Address: '10.0.0.5' } };
    expect(await call(sock, 'POST', '/networks/n1/connect', JSON.stringify({ Container: 'c1', EndpointConfig: endpoint }))).toEqual({ status: 200, body: '' });
    expect(await call(sock, 'POST', '/networks/n1/connect', '{"Container":"gone"}')).toEqual({ status: 404, body: '{"message":"No such container: gone"}\n' });
    expect(await call(sock, 'POST', '/networks/n1/disconnect', '{"Container":"c1","Force":true}')).toEqual({ status: 200, body: '' });
    expect(calls).toEqual([
      ['connect', 'n1', { Container: 'c1', EndpointConfig: endpoint }],
      ['connect', 'n1', { Container: 'gone' }],
      ['disconnect', 'n1', { Container: 'c1', Force: true }],
    ]);
  });
});
