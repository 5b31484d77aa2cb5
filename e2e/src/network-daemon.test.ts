/**
 * Networking under the daemon's own settings and across its restarts: `--icc=false`, the embedded
 * DNS forwarding other names to the `--dns` resolver (one this test runs on loopback), live
 * restore keeping running containers reachable, and a `kill -9` during a burst of `run -d -p`
 * leaving nothing of removed containers after the next start.
 */
import { spawnSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { existsSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { decodeMessage, DnsType, encodeMessage, replyTo } from '@berth/network';
import { describeDocker, hostNetworking, TestDaemon } from './harness';

const httpd = (body: string) => ['busybox', 'sh', '-c', `mkdir -p /www && echo ${body} > /www/index.html && exec httpd -f -p 8080 -h /www`];
/** wget bounded to 3s, not as PID 1 (see network.test.ts). */
const fetchIn = (url: string) => ['busybox', 'sh', '-c', `timeout 3 wget -q -O- ${url} || exit 1`];

function httpGet(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path: '/', timeout: 2000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

async function httpEventually(port: number, ms = 10000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await httpGet(port);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A resolver on `address`:53 answering `outside.test` A 10.9.8.7 and NXDOMAIN otherwise; counts the questions. */
async function startResolver(address: string): Promise<{ socket: Socket; asked: string[] }> {
  const socket = createSocket('udp4');
  const asked: string[] = [];
  socket.on('message', (msg, rinfo) => {
    const query = decodeMessage(msg);
    const q = query.questions[0];
    asked.push(q?.name ?? '');
    const known = q?.name.toLowerCase() === 'outside.test';
    const reply = replyTo(query, known ? 0 : 3);
    if (known && q.type === DnsType.A) reply.answers.push({ name: q.name, type: DnsType.A, class: 1, ttl: 60, data: Buffer.alloc(0), value: '10.9.8.7' });
    socket.send(encodeMessage(reply), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(53, address, () => resolve());
  });
  return { socket, asked };
}

/** A loopback address nothing has bound port 53 on. */
function freeLoopback(): string {
  const used = spawnSync('sh', ['-c', 'cat /proc/net/udp /proc/net/tcp'], { encoding: 'utf8' }).stdout;
  for (;;) {
    const address = `127.77.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
    const hex = address.split('.').reverse().map((b) => Number(b).toString(16).padStart(2, '0')).join('').toUpperCase();
    if (!used.includes(`${hex}:0035`)) return address;
  }
}

describeDocker('networking under daemon settings and restarts', () => {
  let daemon: TestDaemon;
  let resolver: { socket: Socket; asked: string[] };
  let before: string[];

  beforeAll(async () => {
    before = hostNetworking();
    const address = freeLoopback();
    resolver = await startResolver(address);
    daemon = await TestDaemon.withBusybox(['--icc=false', '--dns', address, '--live-restore']);
  });

  afterAll(async () => {
    resolver?.socket.close();
    await daemon?.cleanup();
  });

  it('--icc=false: containers on the default bridge cannot reach each other; a user network is not affected', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'icc-web', ...httpd('icc')])).code).toBe(0);
    const ip = JSON.parse((await daemon.docker(['inspect', 'icc-web'])).stdout)[0].NetworkSettings.IPAddress;
    const blocked = await daemon.docker(['run', '--rm', ...fetchIn(`http://${ip}:8080/`)]);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout).toBe('');
    expect((await daemon.docker(['network', 'create', 'icc-user'])).code).toBe(0);
    expect((await daemon.docker(['network', 'connect', 'icc-user', 'icc-web'])).code).toBe(0);
    const open = await daemon.docker(['run', '--rm', '--network', 'icc-user', 'busybox', 'sh', '-c', 'for i in $(seq 30); do timeout 2 wget -q -O- http://icc-web:8080/ && exit 0; sleep 0.1; done; exit 1']);
    expect(open).toMatchObject({ code: 0, stdout: 'icc\n' });
  });

  it('the embedded DNS answers container names and forwards other names to the --dns resolver', async () => {
    const local = await daemon.docker(['run', '--rm', '--network', 'icc-user', 'busybox', 'nslookup', 'icc-web']);
    expect(local.code).toBe(0);
    const ip = JSON.parse((await daemon.docker(['inspect', 'icc-web'])).stdout)[0].NetworkSettings.Networks['icc-user'].IPAddress;
    expect(local.stdout).toContain(ip);
    expect(resolver.asked).not.toContain('icc-web');
    const forwarded = await daemon.docker(['run', '--rm', '--network', 'icc-user', 'busybox', 'nslookup', 'outside.test']);
    expect(forwarded.code).toBe(0);
    expect(forwarded.stdout).toContain('10.9.8.7');
    expect(resolver.asked).toContain('outside.test');
    const missing = await daemon.docker(['run', '--rm', '--network', 'icc-user', 'busybox', 'nslookup', 'nowhere.test']);
    expect(missing.code).not.toBe(0);
  });

  it('live restore: running containers keep their network across a daemon restart', async () => {
    const published = await daemon.docker(['run', '-d', '--name', 'lr-web', '--network', 'icc-user', '-p', '127.0.0.1::8080', ...httpd('restored')]);
    expect(published.code).toBe(0);
    const port = Number(/:(\d+)$/m.exec((await daemon.docker(['port', 'lr-web', '8080'])).stdout)![1]);
    expect(await httpEventually(port)).toBe('restored\n');
    expect(await daemon.stop()).toBe(0);
    // The container kept running, and so did its published port, with no berthd at all.
    expect(await httpGet(port)).toBe('restored\n');
    await daemon.restart();
    expect(await httpGet(port)).toBe('restored\n');
    const ins = JSON.parse((await daemon.docker(['inspect', 'lr-web'])).stdout)[0];
    expect(ins.State.Running).toBe(true);
    expect(ins.NetworkSettings.Ports['8080/tcp']).toEqual([{ HostIp: '127.0.0.1', HostPort: String(port) }]);
    // Names still resolve (the embedded DNS came back) and the network still carries traffic.
    const byName = await daemon.docker(['run', '--rm', '--network', 'icc-user', ...fetchIn('http://lr-web:8080/')]);
    expect(byName).toMatchObject({ code: 0, stdout: 'restored\n' });
    expect((await daemon.docker(['exec', 'lr-web', 'nslookup', 'icc-web'])).code).toBe(0);
    expect((await daemon.docker(['rm', '-f', 'lr-web', 'icc-web'])).code).toBe(0);
    await expect(httpGet(port)).rejects.toThrow();
  });

  it('kill -9 during a burst of run -d -p leaves nothing of removed containers after the next start', async () => {
    const runs = Array.from({ length: 8 }, (_, i) => daemon.docker(['run', '-d', '--name', `burst${i}`, '--network', 'icc-user', '-p', '8080', 'busybox', 'sleep', '300']));
    await new Promise((r) => setTimeout(r, 700));
    await daemon.kill9();
    await Promise.all(runs);
    await daemon.restart();
    const all = (await daemon.docker(['ps', '-aq', '--no-trunc'])).stdout.split('\n').filter(Boolean);
    if (all.length) expect((await daemon.docker(['rm', '-f', ...all])).code).toBe(0);
    expect((await daemon.docker(['network', 'rm', 'icc-user'])).code).toBe(0);
    const netnsDir = join(daemon.execRoot, 'netns');
    expect(existsSync(netnsDir) ? readdirSync(netnsDir) : []).toEqual([]);
    expect(hostNetworking().filter((e) => /^link (bv|berth-)/.test(e))).toEqual([]);
    expect(spawnSync('iptables', ['-t', 'nat', '-S', 'BERTH'], { encoding: 'utf8' }).stdout).not.toMatch(/DNAT/);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
    await daemon.cleanup();
    expect(hostNetworking()).toEqual(before);
  });
});

describeDocker('networking: the default bridge and pools from daemon flags', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.start(['--bip', '10.250.7.1/24', '--fixed-cidr', '10.250.7.128/25', '--default-address-pool', 'base=10.251.0.0/16,size=24']);
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it('--bip and --fixed-cidr shape the default bridge, --default-address-pool the new networks; create/destroy events', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const bridge = JSON.parse((await daemon.docker(['network', 'inspect', 'bridge'])).stdout)[0];
    expect(bridge.IPAM.Config).toEqual([expect.objectContaining({ Subnet: '10.250.7.0/24', Gateway: '10.250.7.1', IPRange: '10.250.7.128/25' })]);
    expect(spawnSync('ip', ['-o', '-4', 'addr', 'show', 'berth0'], { encoding: 'utf8' }).stdout).toContain('inet 10.250.7.1/24');
    expect((await daemon.docker(['network', 'create', 'pooled'])).code).toBe(0);
    const pooled = JSON.parse((await daemon.docker(['network', 'inspect', 'pooled'])).stdout)[0];
    expect(pooled.IPAM.Config[0].Subnet).toMatch(/^10\.251\.\d+\.0\/24$/);
    expect((await daemon.docker(['network', 'rm', 'pooled'])).code).toBe(0);
    const until = Math.floor(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'type=network', '--format', '{{.Action}} {{index .Actor.Attributes "name"}} {{index .Actor.Attributes "type"}}']);
    expect(events.stdout.split('\n').filter((l) => l.includes('pooled'))).toEqual(['create pooled bridge', 'destroy pooled bridge']);
  });
});

