import { notFound } from '@berth/errdefs';
import type { EndpointRequest, EndpointState, NetworkController, NetworkState, SandboxSpec, SandboxState } from '@berth/network';
import type { ContainerRecord } from '../containers/store';
import { ContainerNetworking, type PeerContainer } from './container';

function net(name: string, id: string): NetworkState {
  return {
    id, name, driver: 'bridge', scope: 'local', created: '', internal: false, attachable: false, ingress: false, enableIPv4: true, enableIPv6: false,
    ipam: { driver: 'default', options: {}, config: [{ Subnet: '10.0.0.0/24' }] }, options: {}, labels: {}, configOnly: false,
  };
}

/** A controller that records what the sandbox side is asked to do. */
function fakeController(names = ['bridge', 'app']) {
  const nets = names.map((n, i) => net(n, `${i}${'f'.repeat(63)}`));
  const created: SandboxSpec[] = [];
  const connected: EndpointRequest[] = [];
  const destroyed: string[] = [];
  const sandboxes = new Map<string, SandboxState>();
  const controller = {
    network(ref: string) {
      const found = nets.find((n) => n.name === ref || n.id === ref);
      if (!found) throw notFound(`network ${ref} not found`);
      return found;
    },
    networks: () => nets,
    endpoints: () => [],
    sandboxes: {
      async create(spec: SandboxSpec) {
        created.push(spec);
        const state: SandboxState = { containerId: spec.containerId, netnsPath: `/run/netns/${spec.containerId}`, endpoints: spec.endpoints.map((e, i) => endpoint(spec.containerId, controller.network(e.network).id, i)), ports: {} };
        sandboxes.set(spec.containerId, state);
        return state;
      },
      async createOverlapped(spec: SandboxSpec) {
        return { state: await controller.sandboxes.create(spec), rules: Promise.resolve() };
      },
      async connect(id: string, req: EndpointRequest) {
        connected.push(req);
        const ep = endpoint(id, controller.network(req.network).id, 9);
        sandboxes.get(id)!.endpoints.push(ep);
        return ep;
      },
      async disconnect() {},
      async destroy(id: string) {
        destroyed.push(id);
        sandboxes.delete(id);
      },
      get: (id: string) => sandboxes.get(id),
      async reconcile() {},
    },
  } as unknown as NetworkController;
  return { controller, created, connected, destroyed };
}

function endpoint(containerId: string, networkId: string, i: number): EndpointState {
  return { id: `ep${i}`, networkId, containerId, containerName: 'c', ifName: `eth${i}`, macAddress: '02:42:0a:00:00:02', ipv4: `10.0.0.${i + 2}/24`, gateway: '10.0.0.1', aliases: [], dnsNames: [], links: [] };
}

function record(id: string, hostConfig: ContainerRecord['hostConfig'], networks?: ContainerRecord['networks']): ContainerRecord {
  return { id, name: `n-${id}`, created: '', path: 'sh', args: [], config: { Hostname: id.slice(0, 12) }, hostConfig, image: '', state: { Running: false } as ContainerRecord['state'], restartCount: 0, snapshotKey: '', logPath: '', hostsPath: `/c/${id}/hosts`, hostnamePath: `/c/${id}/hostname`, resolvConfPath: `/c/${id}/resolv.conf`, networks };
}

const noPeers = (ref: string): PeerContainer => {
  throw notFound(`No such container: ${ref}`);
};

describe('ContainerNetworking', () => {
  it('asks for a sandbox with the stored endpoints in order, the daemon DNS as default', async () => {
    const f = fakeController();
    const n = new ContainerNetworking(f.controller, { dns: ['10.9.9.9'], dnsOptions: ['ndots:1'] });
    const networks = n.checkCreate({ host: { NetworkMode: 'app' }, config: {}, networking: { EndpointsConfig: { app: { Aliases: ['db'] }, bridge: {} } } });
    const r = record('a'.repeat(64), { NetworkMode: 'app', Dns: [], PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } }, networks);
    expect(await n.attach(r, noPeers)).toEqual({ networkNamespace: `/run/netns/${r.id}`, ready: expect.any(Promise) });
    expect(f.created[0]).toMatchObject({ containerId: r.id, dns: ['10.9.9.9'], dnsOptions: ['ndots:1'], portBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } });
    expect(f.created[0].endpoints.map((e) => [e.network, e.aliases])).toEqual([[f.controller.network('app').id, ['db']], [f.controller.network('bridge').id, undefined]]);
    const settings = n.settings({ ...r, state: { ...r.state, Running: true } }, true);
    expect(Object.keys(settings.Networks)).toEqual(['app', 'bridge']);
    expect(settings.Networks.app).toMatchObject({ IPAddress: '10.0.0.2', IPPrefixLen: 24, Aliases: ['db'] });
    // The legacy top-level fields are the default bridge's.
    expect(settings.IPAddress).toBe('10.0.0.3');
    expect(settings.SandboxKey).toBe(`/run/netns/${r.id}`);
  });

  it('gives a default-mode container lo only when there is no default bridge (-b none)', async () => {
    const f = fakeController(['app']);
    const n = new ContainerNetworking(f.controller);
    const r = record('b'.repeat(64), { NetworkMode: 'default' }, n.checkCreate({ host: { NetworkMode: 'default' }, config: {} }));
    await n.attach(r, noPeers);
    expect(f.created[0].endpoints).toEqual([]);
  });

  it("joins a running donor's namespace and files; refuses a stopped one as dockerd", async () => {
    const f = fakeController();
    const n = new ContainerNetworking(f.controller);
    const donor = record('d'.repeat(64), { NetworkMode: 'bridge' }, { bridge: {} });
    await n.attach(donor, noPeers);
    const joiner = record('e'.repeat(64), { NetworkMode: 'container:donor' });
    const peer = (running: boolean) => () => ({ id: donor.id, name: 'donor', running, restarting: false, record: donor });
    expect(await n.attach(joiner, peer(true))).toEqual({ networkNamespace: `/run/netns/${donor.id}` });
    expect(joiner.hostsPath).toBe(donor.hostsPath);
    await expect(n.attach(record('f'.repeat(64), { NetworkMode: 'container:donor' }), peer(false))).rejects.toThrow('cannot join network of a non running container: donor');
    await expect(n.attach(record('f'.repeat(64), { NetworkMode: 'container:gone' }), noPeers)).rejects.toThrow('No such container: gone');
  });

  it("connects live or in the record only, with dockerd's refusals", async () => {
    const f = fakeController();
    const n = new ContainerNetworking(f.controller);
    const r = record('c'.repeat(64), { NetworkMode: 'bridge' }, { bridge: { NetworkID: f.controller.network('bridge').id } });
    await n.connect(r, false, 'app', { Aliases: ['x'] }, noPeers);
    expect(f.connected).toEqual([]);
    expect(r.networks?.app).toEqual({ NetworkID: f.controller.network('app').id, Aliases: ['x'] });
    await expect(n.connect(r, false, 'app', undefined, noPeers)).rejects.toThrow(`endpoint with name ${r.name} already exists in network app`);
    await expect(n.connect(record('h'.repeat(64), { NetworkMode: 'host' }), false, 'app', undefined, noPeers)).rejects.toThrow('container cannot be disconnected from host network or connected to host network');
    await expect(n.connect(record('i'.repeat(64), { NetworkMode: 'container:x' }), false, 'app', undefined, noPeers)).rejects.toThrow('container sharing network namespace with another container or host cannot be connected to any other network');
    await expect(n.connect(r, false, 'nope', undefined, noPeers)).rejects.toThrow('network nope not found');
    await n.disconnect(r, false, 'app', false);
    expect(Object.keys(r.networks ?? {})).toEqual(['bridge']);
    await expect(n.disconnect(r, false, 'app', false)).rejects.toThrow(`container ${r.id} is not connected to network app`);

    await n.attach(r, noPeers);
    await n.connect(r, true, 'app', undefined, noPeers);
    expect(f.connected).toEqual([expect.objectContaining({ network: f.controller.network('app').id })]);
  });

  it('detaches only what has a sandbox of its own', async () => {
    const f = fakeController();
    const n = new ContainerNetworking(f.controller);
    await n.detach(record('j'.repeat(64), { NetworkMode: 'host' }));
    await n.detach(record('k'.repeat(64), { NetworkMode: 'bridge' }));
    expect(f.destroyed).toEqual(['k'.repeat(64)]);
  });
});
