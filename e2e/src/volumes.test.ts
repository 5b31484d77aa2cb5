/**
 * Named volumes through a real berthd: the Engine API, the real docker CLI and the berth CLI
 * (which must print what docker prints), the local driver's tmpfs option, and persistence across a
 * restart and a kill -9.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTinyPlugin } from '@berth/volumes';
import { BUSYBOX_TAR, TestDaemon } from './harness';

describe('volumes', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.start();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  it('create, inspect, ls, rm through the API as dockerd answers', async () => {
    const created = await daemon.api('POST', '/v1.51/volumes/create', { Name: 'apivol', Labels: { a: 'b' } });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      CreatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      Driver: 'local',
      Labels: { a: 'b' },
      Mountpoint: join(daemon.dataRoot, 'volumes', 'apivol', '_data'),
      Name: 'apivol',
      Options: {},
      Scope: 'local',
    });
    expect((await daemon.api('GET', '/v1.51/volumes/apivol')).json).toEqual(created.json);
    expect(await daemon.api('GET', '/v1.51/volumes')).toMatchObject({ status: 200, json: { Volumes: [created.json], Warnings: null } });
    expect(await daemon.api('GET', '/v1.51/volumes/nope')).toMatchObject({ status: 404, json: { message: 'get nope: no such volume' } });
    expect(await daemon.api('GET', `/v1.51/volumes?filters=${encodeURIComponent('{"colour":["red"]}')}`)).toMatchObject({ status: 400, json: { message: "invalid filter 'colour'" } });
    expect(await daemon.api('POST', '/v1.51/volumes/create', { Name: 'a/b' })).toMatchObject({ status: 400, json: { message: expect.stringContaining('"a/b" includes invalid characters for a local volume name') } });
    expect((await daemon.api('DELETE', '/v1.51/volumes/apivol')).status).toBe(204);
    expect((await daemon.api('DELETE', '/v1.51/volumes/apivol')).status).toBe(404);
    expect((await daemon.api('DELETE', '/v1.51/volumes/apivol?force=1')).status).toBe(204);
    expect(existsSync(join(daemon.dataRoot, 'volumes', 'apivol'))).toBe(false);
  });

  it('docker and berth volume create/ls/inspect print the same', async () => {
    expect(await daemon.docker(['volume', 'create', '--label', 'tier=db', 'dvol'])).toEqual({ code: 0, stdout: 'dvol\n', stderr: '' });
    expect(await daemon.berth(['volume', 'create', '--label', 'tier=web', '-o', 'type=tmpfs', '-o', 'device=tmpfs', '-o', 'o=size=1m', 'bvol'])).toEqual({ code: 0, stdout: 'bvol\n', stderr: '' });
    const anon = await daemon.berth(['volume', 'create']);
    expect(anon.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    for (const args of [
      ['volume', 'ls'],
      ['volume', 'ls', '-q'],
      ['volume', 'ls', '--format', 'json'],
      ['volume', 'ls', '--format', 'table {{.Name}}\t{{.Labels}}\t{{.Scope}}'],
      ['volume', 'ls', '-f', 'label=tier'],
      ['volume', 'ls', '-f', 'label=tier=db'],
      ['volume', 'ls', '-f', 'name=vol', '-f', 'driver=local'],
      ['volume', 'ls', '-f', 'dangling=true'],
      ['volume', 'ls', '-f', 'dangling=maybe'],
      ['volume', 'ls', '-f', 'colour=red'],
      ['volume', 'inspect', 'dvol', 'bvol'],
      ['volume', 'inspect', '-f', '{{.Name}} {{.Options}} {{.Labels}}', 'bvol'],
      ['volume', 'inspect', 'dvol', 'missing'],
      ['volume', 'create', 'x'],
      ['volume', 'rm', 'missing', 'other'],
    ]) {
      const [docker, berth] = [await daemon.docker(args), await daemon.berth(args)];
      expect({ args, ...berth }).toEqual({ args, ...docker });
    }
    expect((await daemon.berth(['volume', 'ls', '-q', '-f', 'label=tier'])).stdout).toBe('bvol\ndvol\n');
    expect((await daemon.berth(['volume', 'inspect', '-f', '{{.Labels}}', anon.stdout.trim()])).stdout).toBe('map[com.docker.volume.anonymous:]\n');
    expect((await daemon.berth(['volume', 'ls', '-f', 'dangling=maybe'])).code).toBe(1);
  });

  it('prune removes anonymous volumes by default, named ones with -a, honouring label filters', async () => {
    await daemon.berth(['volume', 'create', '--label', 'keep=1', 'named1']);
    const a1 = (await daemon.berth(['volume', 'create'])).stdout.trim();
    writeFileSync(join(daemon.dataRoot, 'volumes', a1, '_data', 'blob'), Buffer.alloc(5000));
    const names = async () => (await daemon.berth(['volume', 'ls', '-q'])).stdout.trim().split('\n').sort();
    const before = await names();
    const pruned = await daemon.berth(['volume', 'prune', '-f']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(new RegExp(`^Deleted Volumes:\\n(?:[0-9a-f]{64}\\n)*${a1}\\n(?:[0-9a-f]{64}\\n)*\\nTotal reclaimed space: 5kB\\n$`));
    const anonymous = before.filter((n) => /^[0-9a-f]{64}$/.test(n));
    expect(await names()).toEqual(before.filter((n) => !anonymous.includes(n)));
    // Declining the prompt removes nothing.
    expect(await daemon.berth(['volume', 'prune', '-a'], 'n\n')).toEqual({
      code: 0,
      stdout: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
    });
    const docker = await daemon.docker(['volume', 'prune', '-a', '-f', '--filter', 'label!=keep']);
    expect(docker.code).toBe(0);
    expect(docker.stdout).toContain('Deleted Volumes:\n');
    expect(await names()).toEqual(['named1']);
    expect(await daemon.berth(['volume', 'prune', '-f', '--filter', 'until=1h'])).toEqual({ code: 1, stdout: '', stderr: "Error response from daemon: invalid filter 'until'\n" });
    expect(await daemon.berth(['volume', 'prune', '-af'])).toEqual({ code: 0, stdout: 'Deleted Volumes:\nnamed1\n\nTotal reclaimed space: 0B\n', stderr: '' });
    expect(await daemon.berth(['volume', 'prune', '-af'])).toEqual({ code: 0, stdout: 'Total reclaimed space: 0B\n', stderr: '' });
  });

  it('system df counts volumes and their sizes as docker prints them', async () => {
    await daemon.berth(['volume', 'create', 'dfvol']);
    writeFileSync(join(daemon.dataRoot, 'volumes', 'dfvol', '_data', 'blob'), Buffer.alloc(12345));
    for (const args of [['system', 'df'], ['system', 'df', '-v'], ['system', 'df', '--format', 'json']]) {
      const [docker, berth] = [await daemon.docker(args), await daemon.berth(args)];
      expect({ args, ...berth }).toEqual({ args, ...docker });
    }
    expect((await daemon.berth(['system', 'df'])).stdout).toContain('Local Volumes   1         0         12.35kB   12.35kB (100%)\n');
    expect((await daemon.api('GET', '/v1.51/system/df?type=volume')).json).toMatchObject({ Volumes: [{ Name: 'dfvol', UsageData: { Size: 12345, RefCount: 0 } }] });
    await daemon.berth(['volume', 'rm', 'dfvol']);
  });

  it('volume events: create, destroy, prune', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    await daemon.berth(['volume', 'create', 'evol']);
    await daemon.berth(['volume', 'rm', 'evol']);
    await daemon.berth(['volume', 'prune', '-f']);
    const until = Math.floor(Date.now() / 1000) + 1;
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--filter', 'type=volume', '--format', '{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.driver}}']);
    // Earlier tests' events may share the first second.
    expect(events.stdout).toMatch(/(^|\n)volume create evol local\nvolume destroy evol local\nvolume prune  <no value>\n$/);
  });

  it('a volume a container uses is not removed or pruned, and is not dangling', async () => {
    expect((await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
    const id = (await daemon.docker(['create', '-v', 'used:/data', '-v', '/anon', 'busybox', 'true'])).stdout.trim();
    const anon = (await daemon.berth(['inspect', '-f', '{{range .Mounts}}{{if eq .Destination "/anon"}}{{.Name}}{{end}}{{end}}', id])).stdout.trim();
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    for (const cli of [daemon.docker.bind(daemon), daemon.berth.bind(daemon)]) {
      expect(await cli(['volume', 'rm', 'used'])).toEqual({ code: 1, stdout: '', stderr: `Error response from daemon: remove used: volume is in use - [${id}]\n` });
      expect(await cli(['volume', 'rm', '-f', 'used'])).toMatchObject({ code: 1, stderr: expect.stringContaining('volume is in use') });
    }
    expect((await daemon.berth(['volume', 'ls', '-q', '-f', 'dangling=false'])).stdout.split('\n').sort()).toEqual(['', anon, 'used'].sort());
    expect(await daemon.berth(['volume', 'prune', '-af'])).toMatchObject({ code: 0 });
    expect((await daemon.berth(['volume', 'ls', '-q'])).stdout.split('\n').sort()).toEqual(['', anon, 'used'].sort());
    expect(await daemon.berth(['rm', '-v', id])).toMatchObject({ code: 0 });
    // rm -v took the anonymous volume; the named one is free now.
    expect(await daemon.berth(['volume', 'ls', '-q', '-f', 'dangling=true'])).toMatchObject({ stdout: 'used\n' });
    expect(await daemon.docker(['volume', 'rm', 'used'])).toEqual({ code: 0, stdout: 'used\n', stderr: '' });
  });

  it('a volume plugin on a socket in <exec-root>/plugins serves `-d <name>` volumes', async () => {
    const calls: string[] = [];
    mkdirSync(join(daemon.execRoot, 'plugins'), { recursive: true });
    const store = join(daemon.dir, 'plugin-store');
    const plugin = await startTinyPlugin(join(daemon.execRoot, 'plugins', 'tiny.sock'), store, calls);
    try {
      expect(await daemon.docker(['volume', 'create', '-d', 'tiny', '-o', 'size=1', 'pvol'])).toEqual({ code: 0, stdout: 'pvol\n', stderr: '' });
      expect(await daemon.berth(['volume', 'inspect', '-f', '{{.Driver}} {{.Mountpoint}} {{.Options}}', 'pvol'])).toEqual({ code: 0, stdout: `tiny ${join(store, 'pvol')} map[size:1]\n`, stderr: '' });
      expect(existsSync(join(store, 'pvol'))).toBe(true);
      expect((await daemon.docker(['volume', 'ls', '-f', 'driver=tiny', '--format', '{{.Driver}} {{.Name}}'])).stdout).toBe('tiny pvol\n');
      expect(await daemon.berth(['volume', 'create', '-d', 'tiny', '-o', 'fail=full', 'pbad'])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: create pbad: refused: full\n' });
      expect(await daemon.docker(['volume', 'create', '-d', 'absent', 'x'])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: create x: error looking up volume plugin absent: plugin "absent" not found\n' });
      expect(await daemon.berth(['volume', 'rm', 'pvol'])).toEqual({ code: 0, stdout: 'pvol\n', stderr: '' });
      expect(existsSync(join(store, 'pvol'))).toBe(false);
      // inspect asks the driver's scope (once), ls what the plugin has (dockerd's List).
      expect(calls).toEqual(['Plugin.Activate ', 'VolumeDriver.Create pvol', 'VolumeDriver.Path pvol', 'VolumeDriver.Capabilities ', 'VolumeDriver.List ', 'VolumeDriver.Create pbad', 'VolumeDriver.Remove pvol']);
    } finally {
      await new Promise<void>((r) => plugin.close(() => r()));
    }
  });

  it('volumes survive a restart and a kill -9; a tmpfs option volume is not left mounted', async () => {
    await daemon.berth(['volume', 'create', '--label', 'p=1', 'persist']);
    await daemon.berth(['volume', 'create', '-o', 'type=tmpfs', '-o', 'device=tmpfs', '-o', 'o=size=1m', 'tmpvol']);
    const before = (await daemon.berth(['volume', 'inspect', 'persist', 'tmpvol'])).stdout;
    await daemon.stop();
    await daemon.restart();
    expect((await daemon.berth(['volume', 'inspect', 'persist', 'tmpvol'])).stdout).toBe(before);
    await daemon.kill9();
    await daemon.restart();
    expect((await daemon.berth(['volume', 'inspect', 'persist', 'tmpvol'])).stdout).toBe(before);
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(join(daemon.dataRoot, 'volumes', 'tmpvol'));
    expect(await daemon.berth(['volume', 'rm', 'persist', 'tmpvol'])).toMatchObject({ code: 0 });
    expect(existsSync(join(daemon.dataRoot, 'volumes', 'tmpvol'))).toBe(false);
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
  });
});
