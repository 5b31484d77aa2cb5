/**
 * Faults: berthd killed with SIGKILL (at rest and at random points of a run/rm loop), a shim
 * killed under its containers, runc killed in the middle of `create`. After each, the containers
 * are where Docker would have them, no exit code is lost, and nothing leaks (mounts, cgroups,
 * processes, sockets).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX_TAR, describeDocker, DOCKER_CLI, TestDaemon } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the docker CLI for `ms` milliseconds and returns what it printed by then. */
function dockerFor(daemon: TestDaemon, args: string[], ms: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(DOCKER_CLI, ['-H', daemon.host, ...args], { env: { ...process.env, DOCKER_CONFIG: join(daemon.dir, 'docker-config') } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Pids of the shims serving this daemon (their command lines name its exec root). */
function shimPids(daemon: TestDaemon): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((pid) => {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmdline.includes('berth-shim') && cmdline.includes(daemon.execRoot);
    } catch {
      return false;
    }
  }).map(Number);
}

/** Whether `pid` runs (a zombie only waits for whoever reaps orphans here: it is gone). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** A deterministic pseudo-random sequence (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeDocker('faults: berthd killed', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.start();
    expect((await daemon.docker(['load', '-i', BUSYBOX_TAR])).code).toBe(0);
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it('kill -9 of berthd: containers keep running, and a new berthd has their logs, output, exits and stop', async () => {
    const ticker = await daemon.docker(['run', '-d', '--name', 'ticker', 'busybox', 'sh', '-c', 'i=0; while true; do echo line $i; i=$((i+1)); sleep 0.2; done']);
    expect(ticker).toMatchObject({ code: 0, stderr: '' });
    expect(await daemon.docker(['run', '-d', '--name', 'quick', 'busybox', 'sh', '-c', 'sleep 1; exit 7'])).toMatchObject({ code: 0, stderr: '' });
    expect(await daemon.docker(['run', '-d', '--name', 'sleeper', 'busybox', 'sleep', '1000'])).toMatchObject({ code: 0, stderr: '' });
    await until('ticker output', async () => ((await daemon.docker(['logs', 'ticker'])).stdout.includes('line 2') ? true : undefined));

    await daemon.kill9();
    await sleep(2000); // quick exits while no daemon runs
    await daemon.restart();

    const ps = (await daemon.docker(['ps', '-a', '--format', '{{.Names}} {{.Status}}'])).stdout;
    expect(ps).toMatch(/^ticker Up /m);
    expect(ps).toMatch(/^sleeper Up /m);
    expect(ps).toMatch(/^quick Exited \(7\) /m);
    expect((await daemon.docker(['wait', 'quick'])).stdout.trim()).toBe('7');

    // The log has every line, including those written while berthd was down: no gap.
    const numbers = (await daemon.docker(['logs', 'ticker'])).stdout.trim().split('\n').map((l) => Number(l.split(' ')[1]));
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual(numbers.map((_, i) => i));

    // Live output reaches followers and attached clients again.
    const last = numbers[numbers.length - 1];
    const followed = await dockerFor(daemon, ['logs', '-f', '--tail', '0', 'ticker'], 1500);
    expect(followed).toMatch(/^line \d+$/m);
    expect(Number(/line (\d+)/.exec(followed)![1])).toBeGreaterThan(last);
    const attached = await dockerFor(daemon, ['attach', '--no-stdin', 'ticker'], 1500);
    expect(attached).toMatch(/^line \d+$/m);

    expect((await daemon.docker(['stop', '-t', '1', 'sleeper'])).code).toBe(0);
    expect((await daemon.docker(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'sleeper'])).stdout.trim()).toBe('exited 137');
    expect((await daemon.docker(['rm', '-f', 'ticker', 'quick', 'sleeper'])).code).toBe(0);
  });

  it('kill -9 at seeded random points of a run/rm loop: after restart no exit code is lost, nothing leaks', async () => {
    const random = seeded(4242);
    const expected = new Map<string, number>();
    for (let i = 0; i < 5; i++) {
      const name = `loop-${i}`;
      expected.set(name, 10 + i);
      const run = daemon.docker(['run', '-d', '--name', name, 'busybox', 'sh', '-c', `sleep 0.2; exit ${10 + i}`]);
      const remove = i > 0 ? daemon.docker(['rm', '-f', `loop-${i - 1}`]) : Promise.resolve(undefined);
      await sleep(Math.floor(random() * 400));
      await daemon.kill9();
      await Promise.all([run, remove]);
      await daemon.restart();
      if ((await daemon.docker(['inspect', `loop-${i - 1}`])).code !== 0) expected.delete(`loop-${i - 1}`);
    }
    await sleep(500);
    const states = (await daemon.docker(['ps', '-a', '--format', '{{.Names}}'])).stdout.trim().split('\n').filter(Boolean);
    for (const name of states) {
      const [status, code] = (await daemon.docker(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', name])).stdout.trim().split(' ');
      // Killed before its task started, a container stays created; once started, its own code is kept.
      if (status !== 'created') expect(`${name} ${status} ${code}`).toBe(`${name} exited ${expected.get(name)}`);
    }
    if (states.length) expect((await daemon.docker(['rm', '-f', ...states])).code).toBe(0);
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});

describeDocker('faults: shim and runc killed', () => {
  let daemon: TestDaemon;
  let wrapperDir: string;
  let armed: string;
  let hangMark: string;

  /** The next `runc create` will hang once it has set the container up; resolves with its pid. */
  async function hangNextCreate(): Promise<() => Promise<number>> {
    rmSync(hangMark, { force: true });
    writeFileSync(armed, '');
    return () => until('runc to hang in create', async () => (existsSync(hangMark) ? Number(readFileSync(hangMark, 'utf8')) : undefined));
  }

  beforeAll(async () => {
    // A `runc` first on berthd's PATH: while armed, `create` runs the real one, then waits (as a runc
    // stuck after setting the container up) until the test kills it; every other call passes through.
    wrapperDir = mkdtempSync(join(tmpdir(), 'berth-runc-'));
    armed = join(wrapperDir, 'armed');
    hangMark = join(wrapperDir, 'hang');
    writeFileSync(join(wrapperDir, 'runc'), `#!/bin/sh
for arg in "$@"; do
  if [ "$arg" = create ] && rm ${armed} 2>/dev/null; then
    /usr/sbin/runc "$@" || exit $?
    echo $$ > ${hangMark}.tmp && mv ${hangMark}.tmp ${hangMark}
    exec sleep 60
  fi
done
exec /usr/sbin/runc "$@"
`);
    chmodSync(join(wrapperDir, 'runc'), 0o755);
    daemon = await TestDaemon.start([], { env: { PATH: `${wrapperDir}:${process.env.PATH}` } });
    expect((await daemon.docker(['load', '-i', BUSYBOX_TAR])).code).toBe(0);
  });

  afterAll(async () => {
    await daemon?.cleanup();
    if (wrapperDir) rmSync(wrapperDir, { recursive: true, force: true });
  });

  it('runc killed mid-create: the start fails with a clear error and leaves no runtime state, mount or cgroup', async () => {
    const hung = await hangNextCreate();
    const run = daemon.docker(['run', '--name', 'victim', 'busybox', 'true']);
    process.kill(await hung(), 'SIGKILL');
    const result = await run;
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(/runc create .*killed by SIGKILL/);
    expect((await daemon.docker(['inspect', '-f', '{{.State.Status}}', 'victim'])).stdout.trim()).toBe('created');
    expect(daemon.leftovers().filter((l) => l.startsWith('mount') || l.startsWith('cgroup'))).toEqual([]);
    // The engine works on: the same container starts now.
    expect((await daemon.docker(['start', '-a', 'victim'])).code).toBe(0);
    expect((await daemon.docker(['rm', 'victim'])).code).toBe(0);
  });

  it('berthd killed mid-create: the next berthd removes the half-created task; the container stays created', async () => {
    const hung = await hangNextCreate();
    const run = daemon.docker(['run', '-d', '--name', 'halfway', 'busybox', 'sleep', '1000']);
    const runcPid = await hung();
    await daemon.kill9();
    await run;
    await daemon.restart();
    process.kill(runcPid, 'SIGKILL');
    expect((await daemon.docker(['inspect', '-f', '{{.State.Status}}', 'halfway'])).stdout.trim()).toBe('created');
    expect(daemon.leftovers().filter((l) => l.startsWith('mount') || l.startsWith('cgroup'))).toEqual([]);
    expect(await daemon.docker(['start', 'halfway'])).toMatchObject({ code: 0 });
    expect((await daemon.docker(['rm', '-f', 'halfway'])).code).toBe(0);
  });

  it('a shim killed under its containers: they exit with 255 and the reason, and leak nothing', async () => {
    expect(await daemon.docker(['run', '-d', '--name', 'orphan', 'busybox', 'sleep', '1000'])).toMatchObject({ code: 0, stderr: '' });
    const pid = Number((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'orphan'])).stdout.trim());
    expect(alive(pid)).toBe(true);
    for (const shim of shimPids(daemon)) process.kill(shim, 'SIGKILL');

    const state = await until('the container to be marked exited', async () => {
      const out = (await daemon.docker(['inspect', '-f', '{{.State.Status}}|{{.State.ExitCode}}|{{.State.Error}}', 'orphan'])).stdout.trim();
      return out.startsWith('exited') ? out : undefined;
    });
    expect(state).toBe("exited|255|the container's shim exited unexpectedly");
    expect(alive(pid)).toBe(false);
    expect(daemon.leftovers().filter((l) => l.startsWith('mount') || l.startsWith('cgroup'))).toEqual([]);
    expect((await daemon.docker(['wait', 'orphan'])).stdout.trim()).toBe('255');

    // New containers get a new shim.
    expect(await daemon.docker(['run', '--rm', 'busybox', 'echo', 'still here'])).toMatchObject({ code: 0, stdout: 'still here\n' });
    expect((await daemon.docker(['rm', 'orphan'])).code).toBe(0);
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});
