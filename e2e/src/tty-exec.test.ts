/**
 * Terminals and `docker exec` through berthd with the real docker CLI: `run -t` gets a pty, and
 * exec runs processes in a running container with their own env, cwd, user, stdin, terminal and
 * exit code. `script` (util-linux) gives the CLI the terminal it insists on for `-t`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CommandResult, DOCKER_CLI, dockerIt, hasDockerCli, run, TestDaemon } from './harness';

const hasScript = existsSync('/usr/bin/script');
const ttyIt = hasDockerCli && hasScript ? it : it.skip;

describe('docker run -t and docker exec', () => {
  let daemon: TestDaemon;

  /** The docker CLI on a pseudo-terminal: `script -qfec` runs it with the pty as its stdio. */
  function dockerOnTty(args: string[], input?: string): Promise<CommandResult> {
    const quoted = [DOCKER_CLI, '-H', daemon.host, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return run('/usr/bin/script', ['-qfec', quoted, '/dev/null'], { DOCKER_CONFIG: join(daemon.dir, 'docker-config') }, input);
  }

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  ttyIt('docker run -t gives the container a terminal', async () => {
    const result = await dockerOnTty(['run', '--rm', '-t', 'busybox', 'tty']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\/dev\/pts\/\d+$/);
    const inspectable = await daemon.docker(['run', '-d', '-t', '--name', 'ttyd', 'busybox', 'sh', '-c', 'tty; stty size']);
    expect(inspectable.code).toBe(0);
    expect((await daemon.docker(['wait', 'ttyd'])).stdout.trim()).toBe('0');
    expect((await daemon.docker(['inspect', '-f', '{{.Config.Tty}}', 'ttyd'])).stdout.trim()).toBe('true');
    expect((await daemon.docker(['logs', 'ttyd'])).stdout).toMatch(/^\/dev\/pts\/\d+\r?\n/);
    expect((await daemon.api('POST', '/containers/ttyd/resize?h=30&w=100')).status).toBe(409);
    expect((await daemon.docker(['rm', 'ttyd'])).code).toBe(0);
    expect((await daemon.api('POST', '/containers/ttyd/resize?h=30&w=100')).status).toBe(404);
  });

  dockerIt('POST /containers/{id}/resize sets the size of the container terminal', async () => {
    expect((await daemon.docker(['run', '-d', '-t', '--name', 'sized', 'busybox', 'sh', '-c', 'sleep 1; stty size'])).code).toBe(0);
    expect((await daemon.api('POST', '/containers/sized/resize?h=30&w=100')).status).toBe(200);
    expect((await daemon.api('POST', '/containers/sized/resize?h=x&w=100')).status).toBe(400);
    expect((await daemon.docker(['wait', 'sized'])).stdout.trim()).toBe('0');
    expect((await daemon.docker(['logs', 'sized'])).stdout.trim()).toBe('30 100');
    expect((await daemon.docker(['rm', 'sized'])).code).toBe(0);
  });

  dockerIt('docker exec runs commands in a running container with their exit codes', async () => {
    expect(await daemon.docker(['run', '-d', '--name', 'ex1', 'busybox', 'sleep', '60'])).toMatchObject({ code: 0, stderr: '' });
    expect(await daemon.docker(['exec', 'ex1', 'echo', 'hi'])).toEqual({ code: 0, stdout: 'hi\n', stderr: '' });
    expect(await daemon.docker(['exec', 'ex1', 'sh', '-c', 'echo oops >&2; exit 7'])).toEqual({ code: 7, stdout: '', stderr: 'oops\n' });
    const configured = await daemon.docker(['exec', '-e', 'A=1', '-w', '/tmp', '-u', 'nobody', 'ex1', 'sh', '-c', 'echo $A $(pwd) $(id -u)']);
    expect(configured).toEqual({ code: 0, stdout: '1 /tmp 65534\n', stderr: '' });
    expect(await daemon.docker(['exec', '-i', 'ex1', 'cat'], 'in\n')).toEqual({ code: 0, stdout: 'in\n', stderr: '' });
  });

  dockerIt('docker exec -d runs in the background and exec inspect reports the exit', async () => {
    expect((await daemon.docker(['exec', '-d', 'ex1', 'sh', '-c', 'echo bg > /tmp/bg'])).code).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await daemon.docker(['exec', 'ex1', 'cat', '/tmp/bg'])).stdout).toBe('bg\n');
    const ids = (await daemon.docker(['inspect', '-f', '{{json .ExecIDs}}', 'ex1'])).stdout;
    expect(ids).toMatch(/"[0-9a-f]{64}"/);
  });

  dockerIt('exec create, detached start and inspect over the API', async () => {
    const created = await daemon.api('POST', '/containers/ex1/exec', { Cmd: ['sh', '-c', 'exit 3'], User: 'nobody' });
    expect(created.status).toBe(201);
    const { Id } = created.json as { Id: string };
    expect(Id).toMatch(/^[0-9a-f]{64}$/);
    const before = await daemon.api('GET', `/exec/${Id}/json`);
    expect(before.json).toMatchObject({ ID: Id, Running: false, ExitCode: null, ProcessConfig: { entrypoint: 'sh', arguments: ['-c', 'exit 3'], user: 'nobody', tty: false, privileged: false } });
    expect((await daemon.api('POST', `/exec/${Id}/start`, { Detach: true })).status).toBe(200);
    let inspect: { Running: boolean; ExitCode: number | null } | undefined;
    for (let i = 0; i < 50; i++) {
      inspect = (await daemon.api('GET', `/exec/${Id}/json`)).json as typeof inspect;
      if (inspect && !inspect.Running && inspect.ExitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(inspect).toMatchObject({ Running: false, ExitCode: 3 });
    expect((await daemon.api('POST', `/exec/${Id}/start`, { Detach: true })).status).toBe(409);
    expect((await daemon.api('GET', '/exec/0123456789/json')).status).toBe(404);
    expect((await daemon.api('POST', '/containers/ex1/exec', { Cmd: [] })).status).toBe(400);
  });

  ttyIt('docker run -it types into the terminal', async () => {
    const ran = await dockerOnTty(['run', '--rm', '-it', 'busybox', 'sh', '-c', 'read x; echo "got $x"; exit 4'], 'abc\n');
    expect(ran.code).toBe(4);
    expect(ran.stdout).toContain('got abc');
  });

  // The last line used to be lost now and then: libuv ended the shim's pty reading on the hang-up
  // while output still waited in the kernel (fixed in the shim's Terminal; exec-tty-drain.test.ts
  // repeats it).
  ttyIt('docker exec -it types into the terminal and shows the last line', async () => {
    const result = await dockerOnTty(['exec', '-it', 'ex1', 'sh', '-c', 'read x; echo "got $x"'], 'abc\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('got abc');
  });

  ttyIt('docker exec -t gives the process a terminal', async () => {
    const result = await dockerOnTty(['exec', '-t', 'ex1', 'tty']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\/dev\/pts\/\d+$/);
  });

  dockerIt('docker exec of a missing command fails as Docker does', async () => {
    const result = await daemon.docker(['exec', 'ex1', 'nosuch']);
    expect(result).toEqual({
      code: 127,
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\r\n',
      stderr: '',
    });
  });

  dockerIt('docker exec into a stopped container is refused', async () => {
    expect((await daemon.docker(['create', '--name', 'stopped', 'busybox', 'true'])).code).toBe(0);
    const result = await daemon.docker(['exec', 'stopped', 'echo', 'hi']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error response from daemon: container [0-9a-f]{64} is not running/);
    expect((await daemon.docker(['rm', 'stopped'])).code).toBe(0);
    const missing = await daemon.docker(['exec', 'nope', 'true']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such container: nope');
  });

  dockerIt('leaves nothing behind once the containers are removed and the daemon stopped', async () => {
    expect((await daemon.docker(['rm', '-f', 'ex1'])).code).toBe(0);
    expect((await daemon.docker(['ps', '-a', '-q'])).stdout).toBe('');
    // The daemon keeps one idle shim as a spare while it runs; stopped, it must leave nothing.
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
