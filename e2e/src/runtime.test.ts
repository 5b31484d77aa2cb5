/**
 * The runtime as users meet it: Docker's errors and exit codes for commands that cannot run and for
 * bad resource values (refused before anything exists), and live restore across a clean stop.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUSYBOX_TAR, DOCKER_CLI, dockerIt, TestDaemon } from './harness';

describe('runtime: bad input', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  /** Everything create may leave behind: container records and snapshots. */
  const created = () => {
    const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
    return { containers: list(join(daemon.dataRoot, 'containers')), snapshots: list(join(daemon.dataRoot, 'snapshots', 'overlay', 'snapshots')) };
  };

  dockerIt('a missing executable exits 127 with Docker\'s message; the container stays Created with ExitCode 127', async () => {
    const result = await daemon.docker(['run', '--name', 'nosuch', 'busybox', 'nosuch']);
    expect(result.code).toBe(127);
    expect(result.stderr).toContain('exec: "nosuch": executable file not found in $PATH: unknown');
    const state = await daemon.docker(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'nosuch']);
    expect(state.stdout.trim()).toBe('created 127');
    expect((await daemon.docker(['rm', 'nosuch'])).code).toBe(0);
  });

  it('berth run maps the same failures to 127 and 126', async () => {
    const missing = await daemon.berth(['run', '--rm', 'busybox', 'nosuch']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toContain('executable file not found in $PATH');
    const notExecutable = await daemon.berth(['run', '--rm', 'busybox', '/etc/passwd']);
    expect(notExecutable.code).toBe(126);
    expect(notExecutable.stderr).toContain('permission denied');
  });

  dockerIt('a file that is not executable exits 126 (permission denied)', async () => {
    const result = await daemon.docker(['run', '--rm', 'busybox', '/etc/passwd']);
    expect(result.code).toBe(126);
    expect(result.stderr).toContain('exec: "/etc/passwd": permission denied');
  });

  dockerIt('--rm removes a container whose start failed, and the wait reports no error', async () => {
    const before = created();
    const result = await daemon.docker(['run', '--rm', 'busybox', 'nosuch']);
    expect(result.code).toBe(127);
    expect(result.stderr).not.toContain('Error waiting for container');
    expect(created()).toEqual(before);
  });

  dockerIt('an unknown user is a clear error (125) and the container never runs', async () => {
    const result = await daemon.docker(['run', '--rm', '-u', 'nosuchuser', 'busybox', 'true']);
    expect(result.code).toBe(125);
    expect(result.stderr).toContain('unable to find user nosuchuser: no matching entries in passwd file');
  });

  dockerIt('invalid resource values are refused at create with 400, before anything is created', async () => {
    const before = created();
    const memory = await daemon.docker(['create', '-m', '1000', 'busybox', 'true']);
    expect(memory.code).toBe(1);
    expect(memory.stderr).toContain('Minimum memory limit allowed is 6MB');
    const shares = await daemon.docker(['create', '--cpu-shares=-5', 'busybox', 'true']);
    expect(shares.code).toBe(1);
    expect(shares.stderr).toMatch(/invalid CPU shares -5/);
    const run = await daemon.docker(['run', '--rm', '-m', '4m', 'busybox', 'true']);
    expect(run.code).toBe(125);
    expect(created()).toEqual(before);
    expect((await daemon.docker(['ps', '-aq'])).stdout.trim()).toBe('');
  });

  it('starts again right after an exit: a new start never races the last exit\'s cleanup', async () => {
    const created = await daemon.api('POST', '/containers/create?name=again', { Image: 'busybox', Cmd: ['sh', '-c', 'exit 7'] });
    expect(created.status).toBe(201);
    // Back-to-back starts land at every point of the previous run's exit handling.
    for (let i = 0; i < 15; i++) {
      const started = await daemon.api('POST', '/containers/again/start');
      expect([started.status, started.text]).toEqual([204, '']);
    }
    await daemon.api('POST', '/containers/again/wait');
    const state = JSON.parse((await daemon.api('GET', '/containers/again/json')).text).State;
    expect(state).toMatchObject({ Status: 'exited', ExitCode: 7, Error: '' });
    expect((await daemon.api('DELETE', '/containers/again')).status).toBe(204);
  });

  it('leaves nothing behind', async () => {
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});

describe('runtime: live restore', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.start(['--live-restore']);
    expect((await daemon.berth(['load', '-i', BUSYBOX_TAR])).code).toBe(0);
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  dockerIt('a clean stop with --live-restore leaves containers running; the next berthd serves them', async () => {
    const started = await daemon.docker(['run', '-d', '--name', 'kept', 'busybox', 'sh', '-c', 'echo before; trap "echo bye; exit 3" TERM; while true; do sleep 0.1; done']);
    expect(started.code).toBe(0);
    const pid = Number((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'kept'])).stdout.trim());
    expect(pid).toBeGreaterThan(0);
    // A client still attached loses its stream, and does not hold the daemon up.
    const attached = spawn(DOCKER_CLI, ['-H', daemon.host, 'attach', '--no-stdin', 'kept'], { env: { ...process.env, DOCKER_CONFIG: join(daemon.dir, 'docker-config') }, stdio: 'ignore' });
    const detached = new Promise<void>((resolve) => attached.once('close', () => resolve()));
    await new Promise((r) => setTimeout(r, 500));
    expect(await daemon.stop()).toBe(0);
    await detached;
    expect(() => process.kill(pid, 0)).not.toThrow();

    await daemon.restart();
    const ps = await daemon.docker(['ps', '--format', '{{.Names}} {{.Status}}']);
    expect(ps.stdout).toMatch(/^kept Up /m);
    expect((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'kept'])).stdout.trim()).toBe(String(pid));
    expect((await daemon.docker(['stop', 'kept'])).code).toBe(0);
    const waited = await daemon.docker(['wait', 'kept']);
    expect(waited.stdout.trim()).toBe('3');
    const logs = await daemon.docker(['logs', 'kept']);
    expect(logs.stdout).toBe('before\nbye\n');
    expect((await daemon.docker(['rm', 'kept'])).code).toBe(0);
  });

  it('a clean stop without containers leaves nothing', async () => {
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});
