/**
 * `top` and `stats` against a real berthd running busybox under runc, through the real docker CLI
 * and berth: processes as the host's ps sees them, CPU, memory, pids and limits from the cgroups.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, describeDocker, DOCKER_CLI, TestDaemon } from './harness';

const MiB = 1024 * 1024;

/** `12.5MiB` → bytes (binary units as docker stats prints them). */
function bytesOf(text: string): number {
  const m = /^([\d.]+)(B|KiB|MiB|GiB)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text}`);
  return Number(m[1]) * { B: 1, KiB: 1024, MiB: MiB, GiB: 1024 * MiB }[m[2] as 'B' | 'KiB' | 'MiB' | 'GiB'];
}

describeDocker('top and stats', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
    const started = await Promise.all([
      daemon.docker(['run', '-d', '--name', 'sleeper', 'busybox', 'sh', '-c', 'sleep 1000 & sleep 1001 & wait']),
      daemon.docker(['run', '-d', '--name', 'burner', 'busybox', 'sh', '-c', 'while :; do :; done']),
      daemon.docker(['run', '-d', '--name', 'capped', '--memory', '32m', 'busybox', 'sleep', '1000']),
      daemon.docker(['create', '--name', 'idle', 'busybox', 'true']),
    ]);
    for (const r of started) expect(r).toMatchObject({ code: 0, stderr: '' });
  }, 60_000);

  afterAll(async () => {
    await daemon?.cleanup();
  }, 60_000);

  it('top lists the container processes and only them; berth prints what docker prints', async () => {
    const docker = await daemon.docker(['top', 'sleeper']);
    expect(docker.code).toBe(0);
    const [header, ...rows] = docker.stdout.trimEnd().split('\n');
    expect(header!.split(/\s+/)).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    expect(rows.map((r) => r.split(/\s{2,}/).pop()).sort()).toEqual(['sh -c sleep 1000 & sleep 1001 & wait', 'sleep 1000', 'sleep 1001']);
    // The host's own processes (this test's node, berthd) are not the container's.
    expect(docker.stdout).not.toContain(String(process.pid));
    expect(docker.stdout).not.toContain(String(daemon.pid));
    // The C column (recent CPU share) may change between two runs; every other cell may not.
    const withoutC = (text: string) => text.split('\n').map((l) => l.split(/ {3,}/).filter((_, i) => i !== 3).join('|'));
    const berth = await daemon.berth(['top', 'sleeper']);
    expect({ ...berth, stdout: withoutC(berth.stdout) }).toEqual({ ...docker, stdout: withoutC(docker.stdout) });

    const custom = await daemon.docker(['top', 'sleeper', '-o', 'pid,comm']);
    expect(custom.stdout.split('\n')[0]).toBe('PID                 COMMAND');
    expect(custom.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/\s+/)[1]).sort()).toEqual(['sh', 'sleep', 'sleep']);
    expect(await daemon.berth(['container', 'top', 'sleeper', '-o', 'pid,comm'])).toEqual(custom);
  });

  it('top of a container that does not run, with bad ps options, or of no container fails as docker does', async () => {
    const id = (await daemon.docker(['inspect', '-f', '{{.Id}}', 'idle'])).stdout.trim();
    const stopped = { code: 1, stdout: '', stderr: `Error response from daemon: Container ${id} is not running\n` };
    expect(await daemon.docker(['top', 'idle'])).toEqual(stopped);
    expect(await daemon.berth(['top', 'idle'])).toEqual(stopped);

    const bad = await daemon.docker(['top', 'sleeper', '-zzz']);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/^Error response from daemon: ps: .+\n$/);
    expect(await daemon.berth(['top', 'sleeper', '-zzz'])).toEqual(bad);

    const renamed = { code: 1, stdout: '', stderr: 'Error response from daemon: specifying "user=PID" is not allowed\n' };
    expect(await daemon.docker(['top', 'sleeper', '-o', 'user=PID'])).toEqual(renamed);
    expect(await daemon.berth(['top', 'nosuch', '-o', 'user=PID'])).toEqual(renamed);

    const missing = { code: 1, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' };
    expect(await daemon.docker(['top', 'nosuch'])).toEqual(missing);
    expect(await daemon.berth(['top', 'nosuch'])).toEqual(missing);
  });

  it('stats --no-stream shows a busy loop burning CPU, an idle container not', async () => {
    // On a loaded host the loop gets less than a CPU: measure what it really got from /proc
    // over the same time, and expect stats to show at least half of that (or 20%).
    const pid = Number((await daemon.docker(['inspect', '-f', '{{.State.Pid}}', 'burner'])).stdout);
    const cpuTicks = () => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
    const measured = async <T>(fn: () => Promise<T>) => {
      const [t0, c0] = [Date.now(), cpuTicks()];
      const result = await fn();
      return { result, percent: ((cpuTicks() - c0) * 10 * 100) / (Date.now() - t0) };
    };
    const docker = await measured(() => daemon.docker(['stats', '--no-stream', '--format', '{{.Name}} {{.CPUPerc}}', 'burner', 'sleeper']));
    expect(docker.result).toMatchObject({ code: 0, stderr: '' });
    const cpu = Object.fromEntries(docker.result.stdout.trim().split('\n').map((l) => l.split(' ')).map(([n, p]) => [n, parseFloat(p!)]));
    expect(cpu.burner).toBeGreaterThan(Math.min(20, docker.percent / 2));
    expect(cpu.sleeper).toBeLessThan(5);
    const berth = await measured(() => daemon.berth(['stats', '--no-stream', '--format', '{{.CPUPerc}}', 'burner']));
    expect(parseFloat(berth.result.stdout)).toBeGreaterThan(Math.min(20, berth.percent / 2));
  });

  it('memory usage grows with what the container holds; --memory is the limit; PIDS counts processes', async () => {
    const usage = async () => {
      const r = await daemon.docker(['stats', '--no-stream', '--format', '{{.MemUsage}}', 'capped']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      const [used, limit] = r.stdout.trim().split(' / ');
      return { used: bytesOf(used!), limit: limit! };
    };
    const before = await usage();
    expect(before.limit).toBe('32MiB');
    // tmpfs pages are charged to the cgroup that wrote them and are not reclaimable cache.
    expect((await daemon.docker(['exec', 'capped', 'dd', 'if=/dev/zero', 'of=/dev/shm/fill', 'bs=1M', 'count=20'])).code).toBe(0);
    const after = await usage();
    expect(after.used - before.used).toBeGreaterThan(18 * MiB);

    const berth = await daemon.berth(['stats', '--no-stream', 'capped', 'sleeper']);
    expect(berth).toMatchObject({ code: 0, stderr: '' });
    const lines = berth.stdout.trimEnd().split('\n');
    expect(lines[0]!.split(/\s{2,}/)).toEqual(['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS']);
    const row = (name: string) => lines.find((l) => l.split(/\s{2,}/)[1] === name)!.split(/\s{2,}/);
    expect(row('capped')[3]).toMatch(/ \/ 32MiB$/);
    expect(row('sleeper')[7]).toBe('3');
    expect((await daemon.docker(['stats', '--no-stream', '--format', '{{.PIDs}}', 'sleeper'])).stdout).toBe('3\n');
  });

  it('a stopped container has zeroed stats; an unknown one is an error', async () => {
    const zero = await daemon.docker(['stats', '--no-stream', '--format', '{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.PIDs}}', 'idle']);
    expect(zero).toEqual({ code: 0, stdout: 'idle 0.00% 0B / 0B 0\n', stderr: '' });
    expect(await daemon.berth(['stats', '--no-stream', '--format', '{{.Name}} {{.CPUPerc}} {{.MemUsage}} {{.PIDs}}', 'idle'])).toEqual(zero);
    const missing = { code: 1, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' };
    expect(await daemon.docker(['stats', '--no-stream', 'nosuch'])).toEqual(missing);
    expect(await daemon.berth(['stats', '--no-stream', 'nosuch'])).toEqual(missing);
  });

  it('stats without --no-stream redraws the table in place as docker does, until interrupted', async () => {
    /** What `command` prints in 2.5 s; docker stats ignores SIGTERM/SIGINT once, so it is killed. */
    const capture = async (command: string, args: string[], env: Record<string, string>) => {
      const child = spawn(command, args, { env: { ...process.env, ...env } });
      const out: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      return Buffer.concat(out).toString();
    };
    const [berth, docker] = await Promise.all([
      capture(process.execPath, [join(BIN, 'berth.js'), 'stats', 'burner'], { BERTH_HOST: daemon.host }),
      capture(DOCKER_CLI, ['-H', daemon.host, 'stats', 'burner'], { DOCKER_CONFIG: join(daemon.dir, 'docker-config') }),
    ]);
    // A frame ends with erase-below; numbers and the column padding they cause may differ.
    const frames = (text: string) => text.split('\x1b[J').slice(0, -1);
    const shape = (frame: string) => frame.replace(/[\d.]+(%|B|KiB|MiB|GiB|kB|MB)/g, 'N$1').replace(/ {2,}/g, '  ');
    expect(frames(berth).length).toBeGreaterThanOrEqual(3);
    expect(frames(docker).length).toBeGreaterThanOrEqual(3);
    expect(shape(frames(berth)[0]!)).toBe(shape(frames(docker)[0]!));
    expect(frames(berth)[0]).toMatch(/^\x1b\[HCONTAINER ID {3}NAME .*PIDS\n[0-9a-f]{12} {3}burner /);
    // Later frames have a previous sample to measure against: the loop shows its CPU, as much
    // as docker shows at the same time (both read berthd's samples; a loaded host gives it less).
    const cpuOf = (frame: string) => parseFloat(frame.split('\n')[1]!.split(/\s+/)[2]!);
    const [berthCpu, dockerCpu] = [cpuOf(frames(berth).pop()!), cpuOf(frames(docker).pop()!)];
    expect(dockerCpu).toBeGreaterThan(1);
    expect(berthCpu).toBeGreaterThan(Math.min(20, dockerCpu / 2));
  });

  it('top and stats work on a paused container; top is an event', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    expect((await daemon.docker(['pause', 'sleeper'])).code).toBe(0);
    const top = await daemon.docker(['top', 'sleeper', '-o', 'pid,stat,comm']);
    expect(top.code).toBe(0);
    // Frozen processes show as stopped-by-signal or sleeping (D/S/T) on the host; all three are listed.
    expect(top.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect((await daemon.docker(['stats', '--no-stream', '--format', '{{.PIDs}}', 'sleeper'])).stdout).toBe('3\n');
    expect((await daemon.docker(['unpause', 'sleeper'])).code).toBe(0);
    const until = Math.floor(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'event=top', '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}']);
    expect(events).toEqual({ code: 0, stdout: 'container top sleeper\n', stderr: '' });
  });

  it('stats without containers follows the running ones: started ones appear, dead ones go', async () => {
    const child = spawn(process.execPath, [join(BIN, 'berth.js'), 'stats', '--format', '{{.Name}}'], { env: { ...process.env, BERTH_HOST: daemon.host } });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await wait(1500);
    const before = Buffer.concat(out).length;
    expect((await daemon.docker(['run', '-d', '--name', 'late', 'busybox', 'sleep', '100'])).code).toBe(0);
    await wait(1500);
    const during = Buffer.concat(out).length;
    expect((await daemon.docker(['rm', '-f', 'late'])).code).toBe(0);
    await wait(1500);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    const text = Buffer.concat(out).toString();
    const lastFrameOf = (upTo: number) => text.slice(0, upTo).split('\x1b[J').slice(-2)[0]!;
    const names = (frame: string) => frame.split('\x1b[H').pop()!.split('\n').map((l) => l.replace(/ ?\x1b\[K$/, '').trim()).filter(Boolean).sort();
    expect(names(lastFrameOf(before))).toEqual(['burner', 'capped', 'sleeper']);
    expect(names(lastFrameOf(during))).toEqual(['burner', 'capped', 'late', 'sleeper']);
    expect(names(lastFrameOf(text.length))).toEqual(['burner', 'capped', 'sleeper']);
  });

  it('leaves nothing behind', async () => {
    expect((await daemon.docker(['rm', '-f', 'sleeper', 'burner', 'capped', 'idle'])).code).toBe(0);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  }, 60_000);
});
