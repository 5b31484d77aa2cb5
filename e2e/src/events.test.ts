/**
 * `GET /events` against a real berthd: what the container and image commands publish, replayed by
 * `docker events --since/--until` and `berth events`, streamed live with filters, and the errors
 * for bad filters and times.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BUSYBOX_TAR, DOCKER_CLI, dockerIt, TestDaemon } from './harness';

const nowSeconds = () => (Date.now() / 1000).toFixed(3);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('events', () => {
  let daemon: TestDaemon;
  let busyboxId: string;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
    busyboxId = (await daemon.berth(['inspect', '-f', '{{.Id}}', 'busybox'])).stdout.trim();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  dockerIt('docker events --since/--until replays what the lifecycle and image commands did, in order', async () => {
    const t0 = nowSeconds();
    await sleep(20);
    expect(await daemon.docker(['run', '--rm', '--name', 'ev1', 'busybox', 'true'])).toMatchObject({ code: 0 });
    expect(await daemon.berth(['run', '-d', '--name', 'ev2', '--label', 'team=blue', 'busybox', 'sleep', '60'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['pause', 'ev2'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['unpause', 'ev2'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['exec', 'ev2', 'true'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['kill', 'ev2'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['wait', 'ev2'])).toMatchObject({ code: 0, stdout: '137\n' });
    expect(await daemon.docker(['commit', 'ev2', 'evcommit:1'])).toMatchObject({ code: 0 });
    const committed = (await daemon.berth(['inspect', '-f', '{{.Id}}', 'evcommit:1'])).stdout.trim();
    expect(await daemon.docker(['rm', 'ev2'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['tag', 'busybox', 'evtag:1'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['rmi', 'evtag:1'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['rmi', 'evcommit:1'])).toMatchObject({ code: 0 });
    expect(await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
    await sleep(20);
    const t1 = nowSeconds();

    const replay = await daemon.docker(['events', '--since', t0, '--until', t1, '--format', '{{json .}}']);
    expect(replay).toMatchObject({ code: 0, stderr: '' });
    type Seen = { Type: string; Action: string; Actor: { ID: string; Attributes: Record<string, string> } };
    const seen = replay.stdout.trim().split('\n').map((l) => JSON.parse(l) as Seen);
    // Each container event as `action exitCode-or-signal`.
    // `detach` (another slice's event) is left out: this is about the order of the others.
    const of = (name: string) => seen.filter((e) => e.Type === 'container' && e.Actor.Attributes.name === name && e.Action !== 'detach')
      .map((e) => `${e.Action} ${e.Actor.Attributes.exitCode ?? e.Actor.Attributes.signal ?? ''}`);
    expect(of('ev1')).toEqual(['create ', 'attach ', 'start ', 'die 0', 'destroy ']);
    expect(of('ev2')).toEqual([
      'create ', 'start ', 'pause ', 'unpause ', 'exec_create: true  ', 'exec_start: true  ', 'exec_die 0', 'kill 9', 'die 137', 'commit ', 'destroy ',
    ]);
    const images = seen.filter((e) => e.Type === 'image').map((e) => `${e.Action} ${e.Actor.Attributes.name}`);
    expect(images).toEqual([
      'tag evcommit:1', 'tag evtag:1', `untag ${busyboxId}`, `untag ${committed}`, `delete ${committed}`, `load ${busyboxId}`,
    ]);

    // The default line: RFC 3339 time with nanoseconds, type, action, id, attributes sorted by key.
    const plain = await daemon.docker(['events', '--since', t0, '--until', t1, '--filter', 'container=ev2', '--filter', 'event=create']);
    expect(plain.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}(Z|[+-]\d\d:\d\d) container create [0-9a-f]{64} \(image=busybox, name=ev2, team=blue\)\n$/);

    // berth prints the same lines for the same window, and the same JSON as the daemon sent.
    expect(await daemon.berth(['events', '--since', t0, '--until', t1, '--filter', 'container=ev2', '--filter', 'event=create'])).toEqual(plain);
    const json = await daemon.berth(['system', 'events', '--since', t0, '--until', t1, '--format', 'json', '--filter', 'label=team=blue', '--filter', 'event=kill']);
    const killed = JSON.parse(json.stdout) as { Type: string; Action: string; Actor: { Attributes: Record<string, string> }; timeNano: number; from: string };
    expect(killed).toMatchObject({ Type: 'container', Action: 'kill', from: 'busybox', Actor: { Attributes: { signal: '9', team: 'blue', name: 'ev2' } } });
    expect(json.stdout).toMatch(/"timeNano":\d{19}}\n$/);
    // The docker CLI re-encodes what it got: the same bytes as berth's.
    const asJson = ['events', '--since', t0, '--until', t1, '--format', 'json', '--filter', 'container=ev2'];
    expect(await daemon.berth(asJson)).toEqual(await daemon.docker(asJson));

    // Filters by image (the repository without its tag), type and event prefix.
    const byImage = await daemon.berth(['events', '--since', t0, '--until', t1, '--filter', 'image=evtag', '--format', '{{.Action}}']);
    expect(byImage.stdout).toBe('tag\n');
    const execs = await daemon.berth(['events', '--since', t0, '--until', t1, '--filter', 'event=exec_start', '--format', '{{.Action}}']);
    expect(execs.stdout).toBe('exec_start: true \n');
  }, 60_000);

  dockerIt('stop and restart report the signals sent, die, stop, and restart after the new start', async () => {
    expect(await daemon.berth(['run', '-d', '--name', 'ev3', 'busybox', 'sleep', '60'])).toMatchObject({ code: 0 });
    const t0 = nowSeconds();
    await sleep(20);
    // sleep as pid 1 ignores SIGTERM: the stop ends with SIGKILL.
    expect(await daemon.docker(['stop', '-t', '1', 'ev3'])).toMatchObject({ code: 0 });
    // Of a stopped container, restart is a start.
    expect(await daemon.docker(['restart', '-t', '0', 'ev3'])).toMatchObject({ code: 0 });
    expect(await daemon.docker(['rm', '-f', 'ev3'])).toMatchObject({ code: 0 });
    await sleep(20);
    const out = await daemon.berth(['events', '--since', t0, '--until', nowSeconds(), '--filter', 'container=ev3', '--format', 'json']);
    const seen = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { Action: string; Actor: { Attributes: Record<string, string> } });
    expect(seen.map((e) => `${e.Action} ${e.Actor.Attributes.signal ?? e.Actor.Attributes.exitCode ?? ''}`)).toEqual([
      'kill 15', 'kill 9', 'die 137', 'stop ', 'start ', 'restart ', 'kill 9', 'die 137', 'destroy ',
    ]);
  }, 30_000);

  dockerIt('a live `docker events` with filters sees a start as it happens, and nothing it filtered out', async () => {
    const child = spawn(DOCKER_CLI, ['-H', `unix://${daemon.socket}`, 'events', '--filter', 'type=container', '--filter', 'event=start', '--format', '{{.Action}} {{.Actor.Attributes.name}}'], {
      env: { ...process.env, DOCKER_CONFIG: join(daemon.dir, 'docker-config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await sleep(500);
      expect(await daemon.berth(['run', '--rm', '--name', 'live', 'busybox', 'true'])).toMatchObject({ code: 0 });
      for (let i = 0; i < 50 && !out.includes('start live'); i++) await sleep(100);
      expect(out).toBe('start live\n');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);

  dockerIt('an `until` in the future ends the stream then', async () => {
    const began = Date.now();
    const since = nowSeconds();
    const result = await daemon.docker(['events', '--since', since, '--until', (Number(since) + 1).toFixed(3)]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
    expect(Date.now() - began).toBeLessThan(5000);
  });

  dockerIt("bad filters and times get docker's errors from both CLIs", async () => {
    for (const cli of ['docker', 'berth'] as const) {
      const badFilter = await daemon[cli](['events', '--filter', 'colour=red']);
      expect(badFilter).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid filter 'colour'\n" });
      const badTime = await daemon[cli](['events', '--since', 'yesterday']);
      expect(badTime).toEqual({ code: 1, stdout: '', stderr: 'failed to parse value as time or duration: "yesterday"\n' });
    }
    const reversed = await daemon.berth(['events', '--since', '20', '--until', '10']);
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toBe('Error response from daemon: `since` time (20) cannot be after `until` time (10)\n');
  });

  it('leaves nothing behind', async () => {
    expect(await daemon.berth(['ps', '-a', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
