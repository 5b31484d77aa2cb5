/**
 * `docker cp` / `berth cp` against a real berthd running busybox under runc: files and
 * directories in and out of running, stopped and never started containers, owners with and
 * without -a, -L, tar streams on stdin/stdout, docker's errors, and symlinks in the container
 * (to `/`, to `../../..`) that must not let a copy read or write the host.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_CLI, dockerIt, hasDockerCli, TestDaemon } from './harness';

describe('cp', () => {
  let daemon: TestDaemon;
  let local: string;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
    local = mkdtempSync(join(tmpdir(), 'berth-cp-local-'));
    expect((await daemon.berth(['run', '-d', '--name', 'box', 'busybox', 'sh', '-c', 'mkdir -p /data/sub && echo inside > /data/sub/f && ln -s / /tmp/root && ln -s ../../../../.. /tmp/up && ln -s /data/sub/f /tmp/flink && sleep 600'])).code).toBe(0);
    // Wait for the script's files.
    for (let i = 0; i < 50; i++) {
      if ((await daemon.berth(['exec', 'box', 'test', '-L', '/tmp/flink'])).code === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    if (daemon) {
      await daemon.berth(['rm', '-f', 'box', 'cold', 'ro', 'owner']);
      await daemon.stop();
      const leftovers = daemon.leftovers();
      await daemon.cleanup();
      expect(leftovers).toEqual([]);
    }
    rmSync(local, { recursive: true, force: true });
  });

  const inBox = async (script: string) => (await daemon.berth(['exec', 'box', 'sh', '-c', script])).stdout;
  const shell = (script: string) => spawnSync('sh', ['-c', script], { env: { ...process.env, DOCKER_CONFIG: join(local, '.docker') } });

  dockerIt('docker cp copies a file into and out of a running container, quietly when not on a terminal', async () => {
    writeFileSync(join(local, 'hello.txt'), 'hello from the host\n');
    expect(await daemon.docker(['cp', join(local, 'hello.txt'), 'box:/tmp/'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await inBox('cat /tmp/hello.txt')).toBe('hello from the host\n');
    // A new name for the file, in an existing directory.
    expect((await daemon.docker(['cp', join(local, 'hello.txt'), 'box:/tmp/renamed.txt'])).code).toBe(0);
    expect(await inBox('cat /tmp/renamed.txt')).toBe('hello from the host\n');

    expect(await daemon.docker(['cp', 'box:/data/sub/f', join(local, 'out.txt')])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(local, 'out.txt'), 'utf8')).toBe('inside\n');
    // Frozen only while copying: the container runs on, and one the user paused stays paused.
    const status = async () => (await daemon.berth(['inspect', '-f', '{{.State.Status}}', 'box'])).stdout;
    expect(await status()).toBe('running\n');
    expect(await inBox('echo alive')).toBe('alive\n');
    expect((await daemon.berth(['pause', 'box'])).code).toBe(0);
    expect((await daemon.docker(['cp', join(local, 'hello.txt'), 'box:/tmp/while-paused'])).code).toBe(0);
    expect((await daemon.docker(['cp', 'box:/tmp/while-paused', join(local, 'while-paused')])).code).toBe(0);
    expect(await status()).toBe('paused\n');
    expect((await daemon.berth(['unpause', 'box'])).code).toBe(0);
    expect(await inBox('cat /tmp/while-paused')).toBe('hello from the host\n');
  });

  dockerIt('copies directories: to a new name, into an existing one, and dir/. as contents', async () => {
    mkdirSync(join(local, 'tree/deep'), { recursive: true });
    writeFileSync(join(local, 'tree/deep/x'), 'x');
    expect((await daemon.docker(['cp', join(local, 'tree'), 'box:/tmp/newtree'])).code).toBe(0);
    expect(await inBox('cat /tmp/newtree/deep/x')).toBe('x');
    expect((await daemon.docker(['cp', join(local, 'tree'), 'box:/tmp/newtree'])).code).toBe(0);
    expect(await inBox('cat /tmp/newtree/tree/deep/x')).toBe('x');

    expect((await daemon.docker(['cp', 'box:/data', join(local, 'fromdata')])).code).toBe(0);
    expect(readFileSync(join(local, 'fromdata/sub/f'), 'utf8')).toBe('inside\n');
    mkdirSync(join(local, 'contents'));
    expect((await daemon.docker(['cp', 'box:/data/.', join(local, 'contents')])).code).toBe(0);
    expect(readFileSync(join(local, 'contents/sub/f'), 'utf8')).toBe('inside\n');
    // dir/. to a new name: the contents under that name.
    expect((await daemon.berth(['cp', 'box:/data/.', join(local, 'contents-new')])).code).toBe(0);
    expect(readFileSync(join(local, 'contents-new/sub/f'), 'utf8')).toBe('inside\n');
  });

  it('berth cp does the same, and prints docker\'s summary when asked not to be quiet', async () => {
    writeFileSync(join(local, 'b.txt'), 'b');
    expect(await daemon.berth(['cp', join(local, 'b.txt'), 'box:/tmp/b.txt'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await inBox('cat /tmp/b.txt')).toBe('b');
    const out = await daemon.berth(['cp', '--quiet=false', 'box:/tmp/b.txt', join(local, 'b-back.txt')]);
    expect(out).toEqual({ code: 0, stdout: '', stderr: `Successfully copied 2.05kB to ${join(local, 'b-back.txt')}\n` });
    expect(readFileSync(join(local, 'b-back.txt'), 'utf8')).toBe('b');
    expect((await daemon.berth(['container', 'cp', 'box:/data/', join(local, 'berth-data')])).code).toBe(0);
    expect(readFileSync(join(local, 'berth-data/sub/f'), 'utf8')).toBe('inside\n');
  });

  it('works on a container that never started and on a stopped one, mounting nothing for good', async () => {
    expect((await daemon.berth(['create', '--name', 'cold', 'busybox', 'cat', '/tmp/note'])).code).toBe(0);
    writeFileSync(join(local, 'note'), 'written while created\n');
    expect((await daemon.berth(['cp', join(local, 'note'), 'cold:/tmp/note'])).code).toBe(0);
    expect(await daemon.berth(['start', '-a', 'cold'])).toMatchObject({ code: 0, stdout: 'written while created\n' });
    // Now exited: read back what it has.
    expect((await daemon.berth(['cp', 'cold:/tmp/note', join(local, 'note-back')])).code).toBe(0);
    expect(readFileSync(join(local, 'note-back'), 'utf8')).toBe('written while created\n');
    if (hasDockerCli) {
      expect((await daemon.docker(['cp', 'cold:/etc/passwd', join(local, 'cold-passwd')])).code).toBe(0);
      expect(readFileSync(join(local, 'cold-passwd'), 'utf8')).toMatch(/^root:x:0:0:/);
    }
    // A reader that goes away mid-tar (head) releases the temporary mount too.
    writeFileSync(join(local, 'big'), Buffer.alloc(16 * 1024 * 1024, 7));
    expect((await daemon.berth(['cp', join(local, 'big'), 'cold:/big'])).code).toBe(0);
    const cut = shell(`${process.execPath} ${join(__dirname, '../../bin/berth.js')} -H ${daemon.host} cp cold:/big - | head -c 1000 | wc -c`);
    expect(cut.stdout.toString().trim()).toBe('1000');
    for (let i = 0; i < 50 && readFileSync('/proc/self/mountinfo', 'utf8').includes('.cp-'); i++) await new Promise((r) => setTimeout(r, 100));
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.includes(daemon.dir) && l.includes('.cp-'));
    expect(mounts).toEqual([]);
    expect(readdirSync(join(daemon.execRoot, 'containers')).filter((n) => n.includes('.cp-'))).toEqual([]);
  });

  dockerIt('keeps the tar\'s owners, and with -a gives the files to the container\'s user (as dockerd does)', async () => {
    writeFileSync(join(local, 'owned'), 'o');
    chownSync(join(local, 'owned'), 4321, 4322);
    expect((await daemon.docker(['cp', join(local, 'owned'), 'box:/tmp/owned'])).code).toBe(0);
    expect(await inBox('stat -c %u:%g /tmp/owned')).toBe('4321:4322\n');
    expect((await daemon.berth(['run', '-d', '--name', 'owner', '--user', '1234:2345', 'busybox', 'sleep', '600'])).code).toBe(0);
    expect((await daemon.docker(['cp', '-a', join(local, 'owned'), 'owner:/tmp/owned'])).code).toBe(0);
    expect((await daemon.berth(['exec', 'owner', 'stat', '-c', '%u:%g', '/tmp/owned'])).stdout).toBe('1234:2345\n');
    // Out of the container, files belong to whoever copies.
    expect((await daemon.docker(['cp', 'box:/tmp/owned', join(local, 'owned-back')])).code).toBe(0);
    expect(statSync(join(local, 'owned-back')).uid).toBe(process.getuid!());
  });

  dockerIt('-L copies what a link points to; without it the link itself', async () => {
    expect((await daemon.docker(['cp', 'box:/tmp/flink', join(local, 'link-itself')])).code).toBe(0);
    expect(readlinkSync(join(local, 'link-itself'))).toBe('/data/sub/f');
    expect((await daemon.docker(['cp', '-L', 'box:/tmp/flink', join(local, 'link-followed')])).code).toBe(0);
    expect(lstatSync(join(local, 'link-followed')).isFile()).toBe(true);
    expect(readFileSync(join(local, 'link-followed'), 'utf8')).toBe('inside\n');
    expect((await daemon.berth(['cp', '-L', 'box:/tmp/flink', join(local, 'berth-followed')])).code).toBe(0);
    expect(readFileSync(join(local, 'berth-followed'), 'utf8')).toBe('inside\n');
  });

  dockerIt('streams tars on stdin and stdout with -', () => {
    const out = shell(`${DOCKER_CLI} -H ${daemon.host} cp box:/data - | tar -tf -`);
    expect(out.stdout.toString().split('\n').filter(Boolean).sort()).toEqual(['data/', 'data/sub/', 'data/sub/f']);
    const into = shell(`cd ${local} && mkdir -p streamed && echo s > streamed/s && tar -cf - streamed | ${DOCKER_CLI} -H ${daemon.host} cp - box:/tmp`);
    expect(into.status).toBe(0);
    const berthOut = shell(`${process.execPath} ${join(__dirname, '../../bin/berth.js')} -H ${daemon.host} cp box:/tmp/streamed - | tar -xOf - streamed/s`);
    expect(berthOut.stdout.toString()).toBe('s\n');
  });

  dockerIt('links to / or ../../.. in the container cannot reach the host, either way', async () => {
    const marker = `berth-cp-escape-${process.pid}`;
    writeFileSync(join(local, marker), 'must stay in the container');
    expect((await daemon.docker(['cp', join(local, marker), 'box:/tmp/up/'])).code).toBe(0);
    expect((await daemon.docker(['cp', join(local, marker), 'box:/tmp/root/tmp/'])).code).toBe(0);
    expect(existsSync(`/${marker}`)).toBe(false);
    expect(await inBox(`cat /${marker} /tmp/${marker}`)).toBe('must stay in the containermust stay in the container');
    // Reading through them gives the container's files, not the host's.
    const hostname = (await inBox('cat /etc/hostname'));
    const viaUp = shell(`${DOCKER_CLI} -H ${daemon.host} cp box:/tmp/up/etc/hostname - | tar -xOf -`);
    expect(viaUp.stdout.toString()).toBe(hostname);
    const passwd = shell(`${DOCKER_CLI} -H ${daemon.host} cp box:/tmp/up/../../etc/passwd - | tar -xOf -`);
    expect(passwd.stdout.toString()).toBe(await inBox('cat /etc/passwd'));
    // A tar whose entries climb out, or go through the container's links, stays inside too.
    const hostile = join(local, 'hostile.tar');
    spawnSync('python3', ['-c', `
import tarfile, io
t = tarfile.open(${JSON.stringify(hostile)}, 'w')
for name in ['../../../../${marker}-dotdot', 'up/${marker}-via-link']:
    data = b'x'
    info = tarfile.TarInfo(name); info.size = len(data)
    t.addfile(info, io.BytesIO(data))
t.close()
`]);
    const put = shell(`${DOCKER_CLI} -H ${daemon.host} cp - box:/tmp < ${hostile}`);
    expect(put.status).toBe(1);
    expect(put.stderr.toString()).toMatch(/^Error response from daemon: apply layer: entry "\.\.\/\.\.\/\.\.\/\.\.\/berth-cp-escape-\d+-dotdot": .*leaves the layer root\n$/);
    expect(existsSync(`/${marker}-dotdot`)).toBe(false);
    expect(existsSync(`/${marker}-via-link`)).toBe(false);
    rmSync(`/${marker}`, { force: true });
  });

  dockerIt('bad input gets docker\'s messages and exit codes, and changes nothing', async () => {
    expect(await daemon.docker(['cp', 'box:/nope', join(local, 'nope')])).toEqual({
      code: 1, stdout: '', stderr: 'Error response from daemon: Could not find the file /nope in container box\n',
    });
    expect(await daemon.berth(['cp', 'box:/nope', join(local, 'nope')])).toEqual({
      code: 1, stdout: '', stderr: 'Error response from daemon: Could not find the file /nope in container box\n',
    });
    expect(existsSync(join(local, 'nope'))).toBe(false);
    const ghost = await daemon.docker(['cp', 'ghost:/etc/passwd', join(local, 'ghost')]);
    expect(ghost).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: No such container: ghost\n' });
    expect(await daemon.berth(['cp', 'ghost:/etc/passwd', join(local, 'ghost')])).toEqual(ghost);
    // An upload the daemon refuses at once still gets its answer, not a broken pipe.
    writeFileSync(join(local, 'upload'), Buffer.alloc(128 * 1024 * 1024, 3));
    const refused = { code: 1, stdout: '', stderr: 'Error response from daemon: No such container: ghost\n' };
    expect(await daemon.berth(['cp', join(local, 'upload'), 'ghost:/tmp/upload'])).toEqual(refused);
    expect(await daemon.docker(['cp', join(local, 'upload'), 'ghost:/tmp/upload'])).toEqual(refused);
    rmSync(join(local, 'upload'));
    // Into a path that is not a directory (stdin tar), and a directory over a file.
    const notDir = shell(`tar -cf - -C ${local} hello.txt | ${DOCKER_CLI} -H ${daemon.host} cp - box:/etc/passwd`);
    expect([notDir.status, notDir.stderr.toString()]).toEqual([1, 'destination "box:/etc/passwd" must be a directory\n']);
    const berthNotDir = shell(`tar -cf - -C ${local} hello.txt | ${process.execPath} ${join(__dirname, '../../bin/berth.js')} -H ${daemon.host} cp - box:/etc/passwd`);
    expect([berthNotDir.status, berthNotDir.stderr.toString()]).toEqual([1, 'destination "box:/etc/passwd" must be a directory\n']);
    // (docker's own tar goroutine may log about its closed pipe too.)
    expect(await daemon.docker(['cp', join(local, 'tree'), 'box:/etc/passwd'])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^cannot copy directory$/m) });
    expect(await daemon.berth(['cp', join(local, 'tree'), 'box:/etc/passwd'])).toEqual({ code: 1, stdout: '', stderr: 'cannot copy directory\n' });
    expect(await daemon.docker(['cp', join(local, 'hello.txt'), 'box:/tmp/missing/'])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^no such directory$/m) });
    expect(await daemon.berth(['cp', join(local, 'hello.txt'), 'box:/tmp/missing/'])).toEqual({ code: 1, stdout: '', stderr: 'no such directory\n' });
    expect(await daemon.berth(['cp', 'a', 'b'])).toEqual({ code: 1, stdout: '', stderr: 'must specify at least one container source\n' });
    expect(await daemon.berth(['cp', 'box:/a', 'box:/b'])).toEqual({ code: 1, stdout: '', stderr: 'copying between containers is not supported\n' });
    // A read-only rootfs refuses the copy.
    expect((await daemon.berth(['run', '-d', '--name', 'ro', '--read-only', 'busybox', 'sleep', '600'])).code).toBe(0);
    expect(await daemon.docker(['cp', join(local, 'hello.txt'), 'ro:/tmp/'])).toEqual({
      code: 1, stdout: '', stderr: 'Error response from daemon: container rootfs is marked read-only\n',
    });
    expect(await inBox('ls /tmp/missing 2>&1; true')).toMatch(/No such file or directory/);
  });

  dockerIt('reads the container\'s own /etc/hostname and reports archive-path and extract-to-dir events', async () => {
    const hostname = shell(`${DOCKER_CLI} -H ${daemon.host} cp box:/etc/hostname - | tar -xOf -`);
    expect(hostname.stdout.toString()).toBe(await inBox('cat /etc/hostname'));
    const until = Math.ceil(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', '0', '--until', String(until), '--filter', 'container=box', '--format', '{{.Action}}']);
    const actions = events.stdout.split('\n');
    expect(actions).toContain('archive-path');
    expect(actions).toContain('extract-to-dir');
  });
});
