/**
 * berthd's configuration as dockerd applies it: OCI runtimes by name (daemon.json `runtimes`,
 * `default-runtime`, `--add-runtime`) chosen per container by `--runtime`, its own log filtered by
 * `log-level` (reloaded by SIGHUP), registry settings normalised and checked, `info`'s counts, and
 * configuration errors that exit 1 with the message alone.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, DOCKER_CLI, describeDocker, run, TestDaemon } from './harness';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'berth-runtimes-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('configuration errors', () => {
  it('exit 1 with the message alone (no usage); a bad flag stays a usage error (125)', async () => {
    const socket = join(dir, 'bad.sock');
    const start = (config: string | undefined, ...extra: string[]) => {
      const file = join(dir, 'bad.json');
      if (config !== undefined) writeFileSync(file, config);
      return run(process.execPath, [join(BIN, 'berthd.js'), '--data-root', join(dir, 'bad-data'), '--exec-root', join(dir, 'bad-exec'), '-H', `unix://${socket}`, '--config-file', file, ...extra], {});
    };
    const file = join(dir, 'bad.json');
    const cases: [string | undefined, string[], string][] = [
      ['{"nope": true}', [], `unable to configure the berth daemon with file ${file}: the following directives don't match any configuration option: nope`],
      ['{"debug": "yes"}', [], 'json: cannot unmarshal string into Go struct field Config.debug of type bool'],
      ['{"debug": false}', ['-D'], 'the following directives are specified both as a flag and in the configuration file: debug'],
      ['{"registry-mirrors": ["mirror.example"]}', [], 'invalid mirror: "mirror.example" is not a valid URI'],
      ['{"insecure-registries": ["bad_host!"]}', [], 'insecure registry bad_host! is not valid: invalid host "bad_host!"'],
      ['{"runtimes": {"runc": {"path": "/bin/true"}}}', [], "runtime name 'runc' is reserved"],
      ['{"default-runtime": "nope"}', [], "specified default runtime 'nope' does not exist"],
    ];
    for (const [config, extra, message] of cases) {
      const r = await start(config, ...extra);
      expect({ config, code: r.code, stderr: r.stderr }).toEqual({ config, code: 1, stderr: expect.stringContaining(message) });
      expect(r.stderr).not.toContain('Usage:');
      expect(existsSync(socket)).toBe(false);
      expect(existsSync(join(dir, 'bad-data'))).toBe(false);
    }
    // A directory is no file to read.
    mkdirSync(join(dir, 'is-a-dir.json'));
    const unreadable = await run(process.execPath, [join(BIN, 'berthd.js'), '--data-root', join(dir, 'bad-data'), '-H', `unix://${socket}`, '--config-file', join(dir, 'is-a-dir.json')], {});
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(`unable to configure the berth daemon with file ${join(dir, 'is-a-dir.json')}: open ${join(dir, 'is-a-dir.json')}: is a directory`);
    const usage = await start('{}', '--bogus');
    expect(usage.code).toBe(125);
    expect(usage.stderr).toContain('unknown flag: --bogus');
    expect(usage.stderr).toContain('Usage:');
  });
});

describe('log level', () => {
  it('filters berthd lines; -D implies debug; SIGHUP reloads the level', async () => {
    const config = join(dir, 'quiet.json');
    writeFileSync(config, JSON.stringify({ 'log-level': 'error' }));
    const quiet = await TestDaemon.start(['--config-file', config]);
    // Two daemons at once: the second leaves the shared default bridge and BERTH chains to the first.
    const debug = await TestDaemon.start(['-D', '--bridge', 'none', '--iptables=false']);
    try {
      expect(quiet.log).not.toContain('level=info');
      expect(quiet.log).not.toContain('API listen on');
      expect(debug.log).toContain('level=debug options:');
      expect(debug.log).toContain('level=info berthd');
      // Reloaded to info: the reload's own (info) line is written only if the new level is in force.
      writeFileSync(config, JSON.stringify({ 'log-level': 'info' }));
      process.kill(quiet.pid, 'SIGHUP');
      await until(() => quiet.log.includes('level=info Reloaded configuration: {"log-level":"info"}'), 'the reload line');
      expect(quiet.log).not.toContain('level=debug');
    } finally {
      await quiet.cleanup();
      await debug.cleanup();
    }
  });
});

describeDocker('runtimes and info', () => {
  let daemon: TestDaemon;
  let calls: string;

  beforeAll(async () => {
    // A runtime that notes each call, drops its marker argument (runtimeArgs) and runs runc.
    calls = join(dir, 'calls.log');
    const wrapper = join(dir, 'wrapped.sh');
    writeFileSync(wrapper, `#!/bin/sh\nmarker="$1"; shift\necho "$marker $*" >> ${calls}\nexec runc "$@"\n`);
    chmodSync(wrapper, 0o755);
    const config = join(dir, 'daemon.json');
    writeFileSync(config, JSON.stringify({
      runtimes: { wrapped: { path: wrapper, runtimeArgs: ['--from-runtime-args'] } },
      'default-runtime': 'wrapped',
      'registry-mirrors': ['https://mirror.example'],
      'insecure-registries': ['10.9.0.0/16', 'reg.local:5000'],
    }));
    daemon = await TestDaemon.withBusybox(['--config-file', config]);
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  const runtimeCalls = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);

  it('runs a container with the default runtime, with its runtimeArgs; --runtime runc bypasses it', async () => {
    const byDefault = await daemon.docker(['run', '--name', 'by-default', 'busybox', 'echo', 'hello']);
    expect(byDefault.stdout).toBe('hello\n');
    expect((await daemon.docker(['inspect', '-f', '{{.HostConfig.Runtime}}', 'by-default'])).stdout.trim()).toBe('wrapped');
    const seen = runtimeCalls();
    expect(seen.some((line) => /^--from-runtime-args --root \S+ .*create .*--bundle/.test(line))).toBe(true);
    expect(seen.every((line) => line.startsWith('--from-runtime-args '))).toBe(true);

    const before = runtimeCalls().length;
    const plain = await daemon.docker(['run', '--rm', '--runtime', 'runc', 'busybox', 'true']);
    expect(plain.code).toBe(0);
    expect(runtimeCalls().length).toBe(before);
    const chosen = await daemon.docker(['run', '--rm', '--runtime', 'wrapped', 'busybox', 'true']);
    expect(chosen.code).toBe(0);
    expect(runtimeCalls().length).toBeGreaterThan(before);
    expect((await daemon.docker(['rm', 'by-default'])).code).toBe(0);
  });

  it("refuses an unknown --runtime with dockerd's message, creating nothing", async () => {
    const r = await daemon.docker(['run', '--rm', '--runtime', 'nope', 'busybox', 'true']);
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('unknown or invalid runtime name: nope');
    expect((await daemon.docker(['ps', '-aq'])).stdout).toBe('');
  });

  it('info: runtimes, default runtime, normalised mirrors, insecure registries, event listeners, d_type', async () => {
    const info = (format: string) => daemon.docker(['info', '--format', format]).then((r) => r.stdout.trim());
    expect(JSON.parse(await info('{{json .Runtimes}}'))).toMatchObject({ runc: { path: 'runc' }, wrapped: { path: join(dir, 'wrapped.sh'), runtimeArgs: ['--from-runtime-args'] } });
    expect(await info('{{.DefaultRuntime}}')).toBe('wrapped');
    expect(await info('{{.RegistryConfig.Mirrors}}')).toBe('[https://mirror.example/]');
    expect(await info('{{json .RegistryConfig.InsecureRegistryCIDRs}}')).toContain('10.9.0.0/16');
    expect(await info('{{json .DriverStatus}}')).toContain('["Supports d_type","true"]');

    expect(await info('{{.NEventsListener}}')).toBe('0');
    const events = spawn(DOCKER_CLI, ['-H', daemon.host, 'events'], { stdio: 'ignore' });
    const listeners = async (want: string) => {
      const deadline = Date.now() + 5000;
      let seen = '';
      while (Date.now() < deadline && (seen = await info('{{.NEventsListener}}')) !== want) await new Promise((r) => setTimeout(r, 100));
      return seen;
    };
    try {
      expect(await listeners('1')).toBe('1');
    } finally {
      events.kill();
    }
    expect(await listeners('0')).toBe('0');
  });
});
