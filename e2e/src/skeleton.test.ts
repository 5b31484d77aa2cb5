/**
 * One real container through every layer: berthd (engine + API) with its own roots, busybox loaded
 * from the docker-save archive tools/images builds, containers run under real runc on overlayfs,
 * driven by the berth CLI and the real docker CLI.
 */
import { readFileSync } from 'node:fs';
import { BUSYBOX_TAR, dockerIt, requireBusybox, TestDaemon } from './harness';

describe('berthd skeleton end to end', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    requireBusybox();
    daemon = await TestDaemon.start();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it('loads busybox with berth load -i and lists it', async () => {
    const loaded = await daemon.berth(['load', '-i', BUSYBOX_TAR]);
    expect(loaded).toMatchObject({ code: 0 });
    expect(loaded.stdout).toContain('Loaded image: busybox:latest');
    const images = await daemon.berth(['images']);
    expect(images.code).toBe(0);
    expect(images.stdout.split('\n')[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
    expect(images.stdout).toMatch(/\nbusybox\s+latest\s+[0-9a-f]{12}\s+/);
  });

  it('berth run --rm prints the output and removes the container', async () => {
    const result = await daemon.berth(['run', '--rm', 'busybox', 'echo', 'hello from berth']);
    expect(result).toEqual({ code: 0, stdout: 'hello from berth\n', stderr: '' });
    const ps = await daemon.berth(['ps', '-a', '-q']);
    expect(ps.stdout.trim()).toBe('');
  });

  it('berth run passes the exit code and stderr through', async () => {
    const result = await daemon.berth(['run', '--rm', 'busybox', 'sh', '-c', 'echo out; echo err >&2; exit 3']);
    expect(result).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('runs the image CMD with its environment, hostname and a fresh root filesystem', async () => {
    const env = await daemon.berth(['run', '--rm', '-e', 'GREETING=hi', 'busybox', 'sh', '-c', 'echo $GREETING $PATH; id -u; cat /etc/hostname; wc -c < /proc/timer_list']);
    expect(env.code).toBe(0);
    const [greeting, uid, hostname, timerList] = env.stdout.trim().split('\n');
    expect(greeting).toBe('hi /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(uid).toBe('0');
    expect(hostname).toMatch(/^[0-9a-f]{12}$/);
    expect(timerList.trim()).toBe('0'); // masked: the host's file is not empty
    const write = await daemon.berth(['run', '--rm', 'busybox', 'sh', '-c', 'echo x > /written && cat /written']);
    expect(write.stdout).toBe('x\n');
    const fresh = await daemon.berth(['run', '--rm', 'busybox', 'ls', '/written']);
    expect(fresh.code).not.toBe(0);
  });

  it('berth run -d --name, ps, logs and rm', async () => {
    const started = await daemon.berth(['run', '-d', '--name', 'sleeper', 'busybox', 'sh', '-c', 'echo started; sleep 30']);
    expect(started.code).toBe(0);
    const id = started.stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);

    const ps = await daemon.berth(['ps']);
    const lines = ps.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    expect(lines[1]).toMatch(new RegExp(`^${id.slice(0, 12)}\\s+busybox\\s+"sh -c 'echo started…"\\s+.*\\s+Up .*\\s+sleeper$`));

    let logs = await daemon.berth(['logs', 'sleeper']);
    for (let i = 0; i < 50 && logs.stdout === ''; i++) {
      await new Promise((r) => setTimeout(r, 100));
      logs = await daemon.berth(['logs', 'sleeper']);
    }
    expect(logs).toEqual({ code: 0, stdout: 'started\n', stderr: '' });

    const refused = await daemon.berth(['rm', 'sleeper']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('You cannot remove a running container');
    const removed = await daemon.berth(['rm', '-f', 'sleeper']);
    expect(removed).toEqual({ code: 0, stdout: 'sleeper\n', stderr: '' });
    expect((await daemon.berth(['ps', '-a', '-q'])).stdout).toBe('');
  });

  it('keeps exited containers for ps -a and logs', async () => {
    const ran = await daemon.berth(['run', '--name', 'finished', 'busybox', 'sh', '-c', 'echo done; exit 4']);
    expect(ran.code).toBe(4);
    const ps = await daemon.berth(['ps', '-a']);
    expect(ps.stdout).toMatch(/Exited \(4\) .* ago\s+finished\n/);
    expect((await daemon.berth(['ps'])).stdout).not.toContain('finished');
    expect((await daemon.berth(['logs', 'finished'])).stdout).toBe('done\n');
    expect(await daemon.berth(['rm', 'finished'])).toMatchObject({ code: 0 });
  });

  it('reports clear errors for a missing image and a missing container', async () => {
    const noImage = await daemon.berth(['run', '--rm', 'nosuchimage']);
    expect(noImage.code).toBe(125);
    expect(noImage.stderr).toContain('nosuchimage');
    const noContainer = await daemon.berth(['logs', 'ghost']);
    expect(noContainer.code).toBe(1);
    expect(noContainer.stderr).toContain('No such container: ghost');
  });

  it('berth version and info describe the daemon', async () => {
    const version = await daemon.berth(['version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/Client:/);
    expect(version.stdout).toMatch(/Server: berth Engine/);
    expect(version.stdout).toMatch(/API version:\s+1\.51/);
    const info = await daemon.berth(['info']);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/Storage Driver: overlay2/);
    expect(info.stdout).toContain(`Docker Root Dir: ${daemon.dataRoot}`);
  });

  dockerIt('the real docker CLI runs containers and passes exit codes', async () => {
    const hello = await daemon.docker(['run', '--rm', 'busybox', 'echo', 'hello']);
    expect(hello).toEqual({ code: 0, stdout: 'hello\n', stderr: '' });
    const three = await daemon.docker(['run', '--rm', 'busybox', 'sh', '-c', 'exit 3']);
    expect(three.code).toBe(3);
  });

  dockerIt('docker ps -a, images and logs show what Docker would', async () => {
    const run = await daemon.docker(['run', '--name', 'dockerlogs', 'busybox', 'sh', '-c', 'echo one; echo two >&2']);
    expect(run).toEqual({ code: 0, stdout: 'one\n', stderr: 'two\n' });
    const logs = await daemon.docker(['logs', 'dockerlogs']);
    expect(logs).toEqual({ code: 0, stdout: 'one\n', stderr: 'two\n' });
    const ps = await daemon.docker(['ps', '-a', '--format', '{{.Names}} {{.Image}} {{.Status}} {{.Command}}']);
    expect(ps.stdout).toMatch(/^dockerlogs busybox Exited \(0\) .* ago "sh -c 'echo one; ec…"$/m);
    const images = await daemon.docker(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}']);
    expect(images.stdout).toMatch(/^busybox:latest [0-9a-f]{12}$/m);
    const version = await daemon.docker(['version', '--format', '{{.Server.APIVersion}}']);
    expect(version.stdout.trim()).toBe('1.51');
    expect(await daemon.docker(['rm', 'dockerlogs'])).toMatchObject({ code: 0, stdout: 'dockerlogs\n' });
    const missing = await daemon.docker(['rm', 'dockerlogs']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such container: dockerlogs');
  });

  it('stops cleanly and leaves nothing behind', async () => {
    await daemon.berth(['run', '-d', '--name', 'left-running', 'busybox', 'sleep', '60']);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(daemon.dir);
  });
});
