/**
 * The system commands against a real berthd, through the real docker CLI and berth: version
 * (components with runc's own version), info (storage, cgroups, security options, data root,
 * counts, warnings, live restore), system df, system prune (-a, --filter, the prompt, bad input)
 * and system events.
 */
import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { createServer } from 'node:net';
import { BUSYBOX_TAR, type CommandResult, dockerIt, requireBusybox, TestDaemon } from './harness';

/** What `runc --version` says of itself: info and version must report the same. */
const runcText = execFileSync('runc', ['--version'], { encoding: 'utf8' });
const runcVersion = /version (\S+)/.exec(runcText)![1];
const runcCommit = /^commit: (\S+)/m.exec(runcText)?.[1] ?? runcVersion;

/** The server part of `info`: the client parts of docker and berth differ by design. */
const serverPart = (r: CommandResult) => r.stdout.slice(r.stdout.indexOf('\nServer:\n'));
const lines = (r: CommandResult) => r.stdout.trim().split('\n');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('system commands', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    requireBusybox();
    daemon = await TestDaemon.start();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  dockerIt('version: berth Engine with Engine, berth-shim and runc components, as both CLIs show it', async () => {
    const docker = await daemon.docker(['version']);
    expect(docker.code).toBe(0);
    expect(docker.stdout).toContain('\nServer: berth Engine\n Engine:\n  Version:          0.1.0\n  API version:      1.51 (minimum version 1.24)\n');
    expect(docker.stdout).toMatch(/\n {2}Built: {12}\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n/);
    expect(docker.stdout).toContain(`\n runc:\n  Version:          ${runcVersion}\n  GitCommit:        ${runcCommit}\n`);
    expect(docker.stdout).toContain('\n berth-shim:\n  Version:          0.1.0\n');
    const berth = await daemon.berth(['version']);
    expect(berth.code).toBe(0);
    expect(berth.stdout).toMatch(/^Client:\n Version: {11}0\.1\.0\n API version: {7}1\.51\n Node version: {6}v\d+/);
    // Everything the server says is the same in both, but for the name of the runtime's language.
    const server = (text: string) => text.slice(text.indexOf('\nServer:')).replace(/(Go|Node) version: +/, 'runtime version: ');
    expect(server(berth.stdout)).toBe(server(docker.stdout));
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      expect(await cli(['version', '--format', '{{.Server.Version}} {{.Client.Context}}'])).toEqual({ code: 0, stdout: '0.1.0 default\n', stderr: '' });
      const json = JSON.parse((await cli(['version', '--format', '{{json .}}'])).stdout) as { Server: { Components: { Name: string; Version: string }[] } };
      expect(json.Server.Components.map((c) => c.Name)).toEqual(['Engine', 'berth-shim', 'runc']);
      const bad = await cli(['version', '--format', '{{.Server']);
      expect(bad.code).toBe(64);
      expect(bad.stderr).toMatch(/^template parsing error: template: .*unclosed action/);
    }
  });

  dockerIt('info: storage, cgroups, security, data root and counts; berth prints what docker prints', async () => {
    const info = await daemon.docker(['info']);
    expect(info.code).toBe(0);
    expect(info.stderr).toBe('');
    const backing = ({ 0xef53: 'extfs', 0x58465342: 'xfs', 0x01021994: 'tmpfs', 0x9123683e: 'btrfs', 0x794c7630: 'overlayfs' } as Record<number, string>)[statfsSync(daemon.dataRoot).type >>> 0];
    const cgroup = statfsSync('/sys/fs/cgroup').type === 0x63677270 ? '2' : '1';
    expect(info.stdout).toContain(`\n Storage Driver: overlay2\n  Backing Filesystem: ${backing ?? '<unknown>'}\n  Supports d_type: true\n`);
    expect(info.stdout).toContain(`\n Logging Driver: json-file\n Cgroup Driver: cgroupfs\n Cgroup Version: ${cgroup}\n Plugins:\n  Volume: local\n`);
    expect(info.stdout).toContain(`\n Swarm: inactive\n Runtimes: runc\n Default Runtime: runc\n Init Binary: berth-init\n containerd version: \n runc version: ${runcCommit}\n`);
    expect(info.stdout).toContain(`\n Security Options:\n  seccomp\n   Profile: builtin\n${cgroup === '2' ? '  cgroupns\n' : ''} Kernel Version: `);
    expect(info.stdout).toContain(`\n Docker Root Dir: ${daemon.dataRoot}\n Debug Mode: false\n`);
    expect(info.stdout).toContain('\n Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n\n');
    expect(info.stdout).not.toMatch(/<nil>|%!|map\[/);
    const berth = await daemon.berth(['info']);
    expect(berth).toMatchObject({ code: 0, stderr: '' });
    expect(serverPart(berth)).toBe(serverPart(info));

    // Counts follow what happens.
    expect(await daemon.docker(['info', '--format', '{{.Containers}} {{.ContainersStopped}} {{.Images}}'])).toEqual({ code: 0, stdout: '0 0 0\n', stderr: '' });
    expect((await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
    expect((await daemon.docker(['run', '--name', 'info-ran', 'busybox', 'true'])).code).toBe(0);
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      expect(await cli(['info', '--format', '{{.Containers}} {{.ContainersStopped}} {{.Images}} {{.ServerVersion}}'])).toEqual({ code: 0, stdout: '1 1 1 0.1.0\n', stderr: '' });
      expect(await cli(['system', 'info', '--format', '{{.DockerRootDir}}'])).toEqual({ code: 0, stdout: `${daemon.dataRoot}\n`, stderr: '' });
      expect(JSON.parse((await cli(['info', '--format', 'json'])).stdout)).toMatchObject({ Driver: 'overlay2', CgroupVersion: cgroup, ClientInfo: { Context: 'default' } });
    }
    expect((await daemon.berth(['rm', 'info-ran'])).code).toBe(0);
  });

  dockerIt('system df: images and containers with sizes, as docker prints them, -v sections and --format', async () => {
    expect((await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
    expect((await daemon.berth(['run', '--name', 'df-wrote', 'busybox', 'sh', '-c', 'head -c 50000 /dev/zero > /blob'])).code).toBe(0);
    expect((await daemon.berth(['run', '-d', '--name', 'df-up', 'busybox', 'sleep', '60'])).code).toBe(0);
    const docker = await daemon.docker(['system', 'df']);
    expect(docker.code).toBe(0);
    expect(lines(docker)[0]).toMatch(/^TYPE +TOTAL +ACTIVE +SIZE +RECLAIMABLE$/);
    expect(lines(docker)[1]).toMatch(/^Images +1 +1 +\d\.\d+MB +\S+ \(\d+%\)$/);
    // The stopped container's 50 kB are reclaimable, the running one's are not.
    expect(lines(docker)[2]).toMatch(/^Containers +2 +1 +5\d(\.\d+)?kB +5\d(\.\d+)?kB \(\d+%\)$/);
    expect(lines(docker).slice(3)).toEqual([expect.stringMatching(/^Local Volumes +0 +0 +0B +0B$/), expect.stringMatching(/^Build Cache +0 +0 +0B +0B$/)]);
    expect(await daemon.berth(['system', 'df'])).toEqual(docker);
    // -v shows ages ("1 second ago", "Less than a second ago"): the two commands may straddle a
    // second, which also changes the columns' widths.
    const sameAges = (r: { code: number; stdout: string; stderr: string }) => ({ ...r, stdout: r.stdout.replace(/(Less than a second|About a minute|\d+ \w+) ago/g, 'T ago').replace(/Up (Less than a second|\d+ \w+)/g, 'Up T').replace(/ {2,}/g, '  ') });
    for (const args of [['--format', 'json'], ['--format', '{{.Type}}={{.TotalCount}}/{{.Active}}'], ['-v']]) {
      expect(sameAges(await daemon.berth(['system', 'df', ...args]))).toEqual(sameAges(await daemon.docker(['system', 'df', ...args])));
    }
    const verbose = await daemon.berth(['system', 'df', '-v']);
    expect(verbose.stdout).toMatch(/^Images space usage:\n\nREPOSITORY +TAG +IMAGE ID +CREATED +SIZE +SHARED SIZE +UNIQUE SIZE +CONTAINERS\nbusybox +latest /);
    expect(verbose.stdout).toContain('\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n\nBuild cache usage: 0B\n');
    expect((await daemon.berth(['rm', '-f', 'df-wrote', 'df-up'])).code).toBe(0);
  });

  dockerIt('system prune: stopped containers and dangling images go, running ones and their images stay', async () => {
    const d = daemon;
    expect((await d.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
    expect((await d.berth(['run', '-d', '--name', 'p-up', 'busybox', 'sleep', '60'])).code).toBe(0);
    expect((await d.berth(['run', '--name', 'p-done', 'busybox', 'sh', '-c', 'echo x > /f'])).code).toBe(0);
    expect((await d.berth(['run', '--name', 'p-kept', '--label', 'keep=1', 'busybox', 'true'])).code).toBe(0);
    // A commit replaced by the next one under the same name leaves a dangling image.
    const first = (await d.berth(['commit', 'p-done', 'snap:1'])).stdout.trim();
    expect((await d.berth(['commit', 'p-done', 'snap:1'])).code).toBe(0);
    const ids = async () => (await d.berth(['ps', '-a', '--format', '{{.Names}}'])).stdout.trim().split('\n').sort();
    const images = async () => (await d.berth(['images', '-a', '--format', '{{.Repository}}:{{.Tag}}'])).stdout.trim().split('\n').sort();
    expect(await images()).toEqual(['<none>:<none>', 'busybox:latest', 'snap:1']);

    // Declining changes nothing and ends well; bad input is refused with docker's words before anything goes.
    const declined = await d.docker(['system', 'prune'], 'n\n');
    expect(declined).toEqual({
      code: 0,
      stdout: 'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue? [y/N] ',
      stderr: '',
    });
    expect(await d.berth(['system', 'prune'], 'n\n')).toEqual(declined);
    for (const cli of [d.docker.bind(d), d.berth.bind(d)]) {
      expect(await cli(['system', 'prune', '-f', '--filter', 'colour=red'])).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid filter 'colour'\n" });
      expect(await cli(['system', 'prune', '-f', '--volumes', '--filter', 'until=1h'])).toEqual({ code: 1, stdout: '', stderr: 'ERROR: The "until" filter is not supported with "--volumes"\n' });
    }
    expect(await ids()).toEqual(['p-done', 'p-kept', 'p-up']);

    // A label filter narrows the containers pruned.
    const labelled = await d.berth(['system', 'prune', '-f', '--filter', 'label!=keep']);
    expect(labelled.code).toBe(0);
    expect(labelled.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Images:\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: \d+(\.\d+)?k?B\n$/);
    expect(await ids()).toEqual(['p-kept', 'p-up']);

    // docker's own run: the rest of the stopped containers; the dangling commit is gone already.
    const pruned = await d.docker(['system', 'prune', '-f', '--volumes']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: \S+\n$/);
    expect(await ids()).toEqual(['p-up']);
    expect(await images()).toEqual(['busybox:latest', 'snap:1']);
    expect(first).toMatch(/^sha256:/);

    // -a: every image no container uses; busybox stays for the running one.
    const since = (Date.now() / 1000).toFixed(3);
    const all = await d.docker(['system', 'prune', '-a', '-f']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^Deleted Images:\nuntagged: snap:1\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: \S+\n$/);
    expect(await images()).toEqual(['busybox:latest']);
    expect(await d.berth(['system', 'prune', '-a', '-f'])).toEqual({ code: 0, stdout: 'Total reclaimed space: 0B\n', stderr: '' });
    // Both CLIs prune every kind in docker's order, and each prune is an event.
    const until = String(Math.ceil(Date.now() / 1000) + 1);
    const events = await d.docker(['events', '--since', since, '--until', until, '--filter', 'event=prune', '--format', '{{.Type}}']);
    expect(events).toEqual({ code: 0, stdout: 'container\nnetwork\nimage\nbuilder\n'.repeat(2), stderr: '' });
    expect((await d.berth(['rm', '-f', 'p-up'])).code).toBe(0);
  });

  dockerIt('system events: both CLIs replay what happened', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    expect((await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', '--name', 'ev-1', 'busybox', 'true'])).code).toBe(0);
    const until = String(Math.ceil(Date.now() / 1000) + 1);
    const args = ['system', 'events', '--since', String(since), '--until', until, '--filter', 'container=ev-1', '--format', '{{.Type}} {{.Action}}'];
    const docker = await daemon.docker(args);
    expect(docker).toEqual({ code: 0, stdout: 'container create\ncontainer attach\ncontainer start\ncontainer die\ncontainer destroy\n', stderr: '' });
    expect(await daemon.berth(args)).toEqual(docker);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});

describe('info of a daemon listening on plain tcp with live restore', () => {
  dockerIt('warns as dockerd does and reports live restore', async () => {
    const port = await freePort();
    const daemon = await TestDaemon.start(['-H', `tcp://127.0.0.1:${port}`, '--live-restore']);
    try {
      const info = await daemon.docker(['info']);
      expect(info.code).toBe(0);
      expect(info.stdout).toContain('\n Live Restore Enabled: true\n');
      expect(info.stderr).toBe(
        `[DEPRECATION NOTICE]: API is accessible on http://127.0.0.1:${port} without encryption.\n` +
          '         Access to the remote API is equivalent to root access on the host. Refer\n' +
          "         to the 'Docker daemon attack surface' section in the documentation for\n" +
          '         more information: https://docs.docker.com/go/attack-surface/\n' +
          'In future versions this will be a hard failure preventing the daemon from starting! Learn more at: https://docs.docker.com/go/api-security/\n',
      );
      expect((await daemon.berth(['info'])).stderr).toBe(info.stderr);
      expect(await daemon.stop()).toBe(0);
      expect(daemon.leftovers()).toEqual([]);
    } finally {
      await daemon.cleanup();
    }
  });
});
