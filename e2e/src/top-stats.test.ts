/**
 * `top` and `stats` against a real berthd running busybox under runc, through the real docker CLI
 * and berth: processes as the host's ps sees them, CPU, memory, pids and limits from the cgroups.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, BUSYBOX_TAR, hasDockerCli, TestDaemon } from './harness';

const describeDocker = hasDockerCli ? describe : describe.skip;
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
    if (!existsSync(BUSYBOX_TAR)) throw new Error(`${BUSYBOX_TAR} is missing: run \`npm run setup\` first`);
    daemon = await TestDaemon.start();
    expect(await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
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

    const missing = { code: 1, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' };
    expect(await daemon.docker(['top', 'nosuch'])).toEqual(missing);
    expect(await daemon.berth(['top', 'nosuch'])).toEqual(missing);
  });

  it('stats --no-stream shows a busy loop burning CPU, an idle container not', async () => {
    const result = await daemon.docker(['stats', '--no-stream', '--format', '{{.Name}} {{.CPUPerc}}', 'burner', 'sleeper']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const cpu = Object.fromEntries(result.stdout.trim().split('\n').map((l) => l.split(' ')).map(([n, p]) => [n, parseFloat(p!)]));
    expect(cpu.burner).toBeGreaterThan(20);
    expect(cpu.sleeper).toBeLessThan(5);
    const berth = await daemon.berth(['stats', '--no-stream', '--format', '{{.CPUPerc}}', 'burner']);
    expect(parseFloat(berth.stdout)).toBeGreaterThan(20);
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

  it('stats without --no-stream redraws the table in place until interrupted', async () => {
    const child = spawn(process.execPath, [join(BIN, 'berth.js'), 'stats', 'burner'], { env: { ...process.env, BERTH_HOST: daemon.host } });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('close', resolve));
    const frames = Buffer.concat(out).toString().split('\x1b[H').filter((f) => f !== '');
    expect(frames.length).toBeGreaterThanOrEqual(3);
    for (const frame of frames) {
      expect(frame).toMatch(/^CONTAINER ID .*\x1b\[K\n[0-9a-f]{12} +burner +[\d.]+% .*\x1b\[K\n\x1b\[K\n\x1b\[J$/);
    }
    // Later frames have a previous sample to measure against: the loop shows its CPU.
    expect(parseFloat(frames[frames.length - 1]!.split('\n')[1]!.split(/\s+/)[2]!)).toBeGreaterThan(20);
  });

  it('leaves nothing behind', async () => {
    expect((await daemon.docker(['rm', '-f', 'sleeper', 'burner', 'capped', 'idle'])).code).toBe(0);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  }, 60_000);
});
