/**
 * Attach, detach keys, sig-proxy, exec and logs flags through berthd, with the real docker CLI and
 * berth side by side. Terminal cases run the CLI on a real pseudo-terminal (pty-drive.py: python's
 * pty module) so raw mode, ctrl keys and ctrl-c behave as for a person at a terminal.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { BIN, DOCKER_CLI, dockerIt, hasDockerCli, run, TestDaemon } from './harness';

const PTY_DRIVE = join(__dirname, 'pty-drive.py');
const hasPython = existsSync('/usr/bin/python3') || existsSync('/usr/local/bin/python3');
const ptyIt = hasDockerCli && hasPython ? it : it.skip;

type Step = ['expect', string, number?] | ['send', string] | ['sleep', number] | ['signal', string] | ['winsize', number, number] | ['until', string, string, number?];
interface PtyResult {
  code: number;
  out: string;
  failed: string | null;
}

const CTRL_P = '\x10';
const CTRL_Q = '\x11';

describe('attach, exec and logs', () => {
  let daemon: TestDaemon;

  /** The CLI (`docker` or `berth`) on a pseudo-terminal, played `steps`. */
  async function onPty(cli: 'docker' | 'berth', args: string[], steps: Step[]): Promise<PtyResult> {
    const argv = cli === 'docker' ? [DOCKER_CLI, '-H', daemon.host, ...args] : [process.execPath, join(BIN, 'berth.js'), ...args];
    const env = { BERTH_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config'), TERM: 'xterm' };
    const result = await run('python3', [PTY_DRIVE, JSON.stringify(steps), ...argv], env);
    if (result.code !== 0) throw new Error(`pty-drive failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as PtyResult;
  }

  /** Keys typed one at a time, as a person types them (docker/cli matches detach keys per read). */
  function typeKeys(...keys: string[]): Step[] {
    return keys.flatMap((k): Step[] => [['send', k], ['sleep', 150]]);
  }

  /** One POST on the daemon's socket: status and parsed JSON body. */
  async function apiPost(path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await daemon.api('POST', path, body);
    return { status: res.status, body: res.json };
  }

  async function state(name: string): Promise<string> {
    return (await daemon.docker(['inspect', '-f', '{{.State.Status}}', name])).stdout.trim();
  }

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  describe.each(['docker', 'berth'] as const)('%s on a terminal', (cli) => {
    ptyIt('run -it detaches on ctrl-p ctrl-q (exit 0, container running); attach sees new output and detaches again', async () => {
      const name = `${cli}-dk`;
      const ran = await onPty(cli, ['run', '-it', '--name', name, 'busybox', 'sh'], [
        ['expect', '# '], ['send', 'echo one-$((40+2))\r'], ['expect', 'one-42'], ['expect', '# '], ...typeKeys(CTRL_P, CTRL_Q),
      ]);
      expect(ran).toMatchObject({ failed: null, code: 0 });
      expect(await state(name)).toBe('running');

      const attached = await onPty(cli, ['attach', name], [
        ['send', 'echo two-$((40+3))\r'], ['expect', 'two-43'], ...typeKeys(CTRL_P, CTRL_Q),
      ]);
      expect(attached).toMatchObject({ failed: null, code: 1 });
      expect(attached.out).toContain('read escape sequence');
      expect(await state(name)).toBe('running');

      // A custom sequence; the default one is then ordinary input.
      const custom = await onPty(cli, ['attach', '--detach-keys', 'ctrl-x,x', name], [
        ['send', 'echo ready-$((1+1))\r'], ['expect', 'ready-2'], ...typeKeys(CTRL_P, CTRL_Q), ['send', 'echo three-$((40+4))\r'], ['expect', 'three-44'],
        ...typeKeys('\x18', 'x'),
      ]);
      expect(custom).toMatchObject({ failed: null, code: 1 });
      expect(await state(name)).toBe('running');

      // Attached when the container exits: its exit status is the command's.
      const exited = await onPty(cli, ['attach', name], [['send', 'exit 7\r']]);
      expect(exited.code).toBe(7);
      expect(await state(name)).toBe('exited');
      expect((await daemon.docker(['rm', name])).code).toBe(0);
    });

    ptyIt('the container terminal follows the size of the CLI\'s (run -it, then attach)', async () => {
      const name = `${cli}-sz`;
      const ran = await onPty(cli, ['run', '-it', '--name', name, 'busybox', 'sh'], [
        ['expect', '# '], ['send', 'stty size\r'], ['expect', '24 80'], ['winsize', 30, 100], ['until', 'stty size\r', '30 100'],
        ...typeKeys(CTRL_P, CTRL_Q),
      ]);
      expect(ran).toMatchObject({ failed: null, code: 0 });
      const attached = await onPty(cli, ['attach', name], [
        ['send', 'stty size\r'], ['expect', '24 80'], ['winsize', 40, 120], ['until', 'stty size\r', '40 120'], ['send', 'exit\r'],
      ]);
      expect(attached).toMatchObject({ failed: null, code: 0 });
      expect((await daemon.docker(['rm', name])).code).toBe(0);
    });

    ptyIt('ctrl-c in run -it interrupts the foreground process, not the session', async () => {
      const result = await onPty(cli, ['run', '--rm', '-it', 'busybox', 'sh'], [
        ['expect', '# '], ['send', 'sleep 100\r'], ['sleep', 500], ['send', '\x03'], ['expect', '# '],
        ['send', 'echo "status $?"\r'], ['expect', 'status 130'], ['send', 'exit 5\r'],
      ]);
      expect(result).toMatchObject({ failed: null, code: 5 });
    });

    ptyIt('run -it --detach-keys ctrl-x,x detaches on its own keys', async () => {
      const name = `${cli}-dk2`;
      const ran = await onPty(cli, ['run', '-it', '--detach-keys', 'ctrl-x,x', '--name', name, 'busybox', 'sh'], [
        ['expect', '# '], ...typeKeys('\x18', 'x'),
      ]);
      expect(ran).toMatchObject({ failed: null, code: 0 });
      expect(await state(name)).toBe('running');
      expect((await daemon.docker(['rm', '-f', name])).code).toBe(0);
    });

    ptyIt('exec -it detaches on the detach keys, leaving the process running', async () => {
      const name = `${cli}-exd`;
      expect((await daemon.docker(['run', '-d', '--name', name, 'busybox', 'sleep', '300'])).code).toBe(0);
      const result = await onPty(cli, ['exec', '-it', '--detach-keys', 'ctrl-x,x', name, 'sh', '-c', 'echo started; exec sleep 200'], [
        ['expect', 'started'], ...typeKeys('\x18', 'x'),
      ]);
      expect(result).toMatchObject({ failed: null, code: 1 });
      expect(result.out).toContain('read escape sequence');
      expect((await daemon.docker(['exec', name, 'sh', '-c', 'ps -o args | grep -c "^sleep 200"'])).stdout.trim()).toBe('1');
      expect((await daemon.docker(['rm', '-f', name])).code).toBe(0);
    });

    ptyIt('exec -it gets a terminal, typed input and the exit code', async () => {
      const name = `${cli}-ex`;
      expect((await daemon.docker(['run', '-d', '--name', name, 'busybox', 'sleep', '300'])).code).toBe(0);
      const result = await onPty(cli, ['exec', '-it', name, 'sh'], [
        ['expect', '# '], ['send', 'tty; echo "in-$((6*7))"\r'], ['expect', 'in-42'], ['send', 'exit 3\r'],
      ]);
      expect(result).toMatchObject({ failed: null, code: 3 });
      expect(result.out).toMatch(/\/dev\/pts\/\d+/);
      expect((await daemon.docker(['rm', '-f', name])).code).toBe(0);
    });
  });

  describe.each(['docker', 'berth'] as const)('%s attach', (cli) => {
    const tool = (args: string[], input?: string) => (cli === 'docker' ? daemon.docker(args, input) : daemon.berth(args, input));

    dockerIt('refuses stopped and paused containers with Docker\'s messages', async () => {
      const name = `${cli}-at`;
      expect((await daemon.docker(['create', '--name', name, 'busybox', 'sleep', '300'])).code).toBe(0);
      expect(await tool(['attach', name])).toEqual({ code: 1, stdout: '', stderr: 'You cannot attach to a stopped container, start it first\n' });
      expect((await daemon.docker(['start', name])).code).toBe(0);
      expect((await daemon.docker(['pause', name])).code).toBe(0);
      expect(await tool(['attach', name])).toEqual({ code: 1, stdout: '', stderr: 'You cannot attach to a paused container, unpause it first\n' });
      expect((await daemon.docker(['unpause', name])).code).toBe(0);
      const badKeys = await tool(['attach', '--detach-keys', 'ctrl-1', name]);
      expect(badKeys.code).toBe(1);
      // dockerd answers 400 to the upgrade; the docker CLI reports only the status, berth the daemon's message.
      expect(badKeys.stderr).toBe(cli === 'docker' ? 'unable to upgrade to tcp, received 400\n' : 'Error response from daemon: Invalid detach keys (ctrl-1) provided\n');
      expect(await tool(['attach', 'nosuch'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such container: nosuch\n' });
      expect((await daemon.docker(['rm', '-f', name])).code).toBe(0);
    });

    dockerIt('without a TTY: stdin goes in, output comes out, the exit status is the container\'s', async () => {
      const name = `${cli}-at2`;
      expect((await daemon.docker(['run', '-di', '--name', name, 'busybox', 'sh', '-c', 'read l; echo "got $l"; echo err >&2; exit 4'])).code).toBe(0);
      expect(await tool(['attach', name], 'hello\n')).toEqual({ code: 4, stdout: 'got hello\n', stderr: 'err\n' });
      expect((await daemon.docker(['rm', name])).code).toBe(0);
    });
  });

  dockerIt('the API refuses bad detach keys with 400 and reports attach and detach events', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    expect((await daemon.docker(['run', '-dit', '--name', 'ev', 'busybox', 'sh'])).code).toBe(0);
    const refused = await apiPost('/containers/ev/attach?stream=1&stdin=1&detachKeys=ctrl-1,x');
    expect(refused).toEqual({ status: 400, body: { message: 'Invalid detach keys (ctrl-1,x) provided' } });
    const refusedExec = await apiPost('/containers/ev/exec', { Cmd: ['true'], DetachKeys: 'nope' });
    expect(refusedExec).toEqual({ status: 400, body: { message: 'Invalid escape keys (nope) provided' } });
    // The keys only once the CLI has the terminal in raw mode (before that, the tty takes ctrl-q as flow control).
    const attached = await onPty('berth', ['attach', 'ev'], [['send', 'echo ready-$((1+1))\r'], ['expect', 'ready-2'], ...typeKeys(CTRL_P, CTRL_Q)]);
    expect(attached.code).toBe(1);
    const until = Math.ceil(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'container=ev', '--format', '{{.Action}}']);
    expect(events.stdout.split('\n')).toEqual(expect.arrayContaining(['attach', 'detach']));
    expect((await daemon.docker(['rm', '-f', 'ev'])).code).toBe(0);
  });

  dockerIt('the daemon detaches an exec client that types the keys (raw API), leaving the process running', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'exk', 'busybox', 'sleep', '300'])).code).toBe(0);
    const since = Math.floor(Date.now() / 1000) - 1;
    const created = await apiPost('/containers/exk/exec', { Cmd: ['sh', '-c', 'echo started; exec cat > /tmp/typed'], Tty: true, AttachStdin: true, AttachStdout: true, DetachKeys: 'ctrl-x,x' });
    const { Id } = created.body as { Id: string };
    const output = await new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ Detach: false, Tty: true });
      const socket = connect(daemon.socket);
      let seen = '';
      socket.on('data', (c: Buffer) => {
        seen += c.toString('latin1');
        // Typed once the process runs: a partial sequence is given back, the full one detaches.
        if (seen.includes('started') && !seen.includes('typed')) socket.write('typed\x18y\r\x18x');
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(seen));
      socket.write(`POST /exec/${Id}/start HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    });
    expect(output).toContain('101 UPGRADED');
    // The process got what came before the keys (the broken sequence included), not the keys.
    expect((await daemon.docker(['exec', 'exk', 'cat', '/tmp/typed'])).stdout).toBe('typed\x18y\n');
    const running = await daemon.docker(['exec', 'exk', 'sh', '-c', 'ps -o args | grep -c "^cat"']);
    expect(running.stdout.trim()).toBe('1');
    const until = Math.ceil(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'event=exec_detach', '--format', '{{.Action}} {{index .Actor.Attributes "execID"}}']);
    expect(events.stdout).toBe(`exec_detach ${Id}\n`);
    expect((await daemon.docker(['rm', '-f', 'exk'])).code).toBe(0);
  });

  describe('sig-proxy', () => {
    const TRAP = 'trap "echo got INT; exit 3" INT; echo ready; while :; do sleep 0.1; done';

    /** berth run without a terminal, signalled once the container said it is ready. */
    function runThenSignal(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(BIN, 'berth.js'), ...args], { env: { ...process.env, BERTH_HOST: daemon.host }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let sent = false;
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          if (!sent && stdout.includes('ready')) {
            sent = true;
            child.kill(signal);
          }
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
        child.on('error', reject);
        child.on('close', (code, sig) => {
          clearTimeout(timer);
          resolve({ code, signal: sig, stdout });
        });
      });
    }

    dockerIt('berth run forwards SIGINT to the container (exit 3, "got INT")', async () => {
      const result = await runThenSignal(['run', '--rm', 'busybox', 'sh', '-c', TRAP], 'SIGINT');
      expect(result).toEqual({ code: 3, signal: null, stdout: 'ready\ngot INT\n' });
    });

    dockerIt('berth start -a forwards SIGINT too', async () => {
      expect((await daemon.berth(['create', '--name', 'sp', 'busybox', 'sh', '-c', TRAP])).code).toBe(0);
      const result = await runThenSignal(['start', '-a', 'sp'], 'SIGINT');
      expect(result).toEqual({ code: 3, signal: null, stdout: 'ready\ngot INT\n' });
      expect((await daemon.docker(['rm', 'sp'])).code).toBe(0);
    });

    dockerIt('berth attach forwards SIGINT to a running container', async () => {
      expect((await daemon.docker(['run', '-d', '--name', 'spa', 'busybox', 'sh', '-c', 'trap "echo got INT; exit 3" INT; while :; do echo ready; sleep 0.2; done'])).code).toBe(0);
      const result = await runThenSignal(['attach', 'spa'], 'SIGINT');
      expect(result).toMatchObject({ code: 3, signal: null });
      expect(result.stdout).toMatch(/^(ready\n)+got INT\n$/);
      expect((await daemon.docker(['rm', 'spa'])).code).toBe(0);
    });

    dockerIt('--sig-proxy=false leaves the signal to berth; the container keeps running', async () => {
      const result = await runThenSignal(['run', '--sig-proxy=false', '--name', 'nosp', 'busybox', 'sh', '-c', TRAP], 'SIGINT');
      expect(result.signal ?? result.code).not.toBe(3);
      expect(result.stdout).not.toContain('got INT');
      expect(await state('nosp')).toBe('running');
      expect((await daemon.docker(['rm', '-f', 'nosp'])).code).toBe(0);
    });
  });

  describe('berth exec', () => {
    beforeAll(async () => {
      expect((await daemon.docker(['run', '-d', '--name', 'exe', '-e', 'FROM_IMAGE=1', 'busybox', 'sleep', '300'])).code).toBe(0);
    });

    afterAll(async () => {
      await daemon.docker(['rm', '-f', 'exe']);
    });

    dockerIt('runs commands with their output, stderr and exit codes', async () => {
      expect(await daemon.berth(['exec', 'exe', 'echo', 'hi'])).toEqual({ code: 0, stdout: 'hi\n', stderr: '' });
      expect(await daemon.berth(['exec', 'exe', 'sh', '-c', 'echo oops >&2; exit 7'])).toEqual({ code: 7, stdout: '', stderr: 'oops\n' });
      expect(await daemon.berth(['container', 'exec', 'exe', 'ls', '-d', '/tmp'])).toEqual({ code: 0, stdout: '/tmp\n', stderr: '' });
    });

    dockerIt('takes -e, --env-file, -w and -u', async () => {
      const envFile = join(daemon.dir, 'exec.env');
      writeFileSync(envFile, '# comment\nFILE_VAR=from file\n\nB=file\n');
      const result = await daemon.berth(['exec', '--env-file', envFile, '-e', 'B=flag', '-w', '/tmp', '-u', 'nobody', 'exe', 'sh', '-c', 'echo "$FILE_VAR|$B|$FROM_IMAGE|$(pwd)|$(id -u)"']);
      expect(result).toEqual({ code: 0, stdout: 'from file|flag|1|/tmp|65534\n', stderr: '' });
    });

    dockerIt('-i passes stdin and closes it at its end', async () => {
      expect(await daemon.berth(['exec', '-i', 'exe', 'sh', '-c', 'cat; echo end'], 'a\nb\n')).toEqual({ code: 0, stdout: 'a\nb\nend\n', stderr: '' });
      // Without -i the process gets no input.
      expect(await daemon.berth(['exec', 'exe', 'sh', '-c', 'cat; echo end'], 'ignored\n')).toEqual({ code: 0, stdout: 'end\n', stderr: '' });
    });

    dockerIt('--privileged gives the process every capability, as a privileged container has', async () => {
      const capEff = async (result: Promise<{ code: number; stdout: string }>) => (await result).stdout.trim();
      const probe = ['sh', '-c', 'grep CapEff /proc/self/status'];
      const plain = await capEff(daemon.berth(['exec', 'exe', ...probe]));
      const privileged = await capEff(daemon.berth(['exec', '--privileged', 'exe', ...probe]));
      const container = await capEff(daemon.docker(['run', '--rm', '--privileged', 'busybox', ...probe]));
      expect(plain).toMatch(/^CapEff:\s+[0-9a-f]{16}$/);
      expect(privileged).not.toBe(plain);
      expect(privileged).toBe(container);
      expect(await capEff(daemon.docker(['exec', '--privileged', 'exe', ...probe]))).toBe(privileged);
    });

    dockerIt('-d runs in the background', async () => {
      expect(await daemon.berth(['exec', '-d', 'exe', 'sh', '-c', 'echo bg > /tmp/bg'])).toEqual({ code: 0, stdout: '', stderr: '' });
      let content = '';
      for (let i = 0; i < 50 && content !== 'bg\n'; i++) {
        content = (await daemon.berth(['exec', 'exe', 'cat', '/tmp/bg'])).stdout;
        if (content !== 'bg\n') await new Promise((r) => setTimeout(r, 100));
      }
      expect(content).toBe('bg\n');
    });

    dockerIt('fails as docker exec does: missing binary, missing or stopped container', async () => {
      for (const args of [['exe', 'nosuch'], ['exe', '/etc/passwd'], ['nope', 'true']]) {
        const [viaDocker, viaBerth] = [await daemon.docker(['exec', ...args]), await daemon.berth(['exec', ...args])];
        expect(viaBerth).toEqual(viaDocker);
      }
      expect((await daemon.berth(['exec', 'exe', 'nosuch'])).code).toBe(127);
      expect((await daemon.berth(['exec', 'exe', '/etc/passwd'])).code).toBe(126);
      expect((await daemon.docker(['create', '--name', 'stopped', 'busybox', 'true'])).code).toBe(0);
      const stopped = await daemon.berth(['exec', 'stopped', 'echo']);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toMatch(/^Error response from daemon: container [0-9a-f]{64} is not running\n$/);
      expect((await daemon.docker(['rm', 'stopped'])).code).toBe(0);
      expect((await daemon.berth(['exec', 'exe'])).code).toBe(1);
    });
  });

  describe('logs flags', () => {
    beforeAll(async () => {
      expect(await daemon.docker(['run', '--name', 'lg', '--label', 'team=a b', '--log-opt', 'labels=team', '-e', 'STAGE=x', '--log-opt', 'env=STAGE',
        'busybox', 'sh', '-c', 'for i in 1 2 3 4; do echo line$i; done; echo oops >&2'])).toMatchObject({ stderr: 'oops\n' });
      expect((await daemon.docker(['run', '--name', 'lg2', 'busybox', 'echo', 'plain'])).code).toBe(0);
    });

    afterAll(async () => {
      await daemon.docker(['rm', '-f', 'lg', 'lg2']);
    });

    dockerIt('--tail / -n and -t as docker logs', async () => {
      for (const args of [['--tail', '2', 'lg'], ['-n', '0', 'lg'], ['-n', 'all', 'lg'], ['lg']]) {
        expect(await daemon.berth(['logs', ...args])).toEqual(await daemon.docker(['logs', ...args]));
      }
      expect(await daemon.berth(['logs', '--tail', '2', 'lg'])).toEqual({ code: 0, stdout: 'line4\n', stderr: 'oops\n' });
      const stamped = await daemon.berth(['logs', '-t', 'lg2']);
      expect(stamped.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z plain\n$/);
    });

    dockerIt('--since and --until take durations, RFC 3339 times and Unix timestamps', async () => {
      const now = Math.floor(Date.now() / 1000);
      const cases = [
        ['--since', '1h'], ['--until', '1h'], ['--since', String(now + 60)], ['--until', String(now - 3600)], ['--since', String(now - 3600)],
        ['--since', new Date((now + 60) * 1000).toISOString()], ['--until', '2000-01-01T00:00:00Z'], ['--since', '2000-01-01'], ['--until', '2000-01-01T10:00'],
      ];
      for (const flag of cases) {
        const [viaBerth, viaDocker] = [await daemon.berth(['logs', ...flag, 'lg']), await daemon.docker(['logs', ...flag, 'lg'])];
        expect({ flag, ...viaBerth }).toEqual({ flag, ...viaDocker });
      }
      expect((await daemon.berth(['logs', '--since', '1h', 'lg'])).stdout).toBe('line1\nline2\nline3\nline4\n');
      expect((await daemon.berth(['logs', '--until', '1h', 'lg'])).stdout).toBe('');
    });

    dockerIt('a bad --since is refused as docker/cli refuses it', async () => {
      const viaBerth = await daemon.berth(['logs', '--since', 'yesterday', 'lg']);
      expect(viaBerth).toEqual({ code: 1, stdout: '', stderr: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n' });
      expect(viaBerth).toEqual(await daemon.docker(['logs', '--since', 'yesterday', 'lg']));
    });

    dockerIt('--details shows the log attributes (--log-opt labels/env), or just a space', async () => {
      const detailed = await daemon.berth(['logs', '--details', '--tail', '2', 'lg']);
      expect(detailed).toEqual({ code: 0, stdout: 'STAGE=x,team=a+b line4\n', stderr: 'STAGE=x,team=a+b oops\n' });
      expect(await daemon.berth(['logs', '--details', 'lg2'])).toEqual({ code: 0, stdout: ' plain\n', stderr: '' });
      expect(await daemon.docker(['logs', '--details', 'lg2'])).toEqual({ code: 0, stdout: ' plain\n', stderr: '' });
      const stamped = await daemon.berth(['logs', '--details', '-t', 'lg2']);
      expect(stamped.stdout).toMatch(/^\S+Z  plain\n$/);
    });
  });

  dockerIt('leaves nothing behind once the containers are removed and the daemon stopped', async () => {
    const left = (await daemon.docker(['ps', '-aq'])).stdout.split('\n').filter(Boolean);
    if (left.length) await daemon.docker(['rm', '-f', ...left]);
    expect((await daemon.docker(['ps', '-a', '-q'])).stdout).toBe('');
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
