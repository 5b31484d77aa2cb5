import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runc } from './runc';

describe('Runc.deleteStopped', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-runc-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A runc root with one container whose state names `cgroups` (directories standing in for cgroups). */
  async function containerWith(cgroups: Record<string, string> | undefined): Promise<Runc> {
    await mkdir(join(dir, 'root', 'c1'), { recursive: true });
    await writeFile(join(dir, 'root', 'c1', 'state.json'), JSON.stringify({ id: 'c1', cgroup_paths: cgroups }));
    return new Runc('runc-not-used', join(dir, 'root'));
  }

  it('removes every cgroup of the state (co-mounted ones once) and the state directory', async () => {
    for (const name of ['cpu', 'memory', 'unified']) await mkdir(join(dir, name));
    const runc = await containerWith({ cpu: join(dir, 'cpu'), cpuacct: join(dir, 'cpu'), memory: join(dir, 'memory'), '': join(dir, 'unified'), pids: join(dir, 'gone-already') });
    await expect(runc.deleteStopped('c1')).resolves.toBe(true);
    for (const name of ['cpu', 'memory', 'unified', 'root/c1']) expect(existsSync(join(dir, name))).toBe(false);
  });

  it('leaves it to runc when a cgroup is still busy, or the state is not runc\'s', async () => {
    await mkdir(join(dir, 'busy'));
    await writeFile(join(dir, 'busy', 'cgroup.procs'), '42\n');
    await expect((await containerWith({ pids: join(dir, 'busy') })).deleteStopped('c1')).resolves.toBe(false);
    expect(existsSync(join(dir, 'root', 'c1', 'state.json'))).toBe(true);
    await expect((await containerWith(undefined)).deleteStopped('c1')).resolves.toBe(false);
    await expect(new Runc('runc-not-used', join(dir, 'nowhere')).deleteStopped('c1')).resolves.toBe(false);
  });
});
