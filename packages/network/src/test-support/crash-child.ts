/**
 * The victim of the kill -9 test (controller.crash.test.ts): a controller that creates and destroys
 * sandboxes with a published port as fast as it can until it is killed. Bundled by the test with
 * esbuild and run as a separate process; argv[2] is the JSON of its options.
 */
import { createIptablesFirewall } from '../firewall';
import { createNetworkController } from '../controller';

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as { dataRoot: string; execRoot: string; hostNs: string; dir: string };
  const ctl = await createNetworkController({
    dataRoot: args.dataRoot,
    execRoot: args.execRoot,
    iptables: true,
    ipForward: true,
    icc: true,
    defaultBridge: { name: 'berth0', bip: '10.221.0.1/24' },
    dnsUpstreams: () => [],
    firewall: createIptablesFirewall({ wrap: ['ip', 'netns', 'exec', args.hostNs] }),
    hostNetnsPath: `/run/netns/${args.hostNs}`,
    portRange: [43000, 43100],
  });
  let net = ctl.networks().find((n) => n.name === 'crashnet');
  net ??= await ctl.createNetwork({ Name: 'crashnet', IPAM: { Config: [{ Subnet: '10.222.0.0/24' }] } });
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const id = (i % 4).toString(16).padStart(2, '0') + 'ab'.repeat(31);
    const dir = `${args.dir}/c${i % 4}`;
    await ctl.sandboxes.destroy(id);
    await ctl.sandboxes.create({
      containerId: id,
      containerName: `/crash${i % 4}`,
      hostname: 'crash',
      hostsPath: `${dir}/hosts`,
      resolvConfPath: `${dir}/resolv.conf`,
      endpoints: [{ network: i % 2 ? 'crashnet' : 'bridge' }],
      portBindings: { '80/tcp': [{ HostPort: '' }] },
    });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
