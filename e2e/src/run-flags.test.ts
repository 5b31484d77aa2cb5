/**
 * `run`/`create` options end to end: what each flag asks for is visible in inspect and felt inside
 * the container (limits, capabilities, read-only root, tmpfs, ulimits, init, stop signal and
 * timeout), through both the berth CLI and the real docker CLI against a real berthd; bad input
 * gets Docker's message and status from both and leaves nothing behind.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, type CommandResult, hasDockerCli, run, TestDaemon } from './harness';

const CLIS = hasDockerCli ? (['berth', 'docker'] as const) : (['berth'] as const);
type Cli = (typeof CLIS)[number];

describe('run and create options', () => {
  let daemon: TestDaemon;
  const cli = (which: Cli, args: string[]): Promise<CommandResult> => (which === 'berth' ? daemon.berth(args) : daemon.docker(args));

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  describe.each(CLIS)('through %s', (which) => {
    const $ = (args: string[]) => cli(which, args);

    it('--env-file (comments, quotes kept, bare names from the environment) then -e', async () => {
      const file = join(daemon.dir, `env-${which}`);
      await writeFile(file, '# settings\n\n  GREETING=hello world\nQUOTED="kept"\nHOME\nE1_SURELY_UNSET\nOVERRIDE=file\n');
      const out = await $(['run', '--rm', '--env-file', file, '-e', 'OVERRIDE=flag', 'busybox', 'env']);
      expect(out).toMatchObject({ code: 0, stderr: '' });
      const env = out.stdout.split('\n');
      expect(env).toEqual(expect.arrayContaining(['GREETING=hello world', 'QUOTED="kept"', `HOME=${process.env.HOME}`, 'OVERRIDE=flag']));
      expect(out.stdout).not.toContain('E1_SURELY_UNSET');
    });

    it('labels from -l and --label-file, and the stop settings, are in inspect', async () => {
      const file = join(daemon.dir, `labels-${which}`);
      await writeFile(file, 'team=core\n# not a label\n');
      const name = `labelled-${which}`;
      const created = await $(['create', '--name', name, '-l', 'tier=web', '-l', 'flag', '--label-file', file, '--stop-signal', 'SIGUSR1', '--stop-timeout', '3', 'busybox', 'true']);
      expect(created.code).toBe(0);
      const inspect = await $(['inspect', '-f', '{{.Config.StopSignal}} {{.Config.StopTimeout}} {{json .Config.Labels}}', name]);
      expect(inspect.stdout).toMatch(/^SIGUSR1 3 \{.*\}\n$/);
      expect(JSON.parse(inspect.stdout.slice('SIGUSR1 3 '.length))).toEqual({ flag: '', team: 'core', tier: 'web' });
      expect((await $(['rm', name])).code).toBe(0);
    });

    it('--health-* options and --no-healthcheck become Config.Healthcheck as Docker sends it', async () => {
      const checked = `checked-${which}`;
      const flags = ['--health-cmd', 'exit 0', '--health-interval', '2s', '--health-timeout', '1500ms', '--health-retries', '3', '--health-start-period', '1m'];
      expect((await $(['create', '--name', checked, ...flags, 'busybox', 'true'])).code).toBe(0);
      const unchecked = `unchecked-${which}`;
      expect((await $(['create', '--name', unchecked, '--no-healthcheck', 'busybox', 'true'])).code).toBe(0);
      const health = await $(['inspect', '-f', '{{json .Config.Healthcheck}}', checked, unchecked]);
      expect(health.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
        { Test: ['CMD-SHELL', 'exit 0'], Interval: 2e9, Timeout: 1.5e9, StartPeriod: 60e9, Retries: 3 },
        { Test: ['NONE'] },
      ]);
      expect((await $(['rm', checked, unchecked])).code).toBe(0);
    });

    it('stop sends --stop-signal, and kills after --stop-timeout', async () => {
      const trapper = `trapper-${which}`;
      const script = "trap 'exit 7' USR1; while :; do sleep 0.1; done";
      expect((await $(['run', '-d', '--name', trapper, '--stop-signal', 'USR1', 'busybox', 'sh', '-c', script])).code).toBe(0);
      const stubborn = `stubborn-${which}`;
      expect((await $(['run', '-d', '--name', stubborn, '--stop-timeout', '1', 'busybox', 'sleep', '60'])).code).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(await $(['stop', trapper])).toEqual({ code: 0, stdout: `${trapper}\n`, stderr: '' });
      const began = Date.now();
      expect(await $(['stop', stubborn])).toEqual({ code: 0, stdout: `${stubborn}\n`, stderr: '' });
      const took = Date.now() - began;
      // sleep as pid 1 ignores SIGTERM: the container's own timeout (1 s, not 10) ends it.
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(5000);
      expect((await $(['inspect', '-f', '{{.State.ExitCode}}', trapper, stubborn])).stdout).toBe('7\n137\n');
      expect((await $(['rm', trapper, stubborn])).code).toBe(0);
    });

    it('--read-only refuses writes; --tmpfs mounts a writable tmpfs', async () => {
      expect(await $(['run', '--rm', '--read-only', 'busybox', 'touch', '/x'])).toEqual({ code: 1, stdout: '', stderr: 'touch: /x: Read-only file system\n' });
      const out = await $(['run', '--rm', '--read-only', '--tmpfs', '/scratch:size=1m', 'busybox', 'sh', '-c', 'touch /scratch/x && grep " /scratch " /proc/mounts']);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/^tmpfs \/scratch tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k/);
    });

    it('--cap-drop/--cap-add decide the capabilities; --ulimit the rlimits', async () => {
      expect(await $(['run', '--rm', '--cap-drop', 'ALL', '--cap-add', 'NET_ADMIN', 'busybox', 'grep', 'CapEff', '/proc/self/status'])).toEqual({
        code: 0,
        stdout: 'CapEff:\t0000000000001000\n',
        stderr: '',
      });
      expect(await $(['run', '--rm', '--ulimit', 'nofile=100:200', 'busybox', 'sh', '-c', 'ulimit -n; ulimit -Hn'])).toEqual({ code: 0, stdout: '100\n200\n', stderr: '' });
    });

    it('memory, cpus and pids limits show in HostConfig and in the container cgroup', async () => {
      const name = `limited-${which}`;
      // Either cgroup layout: v2 files at the root, v1 per controller.
      const script = [
        'cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes',
        '(cut -d" " -f1 /sys/fs/cgroup/cpu.max 2>/dev/null || cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us)',
        'cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max',
      ].join('; ');
      const out = await $(['run', '--name', name, '-m', '64m', '--cpus', '0.5', '--pids-limit', '50', 'busybox', 'sh', '-c', script]);
      expect(out).toEqual({ code: 0, stdout: `${64 * 1024 * 1024}\n50000\n50\n`, stderr: '' });
      const inspect = await $(['inspect', '-f', '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{json .HostConfig.PidsLimit}}', name]);
      expect(inspect.stdout).toBe('67108864 500000000 50\n');
      expect((await $(['rm', name])).code).toBe(0);
    });

    it('--init runs the command under berth-init as pid 1', async () => {
      const out = await $(['run', '--rm', '--init', 'busybox', 'cat', '/proc/1/cmdline']);
      expect(out.code).toBe(0);
      expect(out.stdout.split('\0')[0]).toBe('/sbin/berth-init');
    });

    it('-a stdout attaches stdout only', async () => {
      expect(await $(['run', '--rm', '-a', 'stdout', 'busybox', 'sh', '-c', 'echo out; echo err >&2'])).toEqual({ code: 0, stdout: 'out\n', stderr: '' });
      expect(await $(['run', '--rm', '-a', 'stderr', 'busybox', 'sh', '-c', 'echo out; echo err >&2'])).toEqual({ code: 0, stdout: '', stderr: 'err\n' });
    });
  });

  describe('bad input', () => {
    const usage = (b: string) => `\n\nUsage:  ${b} run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun '${b} run --help' for more information\n`;
    const help = (b: string) => `\n\nRun '${b} run --help' for more information\n`;
    const flagError = (message: string) => (b: string) => `${message}${usage(b)}`;
    const runError = (message: string) => (b: string) => `${b}: ${message}${help(b)}`;
    const daemonError = (message: string) => runError(`Error response from daemon: ${message}`);

    // [flags, exit status, stderr for a binary name]; the image is busybox unless the flags name one.
    const cases: [string[], number, (b: string) => string][] = [
      [['--bogus'], 125, flagError('unknown flag: --bogus')],
      [['--memory', 'abc'], 125, flagError('invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\'')],
      [['--cpus', 'x'], 125, flagError('invalid argument "x" for "--cpus" flag: failed to parse x as a rational number')],
      [['--ulimit', 'bad'], 125, flagError('invalid argument "bad" for "--ulimit" flag: invalid ulimit argument: bad')],
      [['--ulimit', 'nofile=5:3'], 125, flagError('invalid argument "nofile=5:3" for "--ulimit" flag: ulimit soft limit must be less than or equal to hard limit: 5 > 3')],
      [['-a', 'foo'], 125, flagError('invalid argument "foo" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR')],
      [['-a', 'stdout', '-d'], 1, () => 'conflicting options: cannot specify both --attach and --detach\n'],
      [['--rm', '--restart', 'always'], 125, runError('conflicting options: cannot specify both --restart and --rm')],
      [['--restart', 'on-failure:x'], 125, runError('invalid restart policy format: maximum retry count must be an integer')],
      [['--device', 'a:b:c:d'], 125, runError('bad format for path: a:b:c:d')],
      [['--pull', 'bogus'], 125, runError('invalid pull option: \'bogus\': must be one of "always", "missing" or "never"')],
      [['--stop-signal', 'NOPE'], 125, daemonError('Invalid signal: NOPE')],
      [['--name', 'bad!'], 125, daemonError('Invalid container name (bad!), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed')],
      [['--memory', '1k'], 125, daemonError('Minimum memory limit allowed is 6MB')],
      [['--cap-add', 'bogus'], 125, daemonError('unknown capability: "CAP_BOGUS"')],
      [['--oom-score-adj', '5000'], 125, daemonError('Invalid value 5000, range for oom score adj is [-1000, 1000]')],
      [['--pull', 'never', 'nosuchimage'], 125, daemonError('No such image: nosuchimage')],
    ];

    it.each(cases)('%j: Docker’s message and status from both CLIs', async (flags, status, stderr) => {
      const args = ['run', ...flags, ...(flags.some((f) => f.startsWith('nosuch')) ? [] : ['busybox']), 'true'];
      for (const which of CLIS) expect(await cli(which, args)).toEqual({ code: status, stdout: '', stderr: stderr(which) });
    });

    it('the daemon-side refusals read the same through both CLIs', async () => {
      // Whatever berthd says (restart policy, missing device, missing image), both CLIs print it alike.
      const daemonSide = [['--restart', 'bogus', 'busybox'], ['--device', '/dev/e1-nonexistent', 'busybox'], ['nosuchimage']];
      for (const flags of daemonSide) {
        const berth = await daemon.berth(['run', ...flags]);
        expect(berth.code).not.toBe(0);
        expect(berth.stderr).toMatch(/Error response from daemon: /);
        if (!hasDockerCli) continue;
        const docker = await daemon.docker(['run', ...flags]);
        expect(berth).toEqual({ ...docker, stderr: docker.stderr.replace(/^docker: /m, 'berth: ').replace("'docker run --help'", "'berth run --help'") });
      }
    });

    it('--env-file that does not exist', async () => {
      // Through the launcher, as a user runs it: Node 20 would take `--env-file` itself without its `--`.
      const berth = await run(join(BIN, 'berth'), ['run', '--env-file', '/e1-nonexistent', 'busybox'], { BERTH_HOST: `unix://${daemon.socket}` });
      expect(berth).toEqual({ code: 125, stdout: '', stderr: runError('open /e1-nonexistent: no such file or directory')('berth') });
      if (hasDockerCli) {
        expect(await daemon.docker(['run', '--env-file', '/e1-nonexistent', 'busybox'])).toEqual({ code: 125, stdout: '', stderr: runError('open /e1-nonexistent: no such file or directory')('docker') });
      }
    });

    it('create refuses the same way', async () => {
      expect(await daemon.berth(['create', '--memory', 'abc', 'busybox'])).toEqual({
        code: 125,
        stdout: '',
        stderr: 'invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\'\n\nUsage:  berth create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'berth create --help\' for more information\n',
      });
      expect(await daemon.berth(['create', '--rm', '--restart', 'always', 'busybox'])).toEqual({
        code: 125,
        stdout: '',
        stderr: "berth: conflicting options: cannot specify both --restart and --rm\n\nRun 'berth create --help' for more information\n",
      });
    });

    it('left nothing behind', async () => {
      expect(await daemon.berth(['ps', '-a', '--format', '{{.Names}} {{.Command}} {{.Status}}'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(daemon.leftovers()).toEqual([]);
    });
  });
});
