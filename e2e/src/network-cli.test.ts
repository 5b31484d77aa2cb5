/**
 * The berth CLI's network commands, `port` and the run network flags against a real berthd, each
 * compared with what the real docker CLI 28 prints for the same daemon: output, errors (the
 * daemon's words reach both the same way) and exit codes; refused requests leave nothing behind.
 */
import { describeDocker, TestDaemon } from './harness';

type Result = { code: number; stdout: string; stderr: string };

describeDocker('berth network CLI against docker CLI', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    if (!daemon) return;
    await daemon.berth(['rm', '-f', 'n7-web', 'n7-plain']);
    await daemon.berth(['network', 'rm', 'n7-a', 'n7-b']);
    // Stopped first: a removed container's shim exits on its own time.
    await daemon.stop();
    const left = daemon.leftovers();
    await daemon.cleanup();
    expect(left).toEqual([]);
  });

  /** berth's answer, with its own name where docker says `docker`. */
  const berth = async (args: string[]): Promise<Result> => {
    const r = await daemon.berth(args);
    return { ...r, stdout: r.stdout.replace(/\bberth\b/g, 'docker'), stderr: r.stderr.replace(/\bberth\b/g, 'docker') };
  };

  /** Runs `args` through both CLIs and expects the same result; returns it. */
  const same = async (args: string[]): Promise<Result> => {
    const want = await daemon.docker(args);
    expect({ args, ...(await berth(args)) }).toEqual({ args, ...want });
    return want;
  };

  const networkNames = async () => (await daemon.berth(['network', 'ls', '--format', '{{.Name}}'])).stdout.split('\n').filter(Boolean).sort();

  it('network ls, create, inspect and rm print what docker prints', async () => {
    expect((await same(['network', 'ls'])).stdout).toMatch(/^NETWORK ID {5}NAME {6}DRIVER {4}SCOPE\n/);
    const created = await berth(['network', 'create', '--subnet', '10.77.0.0/24', '--gateway', '10.77.0.1', '--label', 'team=n7', 'n7-a']);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await daemon.docker(['network', 'create', 'n7-b'])).code).toBe(0);
    await same(['network', 'ls']);
    await same(['network', 'ls', '-q', '--no-trunc', '--filter', 'label=team=n7']);
    await same(['network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.IPv4}} {{.IPv6}}']);
    await same(['network', 'inspect', 'n7-a']);
    await same(['network', 'inspect', '-f', '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', 'n7-a', 'n7-b']);
    // `inspect` finds networks after containers and images.
    await same(['inspect', '-f', '{{.Name}} {{.Driver}}', 'n7-a', 'bridge']);
    await same(['inspect', '--type', 'network', 'n7-nope']);
    await same(['inspect', '-f', '{{.Name}}', 'n7-nope']);
  });

  it('refusals carry the daemon\'s words and docker\'s exit codes, and create nothing', async () => {
    const before = await networkNames();
    await same(['network', 'create', 'n7-a']);
    await same(['network', 'create', '--subnet', 'bad', 'n7-bad']);
    await same(['network', 'create', '--subnet', '10.78.0.0/24', '--gateway', '10.79.0.1', 'n7-bad']);
    await same(['network', 'create', '-d', 'nosuchdriver', 'n7-bad']);
    await same(['network', 'create', 'host']);
    await same(['network', 'inspect', 'n7-nope']);
    await same(['network', 'inspect', 'n7-a', 'n7-nope']);
    await same(['network', 'rm', 'n7-nope', 'bridge', 'host', 'none']);
    await same(['network', 'rm', '-f', 'n7-nope']);
    await same(['network', 'connect', 'n7-nope', 'n7-nope']);
    await same(['network', 'connect', 'n7-a', 'n7-nope']);
    await same(['network', 'disconnect', 'n7-a', 'n7-nope']);
    await same(['network', 'create']);
    await same(['network', 'connect', 'n7-a']);
    expect(await networkNames()).toEqual(before);
  });

  it('run -p/--network and port, ps PORTS and refused run flags', async () => {
    const run = await berth(['run', '-d', '--name', 'n7-web', '--network', 'n7-a', '--network-alias', 'web', '-p', '127.0.0.1::80', '-p', '127.0.0.1::53/udp', '--expose', '90', 'busybox', 'sleep', '60']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const port = await same(['port', 'n7-web']);
    expect(port.stdout).toMatch(/^53\/udp -> 127\.0\.0\.1:\d+\n80\/tcp -> 127\.0\.0\.1:\d+\n$/);
    await same(['port', 'n7-web', '80']);
    await same(['port', 'n7-web', '80/tcp']);
    await same(['port', 'n7-web', '90']);
    await same(['port', 'n7-web', 'abc']);
    await same(['port', 'n7-nope']);
    const ps = await same(['ps', '--filter', 'name=n7-web', '--format', '{{.Ports}}']);
    expect(ps.stdout).toMatch(/^127\.0\.0\.1:\d+->80\/tcp, 90\/tcp, 127\.0\.0\.1:\d+->53\/udp\n$|^90\/tcp, 127\.0\.0\.1:\d+->53\/udp, 127\.0\.0\.1:\d+->80\/tcp\n$/);
    await same(['inspect', '-f', '{{json .HostConfig.PortBindings}} {{.HostConfig.NetworkMode}}', 'n7-web']);
    // The network now lists its container's endpoint.
    await same(['network', 'inspect', 'n7-a']);
    await same(['ps', '--filter', 'network=n7-a', '--format', '{{.Names}} {{.Networks}}']);

    expect((await berth(['create', '--name', 'n7-plain', 'busybox'])).code).toBe(0);
    await same(['port', 'n7-plain']);
    const count = async () => (await daemon.berth(['ps', '-aq'])).stdout.split('\n').filter(Boolean).length;
    const containers = await count();
    await same(['create', '-p', '1-2:3-5', 'busybox']);
    await same(['create', '-p', '80/xyz', 'busybox']);
    await same(['create', '--network', 'name=n7-a,foo=bar', 'busybox']);
    await same(['create', '--network', 'host', '--network', 'n7-a', 'busybox']);
    await same(['create', '--network-alias', 'x', 'busybox']);
    await same(['create', '--mac-address', 'zz', 'busybox']);
    expect(await count()).toBe(containers);
  });

  it('network connect/disconnect and prune as docker', async () => {
    // A change is made once (by berth); asking again is refused alike by both CLIs.
    expect(await berth(['network', 'connect', '--alias', 'p', 'n7-b', 'n7-plain'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await same(['network', 'connect', 'n7-b', 'n7-plain'])).code).toBe(1);
    expect(await berth(['network', 'disconnect', 'n7-b', 'n7-plain'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await same(['network', 'disconnect', 'n7-b', 'n7-plain'])).code).toBe(1);
    // Everything in use (n7-a by n7-web) stays; the prompt is docker's.
    const unused = await berth(['network', 'create', 'n7-unused']);
    expect(unused.code).toBe(0);
    const pruned = await berth(['network', 'prune', '-f']);
    expect(pruned).toEqual({ code: 0, stdout: 'Deleted Networks:\nn7-b\nn7-unused\n\n', stderr: '' });
    expect(await networkNames()).toEqual(['bridge', 'host', 'n7-a', 'none']);
    await same(['network', 'prune', '-f']);
  });
});
