/**
 * What a side-by-side run of the docker CLI against moby and berthd showed berth doing differently
 * at create: `--entrypoint ""`, references to missing containers (`--volumes-from`, `--link`), bad
 * logging settings refused before the container exists, the container's environment first, an
 * exec's HOSTNAME, and real-time signal names for kill.
 */
import { describeDocker, suiteDaemon, TestDaemon } from './harness';

describeDocker('create: what dockerd checks and merges', () => {
  let daemon: TestDaemon;
  suiteDaemon((d) => (daemon = d));
  const containers = async () => (await daemon.docker(['ps', '-aq'])).stdout;

  it('--entrypoint "" drops the image entrypoint and runs the command as given; with no command there is none', async () => {
    expect(await daemon.docker(['run', '--rm', '--network', 'none', '--entrypoint', '', 'busybox', 'echo', 'hi'])).toMatchObject({ code: 0, stdout: 'hi\n' });
    expect(await daemon.docker(['run', '--rm', '--network', 'none', '--init', '--entrypoint', '', 'busybox', 'echo', 'hi'])).toMatchObject({ code: 0, stdout: 'hi\n' });
    expect(await daemon.docker(['create', '--network', 'none', '--entrypoint', '', 'busybox'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: no command specified\n' });
    expect(await containers()).toBe('');
  });

  it('a missing container named by --volumes-from or --link is a bad request (no image pull), and nothing is created', async () => {
    for (const [name, cli] of [['docker', daemon.docker.bind(daemon)], ['berth', daemon.berth.bind(daemon)]] as const) {
      expect(await cli(['run', '--network', 'none', '--volumes-from', 'nosuch', 'busybox', 'true'])).toEqual({ code: 125, stdout: '', stderr: `${name}: Error response from daemon: No such container: nosuch\n\nRun '${name} run --help' for more information\n` });
      expect(await cli(['create', '--network', 'none', '--link', 'nosuch:x', 'busybox', 'true'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: could not get container for nosuch: No such container: nosuch\n' });
    }
    expect(await containers()).toBe('');
  });

  it('an unknown log driver or log option is refused at create, leaving no container', async () => {
    expect(await daemon.docker(['create', '--log-driver', 'nosuch', 'busybox', 'true'])).toMatchObject({ code: 1, stderr: "Error response from daemon: logger: no log driver named 'nosuch' is registered\n" });
    expect(await daemon.docker(['create', '--log-opt', 'bogus=1', 'busybox', 'true'])).toMatchObject({ code: 1, stderr: "Error response from daemon: unknown log opt 'bogus' for json-file log driver\n" });
    expect(await daemon.docker(['run', '--network', 'none', '--log-opt', 'max-size=abc', 'busybox', 'true'])).toMatchObject({ code: 125 });
    expect(await containers()).toBe('');
  });

  it('puts the container\'s variables before the image\'s, as dockerd merges them', async () => {
    const run = await daemon.docker(['run', '--rm', '--network', 'none', '-e', 'B=2', '-e', 'A=1', 'busybox', 'true']);
    expect(run.code).toBe(0);
    const created = await daemon.docker(['create', '--network', 'none', '-e', 'B=2', '-e', 'A=1', 'busybox', 'true']);
    const env = await daemon.docker(['inspect', '-f', '{{json .Config.Env}}', created.stdout.trim()]);
    const vars = JSON.parse(env.stdout) as string[];
    expect([vars.slice(0, 2).sort(), vars.slice(2)]).toEqual([['A=1', 'B=2'], ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]);
    expect(await daemon.docker(['rm', created.stdout.trim()])).toMatchObject({ code: 0 });
  });

  it('an exec gets HOSTNAME and the container\'s variables, its own last', async () => {
    expect(await daemon.docker(['run', '-d', '--name', 'env-x', '--hostname', 'hx', '--network', 'none', '-e', 'A=1', 'busybox', 'sleep', '60'])).toMatchObject({ code: 0 });
    const env = await daemon.docker(['exec', '-e', 'B=2', 'env-x', 'env']);
    expect(env.stdout.split('\n').filter((line) => /^(PATH|HOSTNAME|A|B)=/.test(line))).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=hx', 'A=1', 'B=2']);
    expect(await daemon.docker(['rm', '-f', 'env-x'])).toMatchObject({ code: 0 });
  });

  it('kill -s takes real-time signal names (RTMIN+1 is 35)', async () => {
    const id = (await daemon.docker(['run', '-d', '--network', 'none', 'busybox', 'sh', '-c', 'trap "exit 35" 35; while :; do sleep 0.1; done'])).stdout.trim();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the trap is set
    expect(await daemon.docker(['kill', '-s', 'RTMIN+16', id])).toMatchObject({ code: 1, stderr: expect.stringContaining('Invalid signal: RTMIN+16') });
    expect(await daemon.docker(['kill', '-s', 'RTMIN+1', id])).toMatchObject({ code: 0, stdout: `${id}\n` });
    expect(await daemon.docker(['wait', id])).toMatchObject({ code: 0, stdout: '35\n' });
    expect(await daemon.docker(['rm', id])).toMatchObject({ code: 0 });
  });
});
