import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFailedPrecondition } from '@berth/errdefs';
import { cgroupPathsOf, oomKills, readStats } from './cgroups';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'berth-cgroups-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function files(sub: string, contents: Record<string, string>): string {
  const path = join(dir, sub);
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(path, name), text);
  return path;
}

describe('cgroup stats', () => {
  it('reads a cgroup v2 directory (unified hosts)', () => {
    const v2 = files('unified/c1', {
      'cpu.stat': 'usage_usec 1500\nuser_usec 1000\nsystem_usec 500\nnr_periods 5\nnr_throttled 2\nthrottled_usec 7\n',
      'memory.current': '4096000\n',
      'memory.max': 'max\n',
      'memory.stat': 'anon 1000\nfile 2000\n',
      'memory.events': 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n',
      'pids.current': '2\n',
      'pids.max': '100\n',
      'io.stat': '8:0 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0\n',
    });
    const stats = readStats({ v1: {}, v2 });
    expect(stats).toEqual({
      cgroupVersion: 2,
      cpuUsageNs: 1_500_000,
      cpuUserNs: 1_000_000,
      cpuSystemNs: 500_000,
      memoryUsage: 4_096_000,
      memoryLimit: 0,
      memoryStat: { anon: 1000, file: 2000 },
      pidsCurrent: 2,
      pidsLimit: 100,
      blkio: [
        { major: 8, minor: 0, op: 'Read', value: 4096 },
        { major: 8, minor: 0, op: 'Write', value: 8192 },
      ],
      oomKills: 1,
      throttlePeriods: 5,
      throttledPeriods: 2,
      throttledTimeNs: 7000,
    });
  });

  it('reads v1 controllers, and prefers them to an empty v2 tree on hybrid hosts', () => {
    const v1 = {
      memory: files('memory/c1', {
        'memory.usage_in_bytes': '8192\n',
        'memory.limit_in_bytes': '9223372036854771712\n',
        'memory.stat': 'cache 10\nrss 20\n',
        'memory.oom_control': 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n',
        'memory.max_usage_in_bytes': '10000\n',
        'memory.failcnt': '3\n',
      }),
      cpuacct: files('cpuacct/c1', { 'cpuacct.usage': '123456\n', 'cpuacct.stat': 'user 3\nsystem 1\n', 'cpuacct.usage_percpu': '100000 23456 \n' }),
      cpu: files('cpu/c1', { 'cpu.stat': 'nr_periods 4\nnr_throttled 1\nthrottled_time 900\n' }),
      pids: files('pids/c1', { 'pids.current': '1\n', 'pids.max': 'max\n' }),
      blkio: files('blkio/c1', { 'blkio.throttle.io_service_bytes': '8:0 Read 512\n8:0 Write 0\nTotal 512\n' }),
    };
    const v2 = files('unified/c1', {});
    const stats = readStats({ v1, v2 });
    expect(stats).toMatchObject({
      cgroupVersion: 1,
      cpuUsageNs: 123456,
      cpuUserNs: 30_000_000,
      cpuSystemNs: 10_000_000,
      memoryUsage: 8192,
      memoryLimit: 0,
      memoryStat: { cache: 10, rss: 20 },
      pidsCurrent: 1,
      pidsLimit: 0,
      blkio: [
        { major: 8, minor: 0, op: 'Read', value: 512 },
        { major: 8, minor: 0, op: 'Write', value: 0 },
      ],
      oomKills: 2,
      cpuPercpuNs: [100000, 23456],
      throttlePeriods: 4,
      throttledPeriods: 1,
      throttledTimeNs: 900,
      memoryMaxUsage: 10000,
      memoryFailcnt: 3,
    });
    expect(oomKills({ v1, v2 })).toBe(2);
  });

  it('fails with FailedPrecondition once the cgroup is gone', () => {
    expect(isFailedPrecondition(catching(() => readStats({ v1: { memory: join(dir, 'gone') } })))).toBe(true);
  });

  it('finds the cgroups of a live process on this host', () => {
    const paths = cgroupPathsOf(process.pid);
    expect(Object.keys(paths.v1).length + (paths.v2 ? 1 : 0)).toBeGreaterThan(0);
    expect(readStats(paths).memoryUsage).toBeGreaterThan(0);
  });
});

function catching(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}
