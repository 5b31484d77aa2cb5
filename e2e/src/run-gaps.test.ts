/**
 * What `run`/`create` apply beyond the basics, through the real docker CLI and berth: sysctls,
 * shared pid/ipc/uts namespaces, --group-add, memory soft limits, --oom-score-adj, --cidfile,
 * --runtime and --platform refusals, the HostConfig defaults inspect shows, and Go template
 * errors of --format equal to docker's.
 */
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerIt, TestDaemon } from './harness';

describe('run gaps', () => {
  let daemon: TestDaemon;
  const scratch = mkdtempSync(join(tmpdir(), 'run-gaps-'));

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await daemon?.cleanup();
  });

  const sh = (opts: string[], script: string) => daemon.docker(['run', '--rm', ...opts, 'busybox', 'sh', '-c', script]);
  const containerCount = async () => (await daemon.berth(['ps', '-aq'])).stdout.split('\n').filter(Boolean).length;

  dockerIt('sets namespaced sysctls; refuses others in the CLI and in the daemon', async () => {
    expect(await sh(['--sysctl', 'net.core.somaxconn=1000', '--sysctl', 'kernel.shmmax=123456'], 'cat /proc/sys/net/core/somaxconn /proc/sys/kernel/shmmax')).toMatchObject({
      code: 0,
      stdout: '1000\n123456\n',
    });
    const before = await containerCount();
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      const refused = await cli(['run', '--rm', '--sysctl', 'vm.swappiness=1', 'busybox', 'true']);
      expect(refused.code).toBe(125);
      expect(refused.stderr).toContain(`invalid argument "vm.swappiness=1" for "--sysctl" flag: sysctl 'vm.swappiness=1' is not allowed`);
    }
    const shared = await daemon.docker(['run', '--rm', '--ipc', 'host', '--sysctl', 'kernel.shmmax=1', 'busybox', 'true']);
    expect(shared).toMatchObject({ code: 125 });
    expect(shared.stderr).toContain('Error response from daemon: sysctl "kernel.shmmax" not allowed in host ipc namespace');
    expect(await containerCount()).toBe(before);
  });

  dockerIt('--pid host sees host processes; --ipc host and --uts host share those namespaces', async () => {
    expect((await sh(['--pid', 'host'], `test -d /proc/${process.pid} && echo seen`)).stdout).toBe('seen\n');
    expect((await sh([], `test -d /proc/${process.pid} || echo hidden`)).stdout).toBe('hidden\n');
    const ns = (kind: string) => readlinkSync(`/proc/self/ns/${kind}`);
    expect((await sh(['--ipc', 'host', '--uts', 'host'], 'readlink /proc/self/ns/ipc; readlink /proc/self/ns/uts')).stdout).toBe(`${ns('ipc')}\n${ns('uts')}\n`);
    expect((await sh([], 'readlink /proc/self/ns/ipc')).stdout).not.toBe(`${ns('ipc')}\n`);
    expect((await sh(['--ipc', 'none'], 'test -e /dev/shm || echo noshm')).stdout).toBe('noshm\n');
    // A private cgroup namespace shows the container's cgroup as the root.
    expect((await sh(['--cgroupns', 'private'], 'grep -c "/berth/" /proc/self/cgroup')).stdout).toBe('0\n');
    expect((await sh(['--cgroupns', 'host'], 'grep -c "/berth/" /proc/self/cgroup')).stdout).not.toBe('0\n');
    const bad = await daemon.docker(['run', '--rm', '--ipc', 'bogus', 'busybox', 'true']);
    expect(bad.code).toBe(125);
    expect(bad.stderr).toContain('Error response from daemon: invalid IPC mode: bogus');
  });

  dockerIt('--pid and --ipc container:<name> join a running container; stopped and non-shareable donors are refused', async () => {
    expect((await daemon.docker(['run', '-d', '--name', 'donor', '--ipc', 'shareable', 'busybox', 'sleep', '60'])).code).toBe(0);
    expect((await daemon.docker(['run', '-d', '--name', 'private', 'busybox', 'sleep', '60'])).code).toBe(0);
    const donorNs = (await daemon.docker(['exec', 'donor', 'readlink', '/proc/self/ns/ipc'])).stdout;
    const joined = await sh(['--pid', 'container:donor', '--ipc', 'container:donor'], 'ps -o comm | grep -c sleep; readlink /proc/self/ns/ipc');
    expect(joined).toMatchObject({ code: 0, stdout: `1\n${donorNs}`, stderr: '' });
    const nonShareable = await daemon.docker(['run', '--rm', '--ipc', 'container:private', 'busybox', 'true']);
    expect(nonShareable.stderr).toContain('container private: non-shareable IPC (hint: use IpcMode:shareable for the donor container)');
    await daemon.docker(['rm', '-f', 'private']);
    await daemon.docker(['stop', '-t', '0', 'donor']);
    const stopped = await daemon.docker(['run', '--rm', '--pid', 'container:donor', 'busybox', 'true']);
    expect(stopped.code).toBe(125);
    expect(stopped.stderr).toMatch(/container [0-9a-f]{64} is not running/);
    const missing = await daemon.docker(['run', '--rm', '--pid', 'container:nosuch', 'busybox', 'true']);
    expect(missing.stderr).toContain('No such container: nosuch');
    await daemon.docker(['rm', '-f', 'donor']);
  });

  dockerIt('--group-add resolves names from the image and refuses unknown ones', async () => {
    // The test image's /etc/group has root, daemon (1) and nobody.
    const groups = (await sh(['--group-add', 'daemon', '--group-add', '4321'], 'id -G')).stdout.trim().split(' ');
    expect(groups).toEqual(expect.arrayContaining(['1', '4321']));
    const unknown = await sh(['--group-add', 'nosuchgroup'], 'true');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Unable to find group nosuchgroup: no matching entries in group file');
  });

  dockerIt('memory reservation, swappiness and oom-kill-disable reach the cgroup; --oom-score-adj the process', async () => {
    const cg = '/sys/fs/cgroup/memory';
    const out = await sh(['-m', '64m', '--memory-reservation', '32m', '--memory-swappiness', '10', '--oom-kill-disable'], `cat ${cg}/memory.soft_limit_in_bytes ${cg}/memory.swappiness; grep oom_kill_disable ${cg}/memory.oom_control`);
    expect(out.stdout).toBe(`${32 * 1024 * 1024}\n10\noom_kill_disable 1\n`);
    const over = await daemon.docker(['run', '--rm', '-m', '16m', '--memory-reservation', '32m', 'busybox', 'true']);
    expect(over.stderr).toContain('Minimum memory limit can not be less than memory reservation limit, see usage');
    expect((await sh(['--oom-score-adj', '500'], 'cat /proc/self/oom_score_adj')).stdout).toBe('500\n');
    const own = Number(readFileSync('/proc/self/oom_score_adj', 'utf8'));
    const capEff = BigInt(`0x${/^CapEff:\s*(\w+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '0'}`);
    if (own > -1000 && ((capEff >> 24n) & 1n) === 0n) {
      const below = await daemon.docker(['run', '--rm', '--oom-score-adj', String(own - 1), 'busybox', 'true']);
      expect(below.code).toBe(125);
      expect(below.stderr).toContain(`oom score adj ${own - 1} is below the daemon's own (${own})`);
    }
  });

  dockerIt('--cidfile gets the id; an existing file is refused and nothing is created', async () => {
    const file = join(scratch, 'cid');
    const run = await daemon.docker(['run', '-d', '--cidfile', file, 'busybox', 'true']);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(run.stdout.trim());
    await daemon.docker(['rm', '-f', run.stdout.trim()]);
    const before = await containerCount();
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      // docker create words it bare with status 1; run as its other failures (125).
      const created = await cli(['create', '--cidfile', file, 'busybox', 'true']);
      expect(created).toMatchObject({ code: 1, stderr: `container ID file found, make sure the other container isn't running or delete ${file}\n` });
      const ran = await cli(['run', '--cidfile', file, 'busybox', 'true']);
      expect(ran.code).toBe(125);
      expect(ran.stderr).toContain(`: container ID file found, make sure the other container isn't running or delete ${file}\n`);
    }
    expect(await containerCount()).toBe(before);
    // A refused create removes the file it claimed.
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      const failed = await cli(['create', '--cidfile', join(scratch, 'fresh'), '--runtime', 'bogus', 'busybox', 'true']);
      expect(failed).toMatchObject({ code: 1, stderr: 'Error response from daemon: unknown or invalid runtime name: bogus\n' });
      expect(existsSync(join(scratch, 'fresh'))).toBe(false);
    }
  });

  dockerIt('--runtime and --platform: only runc and the host platform, with dockerd messages', async () => {
    const before = await containerCount();
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      const runtime = await cli(['run', '--rm', '--runtime', 'bogus', 'busybox', 'true']);
      expect(runtime.code).toBe(125);
      expect(runtime.stderr).toContain('Error response from daemon: unknown or invalid runtime name: bogus');
      const platform = await cli(['run', '--rm', '--platform', 'linux/s390x', 'busybox', 'true']);
      expect(platform.code).toBe(125);
      expect(platform.stderr).toContain('does not match the specified platform (linux/s390x)');
    }
    expect(await containerCount()).toBe(before);
    const arch = (await daemon.docker(['image', 'inspect', '-f', '{{.Architecture}}', 'busybox'])).stdout.trim();
    expect(await daemon.docker(['run', '--rm', '--runtime', 'runc', '--platform', `linux/${arch}`, 'busybox', 'true'])).toMatchObject({ code: 0 });
  });

  dockerIt('inspect shows the HostConfig defaults dockerd stores', async () => {
    const created = await daemon.docker(['create', 'busybox', 'true']);
    const id = created.stdout.trim();
    const shown = await daemon.docker(['inspect', '-f', '{{json .HostConfig.LogConfig}} {{.HostConfig.ShmSize}} {{.HostConfig.IpcMode}} {{.HostConfig.Runtime}} {{index .HostConfig.MaskedPaths 0}}', id]);
    expect(shown.stdout).toBe('{"Type":"json-file","Config":{}} 67108864 private runc /proc/asound\n');
    await daemon.docker(['rm', id]);
    const cidfile = join(scratch, 'inspected');
    const warned = await daemon.docker(['create', '--cidfile', cidfile, '--oom-kill-disable', 'busybox', 'true']);
    expect(warned.stderr).toBe('WARNING: OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.\n');
    expect((await daemon.docker(['inspect', '-f', '{{.HostConfig.ContainerIDFile}}', warned.stdout.trim()])).stdout).toBe(`${cidfile}\n`);
    await daemon.docker(['rm', warned.stdout.trim()]);
  });

  dockerIt('--format errors of ps and inspect are docker\'s, word for word', async () => {
    const id = (await daemon.docker(['create', '--name', 'fmt', '--label', 'tier=db', 'busybox', 'true'])).stdout.trim();
    for (const args of [
      ['ps', '-a', '--format', '{{.Bogus}}'],
      ['ps', '-a', '--format', 'table {{.Names}}\t{{.Bogus.X}}'],
      ['ps', '-a', '--format', '{{.State.X}}'],
      ['inspect', '-f', '{{.Bogus}}', 'fmt'],
      ['inspect', '-f', '{{.Config.Bogus}}', 'fmt'],
      ['inspect', '-f', '{{index .Config.Labels "nope"}}|{{.Config.Labels.nope}}', 'fmt'],
      ['ps', '-a', '--format', '{{.Names'],
      ['ps', '-a', '--format', '{{.Label "tier"}}|{{.Label "nope"}}'],
      ['ps', '-a', '--format', '{{.Label}}'],
      ['images', '--format', '{{.Bogus}}'],
      ['images', '--format', '{{.VirtualSize}}'],
      ['history', '--format', '{{.Bogus}}', 'busybox'],
      ['system', 'df', '--format', '{{.Bogus}}'],
      ['events', '--since', '0', '--until', '1', '--format', '{{.Bogus}}'],
      ['version', '--format', '{{.Bogus}}'],
      ['inspect', '-f', '{{.Names', 'fmt'],
      ['ps', '-a', '--filter', 'name=fmt', '--format', '{{pad .Names 1 1}}|{{truncate .Names 2}}|{{join (split "a,b" ",") "-"}}|{{.Names | printf "%s!"}}'],
    ]) {
      const [docker, berth] = [await daemon.docker(args), await daemon.berth(args)];
      expect({ args, code: berth.code, stdout: berth.stdout, stderr: berth.stderr }).toEqual({ args, code: docker.code, stdout: docker.stdout, stderr: docker.stderr });
    }
    await daemon.docker(['rm', id]);
  });

  dockerIt('system df measures a container as ps -s and inspect -s do (bytes written, not blocks)', async () => {
    const run = await daemon.docker(['run', '--name', 'writer', 'busybox', 'sh', '-c', 'dd if=/dev/zero of=/f bs=1000 count=1500 2>/dev/null; echo x > /small']);
    expect(run.code).toBe(0);
    expect((await daemon.docker(['inspect', '-s', '-f', '{{.SizeRw}}', 'writer'])).stdout).toBe('1500002\n');
    expect((await daemon.docker(['ps', '-as', '--filter', 'name=writer', '--format', '{{.Size}}'])).stdout).toMatch(/^1\.5MB \(virtual /);
    const df = JSON.parse((await daemon.docker(['system', 'df', '-v', '--format', '{{json .Containers}}'])).stdout) as { Names: string; Size: string }[];
    expect(df.find((c) => c.Names === 'writer')?.Size).toBe('1.5MB');
    expect((await daemon.docker(['system', 'df', '--format', '{{if eq .Type "Containers"}}{{.Size}}{{end}}'])).stdout).toContain('1.5MB');
    await daemon.docker(['rm', 'writer']);
  });

  it('leaves nothing behind', async () => {
    await daemon.berth(['container', 'prune', '-f']);
    expect((await daemon.berth(['ps', '-aq'])).stdout).toBe('');
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});
