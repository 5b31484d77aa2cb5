/**
 * Volumes, second part, through a real berthd and the docker CLI: `docker cp` through a container's
 * volume and bind mounts (running and stopped), symlinks inside a volume that must not lead `cp`
 * out of the container, and a start that waits for a copy of a stopped container.
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTinyPlugin } from '@berth/volumes';
import { BUSYBOX_TAR, dockerIt, TestDaemon } from './harness';

describe('volumes (2)', () => {
  let daemon: TestDaemon;
  let local: string;

  beforeAll(async () => {
    // No default bridge: these tests need no network (and leave the shared one alone).
    daemon = await TestDaemon.withBusybox(['-b', 'none']);
    local = mkdtempSync(join(tmpdir(), 'berth-vol2-'));
  });

  afterAll(async () => {
    if (daemon) {
      const all = (await daemon.berth(['ps', '-aq'])).stdout.split('\n').filter(Boolean);
      if (all.length > 0) await daemon.berth(['rm', '-f', '-v', ...all]);
      await daemon.stop();
      const leftovers = daemon.leftovers();
      await daemon.cleanup();
      expect(leftovers).toEqual([]);
    }
    rmSync(local, { recursive: true, force: true });
  });

  const volumeData = (name: string) => join(daemon.dataRoot, 'volumes', name, '_data');
  const cpMounts = () => readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.includes('.cp-'));

  describe.each([['running'], ['stopped']])('docker cp on a %s container', (state) => {
    const ctr = `cp-${state}`;
    const vol = `cpvol-${state}`;
    let bindDir: string;

    beforeAll(async () => {
      bindDir = mkdtempSync(join(tmpdir(), 'berth-vol2-bind-'));
      expect((await daemon.berth(['volume', 'create', vol])).code).toBe(0);
      const args = ['--network', 'none', '-v', `${vol}:/vol`, '-v', `${bindDir}:/bind`, '-v', `${vol}:/rovol:ro`, 'busybox', 'sleep', '600'];
      expect((await daemon.berth(state === 'running' ? ['run', '-d', '--name', ctr, ...args] : ['create', '--name', ctr, ...args])).code).toBe(0);
      // Links made on the host side of the volume, as a container could have made them.
      symlinkSync('/etc', join(volumeData(vol), 'escape'));
      symlinkSync('../../..', join(volumeData(vol), 'up'));
      writeFileSync(join(volumeData(vol), 'from-host'), 'volume content\n');
      writeFileSync(join(local, 'payload'), 'payload\n');
    });

    afterAll(() => rmSync(bindDir, { recursive: true, force: true }));

    dockerIt('writes into and reads out of the volume and the bind, not the layer beneath them', async () => {
      expect(await daemon.docker(['cp', join(local, 'payload'), `${ctr}:/vol/in-volume`])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(volumeData(vol), 'in-volume'), 'utf8')).toBe('payload\n');
      expect((await daemon.docker(['cp', join(local, 'payload'), `${ctr}:/bind/`])).code).toBe(0);
      expect(readFileSync(join(bindDir, 'payload'), 'utf8')).toBe('payload\n');
      if (state === 'running') expect(await daemon.berth(['exec', ctr, 'cat', '/vol/in-volume', '/bind/payload'])).toEqual({ code: 0, stdout: 'payload\npayload\n', stderr: '' });

      expect((await daemon.docker(['cp', `${ctr}:/vol/from-host`, join(local, `out-${state}`)])).code).toBe(0);
      expect(readFileSync(join(local, `out-${state}`), 'utf8')).toBe('volume content\n');
      // A directory above mount points carries their content (read raw: the docker CLI refuses
      // to extract the volume's `up` link on the host, as it should).
      writeFileSync(join(bindDir, 'b'), 'bind content\n');
      const tar = await daemon.api('GET', `/v1.51/containers/${ctr}/archive?path=/`);
      expect(tar.status).toBe(200);
      for (const entry of ['/vol/from-host', '/bind/b', '/rovol/from-host', 'volume content\n', 'bind content\n']) expect(tar.text).toContain(entry);
      expect((await daemon.docker(['cp', `${ctr}:/bind`, join(local, `bind-${state}`)])).code).toBe(0);
      expect(readFileSync(join(local, `bind-${state}`, 'b'), 'utf8')).toBe('bind content\n');
      expect(cpMounts()).toEqual([]);
    });

    dockerIt('a read-only volume refuses the copy with dockerd\'s words', async () => {
      expect(await daemon.docker(['cp', join(local, 'payload'), `${ctr}:/rovol/`])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: mounted volume is marked read-only\n' });
      expect(existsSync(join(volumeData(vol), 'payload'))).toBe(false);
    });

    dockerIt('symlinks inside the volume resolve in the container: nothing is read or written outside it', async () => {
      const name = `berth-escape-${state}-${process.pid}`;
      writeFileSync(join(local, name), 'escaped?\n');
      // escape -> /etc is the container's /etc.
      expect((await daemon.docker(['cp', join(local, name), `${ctr}:/vol/escape/`])).code).toBe(0);
      expect(existsSync(join('/etc', name))).toBe(false);
      expect((await daemon.docker(['cp', `${ctr}:/etc/${name}`, join(local, `back-${state}`)])).code).toBe(0);
      expect(readFileSync(join(local, `back-${state}`), 'utf8')).toBe('escaped?\n');
      // Reading through it reads the container's files (busybox's passwd), not the host's.
      expect((await daemon.docker(['cp', `${ctr}:/vol/escape/passwd`, join(local, `passwd-${state}`)])).code).toBe(0);
      const passwd = readFileSync(join(local, `passwd-${state}`), 'utf8');
      expect((await daemon.docker(['cp', `${ctr}:/etc/passwd`, join(local, `cpasswd-${state}`)])).code).toBe(0);
      expect(passwd).toBe(readFileSync(join(local, `cpasswd-${state}`), 'utf8'));
      expect(passwd).not.toBe(readFileSync('/etc/passwd', 'utf8'));
      // up -> ../../.. climbs no higher than the container's root.
      expect((await daemon.docker(['cp', join(local, name), `${ctr}:/vol/up/`])).code).toBe(0);
      expect(existsSync(join('/', name))).toBe(false);
      expect(existsSync(join(daemon.dataRoot, 'volumes', name))).toBe(false);
      expect(existsSync(join(daemon.dataRoot, name))).toBe(false);
      expect((await daemon.docker(['cp', `${ctr}:/${name}`, join(local, `up-${state}`)])).code).toBe(0);
      expect(readFileSync(join(local, `up-${state}`), 'utf8')).toBe('escaped?\n');
      expect(cpMounts()).toEqual([]);
    });
  });

  dockerIt('a stopped container started during a copy out of it starts once the copy is done', async () => {
    expect((await daemon.berth(['volume', 'create', 'bigvol'])).code).toBe(0);
    writeFileSync(join(volumeData('bigvol'), 'big'), Buffer.alloc(64 << 20, 1));
    expect((await daemon.berth(['create', '--name', 'cp-start', '--network', 'none', '-v', 'bigvol:/big', 'busybox', 'sleep', '600'])).code).toBe(0);
    // A GET of the archive that is not read: the copy (and its mounted root) stays under way.
    const res = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      request({ socketPath: daemon.socket, method: 'GET', path: '/v1.51/containers/cp-start/archive?path=/big' }, resolve).on('error', reject).end();
    });
    expect(res.statusCode).toBe(200);
    let started = false;
    const start = daemon.docker(['start', 'cp-start']).then((r) => {
      started = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(started).toBe(false);
    expect((await daemon.berth(['inspect', '-f', '{{.State.Status}}', 'cp-start'])).stdout).toBe('created\n');
    let bytes = 0;
    res.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await new Promise((r) => res.on('end', r));
    expect(bytes).toBeGreaterThan(64 << 20);
    expect(await start).toEqual({ code: 0, stdout: 'cp-start\n', stderr: '' });
    expect((await daemon.berth(['exec', 'cp-start', 'wc', '-c', '/big/big'])).stdout).toBe(`${64 << 20} /big/big\n`);
    expect(cpMounts()).toEqual([]);
  });

  dockerIt('--volume-driver makes -v volumes, named and anonymous, through the plugin; mounted at start, unmounted at exit', async () => {
    const calls: string[] = [];
    mkdirSync(join(daemon.execRoot, 'plugins'), { recursive: true });
    const store = join(daemon.dir, 'tiny-store');
    const plugin = await startTinyPlugin(join(daemon.execRoot, 'plugins', 'tiny.sock'), store, calls);
    try {
      expect((await daemon.docker(['create', '--name', 'pv', '--network', 'none', '--volume-driver', 'tiny', '-v', 'pnamed:/named', '-v', '/anon', 'busybox', 'sh', '-c', 'echo n > /named/f; echo a > /anon/g'])).code).toBe(0);
      const id = (await daemon.berth(['inspect', '-f', '{{.Id}}', 'pv'])).stdout.trim();
      const mounts = (await daemon.docker(['inspect', '-f', '{{range .Mounts}}{{.Destination}} {{.Name}} {{.Driver}};{{end}}', 'pv'])).stdout.trim().split(';').filter(Boolean).sort();
      expect(mounts).toEqual([expect.stringMatching(/^\/anon [0-9a-f]{64} tiny$/), '/named pnamed tiny']);
      const anon = mounts[0].split(' ')[1];
      expect(await daemon.docker(['volume', 'inspect', '-f', '{{.Driver}}', 'pnamed', anon])).toEqual({ code: 0, stdout: 'tiny\ntiny\n', stderr: '' });
      // Created, not started: nothing mounted for the container yet.
      expect(calls.filter((c) => c.includes(id))).toEqual([]);
      expect(await daemon.docker(['start', '-a', 'pv'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(join(store, 'pnamed', 'f'), 'utf8')).toBe('n\n');
      expect(readFileSync(join(store, anon, 'g'), 'utf8')).toBe('a\n');
      const uses = calls.filter((c) => c.includes(id)).sort();
      expect(uses).toEqual([`VolumeDriver.Mount ${anon} ${id}`, `VolumeDriver.Mount pnamed ${id}`, `VolumeDriver.Unmount ${anon} ${id}`, `VolumeDriver.Unmount pnamed ${id}`].sort());
      // Each mount comes before its unmount.
      for (const v of [anon, 'pnamed']) expect(calls.indexOf(`VolumeDriver.Mount ${v} ${id}`)).toBeLessThan(calls.indexOf(`VolumeDriver.Unmount ${v} ${id}`));
      // In use by the stopped container: not removable; rm -v takes the anonymous one only.
      expect((await daemon.docker(['volume', 'rm', 'pnamed'])).code).toBe(1);
      expect((await daemon.docker(['rm', '-v', 'pv'])).code).toBe(0);
      expect(existsSync(join(store, anon))).toBe(false);
      expect(existsSync(join(store, 'pnamed', 'f'))).toBe(true);
      expect(await daemon.docker(['volume', 'rm', 'pnamed'])).toEqual({ code: 0, stdout: 'pnamed\n', stderr: '' });

      // A driver nobody serves: dockerd's words, and no container left behind.
      // (A 404, as dockerd's: the docker CLI would take it for a missing image and try a pull.)
      const bad = await daemon.api('POST', '/v1.51/containers/create?name=pbad', { Image: 'busybox', Cmd: ['true'], HostConfig: { VolumeDriver: 'absent', Binds: ['zz:/z'], NetworkMode: 'none' } });
      expect(bad).toMatchObject({ status: 404, json: { message: 'create zz: error looking up volume plugin absent: plugin "absent" not found' } });
      expect((await daemon.berth(['ps', '-aq', '-f', 'name=pbad'])).stdout).toBe('');
      expect((await daemon.berth(['volume', 'ls', '-q', '-f', 'name=zz'])).stdout).toBe('');
    } finally {
      await new Promise<void>((r) => plugin.close(() => r()));
    }
  });

  dockerIt("volume ls/inspect/rm see a plugin's volumes made outside berth, with the plugin's scope", async () => {
    const calls: string[] = [];
    mkdirSync(join(daemon.execRoot, 'plugins'), { recursive: true });
    const store = join(daemon.dir, 'globe-store');
    mkdirSync(join(store, 'outside'), { recursive: true });
    const plugin = await startTinyPlugin(join(daemon.execRoot, 'plugins', 'globe.sock'), store, calls, { scope: 'global' });
    try {
      expect((await daemon.docker(['volume', 'ls', '-f', 'driver=globe', '--format', '{{.Driver}} {{.Name}} {{.Scope}}'])).stdout).toBe('globe outside global\n');
      expect(await daemon.docker(['volume', 'inspect', '-f', '{{.Driver}} {{.Scope}} {{.Mountpoint}}', 'outside'])).toEqual({ code: 0, stdout: `globe global ${join(store, 'outside')}\n`, stderr: '' });
      expect((await daemon.docker(['volume', 'create', '-d', 'globe', 'inside'])).code).toBe(0);
      expect((await daemon.docker(['volume', 'ls', '-f', 'driver=globe', '--format', '{{.Name}} {{.Scope}}'])).stdout.split('\n').sort()).toEqual(['', 'inside global', 'outside global']);
      // Not the local driver's: prune leaves them alone, as dockerd's.
      expect((await daemon.docker(['volume', 'prune', '-a', '-f'])).code).toBe(0);
      expect(existsSync(join(store, 'outside'))).toBe(true);
      expect(await daemon.docker(['volume', 'rm', 'outside', 'inside'])).toEqual({ code: 0, stdout: 'outside\ninside\n', stderr: '' });
      expect(existsSync(join(store, 'outside'))).toBe(false);
      expect(await daemon.docker(['volume', 'inspect', 'outside'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: get outside: no such volume\n' });
      expect(calls).toEqual(expect.arrayContaining(['VolumeDriver.List ', 'VolumeDriver.Get outside', 'VolumeDriver.Remove outside', 'VolumeDriver.Remove inside']));
    } finally {
      await new Promise<void>((r) => plugin.close(() => r()));
    }
  });

  dockerIt('volume mount is logged before the container start, unmount before its die (dockerd\'s order)', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    expect((await daemon.docker(['run', '--name', 'ev', '--network', 'none', '-v', 'evvol:/e', 'busybox', 'true'])).code).toBe(0);
    const until = Math.ceil(Date.now() / 1000) + 1;
    const id = (await daemon.berth(['inspect', '-f', '{{.Id}}', 'ev'])).stdout.trim();
    const out = await daemon.docker(['events', '--since', String(since), '--until', String(until), '--format', '{{json .}}']);
    const events = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { Type: string; Action: string; Actor: { ID: string; Attributes: Record<string, string> } });
    const mine = events.filter((e) => (e.Type === 'container' && e.Actor.ID === id && e.Action !== 'attach') || (e.Type === 'volume' && e.Actor.ID === 'evvol' && e.Actor.Attributes.container === id));
    expect(mine.map((e) => `${e.Type} ${e.Action}`)).toEqual(['container create', 'volume mount', 'container start', 'volume unmount', 'container die']);
    expect(mine[1].Actor.Attributes).toEqual({ container: id, destination: '/e', driver: 'local', propagation: '', 'read/write': 'true' });
    await daemon.berth(['rm', '-v', 'ev']);
  });

  dockerIt('a local volume with mount options is mounted only while a container using it runs', async () => {
    const mounted = (name: string) => readFileSync('/proc/self/mountinfo', 'utf8').includes(` ${volumeData(name)} `);
    expect((await daemon.docker(['volume', 'create', '-o', 'type=tmpfs', '-o', 'device=tmpfs', '-o', 'o=size=1m', 'tv'])).code).toBe(0);
    const device = mkdtempSync(join(tmpdir(), 'berth-vol2-device-'));
    try {
      expect((await daemon.docker(['volume', 'create', '-o', 'type=none', '-o', 'o=bind', '-o', `device=${device}`, 'dv'])).code).toBe(0);
      expect((await daemon.docker(['create', '--name', 'tu', '--network', 'none', '-v', 'tv:/t', '-v', 'dv:/d', 'busybox', 'sleep', '600'])).code).toBe(0);
      expect([mounted('tv'), mounted('dv')]).toEqual([false, false]);
      expect((await daemon.docker(['start', 'tu'])).code).toBe(0);
      expect([mounted('tv'), mounted('dv')]).toEqual([true, true]);
      expect((await daemon.berth(['exec', 'tu', 'sh', '-c', 'echo t > /t/f; echo d > /d/f; grep " /t " /proc/mounts | cut -d" " -f3'])).stdout).toBe('tmpfs\n');
      // A second user keeps the filesystem mounted after the first stops.
      expect((await daemon.docker(['run', '-d', '--name', 'tu2', '--network', 'none', '-v', 'tv:/t', 'busybox', 'sleep', '600'])).code).toBe(0);
      expect((await daemon.docker(['stop', '-t', '0', 'tu'])).code).toBe(0);
      expect(mounted('tv')).toBe(true);
      expect(mounted('dv')).toBe(false);
      expect((await daemon.berth(['exec', 'tu2', 'cat', '/t/f'])).stdout).toBe('t\n');
      expect((await daemon.docker(['rm', '-f', 'tu2'])).code).toBe(0);
      expect(mounted('tv')).toBe(false);
      // The device's data outlives the runs; the tmpfs' does not (a new filesystem each time, as with dockerd).
      expect(readFileSync(join(device, 'f'), 'utf8')).toBe('d\n');
      expect(await daemon.docker(['run', '--rm', '--network', 'none', '-v', 'tv:/t', '-v', 'dv:/d', 'busybox', 'sh', '-c', 'cat /d/f; ls /t | wc -l'])).toEqual({ code: 0, stdout: 'd\n0\n', stderr: '' });
      expect([mounted('tv'), mounted('dv')]).toEqual([false, false]);
    } finally {
      await daemon.berth(['rm', '-f', 'tu', 'tu2']);
      await daemon.berth(['volume', 'rm', 'tv', 'dv']);
      rmSync(device, { recursive: true, force: true });
    }
  });

  describe('--mount bind-recursive', () => {
    let src: string;

    beforeAll(() => {
      // A source with a submount: a tmpfs this test mounts (and unmounts) beneath its own directory.
      src = mkdtempSync(join(tmpdir(), 'berth-vol2-rec-'));
      mkdirSync(join(src, 'sub'));
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'berth-vol2', join(src, 'sub')]).status).toBe(0);
      writeFileSync(join(src, 'sub', 'marker'), 'sub\n');
    });

    afterAll(() => {
      spawnSync('umount', [join(src, 'sub')]);
      rmSync(src, { recursive: true, force: true });
    });

    /** What the container finds at /m: whether the submount's file is there, and which of /m and /m/sub it can write. */
    const probe = async (...mountArgs: string[]) => {
      const script = 'cat /m/sub/marker 2>/dev/null || echo none; touch /m/top 2>/dev/null && echo top-rw || echo top-ro; touch /m/sub/x 2>/dev/null && echo sub-rw || echo sub-ro; rm -f /m/top /m/sub/x';
      const r = await daemon.docker(['run', '--rm', '--network', 'none', ...mountArgs, 'busybox', 'sh', '-c', script]);
      expect(r.stderr.replace(/^.*bind-nonrecursive is deprecated.*\n/m, '')).toBe('');
      return r.stdout.trim().split('\n');
    };
    const mnt = (extra: string) => ['--mount', `type=bind,src=${src},dst=/m${extra}`];

    dockerIt('readonly is recursive by default (kernel >= 5.12), writable leaves submounts writable, readonly insists', async () => {
      expect(await probe(...mnt(''))).toEqual(['sub', 'top-rw', 'sub-rw']);
      expect(await probe(...mnt(',readonly'))).toEqual(['sub', 'top-ro', 'sub-ro']);
      expect(await probe('-v', `${src}:/m:ro`)).toEqual(['sub', 'top-ro', 'sub-ro']);
      expect(await probe(...mnt(',readonly,bind-recursive=enabled'))).toEqual(['sub', 'top-ro', 'sub-ro']);
      expect(await probe(...mnt(',readonly,bind-recursive=writable'))).toEqual(['sub', 'top-ro', 'sub-rw']);
      expect(await probe(...mnt(',readonly,bind-recursive=readonly,bind-propagation=rprivate'))).toEqual(['sub', 'top-ro', 'sub-ro']);
    });

    dockerIt('disabled (and the deprecated bind-nonrecursive) binds without the submounts', async () => {
      expect(await probe(...mnt(',bind-recursive=disabled'))).toEqual(['none', 'top-rw', 'sub-rw']);
      expect(await probe(...mnt(',bind-nonrecursive'))).toEqual(['none', 'top-rw', 'sub-rw']);
      expect(await probe(...mnt(',bind-recursive=disabled,readonly'))).toEqual(['none', 'top-ro', 'sub-ro']);
      // Nothing the container wrote under the unmounted directory leaked onto the host's.
      expect(readFileSync(join(src, 'sub', 'marker'), 'utf8')).toBe('sub\n');
    });

    dockerIt("conflicting options get docker's and dockerd's errors and leave nothing behind", async () => {
      const before = (await daemon.berth(['ps', '-aq'])).stdout;
      const cli = await daemon.docker(['run', '--rm', ...mnt(',bind-recursive=writable'), 'busybox', 'true']);
      expect(cli.code).toBe(125);
      expect(cli.stderr).toContain(`invalid argument "type=bind,src=${src},dst=/m,bind-recursive=writable" for "--mount" flag: option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction`);
      const api = await daemon.api('POST', '/v1.51/containers/create', { Image: 'busybox', HostConfig: { NetworkMode: 'none', Mounts: [{ Type: 'bind', Source: src, Target: '/m', BindOptions: { ReadOnlyForceRecursive: true } }] } });
      expect(api).toMatchObject({ status: 400, json: { message: 'mount options conflict: !ReadOnly && BindOptions.ReadOnlyForceRecursive' } });
      expect((await daemon.berth(['ps', '-aq'])).stdout).toBe(before);
    });
  });

  it('a data root switched between storage drivers keeps each driver\'s images and containers apart (as dockerd)', async () => {
    const switching = await TestDaemon.withBusybox(['-b', 'none']);
    try {
      expect((await switching.berth(['run', '--name', 'on-overlay', '--network', 'none', 'busybox', 'sh', '-c', 'echo kept > /layer-file'])).code).toBe(0);
      expect((await switching.berth(['volume', 'create', 'shared-vol'])).code).toBe(0);
      await switching.stop();
      await switching.restart(['-b', 'none', '-s', 'native']);
      expect((await switching.berth(['info', '--format', '{{.Driver}}'])).stdout).toBe('native\n');
      // Nothing of overlay's: no images, no containers (dockerd skips those of another driver); volumes are shared.
      expect(await switching.berth(['images', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(await switching.berth(['ps', '-aq'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect((await switching.berth(['volume', 'ls', '-q'])).stdout).toBe('shared-vol\n');
      expect((await switching.berth(['run', '--rm', '--network', 'none', 'busybox', 'true'])).code).toBe(125);
      expect((await switching.berth(['load', '-q', '-i', BUSYBOX_TAR])).code).toBe(0);
      expect((await switching.berth(['run', '--name', 'on-native', '--network', 'none', 'busybox', 'sh', '-c', 'echo native > /layer-file'])).code).toBe(0);
      await switching.stop();
      await switching.restart(['-b', 'none']);
      expect((await switching.berth(['ps', '-a', '--format', '{{.Names}}'])).stdout).toBe('on-overlay\n');
      expect((await switching.berth(['start', '-a', 'on-overlay'])).code).toBe(0);
      expect((await switching.berth(['cp', 'on-overlay:/layer-file', '-'])).stdout).toContain('kept\n');
      expect((await switching.berth(['rm', 'on-overlay'])).code).toBe(0);
      await switching.stop();
      await switching.restart(['-b', 'none', '-s', 'native']);
      expect((await switching.berth(['ps', '-a', '--format', '{{.Names}}'])).stdout).toBe('on-native\n');
      expect((await switching.berth(['rm', 'on-native'])).code).toBe(0);
      await switching.stop();
      expect(switching.leftovers()).toEqual([]);
    } finally {
      await switching.cleanup();
    }
  });

  dockerIt('under --userns-remap, volumes belong to the remapped root and copy-up keeps the image\'s owners shifted', async () => {
    // As userns.test.ts sets it up: subordinate ranges of a test user, roots every parent of which
    // "other" may traverse.
    const UID_BASE = 231072;
    const GID_BASE = 331072;
    const base = mkdtempSync(join(tmpdir(), 'berth-v2u-'));
    chmodSync(base, 0o711);
    writeFileSync(join(base, 'subuid'), `berthe2e:${UID_BASE}:65536\n`);
    writeFileSync(join(base, 'subgid'), `berthe2e:${GID_BASE}:65536\n`);
    const remapped = await TestDaemon.start(['--data-root', join(base, 'data'), '--exec-root', join(base, 'exec'), '--userns-remap', 'berthe2e', '-b', 'none'], {
      env: { BERTH_SUBUID_FILE: join(base, 'subuid'), BERTH_SUBGID_FILE: join(base, 'subgid') },
    });
    const owner = (file: string) => [statSync(file).uid, statSync(file).gid];
    try {
      expect((await remapped.docker(['load', '-i', BUSYBOX_TAR])).code).toBe(0);
      const volumes = join(base, 'data', `${UID_BASE}.${GID_BASE}`, 'volumes');
      expect(await remapped.docker(['volume', 'create', 'uvol'])).toMatchObject({ code: 0 });
      expect((await remapped.docker(['volume', 'inspect', '-f', '{{.Mountpoint}}', 'uvol'])).stdout).toBe(`${join(volumes, 'uvol', '_data')}\n`);
      expect(owner(join(volumes, 'uvol', '_data'))).toEqual([UID_BASE, GID_BASE]);
      // (Containers are only created here: under remapping, starting one on a sandbox netns the
      // host made fails at runc's sysfs mount — a networking matter, reported.)
      // A copy into the volume through a container lands as the remapped root's files.
      expect((await remapped.docker(['create', '--name', 'user', '--network', 'none', '-v', 'uvol:/data', '-v', '/anon', 'busybox', 'true'])).code).toBe(0);
      const seedDir = join(base, 'seed-src');
      mkdirSync(join(seedDir, 'seed', 'sub'), { recursive: true });
      writeFileSync(join(seedDir, 'seed', 'sub', 'f'), 's\n');
      writeFileSync(join(seedDir, 'f'), 'f\n');
      expect(spawnSync('chown', ['-R', '1000:2000', join(seedDir, 'seed')]).status).toBe(0);
      expect((await remapped.docker(['cp', join(seedDir, 'f'), 'user:/data/'])).code).toBe(0);
      expect(owner(join(volumes, 'uvol', '_data', 'f'))).toEqual([UID_BASE, GID_BASE]);
      const anon = (await remapped.docker(['inspect', '-f', '{{range .Mounts}}{{if eq .Destination "/anon"}}{{.Source}}{{end}}{{end}}', 'user'])).stdout.trim();
      expect(anon.startsWith(volumes)).toBe(true);
      expect(owner(anon)).toEqual([UID_BASE, GID_BASE]);

      // An image whose directory holds another user's files (made with cp and commit): copy-up keeps them shifted.
      expect((await remapped.docker(['create', '--name', 'src', '--network', 'none', 'busybox', 'true'])).code).toBe(0);
      expect((await remapped.docker(['cp', join(seedDir, 'seed'), 'src:/'])).code).toBe(0);
      expect(await remapped.docker(['commit', 'src', 'seeded'])).toMatchObject({ code: 0, stderr: '' });
      expect((await remapped.docker(['create', '--name', 'seeded-user', '--network', 'none', '-v', 'cvol:/seed', 'seeded', 'true'])).code).toBe(0);
      const cvol = join(volumes, 'cvol', '_data');
      expect(owner(cvol)).toEqual([UID_BASE + 1000, GID_BASE + 2000]);
      expect(owner(join(cvol, 'sub'))).toEqual([UID_BASE + 1000, GID_BASE + 2000]);
      expect(owner(join(cvol, 'sub', 'f'))).toEqual([UID_BASE + 1000, GID_BASE + 2000]);
      expect(readFileSync(join(cvol, 'sub', 'f'), 'utf8')).toBe('s\n');
      expect((await remapped.docker(['rm', '-v', 'user', 'seeded-user'])).code).toBe(0);
      expect((await remapped.docker(['rm', 'src'])).code).toBe(0);
      await remapped.stop();
      expect(remapped.leftovers()).toEqual([]);
    } finally {
      await remapped.cleanup();
      rmSync(base, { recursive: true, force: true });
    }
  });
});
