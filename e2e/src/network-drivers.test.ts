/**
 * The other network drivers through a real berthd and the real docker CLI: macvlan on a veth pair
 * this test makes (containers ping each other; bad options get dockerd's words and leave nothing),
 * overlay on one host (containers ping by name; the VXLAN device in its own netns), and a network +
 * IPAM plugin (the tiny test plugin on a unix socket in the daemon's plugin directory).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTinyNetworkPlugin, type TinyNetworkPlugin } from '@berth/network';
import { describeDocker, hostNetworking, TestDaemon } from './harness';

const rand = Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
const PARENT = `bvt${rand}`;
const PEER = `bvt${rand}p`;
const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });
const links = () => hostNetworking().filter((l) => l.startsWith('link '));

describeDocker('network drivers: macvlan, overlay, plugins', () => {
  let daemon: TestDaemon;
  let plugin: TinyNetworkPlugin | undefined;
  let before: string[];

  beforeAll(async () => {
    before = links();
    expect(ip('link', 'add', PARENT, 'type', 'veth', 'peer', 'name', PEER).status).toBe(0);
    ip('link', 'set', PARENT, 'up');
    ip('link', 'set', PEER, 'up');
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await plugin?.close();
    await daemon?.cleanup();
    ip('link', 'del', PARENT);
  });

  it('macvlan: containers on a parent of the test ping each other; the network takes no NAT; bad options refused with nothing left', async () => {
    const created = await daemon.docker(['network', 'create', '-d', 'macvlan', '--subnet', '10.231.0.0/24', '--gateway', '10.231.0.1', '-o', `parent=${PARENT}`, 'n8-mv']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const inspect = await daemon.docker(['network', 'inspect', '-f', '{{.Driver}} {{.Scope}} {{index .Options "parent"}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', 'n8-mv']);
    expect(inspect.stdout.trim()).toBe(`macvlan local ${PARENT} 10.231.0.0/24 10.231.0.1`);
    expect((await daemon.docker(['run', '-d', '--name', 'n8-mva', '--network', 'n8-mv', '--ip', '10.231.0.10', 'busybox', 'sleep', '300'])).code).toBe(0);
    const pinged = await daemon.docker(['run', '--rm', '--network', 'n8-mv', 'busybox', 'ping', '-c', '1', '-W', '2', '10.231.0.10']);
    expect(pinged).toMatchObject({ code: 0 });
    const cid = (await daemon.docker(['inspect', '-f', '{{.Id}}', 'n8-mva'])).stdout.trim();
    const eth0 = spawnSync('nsenter', [`--net=${join(daemon.execRoot, 'netns', cid)}`, 'ip', '-d', 'link', 'show', 'eth0'], { encoding: 'utf8' });
    expect(eth0.stdout).toMatch(new RegExp(`eth0@if\\d+: .*\\n.*\\n\\s+macvlan mode bridge`));
    const route = await daemon.docker(['exec', 'n8-mva', 'ip', 'route']);
    expect(route.stdout).toContain('default via 10.231.0.1 dev eth0');
    // No masquerade or port rules for a macvlan subnet: its traffic leaves through the parent as is.
    expect(spawnSync('iptables-save', ['-t', 'nat'], { encoding: 'utf8' }).stdout).not.toContain('10.231.0.');

    const badMode = await daemon.docker(['network', 'create', '-d', 'macvlan', '-o', `parent=${PARENT}`, '-o', 'macvlan_mode=bogus', 'n8-bad']);
    expect(badMode.code).toBe(1);
    expect(badMode.stderr).toBe("Error response from daemon: requested macvlan mode 'bogus' is not valid, 'bridge' mode is the macvlan driver default\n");
    const badParent = await daemon.docker(['network', 'create', '-d', 'macvlan', '-o', 'parent=bvnosuch0', 'n8-bad']);
    expect(badParent.code).toBe(1);
    expect(badParent.stderr).toBe('Error response from daemon: invalid subinterface vlan name bvnosuch0, example formatting is eth0.10\n');
    const overlap = await daemon.docker(['network', 'create', '-d', 'macvlan', '--subnet', '10.231.0.0/25', '-o', `parent=${PARENT}`, 'n8-bad']);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toMatch(/^Error response from daemon: .*overlap/i);
    expect((await daemon.docker(['network', 'ls', '-q', '--filter', 'name=n8-bad'])).stdout).toBe('');

    expect((await daemon.docker(['rm', '-f', 'n8-mva'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n8-mv'])).code).toBe(0);
    expect(ip('link', 'show', PARENT).status).toBe(0); // the given parent stays
  });

  it('overlay (one host): attachable network, containers ping each other by name, VXLAN with its VNI in the network netns', async () => {
    const created = await daemon.docker(['network', 'create', '-d', 'overlay', '--attachable', '--subnet', '10.232.0.0/24', 'n8-ov']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const id = created.stdout.trim();
    const vni = await daemon.docker(['network', 'inspect', '-f', '{{.Driver}} {{.Attachable}} {{index .Options "com.docker.network.driver.overlay.vxlanid_list"}}', 'n8-ov']);
    expect(vni.stdout.trim()).toBe('overlay true 4097');
    const vxlan = spawnSync('nsenter', [`--net=${join(daemon.execRoot, 'netns', `ov-${id.slice(0, 9)}`)}`, 'ip', '-d', 'link', 'show', 'vxlan0'], { encoding: 'utf8' });
    expect(vxlan.stdout).toMatch(/vxlan id 4097/);
    expect((await daemon.docker(['run', '-d', '--name', 'n8-ova', '--network', 'n8-ov', 'busybox', 'sleep', '300'])).code).toBe(0);
    const pinged = await daemon.docker(['run', '--rm', '--network', 'n8-ov', 'busybox', 'ping', '-c', '1', '-W', '2', 'n8-ova']);
    expect(pinged).toMatchObject({ code: 0 });
    expect(pinged.stdout).toContain('10.232.0.2');
    expect((await daemon.docker(['rm', '-f', 'n8-ova'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n8-ov'])).code).toBe(0);
  });

  it('a network + IPAM plugin (-d tiny --ipam-driver tiny): addresses from the plugin, its link moved into the container; unknown drivers are "plugin not found"', async () => {
    const dir = join(daemon.execRoot, 'plugins');
    mkdirSync(dir, { recursive: true });
    plugin = await startTinyNetworkPlugin(join(dir, 'tiny.sock'));
    const created = await daemon.docker(['network', 'create', '-d', 'tiny', '--ipam-driver', 'tiny', '--subnet', '10.233.0.0/24', 'n8-pn']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const inspect = await daemon.docker(['network', 'inspect', '-f', '{{.Driver}} {{.IPAM.Driver}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', 'n8-pn']);
    expect(inspect.stdout.trim()).toBe('tiny tiny 10.233.0.0/24 10.233.0.1');
    expect((await daemon.docker(['run', '-d', '--name', 'n8-pa', '--network', 'n8-pn', 'busybox', 'sleep', '300'])).code).toBe(0);
    const addr = await daemon.docker(['exec', 'n8-pa', 'ip', '-o', '-4', 'addr', 'show', 'eth0']);
    expect(addr.stdout).toContain('10.233.0.2/24');
    const pinged = await daemon.docker(['run', '--rm', '--network', 'n8-pn', 'busybox', 'ping', '-c', '1', '-W', '2', '10.233.0.2']);
    expect(pinged).toMatchObject({ code: 0 });
    expect((await daemon.docker(['rm', '-f', 'n8-pa'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n8-pn'])).code).toBe(0);
    expect(plugin.calls.map((c) => c.split(' ')[0])).toEqual(expect.arrayContaining(['Plugin.Activate', 'NetworkDriver.CreateNetwork', 'NetworkDriver.Join', 'NetworkDriver.Leave', 'NetworkDriver.DeleteEndpoint', 'NetworkDriver.DeleteNetwork', 'IpamDriver.RequestPool', 'IpamDriver.ReleasePool']));

    const unknown = await daemon.docker(['network', 'create', '-d', 'n8nosuch', 'n8-x']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error response from daemon: plugin "n8nosuch" not found\n' });
    const unknownIpam = await daemon.docker(['network', 'create', '--ipam-driver', 'n8nosuch', 'n8-x']);
    expect(unknownIpam).toMatchObject({ code: 1, stderr: 'Error response from daemon: plugin "n8nosuch" not found\n' });
    await plugin.close();
    plugin = undefined;
  });

  it('leaves nothing behind: no containers, networks, links or exec-root files of its own', async () => {
    const ls = await daemon.docker(['network', 'ls', '--format', '{{.Name}}']);
    expect(ls.stdout.split('\n').filter(Boolean).sort()).toEqual(['bridge', 'host', 'none']);
    // While the daemon runs, the default bridge stays; no macvlan/overlay/plugin link does.
    expect(links().filter((l) => !before.includes(l) && l !== `link ${PARENT}` && l !== `link ${PEER}` && l !== 'link berth0')).toEqual([]);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]); // no ov-* netns files under the exec root either
  });
});
