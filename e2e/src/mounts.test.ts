/**
 * Mounts in containers (`-v`, `--mount`, `--volumes-from`, anonymous volumes, copy-up) through the
 * real docker CLI and berth against a real berthd running busybox under runc.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocker, TestDaemon } from './harness';

describeDocker('container mounts', () => {
  let daemon: TestDaemon;
  let host: string;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
    host = mkdtempSync(join(tmpdir(), 'berth-mounts-'));
  });

  afterAll(async () => {
    rmSync(host, { recursive: true, force: true });
    await daemon?.cleanup();
  });

  const volumes = () => readdirSync(join(daemon.dataRoot, 'volumes')).filter((n) => !n.startsWith('.')).sort();
  const containers = async () => (await daemon.docker(['ps', '-aq'])).stdout;

  it('keeps data in a named volume across containers (write in one, read in the next)', async () => {
    expect(await daemon.docker(['run', '--rm', '-v', 'db:/var/lib/db', 'busybox', 'sh', '-c', 'echo row1 > /var/lib/db/table'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await daemon.docker(['run', '--rm', '-v', 'db:/data:ro', 'busybox', 'cat', '/data/table'])).toEqual({ code: 0, stdout: 'row1\n', stderr: '' });
    // A named volume outlives --rm.
    expect(volumes()).toContain('db');
  });

  it("reports a container's use of a volume as dockerd does: mount at start, unmount at exit", async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const id = (await daemon.docker(['run', '-d', '-v', 'evvol:/ev:ro', 'busybox', 'true'])).stdout.trim();
    expect((await daemon.docker(['wait', id])).stdout).toBe('0\n');
    const events = await daemon.docker(['events', '--since', String(since), '--until', String(Math.floor(Date.now() / 1000) + 1), '--filter', 'type=volume', '--format', '{{.Action}} {{.Actor.ID}} {{json .Actor.Attributes}}']);
    expect(events.stdout.trim().split('\n').filter((line) => line.includes(' evvol '))).toEqual([
      'create evvol {"driver":"local"}',
      `mount evvol {"container":"${id}","destination":"/ev","driver":"local","propagation":"","read/write":"false"}`,
      `unmount evvol {"container":"${id}","driver":"local"}`,
    ]);
    expect((await daemon.docker(['rm', id])).code).toBe(0);
  });

  it('binds a host directory read-write, and read-only with :ro', async () => {
    writeFileSync(join(host, 'in.txt'), 'from host\n');
    expect(await daemon.docker(['run', '--rm', '-v', `${host}:/h`, 'busybox', 'sh', '-c', 'cat /h/in.txt; echo from container > /h/out.txt'])).toEqual({ code: 0, stdout: 'from host\n', stderr: '' });
    expect(readFileSync(join(host, 'out.txt'), 'utf8')).toBe('from container\n');
    const ro = await daemon.berth(['run', '--rm', '-v', `${host}:/h:ro`, 'busybox', 'sh', '-c', 'echo x > /h/no.txt']);
    expect(ro.code).not.toBe(0);
    expect(ro.stderr).toContain('Read-only file system');
    // -v creates a missing host directory; --mount refuses it with dockerd's message, leaving nothing.
    expect((await daemon.docker(['run', '--rm', '-v', `${host}/made:/m`, 'busybox', 'true'])).code).toBe(0);
    expect(readdirSync(host)).toContain('made');
    const refused = await daemon.docker(['run', '--rm', '--mount', `type=bind,source=${host}/missing,target=/x`, 'busybox', 'true']);
    expect(refused.code).toBe(125);
    expect(refused.stderr).toContain(`Error response from daemon: invalid mount config for type "bind": bind source path does not exist: ${host}/missing`);
    expect(await containers()).toBe('');
  });

  it('mounts a sized tmpfs with --mount type=tmpfs,tmpfs-size=1m', async () => {
    const out = await daemon.docker(['run', '--rm', '--mount', 'type=tmpfs,target=/scratch,tmpfs-size=1m', 'busybox', 'df', '-k', '/scratch']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/tmpfs\s+1024\s+0\s+1024\s+0% \/scratch/);
  });

  it('copies the image content into a new volume mounted over it (and not with nocopy)', async () => {
    expect((await daemon.docker(['run', '--rm', '-v', 'etc:/etc', 'busybox', 'true'])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', '-v', 'etc:/v', 'busybox', 'cat', '/v/passwd'])).stdout).toMatch(/^root:x:0:0:/);
    expect((await daemon.docker(['run', '--rm', '-v', 'bare:/etc:nocopy', 'busybox', 'true'])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', '-v', 'bare:/v', 'busybox', 'ls', '/v/passwd'])).code).not.toBe(0);
  });

  it('shares volumes with --volumes-from, read-only with :ro, and shows Mounts in inspect', async () => {
    expect((await daemon.docker(['create', '--name', 'holder', '-v', 'shared:/shared', '-v', `${host}:/hostdir:ro`, 'busybox', 'true'])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', '--volumes-from', 'holder', 'busybox', 'sh', '-c', 'echo hi > /shared/f; cat /hostdir/in.txt'])).stdout).toBe('from host\n');
    const ro = await daemon.docker(['run', '--rm', '--volumes-from', 'holder:ro', 'busybox', 'sh', '-c', 'cat /shared/f; echo x > /shared/g']);
    expect(ro.stdout).toBe('hi\n');
    expect(ro.stderr).toContain('Read-only file system');
    // docker/cli sends -v values in Go map order: compared by destination.
    const mounts = (JSON.parse((await daemon.docker(['inspect', '-f', '{{json .Mounts}}', 'holder'])).stdout) as { Destination: string }[]).sort((a, b) => a.Destination.localeCompare(b.Destination));
    expect(mounts).toEqual([
      { Type: 'bind', Source: host, Destination: '/hostdir', Mode: 'ro', RW: false, Propagation: 'rprivate' },
      { Type: 'volume', Name: 'shared', Source: join(daemon.dataRoot, 'volumes', 'shared', '_data'), Destination: '/shared', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
    ]);
    // ps: the volume filter matches a volume's name or a mount's destination; {{.Mounts}} names them.
    for (const v of ['shared', '/shared', host]) expect((await daemon.docker(['ps', '-a', '--filter', `volume=${v}`, '--format', '{{.Names}}'])).stdout).toBe('holder\n');
    expect((await daemon.docker(['ps', '-a', '--filter', 'volume=nosuch', '--format', '{{.Names}}'])).stdout).toBe('');
    expect((await daemon.docker(['ps', '-a', '--no-trunc', '--format', '{{.Mounts}}'])).stdout.trim().split(',').sort()).toEqual([host, 'shared'].sort());
    // The volume is in use while a container (even a stopped one) refers to it, also after a daemon restart.
    const inUse = await daemon.docker(['volume', 'rm', 'shared']);
    expect(inUse.code).toBe(1);
    expect(inUse.stderr).toMatch(/Error response from daemon: remove shared: volume is in use - \[[0-9a-f]{64}\]/);
    await daemon.kill9();
    await daemon.restart();
    expect((await daemon.docker(['volume', 'rm', 'shared'])).stderr).toContain('volume is in use');
    expect((await daemon.docker(['rm', 'holder'])).code).toBe(0);
    expect(await daemon.docker(['volume', 'rm', 'shared'])).toEqual({ code: 0, stdout: 'shared\n', stderr: '' });
  });

  it('removes anonymous volumes with --rm and rm -v, never named ones', async () => {
    const before = volumes();
    expect((await daemon.docker(['run', '--rm', '-v', '/anon', 'busybox', 'sh', '-c', 'echo x > /anon/x'])).code).toBe(0);
    expect(volumes()).toEqual(before);
    const id = (await daemon.docker(['create', '-v', '/anon', '-v', 'kept:/kept', 'busybox', 'true'])).stdout.trim();
    const anon = volumes().filter((v) => !before.includes(v) && v !== 'kept');
    expect(anon).toHaveLength(1);
    expect(anon[0]).toMatch(/^[0-9a-f]{64}$/);
    expect((await daemon.docker(['rm', '-v', id])).code).toBe(0);
    expect(volumes()).toEqual([...before, 'kept'].sort());
  });

  it("gives an image's VOLUME an anonymous volume, filled from the image, that --rm removes", async () => {
    expect((await daemon.docker(['run', '--name', 'seed', 'busybox', 'sh', '-c', 'mkdir /seeded && echo seeded > /seeded/f'])).code).toBe(0);
    expect((await daemon.docker(['commit', '--change', 'VOLUME /seeded', 'seed', 'withvol'])).code).toBe(0);
    expect((await daemon.docker(['rm', 'seed'])).code).toBe(0);
    const before = volumes();
    const id = (await daemon.docker(['create', 'withvol', 'cat', '/seeded/f'])).stdout.trim();
    const mounts = JSON.parse((await daemon.docker(['inspect', '-f', '{{json .Mounts}}', id])).stdout);
    expect(mounts).toEqual([{ Type: 'volume', Name: expect.stringMatching(/^[0-9a-f]{64}$/), Source: expect.stringContaining('/_data'), Destination: '/seeded', Driver: 'local', Mode: '', RW: true, Propagation: '' }]);
    expect(await daemon.docker(['start', '-a', id])).toEqual({ code: 0, stdout: 'seeded\n', stderr: '' });
    expect(readFileSync(join(mounts[0].Source, 'f'), 'utf8')).toBe('seeded\n');
    // Without -v the anonymous volume stays; with it, it goes.
    expect((await daemon.docker(['rm', id])).code).toBe(0);
    expect(volumes()).toEqual([...before, mounts[0].Name].sort());
    expect((await daemon.docker(['volume', 'rm', mounts[0].Name])).code).toBe(0);
    expect((await daemon.docker(['run', '--rm', 'withvol', 'true'])).code).toBe(0);
    expect(volumes()).toEqual(before);
    expect((await daemon.docker(['rmi', 'withvol'])).code).toBe(0);
  });

  it("refuses bad mount specs with docker's messages and leaves nothing behind", async () => {
    const bad = async (args: string[], message: string) => {
      const out = await daemon.docker(['run', '--rm', ...args, 'busybox', 'true']);
      expect(out.code).toBe(125);
      expect(out.stderr).toContain(message);
    };
    await bad(['-v', 'a:b:c:d'], "invalid volume specification: 'a:b:c:d'");
    await bad(['-v', '/h:/c:bogus'], 'invalid mode: bogus');
    await bad(['-v', '/h:relative'], `invalid volume specification: '/h:relative': invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute`);
    await bad(['-v', '/anon:ro'], "invalid volume specification: '/anon:ro'");
    await bad(['--mount', 'type=bind,target=/x,bogus=1'], `invalid argument "type=bind,target=/x,bogus=1" for "--mount" flag: unexpected key 'bogus' in 'bogus=1'`);
    await bad(['--mount', 'type=bind,source=/tmp'], 'target is required');
    await bad(['-v', '/a:/x', '-v', '/b:/x'], 'Duplicate mount point: /x');
    await bad(['-v', '/a:/x', '--mount', 'type=bind,src=/tmp,dst=/x'], 'Duplicate mount point: /x');
    // A 404 on create makes the CLI try a pull of a named image: by id it reports the daemon's error.
    const imageId = (await daemon.docker(['image', 'inspect', '-f', '{{.Id}}', 'busybox'])).stdout.trim();
    const missing = await daemon.docker(['run', '--rm', '--volumes-from', 'nosuch', imageId, 'true']);
    expect(missing.code).toBe(125);
    expect(missing.stderr).toContain('Error response from daemon: No such container: nosuch');
    expect(await containers()).toBe('');
  });

  it('mounts a local volume with type/o/device options (tmpfs) while containers use it, and nothing once the daemon stops', async () => {
    const mount = 'type=volume,src=ram,dst=/ram,volume-opt=type=tmpfs,volume-opt=device=tmpfs,volume-opt=o=size=1m';
    const df = await daemon.docker(['run', '--rm', '--mount', mount, 'busybox', 'sh', '-c', 'echo kept > /ram/f; df -k /ram']);
    expect(df.stdout).toMatch(/tmpfs\s+1024\s+\d+\s+\d+\s+\d+% \/ram/);
    // A container that keeps a reference (created, never started) stays on record as the daemon stops.
    expect((await daemon.docker(['create', '--name', 'keeper', '--mount', mount, 'busybox', 'true'])).code).toBe(0);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
  });
});
