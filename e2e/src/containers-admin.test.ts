/**
 * Listing and administration of containers against a real berthd running busybox under runc:
 * ps (filters, formats, -n/-l/-s), container prune, rename (also across a daemon restart),
 * update (limits visible in the container's cgroup), inspect -s; through berth and the real
 * docker CLI, bad input answered with Docker's words and exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dockerIt, hasDockerCli, TestDaemon } from './harness';

/** A cgroup v1 controller file of a container (v2: the unified file), as runc set it up. */
function cgroupFile(id: string, v1: string, v2: string): string {
  const unified = `/sys/fs/cgroup/berth/${id}/${v2}`;
  if (existsSync(unified)) return readFileSync(unified, 'utf8').trim();
  return readFileSync(`/sys/fs/cgroup/${v1.split('/')[0]}/berth/${id}/${v1.split('/')[1]}`, 'utf8').trim();
}

describe('container listing and administration', () => {
  let daemon: TestDaemon;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
    // Oldest first: done0, done3, made, up1 (creation order is ps's order, newest first).
    for (const [name, args] of [
      ['done0', ['run', '--name', 'done0', 'busybox', 'true']],
      ['done3', ['run', '--name', 'done3', '--label', 'tier=db', 'busybox', 'sh', '-c', 'exit 3']],
      ['made', ['create', '--name', 'made', 'busybox', 'sleep', '60']],
      ['up1', ['run', '-d', '--name', 'up1', '--label', 'tier=web', 'busybox', 'sleep', '60']],
    ] as const) {
      const r = await daemon.berth([...args]);
      expect(r.code === 0 || name === 'done3').toBe(true);
      ids[name] = (await daemon.berth(['inspect', '-f', '{{.Id}}', name])).stdout.trim();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  const names = async (args: string[]) => (await daemon.berth(['ps', ...args, '--format', '{{.Names}}'])).stdout.trim().split('\n').filter(Boolean);

  it('ps: running by default, -a, -n, -l, and the filters dockerd has', async () => {
    expect(await names([])).toEqual(['up1']);
    expect(await names(['-a'])).toEqual(['up1', 'made', 'done3', 'done0']);
    expect(await names(['-n', '2'])).toEqual(['up1', 'made']);
    expect(await names(['-l'])).toEqual(['up1']);
    expect(await names(['--filter', 'status=exited'])).toEqual(['done3', 'done0']);
    expect(await names(['--filter', 'status=created'])).toEqual(['made']);
    expect(await names(['-a', '--filter', 'exited=3'])).toEqual(['done3']);
    expect(await names(['-a', '--filter', 'name=^done'])).toEqual(['done3', 'done0']);
    expect(await names(['-a', '--filter', `id=${ids.made.slice(0, 8)}`])).toEqual(['made']);
    expect(await names(['-a', '--filter', 'label=tier'])).toEqual(['up1', 'done3']);
    expect(await names(['-a', '--filter', 'label=tier=db'])).toEqual(['done3']);
    expect(await names(['-a', '--filter', 'ancestor=busybox'])).toEqual(['up1', 'made', 'done3', 'done0']);
    expect(await names(['-a', '--filter', 'ancestor=busybox:latest', '--filter', 'status=running'])).toEqual(['up1']);
    expect(await names(['-a', '--filter', 'before=made'])).toEqual(['done3', 'done0']);
    expect(await names(['-a', '--filter', 'since=done3'])).toEqual(['up1', 'made']);
    expect(await names(['-a', '--filter', 'health=none', '--filter', 'status=running'])).toEqual(['up1']);
    expect((await daemon.berth(['ps', '-a', '-q', '--filter', 'label=tier=db'])).stdout).toBe(`${ids.done3.slice(0, 12)}\n`);
    expect((await daemon.berth(['ps', '-q', '--no-trunc'])).stdout).toBe(`${ids.up1}\n`);
  });

  it('ps: the default table, -s sizes, templates and json', async () => {
    const table = (await daemon.berth(['ps', '-a'])).stdout.split('\n');
    expect(table[0]).toMatch(/^CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES$/);
    expect(table[1]).toMatch(new RegExp(`^${ids.up1.slice(0, 12)} +busybox +"sleep 60" +\\d+ seconds? ago +Up \\d+ seconds? +up1$|^${ids.up1.slice(0, 12)} +busybox +"sleep 60" +Less than a second ago +Up .* +up1$`));
    expect(table[3]).toMatch(/ +"sh -c 'exit 3'" +.* +Exited \(3\) .* ago +done3$/);
    const sized = (await daemon.berth(['ps', '-s'])).stdout.split('\n');
    expect(sized[0]).toMatch(/ +NAMES +SIZE$/);
    expect(sized[1]).toMatch(/ up1 +\d+(\.\d+)?[kM]?B \(virtual \d+(\.\d+)?MB\)$/);
    const json = JSON.parse((await daemon.berth(['ps', '--format', 'json'])).stdout) as Record<string, string>;
    expect(json).toMatchObject({ ID: ids.up1.slice(0, 12), Names: 'up1', Image: 'busybox', State: 'running', Labels: 'tier=web', Command: '"sleep 60"' });
    expect((await daemon.berth(['ps', '--format', 'table {{.Names}}\t{{.State}}', '-a', '-n', '2'])).stdout).toMatch(/^NAMES +STATE\nup1 +running\nmade +created\n$/);
  });

  dockerIt('ps through the docker CLI matches berth', async () => {
    const format = '{{.ID}} {{.Names}} {{.Image}} {{.Command}} {{.State}} {{.Labels}}';
    for (const args of [['-a'], ['--filter', 'status=exited'], ['-a', '--filter', 'label=tier'], ['-n', '3'], ['-a', '--filter', 'before=up1']]) {
      const ours = await daemon.berth(['ps', ...args, '--format', format]);
      expect(ours.code).toBe(0);
      expect(await daemon.docker(['ps', ...args, '--format', format])).toEqual(ours);
    }
    // json lines as docker prints them (sorted keys, Go's escaping), but for the times that move.
    const jsonLines = async (run: (args: string[]) => Promise<{ stdout: string }>) =>
      (await run(['ps', '-a', '--format', 'json'])).stdout.replace(/"(RunningFor|Status)":"[^"]*"/g, '"$1":""');
    expect(await jsonLines((a) => daemon.berth(a))).toBe(await jsonLines((a) => daemon.docker(a)));
    const sized = await daemon.docker(['ps', '-s', '--format', '{{.Names}} {{.Size}}']);
    expect(sized.stdout).toMatch(/^up1 \d+(\.\d+)?[kM]?B \(virtual \d+(\.\d+)?MB\)\n$/);
    const inspected = await daemon.docker(['inspect', '-s', '-f', '{{.State.Status}} {{.State.Running}} {{.SizeRootFs}} {{.Name}} {{.RestartCount}} {{.Driver}} {{.Platform}}', 'up1']);
    expect(inspected.stdout).toMatch(/^running true [1-9]\d* \/up1 0 \S+ linux\n$/);
    expect((await daemon.docker(['container', 'inspect', '-f', '{{json .Config.Labels}}', 'up1'])).stdout).toBe('{"tier":"web"}\n');
  });

  it('ps refuses unknown filters and bad values in dockerd\'s words', async () => {
    const unknown = await daemon.berth(['ps', '--filter', 'colour=red']);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid filter 'colour'\n" });
    const status = await daemon.berth(['ps', '--filter', 'status=sleeping']);
    expect(status.code).toBe(1);
    expect(status.stderr).toBe("Error response from daemon: invalid filter 'status=sleeping': invalid value for state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead\n");
    if (hasDockerCli) {
      expect(await daemon.docker(['ps', '--filter', 'colour=red'])).toEqual(unknown);
      expect(await daemon.docker(['ps', '--filter', 'status=sleeping'])).toEqual(status);
    }
    const missing = await daemon.berth(['ps', '--filter', 'since=ghost']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: No such container: ghost\n' });
  });

  it('inspect -s and container inspect show the sizes and Docker\'s fields', async () => {
    const out = await daemon.berth(['container', 'inspect', '-s', '-f', '{{.SizeRw}} {{.SizeRootFs}}', 'up1']);
    expect(out.code).toBe(0);
    const [rw, rootfs] = out.stdout.trim().split(' ').map(Number);
    expect(rootfs).toBeGreaterThan(rw);
    const [full] = JSON.parse((await daemon.berth(['inspect', '--type', 'container', 'done3'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(full)).toEqual(expect.arrayContaining(['Id', 'Created', 'Path', 'Args', 'State', 'Image', 'LogPath', 'Name', 'RestartCount', 'Driver', 'Platform', 'HostConfig', 'Mounts', 'Config', 'NetworkSettings']));
    expect(full.State).toMatchObject({ Status: 'exited', Running: false, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 0, ExitCode: 3, Error: '' });
    expect((await daemon.berth(['inspect', '-f', '{{.State.Status}}', '--type', 'container', 'made'])).stdout).toBe('created\n');
    expect(await daemon.berth(['inspect', '--type', 'container', 'busybox'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such container: busybox\n' });
  });

  it('rename: the new name works everywhere, survives a daemon restart; conflicts and same name refused', async () => {
    expect(await daemon.berth(['rename', 'made', 'renamed'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await daemon.berth(['inspect', '-f', '{{.Name}}', ids.made])).stdout).toBe('/renamed\n');
    expect((await daemon.berth(['inspect', 'made'])).code).toBe(1);
    const taken = await daemon.berth(['rename', 'renamed', 'up1']);
    expect(taken).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error response from daemon: Error when allocating new name: Conflict. The container name "/up1" is already in use by container "${ids.up1}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named renamed\n`,
    });
    const same = await daemon.berth(['container', 'rename', 'renamed', 'renamed']);
    expect(same).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named renamed\n' });
    const bad = await daemon.berth(['rename', 'renamed', 'no way']);
    expect(bad.stderr).toBe('Error response from daemon: Error when allocating new name: Invalid container name (/no way), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\nError: failed to rename container named renamed\n');
    expect((await daemon.berth(['rename', 'ghost', 'x'])).stderr).toBe('Error response from daemon: No such container: ghost\nError: failed to rename container named ghost\n');
    if (hasDockerCli) {
      expect(await daemon.docker(['rename', 'renamed', 'up1'])).toEqual(taken);
      expect(await daemon.docker(['rename', 'renamed', 'renamed'])).toEqual(same);
      // The running one, through docker; its old name is free for a new container.
      expect(await daemon.docker(['rename', 'up1', 'up2'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(await daemon.docker(['rename', 'up2', 'up1'])).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    const since = Math.floor(Date.now() / 1000) - 60;
    if (hasDockerCli) {
      const events = await daemon.docker(['events', '--since', String(since), '--until', String(Math.ceil(Date.now() / 1000)), '--filter', 'event=rename', '--format', '{{.Actor.Attributes.name}} {{.Actor.Attributes.oldName}}']);
      expect(events).toEqual({ code: 0, stdout: 'renamed /made\nup2 /up1\nup1 /up2\n', stderr: '' });
    }
    // sleep as pid 1 ignores SIGTERM: kill it rather than wait out the daemon's shutdown timeout.
    expect(await daemon.berth(['kill', 'up1'])).toEqual({ code: 0, stdout: 'up1\n', stderr: '' });
    expect(await daemon.stop()).toBe(0);
    await daemon.restart();
    expect((await daemon.berth(['inspect', '-f', '{{.Name}} {{.State.Status}}', 'renamed'])).stdout).toBe('/renamed created\n');
    expect((await daemon.berth(['inspect', 'made'])).code).toBe(1);
    // up1 was stopped with the daemon: start it again for the update tests.
    expect((await daemon.berth(['start', 'up1'])).code).toBe(0);
  });

  it('update: limits reach the running container\'s cgroup and persist; docker update too', async () => {
    const up1 = ids.up1;
    expect(await daemon.berth(['update', '--memory', '64m', '--memory-swap', '128m', '--cpus', '0.5', '--pids-limit', '50', 'up1'])).toEqual({ code: 0, stdout: 'up1\n', stderr: '' });
    expect(cgroupFile(up1, 'memory/memory.limit_in_bytes', 'memory.max')).toBe(String(64 * 1024 * 1024));
    expect(cgroupFile(up1, 'cpu/cpu.cfs_quota_us', 'cpu.max')).toMatch(/^50000( 100000)?$/);
    expect(cgroupFile(up1, 'pids/pids.max', 'pids.max')).toBe('50');
    // Inside the container, its own cgroup shows the limit.
    const inside = await daemon.berth(['exec', 'up1', 'sh', '-c', 'cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max']);
    if (inside.code === 0) expect(inside.stdout).toBe(`${64 * 1024 * 1024}\n`);
    expect((await daemon.berth(['inspect', '-f', '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}', 'up1'])).stdout).toBe(`${64 << 20} ${128 << 20} 500000000 50\n`);
    if (hasDockerCli) {
      expect(await daemon.docker(['update', '--pids-limit', '60', '--cpu-shares', '512', 'up1'])).toEqual({ code: 0, stdout: 'up1\n', stderr: '' });
      expect(cgroupFile(up1, 'pids/pids.max', 'pids.max')).toBe('60');
    }
    // A stopped container: recorded, applied at its next start.
    expect(await daemon.berth(['update', '--memory', '32m', '--memory-swap', '-1', '--restart', 'on-failure:2', 'done0'])).toEqual({ code: 0, stdout: 'done0\n', stderr: '' });
    expect((await daemon.berth(['inspect', '-f', '{{.HostConfig.Memory}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}', 'done0'])).stdout).toBe(`${32 << 20} on-failure 2\n`);
    // A restart policy given to a running container applies to its next exit.
    expect((await daemon.berth(['run', '-d', '--name', 'flaky', 'busybox', 'sh', '-c', 'sleep 1; exit 1'])).code).toBe(0);
    expect(await daemon.berth(['update', '--restart', 'on-failure:1', 'flaky'])).toEqual({ code: 0, stdout: 'flaky\n', stderr: '' });
    const deadline = Date.now() + 15_000;
    let restarted = '';
    while (Date.now() < deadline && restarted !== '1 exited') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      restarted = (await daemon.berth(['inspect', '-f', '{{.RestartCount}} {{.State.Status}}', 'flaky'])).stdout.trim();
    }
    expect(restarted).toBe('1 exited');
    expect((await daemon.berth(['rm', 'flaky'])).code).toBe(0);
    const unknownPolicy = await daemon.berth(['update', '--restart', 'sometimes', 'done0']);
    expect(unknownPolicy).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n" });
    if (hasDockerCli) {
      const events = await daemon.docker(['events', '--since', String(Math.floor(Date.now() / 1000) - 30), '--until', String(Math.ceil(Date.now() / 1000)), '--filter', 'event=update', '--format', '{{.Actor.Attributes.name}}']);
      expect(events.stdout).toBe('up1\nup1\ndone0\nflaky\n');
    }
  });

  it('update refuses what docker refuses, with its words and exit codes', async () => {
    const badSize = await daemon.berth(['update', '--memory', 'lots', 'up1']);
    expect(badSize.code).toBe(125);
    expect(badSize.stderr.split('\n')[0]).toBe('invalid argument "lots" for "-m, --memory" flag: invalid size: \'lots\'');
    if (hasDockerCli) expect((await daemon.docker(['update', '--memory', 'lots', 'up1'])).stderr.split('\n')[0]).toBe(badSize.stderr.split('\n')[0]);
    expect(await daemon.berth(['update', 'up1'])).toEqual({ code: 1, stdout: '', stderr: 'you must provide one or more flags when using this command\n' });
    const overSwap = await daemon.berth(['update', '--memory', '256m', 'up1']);
    expect(overSwap).toEqual({ code: 1, stdout: '', stderr: `Error response from daemon: Cannot update container ${ids.up1}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n` });
    const tooSmall = await daemon.berth(['update', '--memory', '1m', '--memory-swap', '2m', 'up1']);
    expect(tooSmall).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: Minimum memory limit allowed is 6MB\n' });
    expect((await daemon.berth(['run', '-d', '--rm', '--name', 'ephemeral', 'busybox', 'sleep', '60'])).code).toBe(0);
    const policy = await daemon.berth(['update', '--restart', 'always', 'ephemeral']);
    expect(policy.code).toBe(1);
    expect(policy.stderr).toMatch(/^Error response from daemon: Cannot update container [0-9a-f]{64}: Restart policy cannot be updated because AutoRemove is enabled for the container\n$/);
    if (hasDockerCli) {
      expect(await daemon.docker(['update', '--memory', '256m', 'up1'])).toEqual(overSwap);
      expect(await daemon.docker(['update', '--restart', 'always', 'ephemeral'])).toEqual(policy);
    }
    // Nothing changed by the refusals.
    expect(cgroupFile(ids.up1, 'memory/memory.limit_in_bytes', 'memory.max')).toBe(String(64 * 1024 * 1024));
    const partly = await daemon.berth(['update', '--cpu-shares', '256', 'up1', 'ghost']);
    expect(partly).toEqual({ code: 1, stdout: 'up1\n', stderr: 'Error response from daemon: No such container: ghost\n' });
    expect((await daemon.berth(['rm', '-f', 'ephemeral'])).code).toBe(0);
  });

  it('ps --filter ancestor also lists containers of images built on the one named', async () => {
    const committed = await daemon.berth(['commit', 'up1', 'child:1']);
    expect(committed.code).toBe(0);
    expect((await daemon.berth(['create', '--name', 'offspring', 'child:1', 'true'])).code).toBe(0);
    expect(await names(['-a', '--filter', 'ancestor=child:1'])).toEqual(['offspring']);
    expect(await names(['-a', '--filter', 'ancestor=busybox', '--filter', 'name=offspring'])).toEqual(['offspring']);
    expect(await names(['-a', '--filter', 'ancestor=nosuchimage'])).toEqual([]);
    expect((await daemon.berth(['rm', 'offspring'])).code).toBe(0);
    expect((await daemon.berth(['rmi', 'child:1'])).code).toBe(0);
  });

  it('container prune removes stopped containers only, after the prompt', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const declined = await daemon.berth(['container', 'prune'], 'n\n');
    expect(declined).toEqual({ code: 0, stdout: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ', stderr: '' });
    expect(await names(['-a'])).toEqual(['up1', 'renamed', 'done3', 'done0']);
    // Filters: only the labelled one.
    const labelled = await daemon.berth(['container', 'prune', '-f', '--filter', 'label=tier=db']);
    expect(labelled.code).toBe(0);
    expect(labelled.stdout).toMatch(new RegExp(`^Deleted Containers:\\n${ids.done3}\\n\\nTotal reclaimed space: \\d+(\\.\\d+)?[kM]?B\\n$`));
    expect((await daemon.berth(['container', 'prune', '-f', '--filter', 'colour=red'])).stderr).toBe("Error response from daemon: invalid filter 'colour'\n");
    const all = hasDockerCli ? await daemon.docker(['container', 'prune'], 'y\n') : await daemon.berth(['container', 'prune'], 'y\n');
    expect(all.code).toBe(0);
    const deleted = all.stdout.split('Deleted Containers:\n')[1]?.split('\n\n')[0].split('\n').sort();
    expect(deleted).toEqual([ids.done0, ids.made].sort());
    expect(all.stdout).toMatch(/\n\nTotal reclaimed space: \d+(\.\d+)?[kM]?B\n$/);
    expect(await names(['-a'])).toEqual(['up1']);
    expect(await daemon.berth(['container', 'prune', '-f'])).toEqual({ code: 0, stdout: 'Total reclaimed space: 0B\n', stderr: '' });
    if (hasDockerCli) {
      expect(await daemon.docker(['container', 'prune'], 'no\n')).toEqual(declined);
      const events = await daemon.docker(['events', '--since', String(since), '--until', String(Math.ceil(Date.now() / 1000)), '--filter', 'event=prune', '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.reclaimed}}']);
      expect(events.stdout).toMatch(/^container prune \d+\ncontainer prune \d+\ncontainer prune 0\n$/);
    }
    expect((await daemon.berth(['rm', '-f', 'up1'])).code).toBe(0);
    expect(await daemon.berth(['ps', '-a', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
