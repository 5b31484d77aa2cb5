import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument, isNotFound, isPermissionDenied } from '@berth/errdefs';
import { removeNetns } from '@berth/sys';
import { createNetworkController } from '../controller';
import { noFirewall } from '../firewall';
import { cidrIp } from '../ipam';
import type { NetworkController, NetworkControllerOptions, SandboxSpec } from '../types';
import { startTinyNetworkPlugin, tinyVethNames, type TinyNetworkPlugin } from './tiny-plugin';

// Everything in a private namespace standing in for the host: the macvlan parent is a veth pair
// made here, plugin links and VLAN sub-interfaces go there too; overlay namespaces under a tmp exec-root.
const tag = `${process.pid.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const HOST = `berth-t-${tag}`;
const HOST_PATH = `/run/netns/${HOST}`;
const PARENT = 'bvtpar0';
const maybe = process.getuid?.() === 0 ? describe : describe.skip;

let dir: string;
let ctl: NetworkController;
let opts: NetworkControllerOptions;
let plugin: TinyNetworkPlugin;

function sh(...argv: string[]): string {
  return execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
type IpLink = { ifname: string; link_type?: string; linkinfo?: { info_kind?: string; info_data?: { id?: number; port?: number } }; addr_info?: { local: string }[] };
const linksIn = (netnsPath: string): IpLink[] => JSON.parse(sh('nsenter', `--net=${netnsPath}`, 'ip', '-d', '-j', 'addr', 'show')) as IpLink[];
const hostLinkNames = () => linksIn(HOST_PATH).map((l) => l.ifname);
const ping = (netns: string, ip: string) => spawnSync('nsenter', [`--net=${netns}`, 'busybox', 'ping', '-c', '1', '-W', '1', ip], { stdio: 'ignore' }).status === 0;
const routes = (netns: string) => sh('nsenter', `--net=${netns}`, 'ip', 'route', 'show');
/** Whether this kernel makes 802.1q links (probed once in a throwaway namespace). */
let vlanProbe: boolean | undefined;
function vlanSupported(): boolean {
  if (vlanProbe === undefined) {
    const ns = `${HOST}-v`;
    sh('ip', 'netns', 'add', ns);
    try {
      sh('ip', '-n', ns, 'link', 'add', 'bvd', 'type', 'veth', 'peer', 'name', 'bve');
      vlanProbe = spawnSync('ip', ['-n', ns, 'link', 'add', 'link', 'bvd', 'name', 'bvd.5', 'type', 'vlan', 'id', '5'], { stdio: 'ignore' }).status === 0;
    } finally {
      spawnSync('ip', ['netns', 'del', ns]);
    }
  }
  return vlanProbe;
}
const cid = (n: number) => `${n.toString(16).padStart(2, '0')}${'d0d0ca7'.repeat(10)}`.slice(0, 64);
function spec(n: number, network: string, extra: Partial<SandboxSpec['endpoints'][number]> = {}): SandboxSpec {
  const id = cid(n);
  const cdir = path.join(dir, 'containers', id);
  return { containerId: id, containerName: `/c${n}`, hostname: `c${n}`, hostsPath: path.join(cdir, 'hosts'), resolvConfPath: path.join(cdir, 'resolv.conf'), endpoints: [{ network, ...extra }] };
}
async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

maybe('macvlan, overlay and plugin drivers (real links in a private "host" namespace)', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-drv-'));
    sh('ip', 'netns', 'add', HOST);
    sh('ip', '-n', HOST, 'link', 'set', 'lo', 'up');
    sh('ip', '-n', HOST, 'link', 'add', PARENT, 'type', 'veth', 'peer', 'name', 'bvtpar1');
    sh('ip', '-n', HOST, 'link', 'set', PARENT, 'up');
    sh('ip', '-n', HOST, 'link', 'set', 'bvtpar1', 'up');
    fs.mkdirSync(path.join(dir, 'plugins'));
    fs.writeFileSync(path.join(dir, 'resolv.conf'), 'nameserver 127.0.0.53\n');
    plugin = await startTinyNetworkPlugin(path.join(dir, 'plugins', 'tiny.sock'), { hostNetnsPath: HOST_PATH, failCreateNetwork: 'fail' });
    opts = {
      dataRoot: path.join(dir, 'data', 'network'),
      execRoot: path.join(dir, 'exec'),
      pluginDirs: [path.join(dir, 'plugins')],
      iptables: false,
      ipForward: false,
      icc: true,
      defaultBridge: 'none',
      dnsUpstreams: () => [],
      firewall: noFirewall,
      hostNetnsPath: HOST_PATH,
      hostResolvConf: path.join(dir, 'resolv.conf'),
    };
    ctl = await createNetworkController(opts);
  });

  afterAll(async () => {
    await ctl?.close().catch(() => undefined);
    await plugin?.close();
    const nsDir = path.join(dir, 'exec', 'netns');
    for (const f of fs.existsSync(nsDir) ? fs.readdirSync(nsDir) : []) removeNetns(path.join(nsDir, f));
    spawnSync('ip', ['netns', 'del', HOST]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('macvlan: two sandboxes on a veth parent ping each other; default route via the gateway; nothing left after', async () => {
    const net = await ctl.createNetwork({ Name: 'mv', Driver: 'macvlan', Options: { parent: PARENT }, IPAM: { Config: [{ Subnet: '10.210.0.0/24', Gateway: '10.210.0.254' }] } });
    expect(net).toMatchObject({ driver: 'macvlan', scope: 'local', options: { parent: PARENT }, ipam: { config: [{ Subnet: '10.210.0.0/24', Gateway: '10.210.0.254' }] } });
    const a = await ctl.sandboxes.create(spec(1, 'mv'));
    const b = await ctl.sandboxes.create(spec(2, 'mv'));
    expect(a.endpoints[0]).toMatchObject({ ifName: 'eth0', ipv4: '10.210.0.1/24', gateway: '10.210.0.254', macAddress: '02:42:0a:d2:00:01' });
    const eth0 = linksIn(a.netnsPath).find((l) => l.ifname === 'eth0');
    expect(eth0?.linkinfo?.info_kind).toBe('macvlan');
    expect(eth0?.addr_info?.map((x) => x.local)).toContain('10.210.0.1');
    expect(routes(a.netnsPath)).toContain('default via 10.210.0.254 dev eth0');
    expect(ping(a.netnsPath, '10.210.0.2')).toBe(true);
    expect(ping(b.netnsPath, '10.210.0.1')).toBe(true);
    // The same parent again with an overlapping subnet is refused by IPAM; nothing is left of the attempt.
    const overlap = await failure(ctl.createNetwork({ Name: 'mv2', Driver: 'macvlan', Options: { parent: PARENT }, IPAM: { Config: [{ Subnet: '10.210.0.0/25' }] } }));
    expect(overlap.message).toMatch(/overlap/i);
    expect(ctl.networks().map((n) => n.name)).not.toContain('mv2');
    await ctl.sandboxes.destroy(a.containerId);
    await ctl.sandboxes.destroy(b.containerId);
    await ctl.removeNetwork('mv');
    expect(hostLinkNames()).toContain(PARENT); // a given parent is never deleted
  });

  test('macvlan: a parent eth.VLAN is created as an 802.1q sub-interface and deleted with the network; no parent = dummy + internal', async () => {
    const create = ctl.createNetwork({ Name: 'mvlan', Driver: 'macvlan', Options: { parent: `${PARENT}.10` }, IPAM: { Config: [{ Subnet: '10.211.0.0/24' }] } });
    if (vlanSupported()) {
      await create;
      const vlan = linksIn(HOST_PATH).find((l) => l.ifname === `${PARENT}.10`);
      expect(vlan?.linkinfo).toMatchObject({ info_kind: 'vlan', info_data: { id: 10 } });
      const c = await ctl.sandboxes.create(spec(3, 'mvlan'));
      expect(linksIn(c.netnsPath).find((l) => l.ifname === 'eth0')?.linkinfo?.info_kind).toBe('macvlan');
      await ctl.sandboxes.destroy(c.containerId);
      await ctl.removeNetwork('mvlan');
    } else {
      // A kernel without 802.1q (no 8021q module here): dockerd's words, and nothing is left.
      expect((await failure(create)).message).toMatch(new RegExp(`^failed to create ${PARENT}\\.10 vlan link: .*not supported`));
      expect(ctl.networks().map((n) => n.name)).not.toContain('mvlan');
    }
    expect(hostLinkNames()).not.toContain(`${PARENT}.10`);

    const dm = await ctl.createNetwork({ Name: 'mvdummy', Driver: 'macvlan', IPAM: { Config: [{ Subnet: '10.212.0.0/24' }] } });
    const dummy = `bvdm${dm.id.slice(0, 11)}`;
    expect(['dummy', 'bridge']).toContain(linksIn(HOST_PATH).find((l) => l.ifname === dummy)?.linkinfo?.info_kind); // bridge where the kernel has no dummy driver
    const d = await ctl.sandboxes.create(spec(4, 'mvdummy'));
    expect(routes(d.netnsPath)).not.toContain('default'); // nothing behind a dummy parent
    await ctl.sandboxes.destroy(d.containerId);
    await ctl.removeNetwork('mvdummy');
    expect(hostLinkNames()).not.toContain(dummy);
  });

  test('macvlan errors: bad mode, missing parent, missing VLAN base — dockerd words, nothing created', async () => {
    const before = hostLinkNames();
    const cases: [Record<string, string>, string][] = [
      [{ parent: PARENT, macvlan_mode: 'bogus' }, "requested macvlan mode 'bogus' is not valid, 'bridge' mode is the macvlan driver default"],
      [{ parent: 'bvnope' }, 'invalid subinterface vlan name bvnope, example formatting is eth0.10'],
      [{ parent: 'bvnope.7' }, '-o parent interface was not found on the host: bvnope'],
    ];
    for (const [Options, message] of cases) {
      const err = await failure(ctl.createNetwork({ Name: 'bad', Driver: 'macvlan', Options, IPAM: { Config: [{ Subnet: '10.213.0.0/24' }] } }));
      expect(err.message).toBe(message);
    }
    expect(isInvalidArgument(await failure(ctl.createNetwork({ Name: 'bad', Driver: 'macvlan', Options: { macvlan_mode: 'x' } })))).toBe(true);
    expect(ctl.networks().map((n) => n.name)).not.toContain('bad');
    expect(hostLinkNames()).toEqual(before);
    // The subnet went back to IPAM each time.
    await ctl.createNetwork({ Name: 'again', Driver: 'macvlan', Options: { parent: PARENT }, IPAM: { Config: [{ Subnet: '10.213.0.0/24' }] } });
    await ctl.removeNetwork('again');
  });

  test('overlay: a netns per network with br0 + vxlan0 (VNI from 4097, kept in vxlanid_list); sandboxes ping each other; the netns goes with the network', async () => {
    const ov = await ctl.createNetwork({ Name: 'ov', Driver: 'overlay', Attachable: true, IPAM: { Config: [{ Subnet: '10.220.0.0/24' }] } });
    expect(ov).toMatchObject({ driver: 'overlay', attachable: true, options: { 'com.docker.network.driver.overlay.vxlanid_list': '4097' } });
    const ov2 = await ctl.createNetwork({ Name: 'ov2', Driver: 'overlay', Options: { 'com.docker.network.driver.overlay.vxlanid_list': '5000' } });
    expect(ov2.options['com.docker.network.driver.overlay.vxlanid_list']).toBe('5000');
    const nsPath = path.join(dir, 'exec', 'netns', `ov-${ov.id.slice(0, 9)}`);
    const inside = linksIn(nsPath);
    expect(inside.find((l) => l.ifname === 'vxlan0')?.linkinfo).toMatchObject({ info_kind: 'vxlan', info_data: { id: 4097, port: 4789 } });
    expect(inside.find((l) => l.ifname === 'br0')?.addr_info?.map((x) => x.local)).toContain('10.220.0.1');
    const a = await ctl.sandboxes.create(spec(5, 'ov'));
    const b = await ctl.sandboxes.create(spec(6, 'ov'));
    expect(a.endpoints[0]).toMatchObject({ ifName: 'eth0', ipv4: '10.220.0.2/24' });
    expect(ping(a.netnsPath, '10.220.0.3')).toBe(true);
    expect(ping(b.netnsPath, '10.220.0.2')).toBe(true);
    expect(routes(a.netnsPath)).not.toContain('default'); // no gateway bridge, no way out
    expect(linksIn(nsPath).filter((l) => l.ifname.startsWith('bv'))).toHaveLength(2);
    await ctl.sandboxes.destroy(a.containerId);
    expect(linksIn(nsPath).filter((l) => l.ifname.startsWith('bv'))).toHaveLength(1);
    await ctl.sandboxes.destroy(b.containerId);
    // The next network takes the lowest free VNI; a taken one is refused.
    const ov3 = await ctl.createNetwork({ Name: 'ov3', Driver: 'overlay' });
    expect(ov3.options['com.docker.network.driver.overlay.vxlanid_list']).toBe('4098');
    await expect(ctl.createNetwork({ Name: 'ov4', Driver: 'overlay', Options: { 'com.docker.network.driver.overlay.vxlanid_list': '5000' } })).rejects.toThrow('VXLAN ID 5000 is already used by network');
    // Not --attachable: no standalone container joins (swarm's refusal, as dockerd passes it on); nothing is left of the try.
    const closed = await failure(ctl.sandboxes.create(spec(9, 'ov3')));
    expect(isPermissionDenied(closed)).toBe(true);
    expect(closed.message).toBe('Could not attach to network ov3: rpc error: code = PermissionDenied desc = network ov3 not manually attachable');
    expect(ctl.sandboxes.get(cid(9))).toBeUndefined();
    expect(fs.readdirSync(path.join(dir, 'exec', 'netns')).filter((f) => !f.startsWith('ov-'))).toEqual([]);
    for (const n of ['ov', 'ov2', 'ov3']) await ctl.removeNetwork(n);
    expect(fs.readdirSync(path.join(dir, 'exec', 'netns')).filter((f) => f.startsWith('ov-'))).toEqual([]);
  });

  test('plugin driver + plugin IPAM: the plugin link moved into the sandbox as eth0, addresses from the plugin, its gateway and static routes', async () => {
    const net = await ctl.createNetwork({ Name: 'pn', Driver: 'tiny', IPAM: { Driver: 'tiny', Config: [{ Subnet: '10.77.5.0/24' }] }, Options: { color: 'blue' } });
    expect(net).toMatchObject({ driver: 'tiny', scope: 'local', ipam: { driver: 'tiny', config: [{ Subnet: '10.77.5.0/24', Gateway: '10.77.5.1' }] } });
    const a = await ctl.sandboxes.create(spec(7, 'pn'));
    const b = await ctl.sandboxes.create(spec(8, 'pn'));
    expect(a.endpoints[0]).toMatchObject({ ifName: 'eth0', ipv4: '10.77.5.2/24', gateway: '10.77.5.1' });
    expect(linksIn(a.netnsPath).find((l) => l.ifname === 'eth0')?.addr_info?.map((x) => x.local)).toContain('10.77.5.2');
    expect(routes(a.netnsPath)).toContain('default via 10.77.5.1 dev eth0');
    expect(routes(a.netnsPath)).toContain('10.99.0.0/24 dev eth0');
    expect(ping(a.netnsPath, '10.77.5.3')).toBe(true);
    expect(ping(b.netnsPath, '10.77.5.1')).toBe(true);
    const { host, peer } = tinyVethNames(a.endpoints[0]!.id);
    expect(hostLinkNames()).toEqual(expect.arrayContaining([host]));
    expect(hostLinkNames()).not.toContain(peer);
    await ctl.sandboxes.destroy(a.containerId);
    await ctl.sandboxes.destroy(b.containerId);
    expect(hostLinkNames()).not.toContain(host);
    await ctl.removeNetwork('pn');
    const methods = plugin.calls.map((c) => c.split(' ')[0]);
    expect(methods.filter((m) => m === 'Plugin.Activate')).toHaveLength(1);
    for (const m of ['NetworkDriver.GetCapabilities', 'IpamDriver.GetDefaultAddressSpaces', 'IpamDriver.RequestPool', 'IpamDriver.RequestAddress', 'NetworkDriver.CreateNetwork', 'NetworkDriver.CreateEndpoint', 'NetworkDriver.Join', 'NetworkDriver.Leave', 'NetworkDriver.DeleteEndpoint', 'IpamDriver.ReleaseAddress', 'NetworkDriver.DeleteNetwork', 'IpamDriver.ReleasePool']) {
      expect(methods).toContain(m);
    }
    expect(hostLinkNames().filter((l) => l.startsWith('bvp'))).toEqual([]);
  });

  test('plugin errors: unknown driver and IPAM driver are dockerd\'s "plugin not found"; a plugin Err is "remote: …" and leaves nothing', async () => {
    const unknown = await failure(ctl.createNetwork({ Name: 'x', Driver: 'nope' }));
    expect(isNotFound(unknown)).toBe(true);
    expect(unknown.message).toBe('plugin "nope" not found');
    const unknownIpam = await failure(ctl.createNetwork({ Name: 'x', Driver: 'macvlan', IPAM: { Driver: 'nope2' } }));
    expect(unknownIpam.message).toBe('plugin "nope2" not found');
    const before = plugin.calls.length;
    const refused = await failure(ctl.createNetwork({ Name: 'x', Driver: 'tiny', IPAM: { Driver: 'tiny' }, Options: { fail: '1' } }));
    expect(refused.message).toBe('remote: tiny refuses option fail');
    expect(plugin.calls.slice(before).map((c) => c.split(' ')[0])).toEqual(expect.arrayContaining(['IpamDriver.RequestPool', 'NetworkDriver.CreateNetwork', 'IpamDriver.ReleasePool']));
    expect(ctl.networks().map((n) => n.name)).not.toContain('x');
  });

  test('restart: overlay namespace and VNI, macvlan dummy parent and plugin networks are adopted, not made again', async () => {
    await ctl.createNetwork({ Name: 'rov', Driver: 'overlay', Attachable: true, IPAM: { Config: [{ Subnet: '10.225.0.0/24' }] } });
    const mv = await ctl.createNetwork({ Name: 'rmv', Driver: 'macvlan', IPAM: { Config: [{ Subnet: '10.226.0.0/24' }] } });
    await ctl.createNetwork({ Name: 'rpn', Driver: 'tiny', IPAM: { Driver: 'tiny', Config: [{ Subnet: '10.77.9.0/24' }] } });
    const vni = ctl.network('rov').options['com.docker.network.driver.overlay.vxlanid_list'];
    const createCalls = () => plugin.calls.filter((c) => c.startsWith('NetworkDriver.CreateNetwork')).length;
    const made = createCalls();
    await ctl.close();
    ctl = await createNetworkController(opts);
    expect(createCalls()).toBe(made); // the plugin keeps its own networks across berthd restarts
    expect(ctl.network('rov').options['com.docker.network.driver.overlay.vxlanid_list']).toBe(vni);
    const next = await ctl.createNetwork({ Name: 'rov2', Driver: 'overlay' });
    expect(next.options['com.docker.network.driver.overlay.vxlanid_list']).not.toBe(vni);
    const a = await ctl.sandboxes.create(spec(10, 'rov'));
    const b = await ctl.sandboxes.create(spec(11, 'rov'));
    expect(ping(a.netnsPath, cidrIp(b.endpoints[0]!.ipv4!))).toBe(true);
    const p = await ctl.sandboxes.create(spec(12, 'rpn'));
    expect(p.endpoints[0]).toMatchObject({ ipv4: '10.77.9.2/24' });
    for (const s of [a, b, p]) await ctl.sandboxes.destroy(s.containerId);
    for (const n of ['rov', 'rov2', 'rmv', 'rpn']) await ctl.removeNetwork(n);
    // The dummy parent made before the restart is still known as berth's, so it goes with its network.
    expect(hostLinkNames()).not.toContain(`bvdm${mv.id.slice(0, 11)}`);
    expect(hostLinkNames().filter((l) => l.startsWith('bvp'))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'exec', 'netns'))).toEqual([]);
  });
});
