/**
 * Volumes, second part, through a real berthd and the docker CLI: `docker cp` through a container's
 * volume and bind mounts (running and stopped), symlinks inside a volume that must not lead `cp`
 * out of the container, and a start that waits for a copy of a stopped container.
 */
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerIt, TestDaemon } from './harness';

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
});
