import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runCli } from './cli';
import { FakeDaemon } from './testing/fake-daemon';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

let daemon: FakeDaemon;
beforeEach(async () => {
  daemon = new FakeDaemon();
  await daemon.start();
  daemon.images = [
    { Id: `sha256:${'ab'.repeat(32)}`, ParentId: '', RepoTags: ['busybox:latest'], RepoDigests: [], Created: Math.floor(Date.now() / 1000) - 3600, Size: 4_261_234 },
  ];
});
afterEach(() => daemon.stop());

async function berth(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await runCli(argv, { stdout, stderr, stdin, env: { BERTH_HOST: daemon.host, ...options.env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('run', () => {
  test('attaches, starts, prints output and exits with the container status', async () => {
    const out = await berth(['run', '--name', 'hello', 'busybox', 'echo', 'hello', 'world']);
    expect(out).toEqual({ code: 0, stdout: 'hello world\n', stderr: '' });
    const order = daemon.requests.filter((r) => !r.startsWith('GET /_ping')).map((r) => r.replace(/[0-9a-f]{64}/, 'ID'));
    expect(order).toEqual([
      'POST /containers/create?name=hello',
      'POST /containers/ID/wait?condition=next-exit',
      'POST /containers/ID/attach?stream=1&stdout=1&stderr=1',
      'POST /containers/ID/start',
    ]);
  });

  test('stderr stays stderr and a non-zero status is the exit code', async () => {
    expect(await berth(['run', 'busybox', 'stderr', 'oops'])).toEqual({ code: 0, stdout: '', stderr: 'oops\n' });
    expect((await berth(['run', 'busybox', 'fail', '3'])).code).toBe(3);
  });

  test('--rm waits for removal and leaves nothing behind', async () => {
    const out = await berth(['run', '--rm', 'busybox', 'echo', 'bye']);
    expect(out.code).toBe(0);
    expect(daemon.requests.some((r) => r.endsWith('/wait?condition=removed'))).toBe(true);
    expect(daemon.containers.size).toBe(0);
  });

  test('-i sends stdin and closes it at its end', async () => {
    const out = await berth(['run', '-i', 'busybox', 'cat'], { stdin: 'line one\nline two\n' });
    expect(out).toEqual({ code: 0, stdout: 'line one\nline two\n', stderr: '' });
    const [created] = daemon.containers.values();
    expect(created.config).toMatchObject({ AttachStdin: true, OpenStdin: true, StdinOnce: true, Tty: false });
  });

  test('-t without -i: the output is an unframed TTY stream, all on stdout', async () => {
    const out = await berth(['run', '-t', 'busybox', 'stderr', 'to the terminal']);
    expect(out).toEqual({ code: 0, stdout: 'to the terminal\n', stderr: '' });
    const [created] = [...daemon.containers.values()];
    expect(created.config.Tty).toBe(true);
  });

  test('create body: env (with pass-through), labels, entrypoint, user, workdir, hostname', async () => {
    await berth(
      ['run', '-e', 'A=1', '-e', 'FROM_HOST', '-e', 'UNSET', '-l', 'tier=web', '-l', 'flag', '--entrypoint', '', '-u', '1000:1000', '-w', '/srv', '-h', 'box', 'busybox', 'env'],
      { env: { FROM_HOST: 'yes' } },
    );
    const [created] = daemon.containers.values();
    expect(created.config).toMatchObject({
      Env: ['A=1', 'FROM_HOST=yes', 'UNSET'],
      Labels: { tier: 'web', flag: '' },
      Entrypoint: [''],
      User: '1000:1000',
      WorkingDir: '/srv',
      Hostname: 'box',
      Cmd: ['env'],
      Image: 'busybox',
      HostConfig: { AutoRemove: false },
    });
  });

  test('-d prints the full id and does not attach or wait', async () => {
    const out = await berth(['run', '-d', 'busybox', 'echo', 'x']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(daemon.requests.some((r) => r.includes('/attach') || r.includes('/wait'))).toBe(false);
  });

  test('a missing image is announced, the pull fails with the daemon error, exit 125', async () => {
    const out = await berth(['run', 'nosuch', 'true']);
    expect(out.code).toBe(125);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      "Unable to find image 'nosuch:latest' locally\n" +
        "berth: Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login'\n\n" +
        "Run 'berth run --help' for more information\n",
    );
  });

  test('a command that is not found exits 127', async () => {
    const out = await berth(['run', 'busybox', 'missing']);
    expect(out.code).toBe(127);
    expect(out.stderr).toContain('executable file not found in $PATH');
  });

  test('-it without a terminal is refused before anything is created', async () => {
    const out = await berth(['run', '-it', 'busybox', 'sh']);
    expect(out).toMatchObject({ code: 1, stderr: 'the input device is not a TTY\n' });
    expect(daemon.containers.size).toBe(0);
  });

  test('flag errors exit 125 with a pointer to help', async () => {
    expect(await berth(['run', '--foo', 'busybox'])).toEqual({ code: 125, stdout: '', stderr: "unknown flag: --foo\n\nUsage:  berth run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'berth run --help' for more information\n" });
    expect((await berth(['container', 'run', '--foo'])).stderr).toBe("unknown flag: --foo\n\nUsage:  berth container run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'berth container run --help' for more information\n");
  });

  test('no image is an argument-count error', async () => {
    const out = await berth(['run']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^berth: 'berth run' requires at least 1 argument\n\nUsage: {2}berth run /);
  });

  test('--help prints the usage on stdout', async () => {
    const out = await berth(['run', '--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Usage:  berth run [OPTIONS] IMAGE [COMMAND] [ARG...]');
    expect(out.stdout).toContain('  -h, --hostname string');
  });
});

describe('ps, logs, rm', () => {
  test('ps lists running containers; -a adds stopped ones; -q prints short ids', async () => {
    const now = Math.floor(Date.now() / 1000);
    const up = daemon.addContainer('web', { Image: 'busybox', Cmd: ['sleep', '100'] }, 'running', now - 10);
    daemon.addContainer('job', { Image: 'busybox', Cmd: ['echo', 'hi'] }, 'exited', now - 3600);
    const running = await berth(['ps']);
    expect(running.stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND       CREATED          STATUS        PORTS     NAMES\n' +
        `${up.id.slice(0, 12)}   busybox   "sleep 100"   10 seconds ago   Up 1 second             web\n`,
    );
    expect((await berth(['ps', '-a'])).stdout.split('\n')).toHaveLength(4);
    expect((await berth(['container', 'ls', '-aq'])).stdout).toMatch(/^([0-9a-f]{12}\n){2}$/);
  });

  test('ps --format first runs on an empty row as docker does: its errors come before listing; reading .Size asks for sizes', async () => {
    const now = Math.floor(Date.now() / 1000);
    daemon.addContainer('c2', { Image: 'busybox' }, 'running', now);
    const listed = () => daemon.requests.filter((r) => r.startsWith('GET /containers/json'));
    // docker 28: "[ 2]" on the row, yet the empty row's Names "" splits into one element.
    expect(await berth(['ps', '--format', '{{index (split .Names "c") 1}}'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'failed to execute template: template: :1:2: executing "" at <index (split .Names "c") 1>: error calling index: reflect: slice index out of range\n',
    });
    expect(listed()).toEqual([]);
    expect((await berth(['ps', '--format', '{{.Names}}\\n{{.Bogus}}'])).stderr).toBe(
      'failed to execute template: template: :1:14: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *formatter.ContainerContext\n',
    );
    expect((await berth(['ps', '--format', '{{range .}}{{end}}'])).stderr).toMatch(/^failed to execute template: template: :1:8: executing "" at <\.>: range can't iterate over /);
    expect(await berth(['ps', '--format', '{{split .Names "c"}}'])).toMatchObject({ code: 0, stdout: '[ 2]\n' });
    expect(listed().every((r) => !r.includes('size=1'))).toBe(true);
    await berth(['ps', '--format', '{{json .}}']);
    expect(listed().pop()).toContain('size=1');
  });

  test('logs replays stdout and stderr separately', async () => {
    await berth(['run', '--name', 'talker', 'busybox', 'echo', 'said']);
    await berth(['run', '--name', 'moaner', 'busybox', 'stderr', 'moaned']);
    expect(await berth(['logs', 'talker'])).toEqual({ code: 0, stdout: 'said\n', stderr: '' });
    expect(await berth(['container', 'logs', '-n', '5', 'moaner'])).toEqual({ code: 0, stdout: '', stderr: 'moaned\n' });
    expect(daemon.requests.some((r) => r.includes('/logs?stdout=1&stderr=1&tail=5'))).toBe(true);
  });

  test('logs of a missing container is the daemon error, exit 1', async () => {
    expect(await berth(['logs', 'ghost'])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: No such container: ghost\n' });
  });

  test('rm prints each name as given and reports each failure', async () => {
    const now = Math.floor(Date.now() / 1000);
    const a = daemon.addContainer('a', { Image: 'busybox' }, 'exited', now);
    daemon.addContainer('b', { Image: 'busybox' }, 'exited', now);
    const out = await berth(['rm', a.id.slice(0, 8), 'ghost', 'b']);
    expect(out).toEqual({ code: 1, stdout: `${a.id.slice(0, 8)}\nb\n`, stderr: 'Error response from daemon: No such container: ghost\n' });
    expect(daemon.containers.size).toBe(0);
  });

  test('rm of a running container needs -f', async () => {
    daemon.addContainer('busy', { Image: 'busybox' }, 'running', 0);
    const refused = await berth(['rm', 'busy']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error response from daemon: cannot remove container "busy"/);
    expect(await berth(['container', 'rm', '-f', 'busy'])).toMatchObject({ code: 0, stdout: 'busy\n' });
  });
});

describe('images and load', () => {
  test('images shows one row per tag', async () => {
    const out = await berth(['images']);
    expect(out.stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED             SIZE\n' + 'busybox      latest    abababababab   About an hour ago   4.26MB\n',
    );
  });

  test('images -q and image ls', async () => {
    expect((await berth(['images', '-q'])).stdout).toBe('abababababab\n');
    expect((await berth(['image', 'ls'])).code).toBe(0);
  });

  test('load from stdin and from a file', async () => {
    const fromStdin = await berth(['load'], { stdin: 'tar bytes' });
    expect(fromStdin).toEqual({ code: 0, stdout: 'Loaded image: busybox:latest\n', stderr: '' });
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-load-'));
    try {
      const file = path.join(dir, 'busybox.tar');
      await fs.promises.writeFile(file, 'file bytes');
      expect((await berth(['image', 'load', '-i', file])).stdout).toBe('Loaded image: busybox:latest\n');
      expect(daemon.loaded.map((b) => b.toString())).toEqual(['tar bytes', 'file bytes']);
      expect(daemon.requests.filter((r) => r.startsWith('POST /images/load'))).toEqual(['POST /images/load?quiet=1', 'POST /images/load?quiet=1']);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  });

  test('a missing file fails before anything is sent; a bad archive reports the daemon error', async () => {
    expect(await berth(['load', '-i', '/nonexistent/x.tar'])).toEqual({ code: 1, stdout: '', stderr: 'open /nonexistent/x.tar: no such file or directory\n' });
    expect(daemon.loaded).toHaveLength(0);
    expect(await berth(['load'], { stdin: 'not a tar' })).toEqual({ code: 1, stdout: '', stderr: 'unexpected EOF\n' });
  });
});

describe('system and global flags', () => {
  test('version prints client and server blocks', async () => {
    const out = await berth(['version']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Client:\n Version:           0\.1\.0\n API version:       1\.51\n/);
    expect(out.stdout).toContain('\nServer: berth\n Engine:\n  Version:          0.1.0\n  API version:      1.51 (minimum version 1.24)\n');
  });

  test('info prints docker\'s labels and warnings on stderr', async () => {
    const out = await berth(['info']);
    expect(out.code).toBe(0);
    for (const line of [
      ' Containers: 0\n  Running: 0\n  Paused: 0\n  Stopped: 0\n Images: 1\n',
      ' Storage Driver: overlay\n  Backing Filesystem: extfs\n',
      ' Cgroup Version: 2\n',
      ' CPUs: 4\n Total Memory: 15.54GiB\n Name: host1\n ID: ABCD:EFGH\n Docker Root Dir: /var/lib/berth\n',
    ]) {
      expect(out.stdout).toContain(line);
    }
    expect(out.stderr).toBe('WARNING: bridge-nf-call-iptables is disabled\n');
  });

  test('-H picks the daemon over the environment', async () => {
    const out = await berth(['-H', daemon.host, 'ps'], { env: { BERTH_HOST: 'unix:///nonexistent.sock' } });
    expect(out.code).toBe(0);
  });

  test('an unreachable daemon is named, exit 1', async () => {
    const out = await berth(['ps'], { env: { BERTH_HOST: 'unix:///nonexistent/berth.sock' } });
    expect(out).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Cannot connect to the berth daemon at unix:///nonexistent/berth.sock. Is the berth daemon running?\n',
    });
  });

  test('-v, help, unknown commands', async () => {
    expect(await berth(['-v'])).toEqual({ code: 0, stdout: 'berth version 0.1.0\n', stderr: '' });
    // docker 28: a bare command prints its usage on stderr and succeeds; --help prints it on stdout.
    const bare = await berth([]);
    expect(bare).toMatchObject({ code: 0, stdout: '' });
    expect(bare.stderr).toMatch(/^Usage: {2}berth \[OPTIONS\] COMMAND\n/);
    expect(await berth(['--help'])).toEqual({ code: 0, stdout: bare.stderr, stderr: '' });
    expect(await berth(['-h'])).toEqual({ code: 0, stdout: bare.stderr, stderr: 'Flag shorthand -h has been deprecated, use --help\n' });
    expect(await berth(['--bogus'])).toEqual({
      code: 125,
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  berth [OPTIONS] COMMAND [ARG...]\n\nRun 'berth --help' for more information\n",
    });
    expect((await berth(['container'])).stderr).toContain('Usage:  berth container COMMAND');
    expect(await berth(['frobnicate'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "berth: unknown command: berth frobnicate\n\nRun 'berth --help' for more information\n",
    });
    expect((await berth(['--bogus', 'ps'])).code).toBe(125);
  });
});

describe('management command help (as docker 28 prints `docker network`)', () => {
  const usage =
    'Usage:  berth network COMMAND\n\nManage networks\n\nCommands:\n' +
    '  connect     Connect a container to a network\n' +
    '  create      Create a network\n' +
    '  disconnect  Disconnect a container from a network\n' +
    '  inspect     Display detailed information on one or more networks\n' +
    '  ls          List networks\n' +
    '  prune       Remove all unused networks\n' +
    '  rm          Remove one or more networks\n\n' +
    "Run 'berth network COMMAND --help' for more information on a command.\n";

  test('without a subcommand: the usage on stderr, status 0; --help (also after an unknown word) on stdout', async () => {
    expect(await berth(['network'])).toEqual({ code: 0, stdout: '', stderr: usage });
    expect(await berth(['network', '--help'])).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect(await berth(['network', 'bogus', '--help'])).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect(await berth(['network', '-h'])).toEqual({ code: 0, stdout: `Flag shorthand -h has been deprecated, use --help\n${usage}`, stderr: '' });
    expect(daemon.requests).toEqual([]);
  });

  test('unknown subcommands exit 1 and unknown flags 125, naming the group usage', async () => {
    const pointer = "\n\nUsage:  berth network\n\nRun 'berth network --help' for more information\n";
    expect(await berth(['network', 'bogus'])).toEqual({ code: 1, stdout: '', stderr: `berth: unknown command: berth network bogus${pointer}` });
    expect(await berth(['network', 'help'])).toEqual({ code: 1, stdout: '', stderr: `berth: unknown command: berth network help${pointer}` });
    expect(await berth(['network', '--bogus'])).toEqual({ code: 125, stdout: '', stderr: `unknown flag: --bogus${pointer}` });
    expect(await berth(['network', '-x'])).toEqual({ code: 125, stdout: '', stderr: `unknown shorthand flag: 'x' in -x${pointer}` });
  });

  test("a subcommand's help has no blank line before the usage; -h adds cobra's notice", async () => {
    const help = await berth(['network', 'ls', '--help']);
    expect(help.stdout).toMatch(/^Usage: {2}berth network ls \[OPTIONS\]\n\nList networks\n/);
    expect(await berth(['network', 'ls', '-h'])).toEqual({ code: 0, stdout: `Flag shorthand -h has been deprecated, use --help\n${help.stdout}`, stderr: '' });
  });
});

describe('container lifecycle commands', () => {
  const busybox = { Image: 'busybox', Cmd: ['sleep'] };
  const running = (name: string) => daemon.addContainer(name, busybox, 'running', 0);

  test('create prints the full id and configures the container as run would', async () => {
    const out = await berth(['create', '--name', 'made', '-e', 'A=1', 'busybox', 'echo', 'hi']);
    expect(out.code).toBe(0);
    const [made] = daemon.containers.values();
    expect(out.stdout).toBe(`${made.id}\n`);
    expect(made).toMatchObject({ name: 'made', state: 'created', config: { Cmd: ['echo', 'hi'], Env: ['A=1'], AttachStdout: true } });
    expect(daemon.requests.some((r) => r.includes('/start'))).toBe(false);
  });

  test('create has no -d and reports a failure as docker does', async () => {
    const bad = await berth(['create', '-d', 'busybox']);
    expect(bad.code).toBe(125);
    expect(bad.stderr).toContain("unknown shorthand flag: 'd' in -d");
    // What the daemon refused is printed as is with status 1: no `berth:` prefix or help pointer (unlike run).
    const missing = await berth(['container', 'create', 'nothere']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Unable to find image 'nothere:latest' locally\nError response from daemon: [^\n]*\n$/);
    expect(daemon.containers.size).toBe(0);
  });

  test('start prints names as given; failures are reported and named at the end', async () => {
    daemon.addContainer('a', busybox, 'created', 0);
    const out = await berth(['start', 'a', 'nope']);
    expect(out).toEqual({
      code: 1,
      stdout: 'a\n',
      stderr: 'Error response from daemon: No such container: nope\nError: failed to start containers: nope\n',
    });
    expect(daemon.find('a')?.state).toBe('running');
  });

  test('start -a attaches, prints the output and exits with the container status', async () => {
    daemon.addContainer('fails', { Image: 'busybox', Cmd: ['fail', '4'] }, 'created', 0);
    daemon.addContainer('says', { Image: 'busybox', Cmd: ['echo', 'attached'] }, 'created', 0);
    expect(await berth(['start', '-a', 'says'])).toEqual({ code: 0, stdout: 'attached\n', stderr: '' });
    expect((await berth(['container', 'start', '-a', 'fails'])).code).toBe(4);
    const both = await berth(['start', '-a', 'says', 'fails']);
    expect(both).toMatchObject({ code: 1, stderr: 'you cannot start and attach multiple containers at once\n' });
  });

  test('stop and restart send -t and -s only when given', async () => {
    running('s1');
    expect(await berth(['stop', '-t', '1', 's1'])).toEqual({ code: 0, stdout: 's1\n', stderr: '' });
    expect(daemon.find('s1')).toMatchObject({ state: 'exited', exitCode: 143 });
    running('s2');
    expect((await berth(['container', 'stop', '--signal', 'INT', 's2'])).code).toBe(0);
    expect(daemon.find('s2')?.exitCode).toBe(130);
    expect(daemon.requests.filter((r) => r.includes('/stop')).map((r) => r.replace(/[0-9a-f]{64}/, 'ID'))).toEqual([
      'POST /containers/s1/stop?t=1',
      'POST /containers/s2/stop?signal=INT',
    ]);
    expect(await berth(['restart', 's1'])).toEqual({ code: 0, stdout: 's1\n', stderr: '' });
    expect(daemon.find('s1')?.state).toBe('running');
  });

  test('kill -s, pause and unpause, with per-container errors and exit 1', async () => {
    const k = running('k');
    const out = await berth(['kill', '-s', 'HUP', 'k', 'ghost']);
    expect(out).toEqual({ code: 1, stdout: 'k\n', stderr: 'Error response from daemon: No such container: ghost\n' });
    expect(k.exitCode).toBe(129);
    const again = await berth(['kill', 'k']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Error response from daemon: cannot kill container: k: container [0-9a-f]{64} is not running\n$/);

    const p = running('p');
    expect(await berth(['pause', 'p'])).toEqual({ code: 0, stdout: 'p\n', stderr: '' });
    expect(p.state).toBe('paused');
    expect((await berth(['pause', 'p'])).code).toBe(1);
    expect(await berth(['container', 'unpause', 'p'])).toEqual({ code: 0, stdout: 'p\n', stderr: '' });
    expect(p.state).toBe('running');
  });

  test('wait prints each exit status in order; missing ones fail at the end', async () => {
    const w = daemon.addContainer('w', { Image: 'busybox', Cmd: ['fail', '3'] }, 'created', 0);
    const pending = berth(['wait', 'w', 'missing']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await berth(['start', 'w'])).toMatchObject({ code: 0 });
    expect(await pending).toEqual({ code: 1, stdout: '3\n', stderr: 'Error response from daemon: No such container: missing\n' });
    expect(w.state).toBe('exited');
  });

  test('container inspect takes -f and reports missing containers', async () => {
    running('insp');
    const out = await berth(['container', 'inspect', '-f', '{{.State.Status}} {{.Name}}', 'insp', 'gone']);
    expect(out).toEqual({ code: 1, stdout: 'running /insp\n', stderr: 'Error response from daemon: No such container: gone\n' });
  });

  test('missing arguments and help follow docker', async () => {
    const none = await berth(['stop']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("berth: 'berth stop' requires at least 1 argument\n");
    const help = await berth(['container', 'kill', '--help']);
    expect(help.stdout).toContain('Usage:  berth container kill [OPTIONS] CONTAINER [CONTAINER...]');
    expect(help.stdout).toContain('-s, --signal');
    expect((await berth(['container', '--help'])).stdout).toMatch(/unpause +Unpause all processes/);
  });
});
