/**
 * Container networking through a real berthd and the real docker CLI: user-defined bridges with
 * name resolution, published ports reached from this process, isolation between bridges,
 * internal networks, the default bridge (no names, `--link`), live connect/disconnect with its
 * events, and nothing of it left on the host afterwards.
 */
import { spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { describeDocker, hostNetworking, TestDaemon } from './harness';

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function httpGet(port: number, host = '127.0.0.1', timeoutMs = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = get({ host, port, path: '/', timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** The first answer within `ms` (httpd may not listen yet right after `run -d`). */
async function httpEventually(port: number, host = '127.0.0.1', ms = 10000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await httpGet(port, host);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** berth's DNAT rules (`iptables -t nat -S BERTH`). */
const natRules = () => spawnSync('iptables', ['-t', 'nat', '-S', 'BERTH'], { encoding: 'utf8' }).stdout ?? '';

/**
 * `wget -O- url` bounded to 3s (this busybox's `wget -T` crashes). Not as the container's PID 1: busybox `timeout` execs the command
 * and signals it from a child, and PID 1 ignores a SIGTERM it has no handler for.
 */
const fetchIn = (url: string) => ['busybox', 'sh', '-c', `timeout 3 wget -q -O- ${url} || exit 1`];

/** busybox httpd on :8080 serving `body`. */
const httpd = (body: string) => ['busybox', 'sh', '-c', `mkdir -p /www && echo ${body} > /www/index.html && exec httpd -f -p 8080 -h /www`];

describeDocker('networking', () => {
  let daemon: TestDaemon;
  let before: string[];

  beforeAll(async () => {
    before = hostNetworking();
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it('network create/ls/inspect/rm through the docker CLI, with dockerd errors', async () => {
    const created = await daemon.docker(['network', 'create', '--subnet', '10.201.7.0/24', '--label', 'tier=test', 'n6-one']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const id = created.stdout.trim();
    const ls = await daemon.docker(['network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.Scope}}']);
    expect(ls.stdout.split('\n').filter(Boolean).sort()).toEqual(['bridge bridge local', 'host host local', 'n6-one bridge local', 'none null local']);
    expect((await daemon.docker(['network', 'ls', '-q', '--filter', 'label=tier=test', '--no-trunc'])).stdout).toBe(`${id}\n`);
    const inspect = JSON.parse((await daemon.docker(['network', 'inspect', 'n6-one'])).stdout);
    expect(inspect).toEqual([expect.objectContaining({ Name: 'n6-one', Id: id, Driver: 'bridge', Scope: 'local', Internal: false, Labels: { 'tier': 'test' }, Containers: {}, IPAM: expect.objectContaining({ Driver: 'default', Config: [expect.objectContaining({ Subnet: '10.201.7.0/24' })] }) })]);
    expect(await daemon.docker(['network', 'create', 'n6-one'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: network with name n6-one already exists\n' });
    // A fixed address on a network with a user subnet.
    const fixed = await daemon.docker(['run', '--rm', '--network', 'n6-one', '--ip', '10.201.7.50', 'busybox', 'ip', '-o', '-4', 'addr', 'show', 'eth0']);
    expect(fixed).toMatchObject({ code: 0, stdout: expect.stringContaining('inet 10.201.7.50/24') });
    expect(await daemon.docker(['network', 'inspect', 'n6-nope'])).toMatchObject({ code: 1, stderr: expect.stringContaining('network n6-nope not found') });
    const rmBridge = await daemon.docker(['network', 'rm', 'bridge']);
    expect(rmBridge.code).toBe(1);
    expect(rmBridge.stderr).toMatch(/bridge is a pre-defined network and cannot be removed/);
    expect(await daemon.docker(['network', 'rm', 'n6-one'])).toEqual({ code: 0, stdout: 'n6-one\n', stderr: '' });
    expect((await daemon.docker(['network', 'ls', '-q', '-f', 'name=n6-one'])).stdout).toBe('');
    expect((await daemon.docker(['info', '--format', '{{json .Plugins.Network}}'])).stdout).toBe('["bridge","host","macvlan","null","overlay"]\n');
  });

  it('user networks without a subnet get /20s after the default bridge /16; --ipv6 alone gets a ULA /64', async () => {
    const subnets = async (name: string) => (await daemon.docker(['network', 'inspect', '-f', '{{range .IPAM.Config}}{{.Subnet}} {{end}}', name])).stdout.trim().split(' ');
    const bridge = await subnets('bridge');
    expect(bridge[0]).toMatch(/\/16$/);
    expect((await daemon.docker(['network', 'create', 'n6-auto1'])).code).toBe(0);
    expect((await daemon.docker(['network', 'create', '--ipv6', 'n6-auto6'])).code).toBe(0);
    const [auto1] = await subnets('n6-auto1');
    const [v4, v6] = await subnets('n6-auto6');
    expect(auto1).toMatch(/^172\.\d+\.\d+\.0\/20$/);
    expect(v4).toMatch(/^172\.\d+\.\d+\.0\/20$/);
    expect(v4).not.toBe(auto1);
    expect(v6).toMatch(/^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/64$/);
    // An address of one's own only on a network whose subnet the user gave (dockerd's rule).
    const own = await daemon.docker(['create', '--network', 'n6-auto1', '--ip', auto1.replace(/0\/20$/, '9'), 'busybox']);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('user specified IP address is supported only when connecting to networks with user configured subnets');
    const addr = await daemon.docker(['run', '--rm', '--network', 'n6-auto6', 'busybox', 'ip', '-6', 'addr', 'show', 'eth0']);
    expect(addr.stdout).toContain(`${v6.replace('::/64', '::2/64')} scope global`);
    expect((await daemon.docker(['network', 'rm', 'n6-auto1', 'n6-auto6'])).code).toBe(0);
  });

  it('containers on a user network reach each other by name and alias on the first try', async () => {
    expect((await daemon.docker(['network', 'create', 'n6-app'])).code).toBe(0);
    expect((await daemon.docker(['run', '-d', '--name', 'n6-web', '--network', 'n6-app', '--network-alias', 'site', ...httpd('from-web')])).code).toBe(0);
    // httpd is up once its port answers inside the network (bounded by timeout, not by the test).
    const byName = await daemon.docker(['run', '--rm', '--network', 'n6-app', 'busybox', 'sh', '-c', 'for i in $(seq 50); do timeout 2 wget -q -O- http://n6-web:8080/ && exit 0; sleep 0.1; done; exit 1']);
    expect(byName).toMatchObject({ code: 0, stdout: 'from-web\n' });
    const byAlias = await daemon.docker(['run', '--rm', '--network', 'n6-app', ...fetchIn('http://site:8080/')]);
    expect(byAlias).toMatchObject({ code: 0, stdout: 'from-web\n' });
    const resolv = await daemon.docker(['run', '--rm', '--network', 'n6-app', 'busybox', 'cat', '/etc/resolv.conf']);
    expect(resolv.stdout).toMatch(/^nameserver 127\.0\.0\.11$/m);
    const ins = JSON.parse((await daemon.docker(['inspect', 'n6-web'])).stdout)[0];
    const ep = ins.NetworkSettings.Networks['n6-app'];
    expect(ep).toMatchObject({ Aliases: ['site'], IPAddress: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/), Gateway: expect.stringMatching(/^\d+\./), MacAddress: expect.stringMatching(/^02:42:/), EndpointID: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(ep.DNSNames).toEqual(expect.arrayContaining(['n6-web', 'site', ins.Id.slice(0, 12)]));
    expect(ins.NetworkSettings.SandboxKey).toMatch(new RegExp(`^${daemon.execRoot}/netns/`));
    const net = JSON.parse((await daemon.docker(['network', 'inspect', 'n6-app'])).stdout)[0];
    expect(net.Containers[ins.Id]).toEqual({ Name: 'n6-web', EndpointID: ep.EndpointID, MacAddress: ep.MacAddress, IPv4Address: `${ep.IPAddress}/${ep.IPPrefixLen}`, IPv6Address: '' });
    // A rename moves the name the embedded DNS answers.
    expect((await daemon.docker(['rename', 'n6-web', 'n6-www'])).code).toBe(0);
    expect(await daemon.docker(['run', '--rm', '--network', 'n6-app', ...fetchIn('http://n6-www:8080/')])).toMatchObject({ code: 0, stdout: 'from-web\n' });
    expect((await daemon.docker(['run', '--rm', '--network', 'n6-app', 'busybox', 'nslookup', 'n6-web'])).code).not.toBe(0);
    expect((await daemon.docker(['rename', 'n6-www', 'n6-web'])).code).toBe(0);
    // A network in use is not removed.
    const busy = await daemon.docker(['network', 'rm', 'n6-app']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/has active endpoints/);
  });

  it('--hostname, --add-host (host-gateway), --dns/--dns-search/--dns-option, --mac-address; names are scoped to shared networks; per-network icc off', async () => {
    expect((await daemon.docker(['network', 'create', '--subnet', '10.204.1.0/24', 'n6-etc'])).code).toBe(0);
    expect((await daemon.docker(['network', 'create', '--subnet', '10.204.2.0/24', '-o', 'com.docker.network.bridge.enable_icc=false', 'n6-noicc'])).code).toBe(0);
    const files = await daemon.docker(['run', '--rm', '--network', 'n6-etc', '--hostname', 'box1', '--add-host', 'db.example:10.9.9.9', '--add-host', 'gw:host-gateway',
      '--dns', '127.0.0.1', '--dns-search', 'corp.example', '--dns-option', 'ndots:3', '--mac-address', '02:42:0a:cc:01:77', '--ip', '10.204.1.77',
      'busybox', 'sh', '-c', 'cat /etc/hosts; echo ---; cat /etc/resolv.conf; echo ---; hostname; cat /sys/class/net/eth0/address']);
    expect(files.code).toBe(0);
    const [hosts, resolv, rest] = files.stdout.split('---\n');
    expect(hosts).toMatch(/^10\.9\.9\.9\tdb\.example$/m);
    // host-gateway is the default bridge's gateway (dockerd's --host-gateway-ip default), whatever the network.
    const bridgeGateway = (await daemon.docker(['network', 'inspect', '-f', '{{range .IPAM.Config}}{{.Gateway}}{{end}}', 'bridge'])).stdout.trim();
    expect(hosts).toContain(`${bridgeGateway}\tgw\n`);
    expect(hosts).toMatch(/^10\.204\.1\.77\tbox1$/m);
    // A user network: the embedded DNS answers, and forwards to the container's --dns.
    expect(resolv).toMatch(/^nameserver 127\.0\.0\.11$/m);
    expect(resolv).toMatch(/^search corp\.example$/m);
    expect(resolv).toMatch(/^options ndots:3$/m);
    expect(resolv).toContain('ExtServers: [127.0.0.1]');
    expect(rest).toBe('box1\n02:42:0a:cc:01:77\n');

    // Names resolve only between containers that share a network.
    expect((await daemon.docker(['run', '-d', '--name', 'n6-named', '--network', 'n6-etc', 'busybox', 'sleep', '300'])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', '--network', 'n6-etc', 'busybox', 'nslookup', 'n6-named'])).stdout).toMatch(/Address: 10\.204\.1\.\d+/);
    const other = await daemon.docker(['run', '--rm', '--network', 'n6-noicc', 'busybox', 'nslookup', 'n6-named']);
    expect(other.code).not.toBe(0);
    expect(other.stdout).not.toMatch(/Address: 10\.204\.1\./);

    // enable_icc=false on one network: its containers cannot reach each other; the host still reaches them.
    expect((await daemon.docker(['run', '-d', '--name', 'n6-icc1', '--network', 'n6-noicc', '--ip', '10.204.2.10', ...httpd('icc')])).code).toBe(0);
    expect(await httpEventually(8080, '10.204.2.10')).toBe('icc\n');
    const blocked = await daemon.docker(['run', '--rm', '--network', 'n6-noicc', ...fetchIn('http://10.204.2.10:8080/')]);
    expect(blocked.code).not.toBe(0);
    expect((await daemon.docker(['rm', '-f', 'n6-named', 'n6-icc1'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n6-etc', 'n6-noicc'])).code).toBe(0);
  });

  it('a removed container\'s address is not handed out at once: the next holder answers its first packets', async () => {
    expect((await daemon.docker(['network', 'create', '--subnet', '10.203.9.0/24', 'n6-reuse'])).code).toBe(0);
    // As a client polling one published port after another would (a benchmark): the flows to the
    // last holder of an address must not catch the next container's first packets.
    for (const round of [1, 2, 3, 4, 5, 6]) {
      const port = await freePort();
      // Synchronously, as a benchmark's client does: the kept-alive connection's end goes unread meanwhile.
      const started = spawnSync('docker', ['-H', daemon.host, 'run', '-d', '--network', 'n6-reuse', '-p', `127.0.0.1:${port}:8080`, ...httpd(`round${round}`)], { encoding: 'utf8' });
      expect(started.status).toBe(0);
      const id = started.stdout.trim();
      expect((await daemon.docker(['inspect', '-f', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}', id])).stdout.trim()).toBe(`10.203.9.${round + 1}`);
      // Refused until httpd listens, then answered: no connection is left unanswered for 300 ms.
      const deadline = Date.now() + 5000;
      let body = '';
      while (!body) {
        try {
          body = await httpGet(port, '127.0.0.1', 300);
        } catch (err) {
          expect((err as Error).message).not.toBe('timeout');
          if (Date.now() > deadline) throw err;
          await new Promise((r) => setTimeout(r, 2));
        }
      }
      expect(body).toBe(`round${round}\n`);
      expect(spawnSync('docker', ['-H', daemon.host, 'rm', '-f', id]).status).toBe(0);
    }
    expect((await daemon.docker(['network', 'rm', 'n6-reuse'])).code).toBe(0);
  });

  it('publishes ports on 127.0.0.1 and on every address, -P, docker port and ps PORTS', async () => {
    const [p1, p2] = [await freePort(), await freePort()];
    expect((await daemon.docker(['run', '-d', '--name', 'n6-pub', '-p', `127.0.0.1:${p1}:8080`, '-p', `${p2}:8080`, ...httpd('published')])).code).toBe(0);
    expect(await httpEventually(p1)).toBe('published\n');
    expect(await httpEventually(p2)).toBe('published\n');
    const port = await daemon.docker(['port', 'n6-pub', '8080']);
    expect(port.stdout.split('\n')).toEqual(expect.arrayContaining([`127.0.0.1:${p1}`, `0.0.0.0:${p2}`]));
    const ps = await daemon.docker(['ps', '--filter', 'name=n6-pub', '--format', '{{.Ports}}']);
    expect(ps.stdout).toContain(`127.0.0.1:${p1}->8080/tcp`);
    expect(ps.stdout).toContain(`0.0.0.0:${p2}->8080/tcp`);
    expect((await daemon.docker(['ps', '--filter', `publish=${p1}`, '--format', '{{.Names}}'])).stdout).toBe('n6-pub\n');
    expect((await daemon.docker(['ps', '--filter', 'expose=8080/tcp', '--format', '{{.Names}}'])).stdout).toBe('n6-pub\n');
    expect((await daemon.docker(['ps', '--filter', 'network=n6-app', '--format', '{{.Names}}'])).stdout).toBe('n6-web\n');
    const nat = natRules();
    expect(nat).toMatch(new RegExp(`--dport ${p1} -j DNAT --to-destination \\d+\\.\\d+\\.\\d+\\.\\d+:8080`));
    // A port another container holds is refused, and the refused container is not left running.
    const taken = await daemon.docker(['run', '-d', '--name', 'n6-taken', '-p', `127.0.0.1:${p1}:8080`, ...httpd('second')]);
    expect(taken.code).toBe(125);
    expect(taken.stderr).toMatch(/port is already allocated|address already in use/);
    expect(JSON.parse((await daemon.docker(['inspect', 'n6-taken'])).stdout)[0].State.Running).toBe(false);
    expect((await daemon.docker(['rm', '-f', 'n6-taken'])).code).toBe(0);

    expect((await daemon.docker(['run', '-d', '--name', 'n6-all', '--expose', '8080', '-P', ...httpd('all')])).code).toBe(0);
    const all = (await daemon.docker(['port', 'n6-all'])).stdout;
    const m = /^8080\/tcp -> 0\.0\.0\.0:(\d+)$/m.exec(all);
    expect(m).not.toBeNull();
    expect(await httpEventually(Number(m![1]))).toBe('all\n');
    expect((await daemon.docker(['rm', '-f', 'n6-pub', 'n6-all'])).code).toBe(0);
    // Released with the container: nothing answers any more, and the rule is gone.
    await expect(httpGet(p1, '127.0.0.1', 1000)).rejects.toThrow();
    expect(natRules()).not.toContain(`--dport ${p1} `);
  });

  it('isolates bridges from each other, and internal networks from the outside', async () => {
    expect((await daemon.docker(['network', 'create', 'n6-other'])).code).toBe(0);
    const webIp = JSON.parse((await daemon.docker(['inspect', 'n6-web'])).stdout)[0].NetworkSettings.Networks['n6-app'].IPAddress;
    const across = await daemon.docker(['run', '--rm', '--network', 'n6-other', ...fetchIn(`http://${webIp}:8080/`)]);
    expect(across.code).not.toBe(0);
    expect(across.stdout).toBe('');
    // The same address from inside n6-app answers: the refusal above is isolation, not a dead server.
    expect((await daemon.docker(['run', '--rm', '--network', 'n6-app', ...fetchIn(`http://${webIp}:8080/`)])).stdout).toBe('from-web\n');

    expect((await daemon.docker(['network', 'create', '--internal', 'n6-internal'])).code).toBe(0);
    const routes = await daemon.docker(['run', '--rm', '--network', 'n6-internal', 'busybox', 'ip', 'route']);
    expect(routes.code).toBe(0);
    expect(routes.stdout).not.toMatch(/^default/m);
    const out = await daemon.docker(['run', '--rm', '--network', 'n6-internal', ...fetchIn(`http://${webIp}:8080/`)]);
    expect(out.code).not.toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n6-other', 'n6-internal'])).code).toBe(0);
  });

  it('the default bridge resolves no names; --link adds a hosts entry', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'n6-dflt', ...httpd('default')])).code).toBe(0);
    const ip = JSON.parse((await daemon.docker(['inspect', 'n6-dflt'])).stdout)[0].NetworkSettings.IPAddress;
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const noName = await daemon.docker(['run', '--rm', ...fetchIn('http://n6-dflt:8080/')]);
    expect(noName.code).not.toBe(0);
    const hosts = await daemon.docker(['run', '--rm', '--link', 'n6-dflt:linked', 'busybox', 'cat', '/etc/hosts']);
    expect(hosts.stdout).toMatch(new RegExp(`^${ip.replace(/\./g, '\\.')}\\s.*\\blinked\\b`, 'm'));
    const viaLink = await daemon.docker(['run', '--rm', '--link', 'n6-dflt:linked', 'busybox', 'sh', '-c', 'for i in $(seq 50); do timeout 2 wget -q -O- http://linked:8080/ && exit 0; sleep 0.1; done; exit 1']);
    expect(viaLink).toMatchObject({ code: 0, stdout: 'default\n' });
    expect((await daemon.docker(['rm', '-f', 'n6-dflt'])).code).toBe(0);
  });

  it('refuses bad network settings at create with dockerd errors, creating nothing', async () => {
    const count = async () => (await daemon.docker(['ps', '-aq'])).stdout.split('\n').filter(Boolean).length;
    const n = await count();
    // As dockerd: a missing network fails the start (a 404 at create would make the CLI pull), the container stays created.
    expect(await daemon.docker(['run', '--name', 'n6-lost', '--network', 'n6-missing', 'busybox', 'true'])).toMatchObject({ code: 125, stderr: expect.stringContaining('network n6-missing not found') });
    expect(JSON.parse((await daemon.docker(['inspect', 'n6-lost'])).stdout)[0].State).toMatchObject({ Status: 'created', Running: false });
    expect((await daemon.docker(['rm', 'n6-lost'])).code).toBe(0);
    // The docker CLI refuses these itself; the daemon too, for other clients.
    const create = (body: object) => daemon.api('POST', '/v1.51/containers/create', { Image: 'busybox', Cmd: ['true'], ...body });
    expect(await create({ NetworkingConfig: { EndpointsConfig: { bridge: { Aliases: ['x'] } } } })).toMatchObject({ status: 400, json: { message: 'network-scoped alias is supported only for containers in user defined networks' } });
    expect(await create({ NetworkingConfig: { EndpointsConfig: { bridge: { IPAMConfig: { IPv4Address: '172.17.0.99' } } } } })).toMatchObject({ status: 400, json: { message: 'user specified IP address is supported on user defined networks only' } });
    expect(await daemon.docker(['run', '--network', 'container:n6-web', '-h', 'x', 'busybox', 'true'])).toMatchObject({ code: 125, stderr: expect.stringContaining('conflicting options: hostname and the network mode') });
    expect(await count()).toBe(n);
  });

  it('host, none and container: modes', async () => {
    const host = await daemon.docker(['run', '--rm', '--network', 'host', 'busybox', 'cat', '/proc/net/dev']);
    expect(host.stdout).toMatch(/berth0:/);
    expect((await daemon.docker(['run', '--rm', '--network', 'host', 'busybox', 'hostname'])).stdout).toBe(`${hostname()}\n`);
    const none = await daemon.docker(['run', '--rm', '--network', 'none', 'busybox', 'cat', '/proc/net/dev']);
    expect(none.stdout).toMatch(/\blo:/);
    expect(none.stdout).not.toMatch(/eth0:/);
    const joined = await daemon.docker(['run', '--rm', '--network', 'container:n6-web', ...fetchIn('http://127.0.0.1:8080/')]);
    expect(joined).toMatchObject({ code: 0, stdout: 'from-web\n' });
    expect((await daemon.docker(['create', '--name', 'n6-stopped', 'busybox', 'true'])).code).toBe(0);
    const notRunning = await daemon.docker(['run', '--rm', '--network', 'container:n6-stopped', 'busybox', 'true']);
    expect(notRunning.code).not.toBe(0);
    expect(notRunning.stderr).toContain('cannot join network of a non running container: n6-stopped');
    expect((await daemon.docker(['rm', 'n6-stopped'])).code).toBe(0);
  });

  it('network connect adds eth1 to a running container live, disconnect removes it, with events in order', async () => {
    expect((await daemon.docker(['network', 'create', 'n6-live'])).code).toBe(0);
    expect((await daemon.docker(['run', '-d', '--name', 'n6-mover', 'busybox', 'sleep', '300'])).code).toBe(0);
    const since = Math.floor(Date.now() / 1000) - 1;
    expect(await daemon.docker(['network', 'connect', '--alias', 'mv', 'n6-live', 'n6-mover'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const eth1 = await daemon.docker(['exec', 'n6-mover', 'ip', '-o', '-4', 'addr', 'show', 'eth1']);
    expect(eth1).toMatchObject({ code: 0, stdout: expect.stringMatching(/inet \d+\.\d+\.\d+\.\d+\//) });
    const ins = JSON.parse((await daemon.docker(['inspect', 'n6-mover'])).stdout)[0];
    expect(Object.keys(ins.NetworkSettings.Networks).sort()).toEqual(['bridge', 'n6-live']);
    expect(ins.NetworkSettings.Networks['n6-live'].Aliases).toEqual(['mv']);
    // Reachable by its alias from the new network at once.
    expect((await daemon.docker(['run', '--rm', '--network', 'n6-live', 'busybox', 'ping', '-c', '1', '-W', '2', 'mv'])).code).toBe(0);
    const again = await daemon.docker(['network', 'connect', 'n6-live', 'n6-mover']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists in network n6-live');
    expect(await daemon.docker(['network', 'disconnect', 'n6-live', 'n6-mover'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await daemon.docker(['exec', 'n6-mover', 'ip', 'link', 'show', 'eth1'])).code).not.toBe(0);
    const until = Math.floor(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'type=network', '--filter', 'network=n6-live', '--format', '{{.Action}} {{index .Actor.Attributes "name"}} {{index .Actor.Attributes "container"}}']);
    expect(events.stdout.split('\n').filter(Boolean).filter((l) => l.endsWith(ins.Id))).toEqual([`connect n6-live ${ins.Id}`, `disconnect n6-live ${ins.Id}`]);
    // A stopped container only keeps the setting, joined at its next start.
    expect((await daemon.docker(['stop', '-t', '0', 'n6-mover'])).code).toBe(0);
    expect((await daemon.docker(['network', 'connect', 'n6-live', 'n6-mover'])).code).toBe(0);
    expect((await daemon.docker(['start', 'n6-mover'])).code).toBe(0);
    expect((await daemon.docker(['exec', 'n6-mover', 'ip', 'link', 'show', 'eth1'])).code).toBe(0);
    expect((await daemon.docker(['rm', '-f', 'n6-mover'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n6-live'])).code).toBe(0);
  });

  it('network prune removes unused custom networks only', async () => {
    expect((await daemon.docker(['network', 'create', 'n6-unused'])).code).toBe(0);
    const pruned = await daemon.docker(['network', 'prune', '-f']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain('n6-unused');
    expect(pruned.stdout).not.toContain('n6-app');
    expect((await daemon.docker(['network', 'ls', '--format', '{{.Name}}'])).stdout.split('\n').filter(Boolean).sort()).toEqual(['bridge', 'host', 'n6-app', 'none']);
  });

  it('leaves no netns, link or rule of removed containers and networks', async () => {
    expect((await daemon.docker(['rm', '-f', 'n6-web'])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'n6-app'])).code).toBe(0);
    // The default bridge and the chains stay while the daemon runs; no veth or user bridge does.
    expect(hostNetworking().filter((e) => /^link (bv|berth-)/.test(e))).toEqual([]);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
    await daemon.cleanup();
    expect(hostNetworking()).toEqual(before);
  });
});
