import type { StatsResponse } from '@berth/client';
import { cpuPercent, emptyEntry, liveFrame, memoryUsage, renderStats, statsEntry, statsRow } from './stats';

const cpu = (total: number, system: number) => ({
  cpu_usage: { total_usage: total, usage_in_kernelmode: 0, usage_in_usermode: 0 },
  system_cpu_usage: system,
  online_cpus: 2,
  throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
});

const sample = (over: Partial<StatsResponse> = {}): StatsResponse => ({
  name: '/web',
  id: 'a'.repeat(64),
  read: '2026-01-01T00:00:01Z',
  preread: '2026-01-01T00:00:00Z',
  pids_stats: { current: 4 },
  blkio_stats: {
    io_service_bytes_recursive: [
      { major: 8, minor: 0, op: 'Read', value: 1_500_000 },
      { major: 8, minor: 0, op: 'Write', value: 2048 },
      { major: 8, minor: 0, op: 'Total', value: 1_502_048 },
      { major: 8, minor: 16, op: 'read', value: 500_000 },
    ],
    io_serviced_recursive: null, io_queue_recursive: null, io_service_time_recursive: null, io_wait_time_recursive: null,
    io_merged_recursive: null, io_time_recursive: null, sectors_recursive: null,
  },
  num_procs: 0,
  storage_stats: {},
  // 0.5 s of container CPU in 2 s of host CPU time on 2 CPUs: 50%.
  cpu_stats: cpu(1_500_000_000, 4_000_000_000),
  precpu_stats: cpu(1_000_000_000, 2_000_000_000),
  memory_stats: { usage: 48 * 1024 * 1024, limit: 64 * 1024 * 1024, stats: { inactive_file: 16 * 1024 * 1024 } },
  networks: { eth0: { rx_bytes: 1234, rx_packets: 1, rx_errors: 0, rx_dropped: 0, tx_bytes: 2_500_000, tx_packets: 1, tx_errors: 0, tx_dropped: 0 } },
  ...over,
});

describe('stats figures, as the docker CLI computes them', () => {
  it('CPU % is the container delta over the host delta times the CPUs', () => {
    expect(cpuPercent(sample())).toBeCloseTo(50);
    // No host time passed, or the container used none: 0, not a division by zero.
    expect(cpuPercent(sample({ precpu_stats: sample().cpu_stats }))).toBe(0);
  });

  it('memory leaves out the inactive page cache (v1 total_inactive_file first, then v2 inactive_file)', () => {
    expect(memoryUsage(sample())).toBe(32 * 1024 * 1024);
    expect(memoryUsage(sample({ memory_stats: { usage: 1000, stats: { total_inactive_file: 400, inactive_file: 100 } } }))).toBe(600);
    expect(memoryUsage(sample({ memory_stats: { usage: 1000, stats: { inactive_file: 5000 } } }))).toBe(1000);
  });

  it('formats a row with Docker units', () => {
    expect(statsRow(statsEntry('web', sample()), true)).toEqual({
      BlockIO: '2MB / 2.05kB',
      CPUPerc: '50.00%',
      Container: 'web',
      ID: 'aaaaaaaaaaaa',
      MemPerc: '50.00%',
      MemUsage: '32MiB / 64MiB',
      Name: 'web',
      NetIO: '1.23kB / 2.5MB',
      PIDs: '4',
    });
  });

  it('shows -- for a container whose stats could not be read', () => {
    expect(statsRow(emptyEntry('gone', true), true)).toEqual({
      BlockIO: '--', CPUPerc: '--', Container: 'gone', ID: '', MemPerc: '--', MemUsage: '-- / --', Name: '--', NetIO: '--', PIDs: '--',
    });
  });

  it('renders the default table, custom templates and json', () => {
    const entries = [statsEntry('web', sample())];
    expect(renderStats('', entries, true)).toBe(
      'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O          BLOCK I/O      PIDS\n' +
        'aaaaaaaaaaaa   web       50.00%    32MiB / 64MiB       50.00%    1.23kB / 2.5MB   2MB / 2.05kB   4\n',
    );
    expect(renderStats('{{.Name}}: {{.CPUPerc}}', entries, true)).toBe('web: 50.00%\n');
    expect(renderStats('table {{.Container}}\t{{.PIDs}}', entries, true)).toBe('CONTAINER   PIDS\nweb         4\n');
    expect(JSON.parse(renderStats('json', entries, false))).toMatchObject({ ID: 'a'.repeat(64), MemUsage: '32MiB / 64MiB' });
  });

  it('redraws in place as docker 28 does: home, table, home, lines with erase-to-end, erase below', () => {
    expect(liveFrame('A\nB\n')).toBe('\x1b[HA\nB\n\x1b[HA \x1b[K\nB \x1b[K\n \x1b[K\n\x1b[J');
  });
});
