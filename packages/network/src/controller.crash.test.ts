import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { removeNetns } from '@berth/sys';
import { createIptablesFirewall } from './firewall';
import { createNetworkController } from './controller';

// kill -9 at random instants of a controller busy creating and destroying sandboxes (netns, veth,
// addresses, published ports, iptables rules), then a restart with no container running must
// leave nothing: the records are written before and deleted after what they describe.
const tag = `${process.pid.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const HOST = `berth-t-${tag}`;
const maybe = process.getuid?.() === 0 ? describe : describe.skip;

let dir: string;
let child: string;

function sh(...argv: string[]): string {
  return execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

maybe('network controller killed with SIGKILL at any instant', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-crash-'));
    sh('ip', 'netns', 'add', HOST);
    sh('ip', '-n', HOST, 'link', 'set', 'lo', 'up');
    child = path.join(dir, 'child.js');
    await build({ entryPoints: [path.join(__dirname, 'test-support', 'crash-child.ts')], bundle: true, platform: 'node', target: 'node20', outfile: child, logLevel: 'error' });
    const addon = ['../../sys/build/Release/berth_sys.node', '../../../bin/berth_sys.node'].map((p) => path.join(__dirname, p)).find((p) => fs.existsSync(p))!;
    fs.copyFileSync(addon, path.join(dir, 'berth_sys.node'));
  }, 60_000);

  afterAll(() => {
    const nsDir = path.join(dir, 'exec', 'netns');
    for (const f of fs.existsSync(nsDir) ? fs.readdirSync(nsDir) : []) removeNetns(path.join(nsDir, f));
    spawnSync('ip', ['netns', 'del', HOST]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('every round: kill -9 mid-work, restart, reconcile with nothing running → no netns, veth, record, address or rule left', async () => {
    const args = JSON.stringify({ dataRoot: path.join(dir, 'data', 'network'), execRoot: path.join(dir, 'exec'), hostNs: HOST, dir: path.join(dir, 'c') });
    const rounds = 8;
    let dirty = 0; // rounds killed with something to clean up (the test means nothing otherwise)
    for (let round = 0; round < rounds; round++) {
      const proc = spawn(process.execPath, [child, args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (d) => (err += d));
      await new Promise<void>((resolve, reject) => {
        proc.stdout.once('data', () => resolve());
        proc.once('exit', (code) => reject(new Error(`child exited ${code}: ${err}`)));
      });
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 180)));
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));

      const ctl = await createNetworkController({
        dataRoot: path.join(dir, 'data', 'network'),
        execRoot: path.join(dir, 'exec'),
        iptables: true,
        ipForward: true,
        icc: true,
        defaultBridge: { name: 'berth0', bip: '10.221.0.1/24' },
        dnsUpstreams: () => [],
        firewall: createIptablesFirewall({ wrap: ['ip', 'netns', 'exec', HOST] }),
        hostNetnsPath: `/run/netns/${HOST}`,
        portRange: [43000, 43100],
      });
      if (fs.readdirSync(path.join(dir, 'exec', 'netns')).length || fs.readdirSync(path.join(dir, 'data', 'network', 'endpoints')).length) dirty++;
      await ctl.sandboxes.reconcile(new Set());
      const links = (JSON.parse(sh('ip', '-n', HOST, '-j', 'link', 'show')) as { ifname: string }[]).map((l) => l.ifname);
      expect(links.filter((l) => l.startsWith('bv'))).toEqual([]);
      expect(fs.readdirSync(path.join(dir, 'exec', 'netns'))).toEqual([]);
      for (const kind of ['endpoints', 'sandboxes']) expect(fs.readdirSync(path.join(dir, 'data', 'network', kind)).filter((f) => f.endsWith('.json'))).toEqual([]);
      expect(sh('ip', 'netns', 'exec', HOST, 'iptables', '-t', 'nat', '-S')).not.toContain('DNAT');
      expect(ctl.networks().filter((n) => n.name === 'crashnet').length).toBeLessThanOrEqual(1);
      // Every address is free again: the whole /24 minus gateway can be had in order from .2.
      const s = await ctl.sandboxes.create({ containerId: 'ff'.repeat(32), containerName: '/probe', hostname: 'p', hostsPath: path.join(dir, 'p', 'hosts'), resolvConfPath: path.join(dir, 'p', 'resolv.conf'), endpoints: [{ network: 'bridge' }], portBindings: { '80/tcp': [{ HostPort: '43000' }] } });
      expect(s.endpoints[0]!.ipv4).toBe('10.221.0.2/24');
      expect(s.ports['80/tcp']).toEqual([{ HostIp: '0.0.0.0', HostPort: '43000' }]);
      await ctl.sandboxes.destroy(s.containerId);
      await ctl.close();
    }
    expect(dirty).toBeGreaterThanOrEqual(rounds / 2);
  }, 120_000);
});
