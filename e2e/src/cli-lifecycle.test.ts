/**
 * The container lifecycle commands of the berth CLI (create, start, stop, kill, restart, pause,
 * unpause, wait, container inspect) against a real berthd running busybox under runc, checked
 * against what the real docker CLI prints for the same daemon where they overlap.
 */
import { dockerIt, TestDaemon } from './harness';

describe('berth container lifecycle commands', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  const status = async (name: string) => (await daemon.berth(['inspect', '-f', '{{.State.Status}}', name])).stdout.trim();

  it('create → start → wait gives the exit code; start -a attaches', async () => {
    const created = await daemon.berth(['create', '--name', 'job', 'busybox', 'sh', '-c', 'echo ran; exit 5']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await status('job')).toBe('created');
    expect(await daemon.berth(['start', 'job'])).toEqual({ code: 0, stdout: 'job\n', stderr: '' });
    expect(await daemon.berth(['wait', 'job'])).toEqual({ code: 0, stdout: '5\n', stderr: '' });
    expect(await daemon.berth(['container', 'inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'job'])).toEqual({
      code: 0,
      stdout: 'exited 5\n',
      stderr: '',
    });
    const attached = await daemon.berth(['start', '-a', 'job']);
    expect(attached).toEqual({ code: 5, stdout: 'ran\n', stderr: '' });
    expect(await daemon.berth(['logs', 'job'])).toMatchObject({ stdout: 'ran\nran\n' });
    expect(await daemon.berth(['rm', 'job'])).toMatchObject({ code: 0 });
  });

  it('stop of a container whose pid 1 ignores SIGTERM kills it after -t', async () => {
    expect((await daemon.berth(['run', '-d', '--name', 'stubborn', 'busybox', 'sleep', '60'])).code).toBe(0);
    const began = Date.now();
    expect(await daemon.berth(['stop', '-t', '1', 'stubborn'])).toEqual({ code: 0, stdout: 'stubborn\n', stderr: '' });
    const took = Date.now() - began;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(10_000);
    const state = await daemon.berth(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'stubborn']);
    expect(state.stdout).toMatch(/^exited (137|143)\n$/);
    // Stopping a stopped container is not an error.
    expect(await daemon.berth(['container', 'stop', 'stubborn'])).toEqual({ code: 0, stdout: 'stubborn\n', stderr: '' });
  });

  it('kill -s delivers the named signal', async () => {
    expect((await daemon.berth(['run', '-d', '--name', 'trapper', 'busybox', 'sh', '-c', "trap 'exit 42' USR1; while true; do sleep 0.1; done"])).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await daemon.berth(['kill', '-s', 'USR1', 'trapper'])).toEqual({ code: 0, stdout: 'trapper\n', stderr: '' });
    expect(await daemon.berth(['wait', 'trapper'])).toEqual({ code: 0, stdout: '42\n', stderr: '' });
    const again = await daemon.berth(['kill', 'trapper']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Error response from daemon: .*is not running\n$/);
  });

  it('a kill sent while the start is under way waits for it, as under dockerd\'s container lock', async () => {
    const created = await daemon.api('POST', '/containers/create?name=raced', { Image: 'busybox', Cmd: ['sleep', '60'] });
    expect(created.status).toBe(201);
    // Both requests at once: the kill reaches the daemon before the task runs.
    const [started, killed] = await Promise.all([daemon.api('POST', '/containers/raced/start'), daemon.api('POST', '/containers/raced/kill')]);
    expect([started.status, killed.status, killed.text]).toEqual([204, 204, '']);
    expect((await daemon.api('POST', '/containers/raced/wait')).json).toEqual({ StatusCode: 137, Error: null });
    expect((await daemon.berth(['rm', 'raced'])).code).toBe(0);
  });

  it('pause and unpause show in ps; restart runs the container again', async () => {
    expect((await daemon.berth(['run', '-d', '--name', 'napper', 'busybox', 'sleep', '60'])).code).toBe(0);
    expect(await daemon.berth(['pause', 'napper'])).toEqual({ code: 0, stdout: 'napper\n', stderr: '' });
    expect(await status('napper')).toBe('paused');
    const ps = await daemon.berth(['ps']);
    expect(ps.stdout).toMatch(/ Up [^\n]* \(Paused\) +napper\n/);
    expect(await daemon.berth(['container', 'unpause', 'napper'])).toEqual({ code: 0, stdout: 'napper\n', stderr: '' });
    expect(await status('napper')).toBe('running');
    expect((await daemon.berth(['unpause', 'napper'])).code).toBe(1);

    const before = (await daemon.berth(['inspect', '-f', '{{.State.StartedAt}}', 'napper'])).stdout;
    expect(await daemon.berth(['restart', '-t', '1', 'napper'])).toEqual({ code: 0, stdout: 'napper\n', stderr: '' });
    expect(await status('napper')).toBe('running');
    expect((await daemon.berth(['inspect', '-f', '{{.State.StartedAt}}', 'napper'])).stdout).not.toBe(before);
    expect((await daemon.berth(['rm', '-f', 'napper', 'stubborn', 'trapper'])).code).toBe(0);
  });

  it('a missing container is reported per name, the others still handled, exit 1', async () => {
    expect((await daemon.berth(['create', '--name', 'present', 'busybox', 'true'])).code).toBe(0);
    const started = await daemon.berth(['start', 'present', 'absent']);
    expect(started).toEqual({
      code: 1,
      stdout: 'present\n',
      stderr: 'Error response from daemon: No such container: absent\nError: failed to start containers: absent\n',
    });
    for (const command of ['stop', 'kill', 'pause', 'unpause', 'wait', 'restart']) {
      const result = await daemon.berth([command, 'absent']);
      expect({ command, ...result }).toEqual({ command, code: 1, stdout: '', stderr: 'Error response from daemon: No such container: absent\n' });
    }
    const inspect = await daemon.berth(['container', 'inspect', 'absent']);
    expect(inspect).toEqual({ code: 1, stdout: '[]\n', stderr: 'Error response from daemon: No such container: absent\n' });
    expect((await daemon.berth(['rm', 'present'])).code).toBe(0);
  });

  dockerIt('prints what the docker CLI prints for the same commands', async () => {
    for (const args of [['stop', 'absent'], ['kill', 'absent'], ['pause', 'absent'], ['wait', 'absent'], ['start', 'absent']]) {
      const ours = await daemon.berth(args);
      const theirs = await daemon.docker(args);
      expect({ args, ...ours }).toEqual({ args, ...theirs });
    }
    expect((await daemon.docker(['create', '--name', 'both', 'busybox', 'sh', '-c', 'exit 7'])).code).toBe(0);
    expect(await daemon.berth(['start', 'both'])).toEqual(await daemon.docker(['start', 'both']));
    expect(await daemon.berth(['wait', 'both'])).toEqual(await daemon.docker(['wait', 'both']));
    expect((await daemon.berth(['rm', 'both'])).code).toBe(0);
  });

  dockerIt('docker restart runs the container again; docker stop -s sends the signal given', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'dr', 'busybox', 'sleep', '60'])).code).toBe(0);
    const startedAt = async () => (await daemon.docker(['inspect', '-f', '{{.State.StartedAt}}', 'dr'])).stdout.trim();
    const first = await startedAt();
    expect(await daemon.docker(['restart', '-t', '1', 'dr'])).toMatchObject({ code: 0, stdout: 'dr\n' });
    expect((await daemon.docker(['inspect', '-f', '{{.State.Running}}', 'dr'])).stdout.trim()).toBe('true');
    expect(await startedAt()).not.toBe(first);
    const begin = Date.now();
    expect(await daemon.docker(['stop', '-s', 'KILL', '-t', '30', 'dr'])).toMatchObject({ code: 0, stdout: 'dr\n' });
    expect(Date.now() - begin).toBeLessThan(5000);
    expect((await daemon.docker(['inspect', '-f', '{{.State.ExitCode}}', 'dr'])).stdout.trim()).toBe('137');
    expect((await daemon.docker(['rm', 'dr'])).code).toBe(0);
  });

  it('leaves nothing behind once the containers are removed', async () => {
    // Names a failed test above may have left running.
    await daemon.berth(['rm', '-f', 'job', 'stubborn', 'trapper', 'napper', 'present', 'both']);
    expect(await daemon.berth(['ps', '-a', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
