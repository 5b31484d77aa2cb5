import { isInvalidArgument, failedPrecondition, unavailable } from '@berth/errdefs';
import type { StatsResponse } from '@berth/api-types';
import type { TaskStats } from '@berth/shim';
import { buildStats, containerStats, parseNetDev, parseProcStat, sampleStats, zeroStats, type HostCounters, type StatsTarget } from './stats';

const PROC_STAT = [
  'cpu  100 5 50 1000 10 1 2 7 0 0',
  'cpu0 50 2 25 500 5 0 1 3 0 0',
  'cpu1 50 3 25 500 5 1 1 4 0 0',
  'intr 12345',
  'ctxt 999',
].join('\n');

const NET_DEV = [
  'Inter-|   Receive                                                |  Transmit',
  ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed',
  '    lo:     100       2    0    0    0     0          0         0      100       2    0    0    0     0       0          0',
  '  eth0:    1500      10    1    2    0     0          0         0      700       5    3    4    0     0       0          0',
].join('\n');

const task = (over: Partial<TaskStats> = {}): TaskStats => ({
  cgroupVersion: 2, cpuUsageNs: 5_000_000, cpuUserNs: 4_000_000, cpuSystemNs: 1_000_000, memoryUsage: 10 << 20, memoryLimit: 0,
  memoryStat: { inactive_file: 1 << 20 }, pidsCurrent: 3, pidsLimit: 0, blkio: [{ major: 8, minor: 0, op: 'Read', value: 4096 }], oomKills: 0, ...over,
});

describe('host counters', () => {
  it('sums user..softirq ticks of the cpu line into ns and counts cpuN lines', () => {
    // 100+5+50+1000+10+1+2 = 1168 ticks of 10 ms; steal (7) is not counted, as in dockerd.
    expect(parseProcStat(PROC_STAT)).toEqual({ usage: 1168 * 10_000_000, onlineCpus: 2 });
  });

  it('reads every interface of net/dev but lo', () => {
    expect(parseNetDev(NET_DEV)).toEqual({
      eth0: { rx_bytes: 1500, rx_packets: 10, rx_errors: 1, rx_dropped: 2, tx_bytes: 700, tx_packets: 5, tx_errors: 3, tx_dropped: 4 },
    });
    expect(parseNetDev(NET_DEV.split('\n').slice(0, 3).join('\n'))).toEqual({});
  });
});

describe('buildStats', () => {
  const read = new Date('2026-01-01T00:00:00.500Z');

  it('maps the task counters to Docker field names, the host memory standing in for no limit', () => {
    const s = buildStats({ id: 'abc', name: 'web' }, task(), { systemCpu: 9e9, onlineCpus: 4, memTotal: 8 << 30 }, read);
    expect(s).toMatchObject({
      name: '/web', id: 'abc', read: '2026-01-01T00:00:00.500Z', preread: '0001-01-01T00:00:00Z',
      pids_stats: { current: 3 },
      cpu_stats: { cpu_usage: { total_usage: 5_000_000, usage_in_usermode: 4_000_000, usage_in_kernelmode: 1_000_000 }, system_cpu_usage: 9e9, online_cpus: 4 },
      memory_stats: { usage: 10 << 20, limit: 8 << 30, stats: { inactive_file: 1 << 20 } },
    });
    expect(s.pids_stats).not.toHaveProperty('limit');
    expect(s.cpu_stats.cpu_usage).not.toHaveProperty('percpu_usage');
    expect(s.memory_stats).not.toHaveProperty('max_usage');
    expect(s).not.toHaveProperty('networks');
    // cgroup v2 reports io.stat bytes as lower-case ops, as dockerd does.
    expect(s.blkio_stats.io_service_bytes_recursive).toEqual([{ major: 8, minor: 0, op: 'read', value: 4096 }]);
  });

  it('keeps a real memory limit and pids limit, v1 op names and interfaces', () => {
    const eth0 = parseNetDev(NET_DEV);
    const v1 = task({
      cgroupVersion: 1, memoryLimit: 32 << 20, pidsLimit: 50, cpuPercpuNs: [3e6, 2e6], throttlePeriods: 9, throttledPeriods: 2, throttledTimeNs: 5e5,
      memoryMaxUsage: 20 << 20, memoryFailcnt: 4,
    });
    const s = buildStats({ id: 'abc', name: 'web' }, v1, { systemCpu: 1, onlineCpus: 1, memTotal: 8 << 30, networks: eth0 }, read);
    expect(s.memory_stats).toMatchObject({ limit: 32 << 20, max_usage: 20 << 20, failcnt: 4 });
    expect(s.cpu_stats.cpu_usage.percpu_usage).toEqual([3e6, 2e6]);
    expect(s.cpu_stats.throttling_data).toEqual({ periods: 9, throttled_periods: 2, throttled_time: 5e5 });
    expect(s.pids_stats).toEqual({ current: 3, limit: 50 });
    expect(s.blkio_stats.io_service_bytes_recursive?.[0]?.op).toBe('Read');
    expect(s.networks).toEqual(eth0);
  });

  it('zeroes everything but name and id for a stopped container', () => {
    const z = zeroStats('abc', 'web');
    expect(z).toMatchObject({ name: '/web', id: 'abc', read: '0001-01-01T00:00:00Z', pids_stats: {}, memory_stats: {}, num_procs: 0 });
    expect(z.cpu_stats.cpu_usage.total_usage).toBe(0);
    expect(z.blkio_stats.io_service_bytes_recursive).toBeNull();
  });
});

describe('containerStats', () => {
  let cpu = 0;
  let system = 0;
  const host: HostCounters = {
    systemCpu: async () => ({ usage: (system += 1e9), onlineCpus: 2 }),
    memTotal: async () => 1 << 30,
    netDev: async () => NET_DEV,
  };
  const target = (over: Partial<StatsTarget> = {}): StatsTarget => ({
    id: 'abc', name: 'web', running: true, pid: 42, stats: async () => task({ cpuUsageNs: (cpu += 5e8) }), ...over,
  });
  const collect = async (it: AsyncIterable<StatsResponse>, max = 10) => {
    const out: StatsResponse[] = [];
    for await (const s of it) if (out.push(s) >= max) break;
    return out;
  };
  beforeEach(() => {
    cpu = 0;
    system = 0;
  });

  it('without streaming, sends one sample whose precpu_stats is the sample before it', async () => {
    const t = target();
    const [only, ...rest] = await collect(containerStats(() => t, { stream: false, oneShot: false, intervalMs: 5 }, host));
    expect(rest).toEqual([]);
    expect(only!.cpu_stats.cpu_usage.total_usage).toBe(1e9);
    expect(only!.precpu_stats.cpu_usage.total_usage).toBe(5e8);
    expect(only!.precpu_stats.system_cpu_usage).toBe(1e9);
    expect(only!.preread).not.toBe('0001-01-01T00:00:00Z');
    expect(only!.networks?.eth0?.rx_bytes).toBe(1500);
  });

  it('one-shot answers the first sample, with no previous one', async () => {
    const [only, ...rest] = await collect(containerStats(() => target(), { stream: false, oneShot: true }, host));
    expect(rest).toEqual([]);
    expect(only!.cpu_stats.cpu_usage.total_usage).toBe(5e8);
    expect(only!.precpu_stats.cpu_usage.total_usage).toBe(0);
  });

  it('streams samples chained by precpu_stats; zeroed once the container stops; ends when it is removed', async () => {
    const states: Array<StatsTarget | undefined> = [target(), target(), target({ running: false }), undefined];
    const samples = await collect(containerStats(() => states.shift(), { stream: true, oneShot: false, intervalMs: 1 }, host));
    expect(samples).toHaveLength(3);
    expect(samples[0]!.precpu_stats.cpu_usage.total_usage).toBe(0);
    expect(samples[1]!.precpu_stats).toEqual(samples[0]!.cpu_stats);
    expect(samples[2]).toMatchObject({ read: '0001-01-01T00:00:00Z', memory_stats: {} });
  });

  it('stops streaming when the signal aborts', async () => {
    const abort = new AbortController();
    const out: StatsResponse[] = [];
    for await (const s of containerStats(() => target(), { stream: true, oneShot: false, signal: abort.signal, intervalMs: 10_000 }, host)) {
      out.push(s);
      abort.abort();
    }
    expect(out).toHaveLength(1);
  });

  it('a stopped container without streaming gets one zeroed sample at once', async () => {
    const began = Date.now();
    const samples = await collect(containerStats(() => target({ running: false }), { stream: false, oneShot: false }, host));
    expect(samples).toEqual([zeroStats('abc', 'web')]);
    expect(Date.now() - began).toBeLessThan(500);
  });

  it('refuses stream with one-shot', async () => {
    const err = await collect(containerStats(() => target(), { stream: true, oneShot: true }, host)).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('cannot have stream=true and one-shot=true');
  });

  it('a task that stops while being read, or whose shim is gone, gives a zeroed sample', async () => {
    const s = await sampleStats(target({ stats: async () => { throw failedPrecondition('task abc is not running'); } }), host);
    expect(s).toEqual(zeroStats('abc', 'web'));
    const lost = await sampleStats(target({ stats: async () => { throw unavailable('shim connection closed'); } }), host);
    expect(lost).toEqual(zeroStats('abc', 'web'));
  });
});
