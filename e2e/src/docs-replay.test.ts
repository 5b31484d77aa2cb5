/**
 * Docker's documentation replayed: the examples of the docker run reference and of the container
 * command pages (ps, rename, update, wait, kill, pause, exec, logs, top, stats, diff, export, cp,
 * commit, events, rm, prune, start), adapted to busybox without networks or volumes, run through
 * the real docker CLI against a real berthd and checked against what the pages document. Where
 * berth has the command, it must print the same as docker for the same daemon.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX_TAR, type CommandResult, hasDockerCli, TestDaemon } from './harness';

const describeDocker = hasDockerCli ? describe : describe.skip;

describeDocker('the Docker docs examples, replayed', () => {
  let daemon: TestDaemon;
  let scratch: string;

  beforeAll(async () => {
    if (!existsSync(BUSYBOX_TAR)) throw new Error(`${BUSYBOX_TAR} is missing: run \`npm run setup\` first`);
    daemon = await TestDaemon.start();
    scratch = mkdtempSync(join(tmpdir(), 'berth-docs-'));
    expect(await daemon.docker(['load', '-q', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
  });

  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    await daemon?.cleanup();
  });

  const docker = (...args: string[]) => daemon.docker(args);
  const berth = (...args: string[]) => daemon.berth(args);
  const ok = async (result: Promise<CommandResult>) => {
    const r = await result;
    if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
    return r.stdout;
  };
  /** Human durations ("Up 6 seconds", "7 seconds ago") may tick between the two commands. */
  const ticking = (text: string) => text.replace(/\b(\d+ (second|minute)s?|Less than a second|About a minute)\b/g, '<duration>');
  /** docker and berth run the same command: the same output and status (berth names itself). */
  const same = async (...args: string[]) => {
    const d = await docker(...args);
    const b = await berth(...args);
    expect({ ...b, stdout: ticking(b.stdout), stderr: b.stderr.replace(/\bberth\b/g, 'docker') }).toEqual({ ...d, stdout: ticking(d.stdout) });
    return d;
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('run reference, exit status: 125 for the CLI or daemon, 126 cannot invoke, 127 not found, else the command\'s', async () => {
    for (const cli of [docker, berth]) {
      const flag = await cli('run', '--foo', 'busybox');
      expect(flag.code).toBe(125);
      expect(flag.stderr).toMatch(/^unknown flag: --foo\n/);
      const invoke = await cli('run', '--name', 'notexec', 'busybox', '/etc');
      expect(invoke.code).toBe(126);
      expect(invoke.stderr).toMatch(/exec: "\/etc": permission denied/);
      const missing = await cli('run', '--name', 'notfound', 'busybox', 'foo');
      expect(missing.code).toBe(127);
      expect(missing.stderr).toMatch(/exec: "foo": executable file not found in \$PATH/);
      expect(await cli('run', '--rm', 'busybox', '/bin/sh', '-c', 'exit 3')).toMatchObject({ code: 3, stdout: '' });
      // The container of a failed start stays, created, as dockerd leaves it.
      expect(await ok(cli('ps', '-a', '--filter', 'name=^/not', '--format', '{{.Names}} {{.Status}}'))).toBe('notfound Created\nnotexec Created\n');
      expect(await ok(cli('rm', 'notexec', 'notfound'))).toBe('notexec\nnotfound\n');
    }
  });

  it('ps: filters and --format as the ps page shows them, old and management grammar alike', async () => {
    await ok(docker('run', '-d', '--name', 'web', '-l', 'color=blue', '-l', 'com.example.x=1', 'busybox', 'sleep', '300'));
    await ok(docker('run', '--name', 'good', 'busybox', 'true'));
    await ok(docker('run', '--name', 'bad', 'busybox', 'sh', '-c', 'exit 137').then((r) => ({ ...r, code: r.code === 137 ? 0 : r.code })));
    await ok(docker('create', '--name', 'fresh', 'busybox'));
    const names = ['--format', '{{.Names}}'];
    expect((await same('ps', '-a', '--filter', 'exited=0', ...names)).stdout).toBe('good\n');
    expect((await same('ps', '-a', '--filter', 'exited=137', ...names)).stdout).toBe('bad\n');
    expect((await same('ps', '--filter', 'status=running', ...names)).stdout).toBe('web\n');
    expect((await same('container', 'ls', '-a', '--filter', 'status=created', ...names)).stdout).toBe('fresh\n');
    expect((await same('ps', '--filter', 'label=color', ...names)).stdout).toBe('web\n');
    expect((await same('container', 'list', '-a', '--filter', 'label=color=red', ...names)).stdout).toBe('');
    expect((await same('ps', '-a', '--filter', 'name=fre', ...names)).stdout).toBe('fresh\n');
    expect((await same('ps', '-a', '--filter', 'before=fresh', ...names)).stdout).toBe('bad\ngood\nweb\n');
    expect((await same('ps', '-a', '--filter', 'since=web', ...names)).stdout).toBe('fresh\nbad\ngood\n');
    expect((await same('ps', '-a', '--filter', 'ancestor=busybox', '-q')).stdout.split('\n')).toHaveLength(5);
    expect((await same('ps', '-a', '--format', '{{.ID}}: {{.Command}}')).stdout).toMatch(/^[0-9a-f]{12}: "sh"\n[0-9a-f]{12}: "sh -c 'exit 137'"\n[0-9a-f]{12}: "true"\n[0-9a-f]{12}: "sleep 300"\n$/);
    expect((await same('ps', '--format', 'table {{.ID}}\\t{{.Labels}}')).stdout).toMatch(/^CONTAINER ID   LABELS\n[0-9a-f]{12}   color=blue,com.example.x=1\n$/);
    expect((await same('ps', '-n', '2', '--format', 'table {{.Names}}\\t{{.State}}')).stdout).toBe('NAMES     STATE\nfresh     created\nbad       exited\n');
    expect((await same('container', 'ps', '-l', '-q', '--no-trunc')).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const json = JSON.parse((await same('ps', '--format', 'json', '--filter', 'name=web')).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ Names: 'web', State: 'running', Command: '"sleep 300"', Labels: 'color=blue,com.example.x=1' });
    const sized = await docker('ps', '-s', '--filter', 'name=web');
    expect(sized.stdout).toMatch(/ SIZE\n.* web +0B \(virtual [\d.]+MB\)\n$/);
    expect(await docker('ps', '--filter', 'bogus=1')).toMatchObject({ code: 1, stderr: 'Error response from daemon: invalid filter \'bogus\'\n' });
  });

  // BUG (format/template.ts, H's file): a field that is a method taking arguments, as the ps page's
  // `{{.Label "com.docker.swarm.node"}}`, fails with "can't give argument to non-function".
  it('ps --format {{.Label "key"}} prints one label', async () => {
    expect((await same('ps', '-a', '--filter', 'name=web', '--format', '{{.Names}} {{.Label "color"}}')).stdout).toBe('web blue\n');
  });

  it('rename: the container answers to its new name; dockerd\'s refusals', async () => {
    expect(await docker('rename', 'web', 'my_web')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await ok(docker('inspect', '-f', '{{.Name}}', 'my_web'))).toBe('/my_web\n');
    expect((await same('rename', 'my_web', 'my_web')).stderr).toBe('Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named my_web\n');
    expect((await same('rename', 'my_web', 'good')).stderr).toMatch(/^Error response from daemon: Error when allocating new name: Conflict. The container name "\/good" is already in use by container "[0-9a-f]{64}"/);
    expect((await same('rename', 'nosuch', 'x')).stderr).toBe('Error response from daemon: No such container: nosuch\nError: failed to rename container named nosuch\n');
    expect((await same('rename', 'my_web', 'bad name!')).code).toBe(1);
  });

  it('update: --cpu-shares, -m with --memory-swap and --restart on several containers', async () => {
    expect((await same('update', '--cpu-shares', '512', 'my_web')).stdout).toBe('my_web\n');
    expect((await same('container', 'update', '-m', '300M', '--memory-swap', '1g', 'my_web')).stdout).toBe('my_web\n');
    expect(await ok(docker('inspect', '-f', '{{.HostConfig.CpuShares}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}', 'my_web'))).toBe('512 314572800 1073741824\n');
    expect((await same('update', '--restart=on-failure:3', 'my_web', 'good')).stdout).toBe('my_web\ngood\n');
    expect(await ok(docker('inspect', '-f', '{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}', 'my_web', 'good'))).toBe('on-failure:3\non-failure:3\n');
    expect(await same('update', '--memory-swap', '100m', 'my_web')).toMatchObject({ code: 1, stderr: 'Error response from daemon: Minimum memoryswap limit should be larger than memory limit, see usage\n' });
    expect(await same('update', '-m', '2m', '--memory-swap', '1m', 'my_web')).toMatchObject({ code: 1, stderr: 'Error response from daemon: Minimum memory limit allowed is 6MB\n' });
    // The limit is live: the container's cgroup has it.
    expect(await ok(docker('stats', '--no-stream', '--format', '{{.Name}} {{.MemUsage}}', 'my_web'))).toMatch(/^my_web [\d.]+[KMG]?i?B \/ 300MiB\n$/);
  });

  it('kill --signal by name, bare name or number; wait prints the exit codes', async () => {
    const trap = "trap 'echo hup' HUP; trap 'exit 42' USR1; while true; do sleep 0.1; done";
    await ok(docker('run', '-d', '--name', 'trapper', 'busybox', 'sh', '-c', trap));
    await sleep(300);
    for (const signal of ['SIGHUP', 'HUP', '1']) {
      expect(await docker('kill', `--signal=${signal}`, 'trapper')).toEqual({ code: 0, stdout: 'trapper\n', stderr: '' });
      await sleep(300); // the shell runs a trap once however many of its signal came during a sleep
    }
    expect((await same('kill', '-s', 'FOO', 'trapper')).stderr).toBe('Error response from daemon: Invalid signal: FOO\n');
    expect(await berth('kill', '-s', 'SIGHUP', 'trapper')).toEqual({ code: 0, stdout: 'trapper\n', stderr: '' });
    await sleep(300);
    expect(await ok(docker('logs', 'trapper'))).toBe('hup\nhup\nhup\nhup\n');
    const waiting = docker('wait', 'trapper');
    await sleep(200);
    await ok(berth('kill', '--signal=USR1', 'trapper'));
    expect(await waiting).toEqual({ code: 0, stdout: '42\n', stderr: '' });
    expect(await same('wait', 'trapper', 'nosuch')).toEqual({ code: 1, stdout: '42\n', stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect((await same('kill', 'trapper')).stderr).toMatch(/^Error response from daemon: Container [0-9a-f]{64} is not running\n$/);
  });

  it('exec: -d, -e, -w, -u, the exit status, a missing command, a paused or stopped container', async () => {
    expect(await docker('exec', '-d', 'my_web', 'touch', '/tmp/execWorks')).toEqual({ code: 0, stdout: '', stderr: '' });
    await sleep(200);
    expect((await same('exec', 'my_web', 'ls', '/tmp/execWorks')).stdout).toBe('/tmp/execWorks\n');
    expect((await same('exec', '-e', 'VAR=1', 'my_web', 'sh', '-c', 'echo $VAR')).stdout).toBe('1\n');
    expect((await same('container', 'exec', '-w', '/tmp', 'my_web', 'pwd')).stdout).toBe('/tmp\n');
    expect((await same('exec', '-u', 'nobody', 'my_web', 'id', '-u')).stdout).toBe('65534\n');
    expect((await same('exec', 'my_web', 'sh', '-c', 'exit 7')).code).toBe(7);
    const missing = await same('exec', 'my_web', 'nosuchcmd');
    expect(missing.code).toBe(127);
    // dockerd writes a failed exec start into the hijacked stream, on stdout, ended by \r\n.
    expect(missing.stdout).toMatch(/^OCI runtime exec failed: .*exec: "nosuchcmd": executable file not found in \$PATH: unknown\r\n$/);
    await ok(docker('pause', 'my_web'));
    expect(await same('exec', 'my_web', 'true')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Error response from daemon: Container [0-9a-f]{64} is paused, unpause the container before exec\n$/) });
    expect((await same('ps', '--filter', 'status=paused', '--format', '{{.Names}} {{.Status}}')).stdout).toMatch(/^my_web Up .* \(Paused\)\n$/);
    await ok(docker('unpause', 'my_web'));
    expect(await same('exec', 'good', 'true')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Error response from daemon: container [0-9a-f]{64} is not running\n$/) });
  });

  it('logs: --tail, -n 0, --since, --until, -t and --details', async () => {
    await ok(docker('run', '--name', 'logger', 'busybox', 'sh', '-c', 'for i in 1 2 3 4 5; do echo line $i; done; echo err >&2'));
    expect(await same('logs', 'logger')).toEqual({ code: 0, stdout: 'line 1\nline 2\nline 3\nline 4\nline 5\n', stderr: 'err\n' });
    expect((await same('logs', '--tail', '2', 'logger')).stdout).toBe('line 5\n');
    expect(await same('container', 'logs', '-n', '0', 'logger')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await same('logs', '--since', '1h', 'logger')).stdout).toBe('line 1\nline 2\nline 3\nline 4\nline 5\n');
    expect(await same('logs', '--since', '2099-01-01', 'logger')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await same('logs', '--until', '2000-01-01', 'logger')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await docker('logs', '-t', '--tail', '2', 'logger')).stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z line 5\n$/);
    expect((await same('logs', '--details', '--tail', '2', 'logger')).stdout).toBe(' line 5\n');
  });

  it('top and stats print as their pages show, with -o ps options and a --format table', async () => {
    // (Samples taken twice may differ in CPU and memory: each tool's output is checked on its own there.)
    for (const cli of [docker, berth]) expect((await ok(cli('top', 'my_web')))).toMatch(/^UID +PID +PPID +C +STIME +TTY +TIME +CMD\nroot +\d+ +\d+ .* sleep 300\n$/);
    expect((await same('container', 'top', 'my_web', '-o', 'pid,comm')).stdout).toMatch(/^PID +COMMAND\n\d+ +sleep\n$/);
    expect((await same('top', 'good')).stderr).toMatch(/is not running\n$/);
    for (const cli of [docker, berth]) expect(await ok(cli('stats', '--no-stream', '--format', 'table {{.Container}}\\t{{.MemUsage}}', 'my_web'))).toMatch(/^CONTAINER   MEM USAGE \/ LIMIT\nmy_web      [\d.]+[KMG]?i?B \/ 300MiB\n$/);
    const line = JSON.parse((await docker('stats', '--no-stream', '--format', 'json', 'my_web')).stdout) as Record<string, string>;
    expect(Object.keys(line).sort()).toEqual(['BlockIO', 'CPUPerc', 'Container', 'ID', 'MemPerc', 'MemUsage', 'Name', 'NetIO', 'PIDs']);
    expect(line).toMatchObject({ Name: 'my_web', PIDs: '1' });
  });

  it('diff lists A, C and D; export, cp and commit --change work on the changed filesystem', async () => {
    await ok(docker('run', '--name', 'differ', 'busybox', 'sh', '-c', 'mkdir /newdir && touch /newdir/f && rm /bin/zcat && echo x >> /etc/passwd'));
    expect((await same('diff', 'differ')).stdout).toBe('C /bin\nD /bin/zcat\nC /etc\nC /etc/passwd\nA /newdir\nA /newdir/f\n');
    expect((await same('container', 'diff', 'nosuch')).stderr).toBe('Error response from daemon: No such container: nosuch\n');

    await ok(docker('export', '-o', join(scratch, 'docker.tar'), 'differ'));
    await ok(berth('export', '-o', join(scratch, 'berth.tar'), 'differ'));
    expect(readFileSync(join(scratch, 'berth.tar')).equals(readFileSync(join(scratch, 'docker.tar')))).toBe(true);
    expect(readFileSync(join(scratch, 'docker.tar')).includes('newdir/f')).toBe(true);

    writeFileSync(join(scratch, 'h.txt'), 'hello\n');
    expect(await docker('cp', join(scratch, 'h.txt'), 'differ:/newdir/')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await docker('cp', 'differ:/newdir', join(scratch, 'out'))).toMatchObject({ code: 0 });
    expect(readFileSync(join(scratch, 'out', 'h.txt'), 'utf8')).toBe('hello\n');
    expect((await same('cp', 'differ:/nonexist', join(scratch, 'x'))).stderr).toBe('Error response from daemon: Could not find the file /nonexist in container differ\n');

    const image = await same('commit', '--change', 'BOGUS x', 'differ', 'test/image:bad');
    expect(image).toMatchObject({ code: 1, stderr: 'Error response from daemon: BOGUS is not a valid change command\n' });
    expect(await ok(docker('commit', '--change', 'ENV DEBUG=true', '-c', 'CMD ["sh", "-c", "echo hello $DEBUG; cat /newdir/h.txt"]', '-m', 'a message', '-a', 'me <me@x>', 'differ', 'test/image:v3'))).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(await same('inspect', '-f', '{{.Name}}', 'nosuch')).toEqual({ code: 1, stdout: '\n', stderr: 'Error: No such object: nosuch\n' });
    expect(await same('container', 'inspect', '-f', '{{.Name}}', 'nosuch', 'differ')).toEqual({ code: 1, stdout: '/differ\n', stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect(await ok(docker('inspect', '-f', '{{.Config.Env}} {{.Comment}} {{.Author}}', 'test/image:v3'))).toBe('[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBUG=true] a message me <me@x>\n');
    expect(await docker('run', '--rm', 'test/image:v3')).toEqual({ code: 0, stdout: 'hello true\nhello\n', stderr: '' });
    await ok(docker('rmi', 'test/image:v3'));
  });

  it('events --since --until with container, event, label and type filters; an ended attach is no detach', async () => {
    const since = Math.floor(Date.now() / 1000);
    await ok(docker('run', '--name', 'evt', '-l', 'x=y', 'busybox', 'sh', '-c', 'echo hi; sleep 0.2'));
    await ok(docker('rm', 'evt'));
    await sleep(1100);
    const until = String(Math.ceil(Date.now() / 1000));
    const window = ['--since', String(since), '--until', until];
    const actions = await same('events', ...window, '--filter', 'container=evt', '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}');
    expect(actions.stdout).toBe('container create evt\ncontainer attach evt\ncontainer start evt\ncontainer die evt\ncontainer destroy evt\n');
    expect((await same('system', 'events', ...window, '--filter', 'container=evt', '--filter', 'event=die', '--filter', 'event=destroy', '--format', '{{.Status}} {{.Actor.Attributes.exitCode}}')).stdout).toBe('die 0\ndestroy <no value>\n');
    expect((await same('events', ...window, '--filter', 'label=x=y', '--filter', 'type=container', '--format', '{{json .Action}}')).stdout.split('\n')).toHaveLength(6);
    const plain = await same('events', ...window, '--filter', 'event=create', '--filter', 'container=evt');
    expect(plain.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z container create [0-9a-f]{64} \(image=busybox, name=evt, x=y\)\n$/);
    expect(await same('events', ...window, '--filter', 'bogus=1')).toMatchObject({ code: 1, stderr: 'Error response from daemon: invalid filter \'bogus\'\n' });
  });

  // `{{json .}}` writes timeNano with all its digits, as Go does (JavaScript alone would round it).
  it('events --format {{json .}} keeps timeNano exact', async () => {
    const line = await same('events', '--since', '0', '--until', String(Math.ceil(Date.now() / 1000)), '--filter', 'event=create', '--format', '{{json .}}');
    expect(line.stdout).toMatch(/"timeNano":\d{19}\}/);
  });

  it('start -a and -ai, rm -f of a missing container, container prune with a label filter', async () => {
    for (const cli of [docker, berth]) {
      const name = cli === docker ? 'd' : 'b';
      expect(await ok(cli('create', '--name', `${name}-echo`, '-l', 'keep=yes', 'busybox', 'echo', 'from-create'))).toMatch(/^[0-9a-f]{64}\n$/);
      expect(await cli('start', '-a', `${name}-echo`)).toEqual({ code: 0, stdout: 'from-create\n', stderr: '' });
      await ok(cli('create', '-i', '--name', `${name}-cat`, 'busybox', 'cat'));
      const input = (args: string[]) => (cli === docker ? daemon.docker(args, 'typed in\n') : daemon.berth(args, 'typed in\n'));
      expect(await input(['start', '-ai', `${name}-cat`])).toEqual({ code: 0, stdout: 'typed in\n', stderr: '' });
      expect((await cli('start', 'nosuch', `${name}-echo`)).stderr).toBe(`Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch\n`);
    }
    // The rm page: with --force a missing container is reported and the command still succeeds.
    expect(await same('rm', '-f', 'nosuch')).toEqual({ code: 0, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect(await berth('rm', '--force', 'nosuch', 'd-cat')).toEqual({ code: 0, stdout: 'd-cat\n', stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect(await same('rm', 'nosuch')).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect((await same('rm', 'my_web')).stderr).toMatch(/^Error response from daemon: You cannot remove a running container [0-9a-f]{64}. Stop the container before attempting removal or force remove\n$/);
    const pruned = await docker('container', 'prune', '-f', '--filter', 'label=keep=yes');
    expect(pruned.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(await ok(docker('ps', '-a', '--filter', 'label=keep', '-q'))).toBe('');
    expect(await same('container', 'prune', '-f', '--filter', 'until=abc')).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: failed to parse value as time or duration: "abc"\n' });
    expect((await same('container', 'prune', '-f', '--filter', 'until=24h')).stdout).toBe('Total reclaimed space: 0B\n');
    expect(await ok(docker('ps', '-a', '--filter', 'name=b-cat', '--format', '{{.Names}}'))).toBe('b-cat\n');
  });

  it('run reference options: -w, --read-only, -e and --env-file, --ulimit, -u, --init, --entrypoint, -t, --rm, --restart, health', async () => {
    expect((await same('run', '--rm', '-w', '/path/to/dir', 'busybox', 'pwd')).stdout).toBe('/path/to/dir\n');
    expect(await same('run', '--rm', '--read-only', 'busybox', 'touch', '/x')).toEqual({ code: 1, stdout: '', stderr: 'touch: /x: Read-only file system\n' });
    const envFile = join(scratch, 'env.list');
    writeFileSync(envFile, 'VAR1=a\n# a comment\nVAR2\n');
    const env = await same('run', '--rm', '-e', 'MYVAR1', '-e', 'MYVAR2=foo', '--env-file', envFile, 'busybox', 'sh', '-c', 'echo "$MYVAR2 ${MYVAR1-unset} $VAR1 ${VAR2-unset}"');
    expect(env.stdout).toBe(`foo unset a ${process.env.VAR2 ?? 'unset'}\n`);
    expect((await same('run', '--rm', '--ulimit', 'nofile=1024:1024', 'busybox', 'sh', '-c', 'ulimit -n')).stdout).toBe('1024\n');
    expect((await same('run', '--rm', '-u', '1000:1000', 'busybox', 'id')).stdout).toBe('uid=1000 gid=1000\n');
    // (The pid ps gets depends on what the init did first: each output is checked on its own.)
    for (const cli of [docker, berth]) expect(await ok(cli('run', '--rm', '--init', 'busybox', 'ps', '-o', 'pid,comm'))).toMatch(/^PID +COMMAND\n +1 berth-init\n +\d+ ps\n$/);
    expect((await same('run', '--rm', '--entrypoint', 'echo', 'busybox', 'hi', 'there')).stdout).toBe('hi there\n');
    expect((await same('run', '--rm', '--hostname', 'myhost', 'busybox', 'hostname')).stdout).toBe('myhost\n');
    expect((await same('run', '--rm', '-t', 'busybox', 'tty')).stdout).toBe('/dev/pts/0\r\n');
    expect(await same('run', '--rm', 'busybox', 'tty')).toEqual({ code: 1, stdout: 'not a tty\n', stderr: '' });
    expect(await ok(docker('run', '-d', '--rm', '--name', 'gone', 'busybox', 'true'))).toMatch(/^[0-9a-f]{64}\n$/);
    await ok(docker('run', '--restart=on-failure:2', '--name', 'retry', 'busybox', 'false').then((r) => ({ ...r, code: r.code === 1 ? 0 : r.code })));
    await ok(docker('run', '-d', '--health-cmd', 'true', '--health-interval', '500ms', '--name', 'checked', 'busybox', 'sleep', '30'));
    const deadline = Date.now() + 10_000;
    const settled = async () =>
      (await ok(docker('inspect', '-f', '{{.RestartCount}} {{.State.Status}}', 'retry'))) === '2 exited\n' &&
      (await ok(docker('inspect', '-f', '{{.State.Health.Status}}', 'checked'))) === 'healthy\n';
    while (Date.now() < deadline && !(await settled())) await sleep(200);
    expect(await ok(docker('inspect', '-f', '{{.RestartCount}} {{.State.Status}}', 'retry'))).toBe('2 exited\n');
    expect(await ok(docker('ps', '-a', '--filter', 'name=gone', '-q'))).toBe('');
    expect((await same('ps', '--filter', 'health=healthy', '--format', '{{.Names}} {{.Status}}')).stdout).toMatch(/^checked Up .* \(healthy\)\n$/);
    // Stopped, its probe log stays put: berth prints the probes' times as docker re-prints Go's time.Time.
    await ok(docker('stop', '-t', '0', 'checked'));
    expect((await same('inspect', '-f', '{{json .State.Health}}', 'checked')).stdout).toMatch(/^\{"Status":"healthy","FailingStreak":0,"Log":\[\{"Start":"[^"]+Z","End":/);
    const conflict = await same('run', '--name', 'retry', 'busybox', 'true');
    expect(conflict.code).toBe(125);
    expect(conflict.stderr).toMatch(/^docker: Error response from daemon: Conflict. The container name "\/retry" is already in use/);
  });

  it('run reference, labels: -l, --label and --label-file (a key alone is dropped, as docker CLI 28 does); inspect shows them sorted, as dockerd', async () => {
    const labelFile = join(scratch, 'labels');
    writeFileSync(labelFile, 'com.example.label1="a label"\n# a comment\ncom.example.label2=another\\ label\ncom.example.label3\n');
    const flags = ['-l', 'my-label', '--label', 'com.example.foo=bar', '--label-file', labelFile, 'busybox'];
    await ok(docker('create', '--name', 'labelled-d', ...flags));
    await ok(berth('create', '--name', 'labelled-b', ...flags));
    const expected = '{"com.example.foo":"bar","com.example.label1":"\\"a label\\"","com.example.label2":"another\\\\ label","my-label":""}\n';
    for (const name of ['labelled-d', 'labelled-b']) expect((await same('inspect', '-f', '{{json .Config.Labels}}', name)).stdout).toBe(expected);
    expect((await same('ps', '-a', '--filter', 'label=my-label', '--format', '{{.Names}}')).stdout).toBe('labelled-b\nlabelled-d\n');
    await ok(docker('rm', 'labelled-d', 'labelled-b'));
  });

  it('run --uts=host shares the host\'s hostname', async () => {
    expect((await same('run', '--rm', '--uts=host', 'busybox', 'hostname')).stdout).toBe(`${require('node:os').hostname()}\n`);
  });

  it('run --cidfile writes the container id and refuses an existing file; create reports the daemon\'s refusal with status 1', async () => {
    const cidfile = join(scratch, 'cid');
    for (const cli of [docker, berth]) {
      rmSync(cidfile, { force: true });
      const id = await ok(cli('run', '-d', '--cidfile', cidfile, 'busybox', 'true'));
      expect(readFileSync(cidfile, 'utf8')).toBe(id.trim());
      const again = await cli('run', '--cidfile', cidfile, 'busybox', 'true');
      expect(again.code).toBe(125);
      expect(again.stderr).toMatch(/container ID file found, make sure the other container isn't running or delete/);
    }
    // The create page: what the daemon refuses is printed as is (run adds its prefix, 125 and the help pointer).
    expect(await same('create', '--restart=foo', 'busybox')).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid restart policy: unknown policy 'foo'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n" });
    expect(await same('create', '-m', '1k', 'busybox')).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: Minimum memory limit allowed is 6MB\n' });
    expect((await same('run', '-m', '1k', 'busybox')).code).toBe(125);
    expect((await same('create', '--sysctl', 'kernel.foo=1', 'busybox')).code).toBe(125);
  });

  it('run --sysctl sets a namespaced sysctl', async () => {
    expect((await same('run', '--rm', '--sysctl', 'net.ipv4.ip_forward=1', 'busybox', 'cat', '/proc/sys/net/ipv4/ip_forward')).stdout).toBe('1\n');
  });

  it('leaves nothing behind once every container is removed and the daemon stops', async () => {
    const all = (await ok(docker('ps', '-aq'))).split('\n').filter(Boolean);
    expect(await ok(docker('rm', '-f', ...all))).toBe(`${all.join('\n')}\n`);
    expect(await ok(docker('ps', '-aq'))).toBe('');
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});
