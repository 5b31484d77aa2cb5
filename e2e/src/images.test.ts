/**
 * The image store end to end: the seeds' image workflow through the real docker CLI and berth's
 * own CLI against one real berthd — tag, rmi (untag versus delete, in-use refusal), prune,
 * save/load and export/import round trips, commit, diff, history, inspect, system df — and a
 * corrupt archive that must leave nothing behind.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, BUSYBOX_TAR, describeDocker, DOCKER_CLI, requireBusybox, run, TestDaemon } from './harness';

const BERTH_JS = join(BIN, 'berth.js');

/** Every file under `dir` (relative), for before/after comparisons of the data root. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = join(rel, name);
      const full = join(dir, path);
      if (statSync(full).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

describeDocker('images end to end', () => {
  let daemon: TestDaemon;
  const sh = (script: string) => run('sh', ['-c', script], { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const tmp = (name: string) => join(daemon.dir, name);
  const ok = async (p: Promise<{ code: number; stdout: string; stderr: string }>) => {
    const result = await p;
    if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
  const loadBusybox = () => ok(daemon.docker(['load', '-i', BUSYBOX_TAR]));

  beforeAll(async () => {
    requireBusybox();
    daemon = await TestDaemon.start();
    await loadBusybox();
  });

  afterAll(async () => {
    if (!daemon) return;
    await daemon.docker(['rm', '-f', ...(await daemon.docker(['ps', '-aq'])).stdout.split('\n').filter(Boolean)]);
    await daemon.stop();
    expect(daemon.leftovers()).toEqual([]);
    await daemon.cleanup();
  });

  it('tags with every addressing convention; rmi of a name keeps an image that has other names', async () => {
    await ok(daemon.docker(['tag', 'busybox', 'user/app']));
    await ok(daemon.docker(['tag', 'busybox:latest', 'localhost:5000/ns/app:v1']));
    const id = (await ok(daemon.docker(['image', 'inspect', '-f', '{{.Id}}', 'busybox']))).trim();
    await ok(daemon.docker(['tag', id, 'byid:1']));
    const listed = await ok(daemon.docker(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}']));
    expect(listed.trim().split('\n').sort()).toEqual(
      ['busybox:latest', 'byid:1', 'localhost:5000/ns/app:v1', 'user/app:latest'].map((r) => `${r} ${id.slice(7, 19)}`),
    );
    const filtered = await ok(daemon.berth(['images', '--filter', 'reference=user/*', '--format', '{{.Repository}}']));
    expect(filtered).toBe('user/app\n');

    expect(await ok(daemon.docker(['rmi', 'busybox']))).toBe('Untagged: busybox:latest\n');
    expect(await ok(daemon.docker(['image', 'inspect', '-f', '{{.Id}}', 'user/app']))).toBe(`${id}\n`);
    // By id, an image with several names needs -f.
    const byId = await daemon.docker(['rmi', id.slice(7, 19)]);
    expect(byId.code).toBe(1);
    expect(byId.stderr).toContain('must be forced');
    await ok(daemon.docker(['rmi', 'user/app', 'localhost:5000/ns/app:v1']));
    await ok(daemon.docker(['tag', 'byid:1', 'busybox']));
    await ok(daemon.docker(['rmi', 'byid:1']));
    expect(await ok(daemon.docker(['images', '--format', '{{.Repository}}:{{.Tag}}']))).toBe('busybox:latest\n');
  });

  it('refuses to remove an image a container uses (409) unless -f', async () => {
    await ok(daemon.docker(['create', '--name', 'user-of-busybox', 'busybox', 'true']));
    const refused = await daemon.docker(['rmi', 'busybox']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Error response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}/);
    const forced = await ok(daemon.docker(['rmi', '-f', 'busybox']));
    expect(forced).toContain('Untagged: busybox:latest');
    await ok(daemon.docker(['rm', 'user-of-busybox']));
    await loadBusybox();
  });

  it('history, inspect and system df (an image tagged twice counts once)', async () => {
    const history = await ok(daemon.docker(['history', 'busybox']));
    expect(history.split('\n')[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(history.split('\n')[1]).toMatch(/^[0-9a-f]{12}\s+/);
    const quiet = await ok(daemon.berth(['history', '-q', 'busybox']));
    expect(quiet).toMatch(/^[0-9a-f]{12}\n/);
    const raw = await ok(daemon.berth(['history', '-H=false', '--format', '{{.Size}}', 'busybox']));
    expect(Number(raw.split('\n')[0])).toBeGreaterThan(1_000_000);

    const inspect = JSON.parse(await ok(daemon.docker(['image', 'inspect', 'busybox']))) as Array<Record<string, unknown>>;
    expect(inspect).toHaveLength(1);
    expect(inspect[0]).toMatchObject({ RepoTags: ['busybox:latest'], Os: 'linux', RootFS: { Type: 'layers' } });
    expect(await ok(daemon.berth(['inspect', '-f', '{{json .Config.Cmd}}', 'busybox']))).toBe('["sh"]\n');
    const missing = await daemon.berth(['image', 'inspect', 'nosuch']);
    expect(missing).toMatchObject({ code: 1, stdout: '[]\n' });
    expect(missing.stderr).toContain('No such image: nosuch');

    await ok(daemon.docker(['tag', 'busybox', 'busybox:twice']));
    const df = await ok(daemon.docker(['system', 'df', '--format', '{{.Type}} {{.TotalCount}}']));
    expect(df.split('\n')).toEqual(expect.arrayContaining(['Images 1', 'Containers 0', 'Local Volumes 0', 'Build Cache 0']));
    const table = await ok(daemon.berth(['system', 'df']));
    expect(table).toMatch(/^TYPE\s+TOTAL\s+ACTIVE\s+SIZE\s+RECLAIMABLE\nImages\s+1\s+0\s+/);
    await ok(daemon.docker(['rmi', 'busybox:twice']));
  });

  it('commit: a new container from the committed image sees the file; diff shows A/C/D', async () => {
    await ok(daemon.docker(['run', '--name', 'writer', 'busybox', 'sh', '-c', 'echo alice > /names.txt; rm /bin/zcat; echo x >> /etc/passwd; mkdir /data']));
    const diff = await ok(daemon.docker(['diff', 'writer']));
    expect(diff).toBe('C /bin\nD /bin/zcat\nA /data\nC /etc\nC /etc/passwd\nA /names.txt\n');
    expect(diff).not.toMatch(/hostname|resolv\.conf|\/etc\/hosts/);

    const id = (await ok(daemon.docker(['commit', '-a', 'Ada <ada@example.org>', '-m', 'names', '-c', 'CMD ["cat", "/names.txt"]', 'writer', 'committed:v1']))).trim();
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await ok(daemon.docker(['run', '--rm', 'committed:v1']))).toBe('alice\n');
    expect((await daemon.docker(['run', '--rm', 'committed:v1', 'ls', '/bin/zcat'])).code).not.toBe(0);
    const meta = await ok(daemon.docker(['image', 'inspect', '-f', '{{.Author}}|{{.Comment}}|{{json .Config.Cmd}}|{{len .RootFS.Layers}}', 'committed:v1']));
    expect(meta).toBe('Ada <ada@example.org>|names|["cat","/names.txt"]|2\n');
    const history = await ok(daemon.docker(['history', '--format', '{{.ID}} {{.Comment}}', 'committed:v1']));
    expect(history.split('\n')[0]).toBe(`${id.slice(7, 19)} names`);
  });

  it('commits a running container', async () => {
    await ok(daemon.docker(['run', '-d', '--name', 'live', 'busybox', 'sh', '-c', 'echo running > /live; sleep 60']));
    for (let i = 0; i < 50 && !(await daemon.docker(['diff', 'live'])).stdout.includes('A /live'); i++) await new Promise((r) => setTimeout(r, 100));
    await ok(daemon.berth(['commit', 'live', 'live-snapshot']));
    expect(await ok(daemon.docker(['run', '--rm', 'live-snapshot:latest', 'cat', '/live']))).toBe('running\n');
    await ok(daemon.docker(['rm', '-f', 'live']));
    await ok(daemon.docker(['rmi', 'live-snapshot']));
  });

  it('save → rmi → load keeps ids and digests; the archive is both docker-archive and OCI layout', async () => {
    const before = await ok(daemon.docker(['images', '--digests', '--no-trunc', '--format', '{{.Repository}}:{{.Tag}} {{.ID}} {{.Digest}}', 'committed']));
    await ok(daemon.docker(['save', '-o', tmp('saved.tar'), 'committed:v1', 'busybox']));
    const members = (await ok(run('tar', ['tf', tmp('saved.tar')], {}))).split('\n');
    expect(members).toEqual(expect.arrayContaining(['manifest.json', 'repositories', 'index.json', 'oci-layout']));
    // docker save to a pipe writes the same archive.
    await ok(sh(`${DOCKER_CLI} save committed:v1 busybox > ${tmp('piped.tar')}`));
    expect(statSync(tmp('piped.tar')).size).toBe(statSync(tmp('saved.tar')).size);

    await ok(daemon.docker(['rm', 'writer']));
    await ok(daemon.docker(['rmi', 'committed:v1']));
    expect(await ok(daemon.docker(['images', '-q', 'committed']))).toBe('');
    const loaded = await ok(daemon.docker(['load', '-i', tmp('saved.tar')]));
    expect(loaded).toContain('Loaded image: committed:v1');
    const after = await ok(daemon.docker(['images', '--digests', '--no-trunc', '--format', '{{.Repository}}:{{.Tag}} {{.ID}} {{.Digest}}', 'committed']));
    expect(after).toBe(before);
    expect(await ok(daemon.docker(['run', '--rm', 'committed:v1']))).toBe('alice\n');
  });

  it('loads gzip- and zstd-compressed archives as docker does', async () => {
    await ok(sh(`gzip -c ${BUSYBOX_TAR} > ${tmp('bb.tar.gz')} && zstd -q -c ${BUSYBOX_TAR} > ${tmp('bb.tar.zst')}`));
    const id = (await ok(daemon.docker(['images', '-q', '--no-trunc', 'busybox']))).trim();
    for (const file of ['bb.tar.gz', 'bb.tar.zst']) {
      await ok(daemon.docker(['rmi', 'busybox']));
      expect(await ok(daemon.docker(['images', '-q', 'busybox']))).toBe('');
      expect(await ok(daemon.docker(['load', '-i', tmp(file)]))).toContain('Loaded image: busybox:latest');
      expect((await ok(daemon.docker(['images', '-q', '--no-trunc', 'busybox']))).trim()).toBe(id);
    }
  });

  it('on a terminal, berth save refuses to write a tar and berth load shows progress', async () => {
    // script(1) gives the command a pseudo-terminal for stdin and stdout.
    const onTerminal = (args: string) => run('script', ['-qec', `${process.execPath} ${BERTH_JS} -H ${daemon.host} ${args}`, '/dev/null'], {});
    const save = await onTerminal('save busybox');
    expect(save.code).toBe(1);
    expect(save.stdout).toContain('cowardly refusing to save to a terminal. Use the -o flag or redirect');
    // The committed image's own layer is new to the store after its removal: it is loaded, with progress.
    await ok(daemon.docker(['rmi', 'committed:v1']));
    const load = await onTerminal(`load -i ${tmp('saved.tar')}`);
    expect(load.code).toBe(0);
    expect(load.stdout).toMatch(/[0-9a-f]{12}: Loading layer/);
    expect(load.stdout).toContain('Loaded image: committed:v1');
  });

  it('export → import round trip, with -c and -m', async () => {
    await ok(daemon.docker(['run', '--name', 'exported', 'busybox', 'sh', '-c', 'echo bob > /who']));
    await ok(daemon.docker(['export', '-o', tmp('fs.tar'), 'exported']));
    const members = (await ok(run('tar', ['tf', tmp('fs.tar')], {}))).split('\n');
    expect(members).toEqual(expect.arrayContaining(['who', 'bin/sh']));
    const imported = await ok(sh(`${DOCKER_CLI} import -c 'CMD ["cat", "/who"]' -m 'from export' - imported:v1 < ${tmp('fs.tar')}`));
    expect(imported.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await ok(daemon.docker(['run', '--rm', 'imported:v1']))).toBe('bob\n');
    expect(await ok(daemon.docker(['history', '--format', '{{.Comment}}', 'imported:v1']))).toBe('from export\n');
    const viaBerth = await ok(daemon.berth(['import', tmp('fs.tar'), 'imported:v2']));
    expect(viaBerth.trim()).toMatch(/^sha256:/);
    await ok(daemon.docker(['rm', 'exported']));
    await ok(daemon.docker(['rmi', 'imported:v1', 'imported:v2']));
  });

  it('a corrupt archive is refused clearly and leaves nothing behind', async () => {
    const images = await ok(daemon.docker(['images', '-a', '--no-trunc', '-q']));
    const content = filesUnder(join(daemon.dataRoot, 'content'));
    const snapshots = readdirSync(join(daemon.dataRoot, 'snapshots', 'overlay', 'snapshots')).sort();
    // A real archive cut in half: valid tar headers, then nothing.
    await ok(sh(`head -c ${Math.floor(statSync(BUSYBOX_TAR).size / 2)} ${BUSYBOX_TAR} > ${tmp('half.tar')}; echo garbage > ${tmp('garbage.tar')}`));
    for (const file of ['half.tar', 'garbage.tar']) {
      const result = await daemon.docker(['load', '-i', tmp(file)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Error response from daemon: .+/);
      const berth = await daemon.berth(['load', '-i', tmp(file)]);
      expect(berth.code).toBe(1);
    }
    const imported = await daemon.docker(['import', tmp('garbage.tar'), 'garbage:1']);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/^Error response from daemon: .+/);
    for (const [args, message] of [
      [['tag', 'nosuch', 'x:1'], 'No such image: nosuch'],
      [['commit', 'nosuch'], 'No such container: nosuch'],
      [['diff', 'nosuch'], 'No such container: nosuch'],
      [['save', '-o', tmp('never.tar'), 'nosuch'], 'No such image: nosuch'],
    ] as const) {
      const result = await daemon.docker([...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(tmp('never.tar'))).toBe(false);
    expect(await ok(daemon.docker(['images', '-a', '--no-trunc', '-q']))).toBe(images);
    expect(filesUnder(join(daemon.dataRoot, 'content')).filter((f) => !f.startsWith('ingest'))).toEqual(content.filter((f) => !f.startsWith('ingest')));
    expect(readdirSync(join(daemon.dataRoot, 'snapshots', 'overlay', 'snapshots')).sort()).toEqual(snapshots);
  });

  it('image prune: prompts unless -f; -a removes every unused image', async () => {
    await ok(daemon.docker(['tag', 'busybox', 'spare:1']));
    const declined = await daemon.berth(['image', 'prune', '-a'], 'n\n');
    expect(declined).toMatchObject({ code: 0, stdout: 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ' });
    const dangling = await daemon.berth(['image', 'prune'], 'n\n');
    expect(dangling.stdout).toBe('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ');
    expect(await ok(daemon.docker(['images', '-q']))).not.toBe('');

    const pruned = await ok(daemon.docker(['image', 'prune', '-a', '-f']));
    expect(pruned).toMatch(/^Deleted Images:\n/);
    expect(pruned).toContain('untagged: spare:1');
    expect(pruned).toContain('untagged: committed:v1');
    expect(pruned).toMatch(/deleted: sha256:[0-9a-f]{64}/);
    expect(pruned).toMatch(/\nTotal reclaimed space: \d+(\.\d+)?[kMG]?B\n$/);
    expect(await ok(daemon.docker(['images', '-aq']))).toBe('');
    expect(await ok(daemon.docker(['image', 'prune', '-f']))).toBe('Total reclaimed space: 0B\n');
    await loadBusybox();
  });
});
