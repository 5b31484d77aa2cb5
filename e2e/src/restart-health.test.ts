/**
 * Restart policies and health checks, as dockerd applies them, driven through the real docker CLI
 * (which sends HostConfig.RestartPolicy and Config.Healthcheck) and the Engine API, against a real
 * berthd running busybox under runc.
 */
import { BUSYBOX_TAR, dockerIt, TestDaemon } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Inspected {
  RestartCount: number;
  State: { Status: string; Running: boolean; Restarting: boolean; ExitCode: number; Health?: { Status: string; FailingStreak: number; Log: Array<{ ExitCode: number; Output: string }> } };
}

describe('restart policies and health checks', () => {
  let daemon: TestDaemon;

  async function inspect(name: string): Promise<Inspected> {
    const res = await daemon.docker(['inspect', name]);
    expect(res.code).toBe(0);
    return (JSON.parse(res.stdout) as Inspected[])[0];
  }

  /** Polls `inspect` until `ok` holds (or fails with the last state seen). */
  async function until(name: string, ok: (c: Inspected) => boolean, timeoutMs = 15_000): Promise<Inspected> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const c = await inspect(name);
      if (ok(c)) return c;
      if (Date.now() > deadline) throw new Error(`${name} never got there; last: ${JSON.stringify({ RestartCount: c.RestartCount, State: c.State })}`);
      await sleep(50);
    }
  }

  async function containerCount(): Promise<number> {
    return (await daemon.docker(['ps', '-aq'])).stdout.split('\n').filter(Boolean).length;
  }

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it("refuses bad restart policies and health checks with dockerd's messages, creating nothing", async () => {
    const before = await containerCount();
    const refusals: Array<[object, string]> = [
      [{ RestartPolicy: { Name: 'sometimes' } }, "invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"],
      [{ RestartPolicy: { Name: 'always', MaximumRetryCount: 2 } }, "invalid restart policy: maximum retry count can only be used with 'on-failure'"],
      [{ RestartPolicy: { Name: 'on-failure', MaximumRetryCount: -1 } }, 'invalid restart policy: maximum retry count cannot be negative'],
      [{ RestartPolicy: { Name: 'unless-stopped' }, AutoRemove: true }, "can't create 'AutoRemove' container with restart policy"],
    ];
    for (const [hostConfig, message] of refusals) {
      const res = await daemon.api('POST', '/v1.51/containers/create', { Image: 'busybox', Cmd: ['true'], HostConfig: hostConfig });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ message });
    }
    const bad = await daemon.api('POST', '/v1.51/containers/create', { Image: 'busybox', Cmd: ['true'], Healthcheck: { Test: ['CMD', 'true'], Interval: 1000 } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({ message: 'Interval in Healthcheck cannot be less than 1ms' });
    // The docker CLI gets the daemon's answer, exit code 125.
    const cli = await daemon.docker(['run', '-d', '--restart', 'always:3', 'busybox', 'true']);
    expect(cli.code).toBe(125);
    expect(cli.stderr).toContain("invalid restart policy: maximum retry count can only be used with 'on-failure'");
    expect(await containerCount()).toBe(before);
  });

  dockerIt('on-failure:2 restarts a failing container twice, then leaves it exited', async () => {
    const since = Math.floor(Date.now() / 1000);
    const run = await daemon.docker(['run', '-d', '--name', 'flaky', '--restart', 'on-failure:2', 'busybox', 'sh', '-c', 'echo try; exit 3']);
    expect(run.code).toBe(0);
    const done = await until('flaky', (c) => c.RestartCount === 2 && c.State.Status === 'exited');
    expect(done.State).toMatchObject({ Running: false, Restarting: false, ExitCode: 3 });
    // Three runs (the first and two restarts) and no more, even after a while.
    await sleep(1500);
    expect((await inspect('flaky')).RestartCount).toBe(2);
    expect((await daemon.docker(['logs', 'flaky'])).stdout).toBe('try\ntry\ntry\n');
    // Each restart is a die then a start (no `restart` event: that is `docker restart`'s).
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(Math.ceil(Date.now() / 1000) + 1), '--filter', 'container=flaky', '--filter', 'event=start', '--filter', 'event=die', '--filter', 'event=restart', '--format', '{{.Action}} {{index .Actor.Attributes "exitCode"}}']);
    expect(events).toMatchObject({ code: 0, stdout: 'start \ndie 3\nstart \ndie 3\nstart \ndie 3\n' });
    // A zero exit is not a failure: on-failure leaves it.
    expect((await daemon.docker(['run', '-d', '--name', 'fine', '--restart', 'on-failure', 'busybox', 'true'])).code).toBe(0);
    await until('fine', (c) => c.State.Status === 'exited');
    await sleep(500);
    expect((await inspect('fine')).RestartCount).toBe(0);
    expect((await daemon.docker(['rm', 'flaky', 'fine'])).code).toBe(0);
  });

  dockerIt('always restarts after every exit with a growing delay, and stop during the backoff leaves it exited', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'looper', '--restart', 'always', 'busybox', 'true'])).code).toBe(0);
    const began = Date.now();
    // Delays 100, 200, 400, 800 ms: the fifth restart comes no sooner than 1.5 s after the first exit.
    await until('looper', (c) => c.RestartCount >= 5);
    expect(Date.now() - began).toBeGreaterThanOrEqual(1500);
    // The sixth delay is 3.2 s: long enough to catch it waiting.
    const waiting = await until('looper', (c) => c.RestartCount >= 6 && c.State.Restarting);
    expect(waiting.State).toMatchObject({ Status: 'restarting', Running: true, Restarting: true });
    expect((await daemon.docker(['ps', '--filter', 'name=looper', '--format', '{{.Status}}'])).stdout).toMatch(/^Restarting \(0\) /);
    // docker info counts it as stopped, as dockerd does.
    expect((await daemon.docker(['info', '--format', '{{.ContainersRunning}} {{.ContainersStopped}}'])).stdout).toBe('0 1\n');
    // Pause and exec wait for a process, as dockerd.
    for (const args of [['pause', 'looper'], ['exec', 'looper', 'true']]) {
      const refused = await daemon.docker(args);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('is restarting, wait until the container is running');
    }
    // rm without force refuses a restarting container, as dockerd.
    const rm = await daemon.docker(['rm', 'looper']);
    expect(rm.code).toBe(1);
    expect(rm.stderr).toContain('You cannot remove a restarting container');
    expect(await daemon.docker(['stop', 'looper'])).toMatchObject({ code: 0, stdout: 'looper\n' });
    const count = (await inspect('looper')).RestartCount;
    expect((await inspect('looper')).State).toMatchObject({ Status: 'exited', Running: false, Restarting: false });
    await sleep(4000);
    expect(await inspect('looper')).toMatchObject({ RestartCount: count, State: { Status: 'exited' } });
    // A user's start begins a new series: RestartCount starts over.
    expect((await daemon.docker(['start', 'looper'])).code).toBe(0);
    await until('looper', (c) => c.RestartCount >= 1);
    expect((await daemon.docker(['rm', '-f', 'looper'])).code).toBe(0);
    expect((await daemon.docker(['ps', '-aq', '--filter', 'name=looper'])).stdout).toBe('');
  });

  dockerIt('docker kill of an always container is not restarted; a process killed from outside is', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'killed', '--restart', 'always', 'busybox', 'sleep', '60'])).code).toBe(0);
    expect((await daemon.docker(['kill', 'killed'])).code).toBe(0);
    await until('killed', (c) => c.State.Status === 'exited');
    await sleep(1000);
    expect(await inspect('killed')).toMatchObject({ RestartCount: 0, State: { Status: 'exited', ExitCode: 137 } });
    // A process killed from outside (not through the daemon) is an exit like any other: restarted.
    expect((await daemon.docker(['start', 'killed'])).code).toBe(0);
    process.kill(Number((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'killed'])).stdout), 'SIGKILL');
    await until('killed', (c) => c.RestartCount === 1 && c.State.Status === 'running');
    expect((await daemon.docker(['rm', '-f', 'killed'])).code).toBe(0);
  });

  dockerIt('across a daemon restart: always and unless-stopped come back, unless-stopped stopped by hand stays stopped', async () => {
    for (const [name, policy] of [['always1', 'always'], ['unless1', 'unless-stopped'], ['unless2', 'unless-stopped'], ['never1', 'no']]) {
      expect((await daemon.docker(['run', '-d', '--name', name, '--restart', policy, 'busybox', 'sleep', '600'])).code).toBe(0);
    }
    expect((await daemon.docker(['stop', '-t', '0', 'unless2'])).code).toBe(0);
    // One waiting to restart when the daemon stops: its pending restart is dropped, not kept alive.
    expect((await daemon.docker(['run', '-d', '--name', 'bouncer', '--restart', 'always', 'busybox', 'true'])).code).toBe(0);
    await until('bouncer', (c) => c.RestartCount >= 6 && c.State.Restarting);
    // A clean daemon stop (no live-restore) stops the containers; that is not a stop by hand.
    expect(await daemon.stop()).toBe(0);
    await daemon.restart();
    await until('bouncer', (c) => c.RestartCount >= 1);
    expect((await daemon.docker(['rm', '-f', 'bouncer'])).code).toBe(0);
    await until('always1', (c) => c.State.Status === 'running');
    await until('unless1', (c) => c.State.Status === 'running');
    expect((await inspect('unless2')).State.Status).toBe('exited');
    expect((await inspect('never1')).State.Status).toBe('exited');

    // An exit while berthd was down (killed with -9) is learnt at its start, and always restarts it.
    const pid = Number((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'always1'])).stdout);
    expect(pid).toBeGreaterThan(0);
    await daemon.kill9();
    process.kill(pid, 'SIGKILL');
    await daemon.restart();
    const back = await until('always1', (c) => c.State.Status === 'running' && c.RestartCount === 1);
    expect(back.State.ExitCode).toBe(0);
    expect((await daemon.docker(['rm', '-f', 'always1', 'unless1', 'unless2', 'never1'])).code).toBe(0);
  });

  dockerIt('docker wait returns at the exit even when the policy restarts the container', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'waited', '--restart', 'on-failure:1', 'busybox', 'sh', '-c', 'sleep 1; exit 4'])).code).toBe(0);
    expect(await daemon.docker(['wait', 'waited'])).toMatchObject({ code: 0, stdout: '4\n' });
    await until('waited', (c) => c.RestartCount === 1 && c.State.Status === 'exited');
    expect((await daemon.docker(['rm', 'waited'])).code).toBe(0);
  });

  dockerIt('with live-restore, a restarted daemon finds an always container still running, not restarted', async () => {
    // A second daemon beside the suite's: no default bridge or BERTH chains of its own to fight over.
    const live = await TestDaemon.start(['--live-restore', '--bridge', 'none', '--iptables=false']);
    try {
      expect((await live.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
      expect((await live.docker(['run', '-d', '--name', 'keeper', '--restart', 'always', '--health-cmd', 'true', '--health-interval', '200ms', 'busybox', 'sleep', '600'])).code).toBe(0);
      const pid = (await live.docker(['inspect', '-f', '{{.State.Pid}}', 'keeper'])).stdout;
      expect(await live.stop()).toBe(0);
      await live.restart();
      expect(await live.docker(['inspect', '-f', '{{.State.Status}} {{.RestartCount}} {{.State.Pid}}', 'keeper'])).toMatchObject({ stdout: `running 0 ${pid}` });
      // The restored container is probed again.
      const deadline = Date.now() + 10_000;
      let health = '';
      while (health !== 'healthy\n' && Date.now() < deadline) {
        await sleep(100);
        health = (await live.docker(['inspect', '-f', '{{.State.Health.Status}}', 'keeper'])).stdout;
      }
      expect(health).toBe('healthy\n');
      expect((await live.docker(['rm', '-f', 'keeper'])).code).toBe(0);
      expect(await live.stop()).toBe(0);
      expect(live.leftovers()).toEqual([]);
    } finally {
      await live.cleanup();
    }
  });

  dockerIt('a passing health check makes the container healthy: docker ps, inspect and events', async () => {
    const since = Math.floor(Date.now() / 1000);
    const run = await daemon.docker(['run', '-d', '--name', 'doc', '--health-cmd', 'echo ok', '--health-interval', '200ms', '--health-retries', '2', 'busybox', 'sleep', '600']);
    expect(run.code).toBe(0);
    expect((await inspect('doc')).State.Health?.Status).toBe('starting');
    const healthy = await until('doc', (c) => c.State.Health?.Status === 'healthy');
    expect(healthy.State.Health).toMatchObject({ FailingStreak: 0 });
    expect(healthy.State.Health?.Log[0]).toMatchObject({ ExitCode: 0, Output: 'ok\n' });
    expect((await daemon.docker(['ps', '--filter', 'name=doc', '--format', '{{.Status}}'])).stdout).toMatch(/^Up .* \(healthy\)\n$/);
    expect((await daemon.docker(['inspect', '-f', '{{.State.Health.Status}}', 'doc'])).stdout).toBe('healthy\n');
    // The probes are execs, as with dockerd, but finished ones are not kept for `exec inspect`: at
    // most the probe in flight is listed, however many have run.
    expect(['0\n', '1\n']).toContain((await daemon.docker(['inspect', '-f', '{{len .ExecIDs}}', 'doc'])).stdout);
    // dockerd's event for the change (one, however many probes passed), as `docker events` shows it.
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(Math.ceil(Date.now() / 1000) + 1), '--filter', 'container=doc', '--filter', 'event=health_status', '--format', '{{.Action}}']);
    expect(events).toMatchObject({ code: 0, stdout: 'health_status: healthy\n' });
    // Probes stop with the container; a start begins as `starting` again.
    expect((await daemon.docker(['stop', '-t', '0', 'doc'])).code).toBe(0);
    const logLength = (await inspect('doc')).State.Health?.Log.length;
    await sleep(600);
    expect((await inspect('doc')).State.Health?.Log.length).toBe(logLength);
    expect((await daemon.docker(['start', 'doc'])).code).toBe(0);
    expect((await inspect('doc')).State.Health?.Status).toBe('starting');
    await until('doc', (c) => c.State.Health?.Status === 'healthy');
    expect((await daemon.docker(['rm', '-f', 'doc'])).code).toBe(0);
  });

  dockerIt('a failing health check makes it unhealthy after the retries; a slow one times out', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'sick', '--health-cmd', 'echo bad >&2; exit 1', '--health-interval', '200ms', '--health-retries', '3', 'busybox', 'sleep', '600'])).code).toBe(0);
    const sick = await until('sick', (c) => c.State.Health?.Status === 'unhealthy');
    expect(sick.State.Health?.FailingStreak).toBe(3);
    expect(sick.State.Health?.Log.at(-1)).toMatchObject({ ExitCode: 1, Output: 'bad\n' });
    expect((await daemon.docker(['ps', '--filter', 'name=sick', '--format', '{{.Status}}'])).stdout).toMatch(/^Up .* \(unhealthy\)\n$/);
    // Keeps five results.
    await until('sick', (c) => (c.State.Health?.FailingStreak ?? 0) >= 6);
    expect((await inspect('sick')).State.Health?.Log).toHaveLength(5);

    expect((await daemon.docker(['run', '-d', '--name', 'slow', '--health-cmd', 'sleep 5', '--health-interval', '100ms', '--health-timeout', '300ms', '--health-retries', '1', 'busybox', 'sleep', '600'])).code).toBe(0);
    const slow = await until('slow', (c) => c.State.Health?.Status === 'unhealthy');
    expect(slow.State.Health?.Log[0]).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (300ms)' });
    // The timed-out probe was killed: only the container's own process is left.
    const top = await daemon.docker(['exec', 'slow', 'ps', '-o', 'comm']);
    expect(top.stdout).not.toMatch(/\bsleep\b[\s\S]*\bsleep\b[\s\S]*\bsleep\b/);
    expect((await daemon.docker(['rm', '-f', 'sick', 'slow'])).code).toBe(0);
  });

  dockerIt('--no-healthcheck and a start period', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'plain', '--no-healthcheck', 'busybox', 'sleep', '600'])).code).toBe(0);
    const plain = await inspect('plain');
    expect(plain.State.Health).toBeUndefined();
    expect((await daemon.docker(['ps', '--filter', 'name=plain', '--format', '{{.Status}}'])).stdout).toMatch(/^Up [^(]*\n$/);

    // Failures within the start period do not count: still starting after many failed probes.
    expect((await daemon.docker(['run', '-d', '--name', 'warming', '--health-cmd', 'false', '--health-interval', '100ms', '--health-start-period', '30s', '--health-start-interval', '100ms', '--health-retries', '1', 'busybox', 'sleep', '600'])).code).toBe(0);
    const warming = await until('warming', (c) => (c.State.Health?.Log.length ?? 0) >= 3);
    expect(warming.State.Health).toMatchObject({ Status: 'starting', FailingStreak: 0 });
    expect((await daemon.docker(['ps', '--filter', 'name=warming', '--format', '{{.Status}}'])).stdout).toMatch(/^Up .* \(health: starting\)\n$/);
    expect((await daemon.docker(['rm', '-f', 'plain', 'warming'])).code).toBe(0);
  });

  dockerIt('rm -f during the backoff removes the container; nothing is left behind', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'quitter', '--restart', 'always', 'busybox', 'true'])).code).toBe(0);
    await until('quitter', (c) => c.RestartCount >= 5 && c.State.Restarting);
    expect(await daemon.docker(['rm', '-f', 'quitter'])).toMatchObject({ code: 0, stdout: 'quitter\n' });
    expect((await daemon.docker(['ps', '-aq'])).stdout).toBe('');
    // The cancelled restart does not bring it back.
    await sleep(3500);
    expect((await daemon.docker(['ps', '-aq'])).stdout).toBe('');
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
