import { execFile, execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isConflict, isInvalidArgument, isNotFound, isPermissionDenied } from '@berth/errdefs';
import { removeNetns } from '@berth/sys';
import { createIptablesFirewall } from './firewall';
import { createNetworkController } from './controller';
import type { NetworkController, NetworkControllerOptions, NetworkEvent, SandboxSpec } from './types';

// Everything happens in a private network namespace standing in for the host (hostNetnsPath):
// bridges, host veth ends, iptables rules and port reservations never touch the real host.
const tag = `${process.pid.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const HOST = `berth-t-${tag}`;
const HOST_PATH = `/run/netns/${HOST}`;
const root = process.getuid?.() === 0;
const maybe = root ? describe : describe.skip;

let dir: string;
let opts: NetworkControllerOptions;
let ctl: NetworkController;
const events: NetworkEvent[] = [];

function sh(...argv: string[]): string {
  return execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
const hostLinks = () => JSON.parse(sh('ip', '-n', HOST, '-j', 'link', 'show')) as { ifname: string; master?: string }[];
const nsLinks = (netns: string) => JSON.parse(sh('nsenter', `--net=${netns}`, 'ip', '-j', 'addr', 'show')) as { ifname: string; address: string; addr_info: { local: string; prefixlen: number }[] }[];
/** One ping from inside a sandbox; true when answered. */
const ping = (netns: string, ip: string) => spawnSync('nsenter', [`--net=${netns}`, 'busybox', 'ping', '-c', '1', '-W', '1', ip], { stdio: 'ignore' }).status === 0;
/** busybox nslookup against the embedded server, asynchronously: the server answers from this very process. */
function nslookup(netns: string, name: string): Promise<{ stdout: string }> {
  return new Promise((resolve) => execFile('nsenter', [`--net=${netns}`, 'busybox', 'nslookup', name, '127.0.0.11'], { encoding: 'utf8', timeout: 10_000 }, (_err, stdout) => resolve({ stdout })));
}

function spec(id: string, name: string, endpoints: SandboxSpec['endpoints'], extra: Partial<SandboxSpec> = {}): SandboxSpec {
  const cdir = path.join(dir, 'containers', id);
  return { containerId: id, containerName: `/${name}`, hostname: id.slice(0, 12), hostsPath: path.join(cdir, 'hosts'), resolvConfPath: path.join(cdir, 'resolv.conf'), endpoints, ...extra };
}
const cid = (n: number) => `${n.toString(16).padStart(2, '0')}${'c0ffee'.repeat(10)}0a`.slice(0, 64);

maybe('network controller (real netns, bridges, iptables in a private "host" namespace)', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-net-'));
    sh('ip', 'netns', 'add', HOST);
    sh('ip', '-n', HOST, 'link', 'set', 'lo', 'up');
    fs.writeFileSync(path.join(dir, 'resolv.conf'), 'nameserver 127.0.0.53\nsearch example.test\n');
    opts = {
      dataRoot: path.join(dir, 'data', 'network'),
      execRoot: path.join(dir, 'exec'),
      iptables: true,
      ipForward: true,
      icc: true,
      defaultBridge: { name: 'berth0', bip: '10.201.0.1/24' },
      dnsUpstreams: () => [],
      onEvent: (e) => events.push(e),
      firewall: createIptablesFirewall({ wrap: ['ip', 'netns', 'exec', HOST] }),
      hostNetnsPath: HOST_PATH,
      hostResolvConf: path.join(dir, 'resolv.conf'),
      portRange: [41000, 41010],
    };
    ctl = await createNetworkController(opts);
  });

  afterAll(async () => {
    await ctl?.close().catch(() => undefined);
    const nsDir = path.join(dir, 'exec', 'netns');
    for (const f of fs.existsSync(nsDir) ? fs.readdirSync(nsDir) : []) removeNetns(path.join(nsDir, f));
    spawnSync('ip', ['netns', 'del', HOST]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('predefined bridge, host and none: Docker inspect fields, berth0 made with its gateway', () => {
    const names = ctl.networks().map((n) => n.name).sort();
    expect(names).toEqual(['bridge', 'host', 'none']);
    const bridge = ctl.network('bridge');
    expect(bridge).toMatchObject({ driver: 'bridge', scope: 'local', internal: false, ipam: { driver: 'default', config: [{ Subnet: '10.201.0.0/24', Gateway: '10.201.0.1' }] } });
    expect(bridge.options).toEqual({
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'berth0',
      'com.docker.network.driver.mtu': '1500',
    });
    expect(ctl.network('host')).toMatchObject({ driver: 'host', ipam: { config: [] } });
    expect(ctl.network('none').driver).toBe('null');
    expect(ctl.network(bridge.id.slice(0, 6)).name).toBe('bridge');
    const addr = JSON.parse(sh('ip', '-n', HOST, '-j', 'addr', 'show', 'berth0'))[0];
    expect(addr.address).toMatch(/^02(:[0-9a-f]{2}){5}$/); // a MAC of its own, not its first port's
    expect(addr.addr_info.map((a: { local: string }) => a.local)).toContain('10.201.0.1');
  });

  test("createNetwork refuses with dockerd's words and leaves nothing behind", async () => {
    const before = hostLinks().length;
    await ctl.createNetwork({ Name: 'bridge' }).catch((e) => {
      expect(isPermissionDenied(e)).toBe(true);
      expect((e as Error).message).toBe('operation is not permitted on predefined bridge network ');
    });
    await ctl.createNetwork({ Name: 'x', Driver: 'nosuch' }).then(
      () => {
        throw new Error('created');
      },
      (e) => {
        expect(isNotFound(e)).toBe(true);
        expect((e as Error).message).toBe('plugin "nosuch" not found');
      },
    );
    await ctl.createNetwork({ Name: 'x', IPAM: { Config: [{ Subnet: '10.9.0.0/33' }] } }).then(
      () => {
        throw new Error('created');
      },
      (e) => expect(isInvalidArgument(e)).toBe(true),
    );
    await ctl.createNetwork({ Name: 'x', IPAM: { Config: [{ Subnet: '10.9.0.0/24', Gateway: '10.8.0.1' }] } }).then(
      () => {
        throw new Error('created');
      },
      (e) => expect((e as Error).message).toContain('invalid gateway 10.8.0.1'),
    );
    await ctl.createNetwork({ Name: 'x', Options: { 'com.docker.network.bridge.enable_icc': 'maybe' } }).then(
      () => {
        throw new Error('created');
      },
      (e) => expect(isInvalidArgument(e)).toBe(true),
    );
    const dup = await ctl.createNetwork({ Name: 'dup', IPAM: { Config: [{ Subnet: '10.9.0.0/24' }] } });
    await ctl.createNetwork({ Name: 'dup' }).then(
      () => {
        throw new Error('created');
      },
      (e) => {
        expect(isConflict(e)).toBe(true);
        expect((e as Error).message).toBe('network with name dup already exists');
      },
    );
    // The same subnet again: IPAM's overlap error, and its pool is not left allocated.
    await ctl.createNetwork({ Name: 'dup2', IPAM: { Config: [{ Subnet: '10.9.0.0/24' }] } }).then(
      () => {
        throw new Error('created');
      },
      (e) => expect(isInvalidArgument(e) || isConflict(e)).toBe(true),
    );
    // A driver failure (the bridge name is a non-bridge link) undoes the record and the pool too.
    await ctl.createNetwork({ Name: 'lobr', Options: { 'com.docker.network.bridge.name': 'lo' }, IPAM: { Config: [{ Subnet: '10.10.0.0/24' }] } }).then(
      () => {
        throw new Error('created');
      },
      (e) => expect(isConflict(e)).toBe(true),
    );
    expect(ctl.networks().map((n) => n.name)).not.toContain('lobr');
    expect(fs.readdirSync(path.join(dir, 'data', 'network', 'networks')).length).toBe(ctl.networks().length);
    await ctl.removeNetwork((await ctl.createNetwork({ Name: 'lobr', IPAM: { Config: [{ Subnet: '10.10.0.0/24' }] } })).id);
    await ctl.removeNetwork('dup');
    expect(hostLinks().length).toBe(before);
    expect(ctl.networks().map((n) => n.name)).not.toContain('dup2');
    // Its subnet is free again.
    const again = await ctl.createNetwork({ Name: 'dup2', IPAM: { Config: [{ Subnet: '10.9.0.0/24' }] } });
    expect(hostLinks().some((l) => l.ifname === `berth-${again.id.slice(0, 9)}`)).toBe(true);
    await ctl.removeNetwork(again.id);
    expect(hostLinks().some((l) => l.ifname === `berth-${again.id.slice(0, 9)}`)).toBe(false);
    await expect(ctl.removeNetwork('bridge')).rejects.toThrow('bridge is a pre-defined network and cannot be removed');
    await expect(ctl.removeNetwork('nosuch')).rejects.toThrow('network nosuch not found');
    expect(dup.id).toMatch(/^[0-9a-f]{64}$/);
  });

  test('two sandboxes on one network reach each other by address and name; another network cannot', async () => {
    const web = await ctl.createNetwork({ Name: 'web', IPAM: { Config: [{ Subnet: '10.202.0.0/24' }] }, Labels: { a: 'b' } });
    expect(web.ipam.config).toEqual([{ Subnet: '10.202.0.0/24', Gateway: '10.202.0.1' }]);
    await ctl.createNetwork({ Name: 'other', IPAM: { Config: [{ Subnet: '10.203.0.0/24' }] } });
    events.length = 0;
    const a = await ctl.sandboxes.create(spec(cid(1), 'alpha', [{ network: 'web', aliases: ['db'] }]));
    const b = await ctl.sandboxes.create(spec(cid(2), 'beta', [{ network: 'web' }]));
    const c = await ctl.sandboxes.create(spec(cid(3), 'gamma', [{ network: 'other' }]));
    expect(a.endpoints[0]).toMatchObject({ ifName: 'eth0', ipv4: '10.202.0.2/24', gateway: '10.202.0.1', macAddress: '02:42:0a:ca:00:02', dnsNames: ['alpha', 'db', cid(1).slice(0, 12)] });
    expect(b.endpoints[0]!.ipv4).toBe('10.202.0.3/24');
    expect(events.map((e) => `${e.action} ${e.network.name} ${e.containerId?.slice(0, 2)}`)).toEqual(['connect web 01', 'connect web 02', 'connect other 03']);
    const eth0 = nsLinks(a.netnsPath).find((l) => l.ifname === 'eth0')!;
    expect(eth0.address).toBe('02:42:0a:ca:00:02');
    expect(eth0.addr_info[0]).toMatchObject({ local: '10.202.0.2', prefixlen: 24 });
    expect(hostLinks().find((l) => l.ifname === `bv${a.endpoints[0]!.id.slice(0, 12)}`)?.master).toBe(`berth-${web.id.slice(0, 9)}`);

    expect(ping(a.netnsPath, '10.202.0.3')).toBe(true);
    expect(ping(b.netnsPath, '10.202.0.2')).toBe(true);
    expect(ping(c.netnsPath, '10.203.0.1')).toBe(true);
    expect(ping(c.netnsPath, '10.202.0.2')).toBe(false); // isolation between bridges

    const hosts = fs.readFileSync(spec(cid(1), 'alpha', []).hostsPath, 'utf8');
    expect(hosts).toContain(`10.202.0.2\t${cid(1).slice(0, 12)}\n`);
    const resolv = fs.readFileSync(spec(cid(1), 'alpha', []).resolvConfPath, 'utf8');
    expect(resolv).toContain('nameserver 127.0.0.11\nsearch example.test\noptions ndots:0\n');
    expect(resolv).toContain('# ExtServers: [host(127.0.0.53)]');

    const byName = await nslookup(b.netnsPath, 'alpha');
    expect(byName.stdout).toContain('10.202.0.2');
    expect((await nslookup(b.netnsPath, 'db.web')).stdout).toContain('10.202.0.2');
    expect((await nslookup(b.netnsPath, cid(1).slice(0, 12))).stdout).toContain('10.202.0.2');
    // gamma shares no network with alpha: not its name to answer (no upstreams → failure).
    expect((await nslookup(c.netnsPath, 'alpha')).stdout).not.toContain('10.202.0.2');
    expect(ctl.endpoints('web').map((e) => e.containerName).sort()).toEqual(['alpha', 'beta']);
    await expect(ctl.removeNetwork('web')).rejects.toThrow(`error while removing network: network web id ${web.id} has active endpoints`);
  });

  test('connect and disconnect live: eth1 appears with its address, hosts is rewritten', async () => {
    const ep = await ctl.sandboxes.connect(cid(3), { network: 'web', ipv4Address: '10.202.0.50' });
    expect(ep).toMatchObject({ ifName: 'eth1', ipv4: '10.202.0.50/24' });
    const netns = ctl.sandboxes.get(cid(3))!.netnsPath;
    expect(ping(netns, '10.202.0.2')).toBe(true);
    expect(fs.readFileSync(spec(cid(3), 'gamma', []).hostsPath, 'utf8')).toContain('10.202.0.50\t');
    await expect(ctl.sandboxes.connect(cid(3), { network: 'web' })).rejects.toThrow('endpoint with name gamma already exists in network web');
    await expect(ctl.sandboxes.connect(cid(3), { network: 'bridge', ipv4Address: '10.201.0.9' })).rejects.toThrow('user specified IP address is supported on user defined networks only');
    await ctl.sandboxes.disconnect(cid(3), 'web');
    expect(nsLinks(netns).map((l) => l.ifname).sort()).toEqual(['eth0', 'lo']);
    expect(fs.readFileSync(spec(cid(3), 'gamma', []).hostsPath, 'utf8')).not.toContain('10.202.0.50');
    await expect(ctl.sandboxes.disconnect(cid(3), 'web')).rejects.toThrow(`container ${cid(3)} is not connected to network web`);
  });

  test('published ports: a random port from the range, a fixed one, and a taken one refused with nothing left', async () => {
    const p = await ctl.sandboxes.create(
      spec(cid(4), 'pub', [{ network: 'bridge' }], { portBindings: { '80/tcp': [{ HostPort: '' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '41053' }] }, exposedPorts: ['80/tcp', '53/udp', '443/tcp'], extraHosts: ['gw:host-gateway'] }),
    );
    expect(p.ports).toEqual({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '41000' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '41053' }], '443/tcp': null });
    expect(p.endpoints[0]).toMatchObject({ ipv4: '10.201.0.2/24', gateway: '10.201.0.1', dnsNames: [] });
    expect(sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S', 'BERTH')).toContain('--dport 41000 -j DNAT --to-destination 10.201.0.2:80');
    const resolv = fs.readFileSync(spec(cid(4), 'pub', []).resolvConfPath, 'utf8');
    expect(resolv).toBe('search example.test\n'); // default bridge: the host's servers minus loopback ones
    expect(fs.readFileSync(spec(cid(4), 'pub', []).hostsPath, 'utf8')).toContain('10.201.0.1\tgw\n');

    const netnsBefore = fs.readdirSync(path.join(dir, 'exec', 'netns')).length;
    const linksBefore = hostLinks().length;
    await ctl.sandboxes.create(spec(cid(5), 'clash', [{ network: 'bridge' }], { portBindings: { '8080/tcp': [{ HostPort: '41000' }] } })).then(
      () => {
        throw new Error('created');
      },
      (e) => {
        expect(isConflict(e)).toBe(true);
        expect((e as Error).message).toMatch(/^driver failed programming external connectivity on endpoint clash \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:41000 failed: port is already allocated$/);
      },
    );
    expect(fs.readdirSync(path.join(dir, 'exec', 'netns')).length).toBe(netnsBefore);
    expect(hostLinks().length).toBe(linksBefore);
    expect(ctl.sandboxes.get(cid(5))).toBeUndefined();
    expect(ctl.endpoints('bridge').map((e) => e.containerName)).toEqual(['pub']);
  });

  test('a restarted controller keeps live sandboxes working and cleans up the others', async () => {
    await ctl.close();
    ctl = await createNetworkController(opts);
    expect(ctl.networks().map((n) => n.name).sort()).toEqual(['bridge', 'host', 'none', 'other', 'web']);
    expect(ctl.sandboxes.get(cid(1))!.endpoints[0]!.ipv4).toBe('10.202.0.2/24');
    const gone = ctl.sandboxes.get(cid(2))!;
    await ctl.sandboxes.reconcile(new Set([cid(1), cid(3), cid(4)]));
    expect(ctl.sandboxes.get(cid(2))).toBeUndefined();
    expect(fs.existsSync(gone.netnsPath)).toBe(false);
    expect(hostLinks().some((l) => l.ifname === `bv${gone.endpoints[0]!.id.slice(0, 12)}`)).toBe(false);
    const a = ctl.sandboxes.get(cid(1))!;
    expect(ping(a.netnsPath, '10.202.0.1')).toBe(true);
    // The address beta had is free again; alpha's is not handed out twice.
    const d = await ctl.sandboxes.create(spec(cid(6), 'delta', [{ network: 'web' }]));
    expect(d.endpoints[0]!.ipv4).not.toBe('10.202.0.2/24');
    expect(ping(d.netnsPath, '10.202.0.2')).toBe(true);
    expect((await nslookup(d.netnsPath, 'alpha')).stdout).toContain('10.202.0.2');
    // The published port is still held.
    await expect(ctl.sandboxes.create(spec(cid(7), 'clash2', [{ network: 'bridge' }], { portBindings: { '80/tcp': [{ HostPort: '41000' }] } }))).rejects.toThrow('port is already allocated');
  });

  test('IPv6 and internal networks: v6 addresses and gateway, no default route on an internal network', async () => {
    const six = await ctl.createNetwork({ Name: 'six', EnableIPv6: true, IPAM: { Config: [{ Subnet: '10.204.0.0/24' }, { Subnet: 'fd00:b:1::/64', Gateway: 'fd00:b:1::1' }] } });
    expect(six.ipam.config).toEqual([
      { Subnet: '10.204.0.0/24', Gateway: '10.204.0.1' },
      { Subnet: 'fd00:b:1::/64', Gateway: 'fd00:b:1::1' },
    ]);
    const inner = await ctl.createNetwork({ Name: 'inner', Internal: true, IPAM: { Config: [{ Subnet: '10.205.0.0/24' }] } });
    expect(inner.internal).toBe(true);
    const s = await ctl.sandboxes.create(spec(cid(20), 'sixer', [{ network: 'inner' }, { network: 'six' }]));
    expect(s.endpoints.map((e) => [e.ifName, e.ipv4, e.ipv6, e.gateway, e.gatewayV6])).toEqual([
      ['eth0', '10.205.0.2/24', undefined, '10.205.0.1', undefined],
      ['eth1', '10.204.0.2/24', 'fd00:b:1::2/64', '10.204.0.1', 'fd00:b:1::1'],
    ]);
    // The internal network gives no default route: it goes through the next endpoint with a gateway.
    const routes = sh('nsenter', `--net=${s.netnsPath}`, 'ip', 'route', 'show', 'default');
    expect(routes.trim()).toBe('default via 10.204.0.1 dev eth1');
    expect(sh('nsenter', `--net=${s.netnsPath}`, 'ip', '-6', 'route', 'show', 'default')).toContain('default via fd00:b:1::1 dev eth1');
    const addrs = nsLinks(s.netnsPath).find((l) => l.ifname === 'eth1')!.addr_info.map((a) => `${a.local}/${a.prefixlen}`);
    expect(addrs).toEqual(expect.arrayContaining(['10.204.0.2/24', 'fd00:b:1::2/64']));
    // The default route's endpoint leaves: the next one that can carry it takes it.
    await ctl.sandboxes.connect(cid(20), { network: 'web' });
    await ctl.sandboxes.disconnect(cid(20), 'six');
    expect(sh('nsenter', `--net=${s.netnsPath}`, 'ip', 'route', 'show', 'default').trim()).toBe('default via 10.202.0.1 dev eth2');
    // --ip needs a subnet the user gave.
    const dyn = await ctl.createNetwork({ Name: 'dyn' });
    expect(dyn.ipam.config[0]!.Subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    await expect(ctl.sandboxes.connect(cid(20), { network: 'dyn', ipv4Address: dyn.ipam.config[0]!.Subnet.replace(/0\/\d+$/, '9') })).rejects.toThrow(
      'user specified IP address is supported only when connecting to networks with user configured subnets',
    );
    await ctl.sandboxes.destroy(cid(20));
    await ctl.removeNetwork('dyn');
    await ctl.removeNetwork('six');
    await ctl.removeNetwork('inner');
  });

  test('a crash between writes leaves records a restart cleans up by', async () => {
    const s = await ctl.sandboxes.create(spec(cid(21), 'crashy', [{ network: 'web', ipv4Address: '10.202.0.99' }]));
    // As if berthd died after the endpoint's record and links were made but before the sandbox
    // record listed the endpoint: the sandbox record knows no endpoint.
    const file = path.join(dir, 'data', 'network', 'sandboxes', `${cid(21)}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), endpointIds: [] }));
    // And a namespace nobody has a record of.
    const stray = path.join(dir, 'exec', 'netns', cid(22));
    (await import('@berth/sys')).createNetns(stray);
    await ctl.close();
    ctl = await createNetworkController(opts);
    const running = new Set([cid(1), cid(3), cid(4), cid(6)]);
    await ctl.sandboxes.reconcile(running);
    expect(ctl.sandboxes.get(cid(21))).toBeUndefined();
    expect(fs.existsSync(s.netnsPath)).toBe(false);
    expect(fs.existsSync(stray)).toBe(false);
    expect(hostLinks().some((l) => l.ifname === `bv${s.endpoints[0]!.id.slice(0, 12)}`)).toBe(false);
    expect(ctl.endpoints('web').map((e) => e.containerName).sort()).toEqual(['alpha', 'delta']);
    // Its address is free again.
    const again = await ctl.sandboxes.create(spec(cid(21), 'crashy', [{ network: 'web', ipv4Address: '10.202.0.99' }]));
    expect(again.endpoints[0]!.ipv4).toBe('10.202.0.99/24');
    await ctl.sandboxes.destroy(cid(21));
  });

  test('timing: sandbox.create on the default bridge, and on a user network with DNS and a port', async () => {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const run = async (n: number, make: (i: number) => SandboxSpec) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = make(i);
        const t0 = performance.now();
        await ctl.sandboxes.create(s);
        times.push(performance.now() - t0);
        await ctl.sandboxes.destroy(s.containerId);
      }
      return median(times);
    };
    const plain = await run(15, (i) => spec(cid(100 + i), `plain${i}`, [{ network: 'bridge' }]));
    const full = await run(15, (i) => spec(cid(150 + i), `full${i}`, [{ network: 'web' }], { portBindings: { '80/tcp': [{ HostPort: '' }] } }));
    // A burst: 8 containers with a published port each, created at once (docker run -d -p in a loop).
    const rulesBefore = sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S', 'BERTH');
    const t0 = performance.now();
    const burst = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((i) => ctl.sandboxes.create(spec(cid(200 + i), `burst${i}`, [{ network: 'bridge' }], { portBindings: { '80/tcp': [{ HostPort: '' }] } }))));
    const burstMs = performance.now() - t0;
    expect(new Set(burst.map((b) => b.ports['80/tcp']![0]!.HostPort)).size).toBe(8);
    const rules = sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S', 'BERTH');
    for (const b of burst) expect(rules).toContain(`--dport ${b.ports['80/tcp']![0]!.HostPort} -j DNAT --to-destination ${b.endpoints[0]!.ipv4!.split('/')[0]}:80`);
    await Promise.all(burst.map((b) => ctl.sandboxes.destroy(b.containerId)));
    expect(sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S', 'BERTH')).toBe(rulesBefore);
    console.log(`sandbox.create median: bridge only ${plain.toFixed(1)} ms; user network + DNS + 1 port ${full.toFixed(1)} ms; burst of 8 with a port each ${burstMs.toFixed(0)} ms`);
    expect(plain).toBeLessThan(500);
    expect(full).toBeLessThan(1000);
  });

  test('destroy leaves no link, namespace or record; networks can then go', async () => {
    for (const id of [cid(1), cid(3), cid(4), cid(6)]) await ctl.sandboxes.destroy(id);
    await ctl.sandboxes.destroy(cid(1)); // idempotent
    expect(fs.readdirSync(path.join(dir, 'exec', 'netns'))).toEqual([]);
    expect(hostLinks().filter((l) => l.ifname.startsWith('bv'))).toEqual([]);
    for (const kind of ['endpoints', 'sandboxes']) expect(fs.readdirSync(path.join(dir, 'data', 'network', kind))).toEqual([]);
    await ctl.removeNetwork('web');
    await ctl.removeNetwork('other');
    expect(hostLinks().map((l) => l.ifname).sort()).toEqual(['berth0', 'lo']);
    expect(sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S', 'BERTH')).not.toContain('DNAT');
  });

  test('a fresh data root without --bip adopts the existing default bridge and its address', async () => {
    await ctl.close();
    const fresh = await createNetworkController({ ...opts, dataRoot: path.join(dir, 'data2', 'network'), defaultBridge: { name: 'berth0' } });
    try {
      expect(fresh.network('bridge').ipam.config).toEqual([{ Subnet: '10.201.0.0/24', Gateway: '10.201.0.1' }]);
      const addrs = JSON.parse(sh('ip', '-n', HOST, '-j', '-4', 'addr', 'show', 'berth0'))[0].addr_info.map((a: { local: string }) => a.local);
      expect(addrs).toEqual(['10.201.0.1']);
    } finally {
      await fresh.close();
    }
  });
});
