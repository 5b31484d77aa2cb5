/**
 * berthd --userns-remap with the real docker CLI, runc and overlayfs: containers run in a user
 * namespace whose root is a subordinate id of the host, on layers unpacked owned by those ids.
 *
 * The remapped root looks up the bundle and rootfs from inside its user namespace, so every parent
 * of the data and exec roots must allow "other" to traverse (berthd refuses to start otherwise,
 * as dockerd does). The harness's own directory is 0700, so these daemons get roots in a 0711
 * directory of their own (a short path: the io socket path must fit 107 bytes), and the test
 * checks that directory for leftovers too.
 */
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, BUSYBOX_TAR, describeDocker, requireBusybox, run, TestDaemon } from './harness';

/** Subordinate ranges of a test user: uid and gid bases differ so a mix-up shows. */
const UID_BASE = 231072;
const GID_BASE = 331072;
const USER = 'berthe2e';

/** Mounts under `dir`, processes naming it, files (not directories) under `execRoot`. */
function leftoversUnder(dir: string, execRoot: string): string[] {
  const found: string[] = [];
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const mountPoint = line.split(' ')[4];
    if (mountPoint?.startsWith(dir)) found.push(`mount ${mountPoint}`);
  }
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) found.push(`process ${pid}`);
    } catch {
      continue;
    }
  }
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else found.push(`file ${file}`);
    }
  };
  walk(execRoot);
  return found;
}

/** Paths of entries named `name` under `dir`, not following symlinks. */
function findNamed(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (entry === name) found.push(file);
    if (lstatSync(file).isDirectory()) found.push(...findNamed(file, name));
  }
  return found;
}

describeDocker('berthd --userns-remap', () => {
  let base: string;
  let dataRoot: string;
  let execRoot: string;
  let env: Record<string, string>;
  let daemon: TestDaemon;

  beforeAll(async () => {
    requireBusybox();
    base = mkdtempSync(join(tmpdir(), 'berth-un-'));
    chmodSync(base, 0o711);
    dataRoot = join(base, 'data');
    execRoot = join(base, 'exec');
    writeFileSync(join(base, 'subuid'), `someone:100000:65536\n${USER}:${UID_BASE}:65536\n`);
    writeFileSync(join(base, 'subgid'), `${USER}:${GID_BASE}:65536\n`);
    env = { BERTH_SUBUID_FILE: join(base, 'subuid'), BERTH_SUBGID_FILE: join(base, 'subgid') };
    daemon = await TestDaemon.start(['--data-root', dataRoot, '--exec-root', execRoot, '--userns-remap', USER], { env });
    expect(await daemon.docker(['load', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
  });

  afterAll(async () => {
    await daemon?.cleanup();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('runs containers as root of a user namespace mapped to the subordinate range', async () => {
    const maps = await daemon.docker(['run', '--rm', 'busybox', 'cat', '/proc/self/uid_map', '/proc/self/gid_map']);
    expect(maps).toMatchObject({ code: 0, stderr: '' });
    expect(maps.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).join(' '))).toEqual([`0 ${UID_BASE} 65536`, `0 ${GID_BASE} 65536`]);
    expect(await daemon.docker(['run', '--rm', 'busybox', 'sh', '-c', 'id -u; id -g; stat -c "%u:%g" /bin/busybox /etc/hosts; echo 10.0.0.9 extra >> /etc/hosts'])).toEqual({
      code: 0,
      stdout: '0\n0\n0:0\n0:0\n',
      stderr: '',
    });
  });

  it('keeps remapped state under <data-root>/<uid>.<gid>, layers and new files owned by the remapped ids', async () => {
    const remapped = join(dataRoot, `${UID_BASE}.${GID_BASE}`);
    expect(statSync(remapped).mode & 0o777).toBe(0o710);
    expect(statSync(remapped).gid).toBe(GID_BASE);
    const busybox = findNamed(join(remapped, 'snapshots'), 'busybox').filter((f) => lstatSync(f).isFile());
    expect(busybox.length).toBeGreaterThan(0);
    for (const file of busybox) expect([statSync(file).uid, statSync(file).gid]).toEqual([UID_BASE, GID_BASE]);

    const created = await daemon.docker(['run', '--name', 'maker', 'busybox', 'sh', '-c', 'echo hi > /made-by-root && mkdir /tmp/d && chown 1000:1000 /tmp/d']);
    expect(created).toMatchObject({ code: 0 });
    const [made] = findNamed(join(remapped, 'snapshots'), 'made-by-root');
    expect(made).toBeDefined();
    expect([statSync(made).uid, statSync(made).gid]).toEqual([UID_BASE, GID_BASE]);
    const [dir] = findNamed(join(remapped, 'snapshots'), 'd').filter((f) => f.endsWith('/tmp/d'));
    expect([statSync(dir).uid, statSync(dir).gid]).toEqual([UID_BASE + 1000, GID_BASE + 1000]);
    expect(await daemon.docker(['rm', 'maker'])).toMatchObject({ code: 0 });
  });

  it('refuses --privileged unless the container opts out with --userns=host', async () => {
    const refused = await daemon.docker(['run', '--rm', '--privileged', 'busybox', 'true']);
    expect(refused.code).toBe(125);
    expect(refused.stderr).toContain('privileged mode is incompatible with user namespaces');
    const host = await daemon.docker(['run', '--rm', '--privileged', '--userns=host', 'busybox', 'cat', '/proc/self/uid_map']);
    expect(host.code).toBe(0);
    expect(host.stdout.trim().split(/\s+/)).toEqual(['0', '0', '4294967295']);
    // The docker CLI checks --userns itself; the API refuses other modes too, creating nothing.
    const body = JSON.stringify({ Image: 'busybox', Cmd: ['true'], HostConfig: { UsernsMode: 'private' } });
    const api = await run('curl', ['-sS', '--unix-socket', daemon.socket, '-H', 'Content-Type: application/json', '-d', body, 'http://localhost/containers/create'], {});
    expect(JSON.parse(api.stdout)).toEqual({ message: 'invalid USERNS mode: private' });
    expect(await daemon.docker(['ps', '-aq'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('lists userns in docker info SecurityOptions', async () => {
    const info = await daemon.docker(['info', '--format', '{{.SecurityOptions}}']);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('name=userns');
  });

  it('leaves nothing behind', async () => {
    expect(await daemon.docker(['ps', '-aq'])).toMatchObject({ code: 0, stdout: '' });
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
    expect(leftoversUnder(base, execRoot)).toEqual([]);
  });

  it('refuses to start when the user has no subordinate ids, naming the lines to add', async () => {
    const roots = mkdtempSync(join(tmpdir(), 'berth-unr-'));
    try {
      // An explicit --config-file must exist.
      writeFileSync(join(roots, 'none.json'), '{}');
      const args = [join(BIN, 'berthd.js'), '--data-root', join(roots, 'data'), '--exec-root', join(roots, 'exec'), '-H', `unix://${join(roots, 's.sock')}`, '--config-file', join(roots, 'none.json'), '--userns-remap', 'default'];
      const started = await run(process.execPath, args, env);
      expect(started.code).toBe(1);
      expect(started.stderr).toContain('No subuid ranges found for user "berthremap"');
      expect(started.stderr).toContain(`"berthremap:100000:65536" to ${env.BERTH_SUBUID_FILE}`);
      expect(existsSync(join(roots, 'data'))).toBe(false);
      expect(leftoversUnder(roots, join(roots, 'exec'))).toEqual([]);

      // A parent of the roots the remapped root cannot traverse (mkdtemp makes `roots` 0700).
      const locked = await run(process.execPath, [...args.slice(0, -1), USER], env);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain(`(${roots}) restricts access to the remapped root uid/gid; please fix by allowing 'o+x' permissions on existing directories`);
      expect(readdirSync(roots)).toEqual(['none.json']);
    } finally {
      rmSync(roots, { recursive: true, force: true });
    }
  });
});
