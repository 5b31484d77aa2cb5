import type { ContainerState } from '@berth/api-types';
import { isInvalidArgument } from '@berth/errdefs';
import { commandLine, containerSummary, selectContainers, validateListFilters, withDescendants } from './list';
import { pruneSelector } from './prune';
import { createdState } from './status';
import type { ContainerRecord } from './store';
import { mergeUpdate, taskResources } from './update';

let seq = 0;
function record(name: string, state: Partial<ContainerState>, extra: Partial<ContainerRecord> = {}): ContainerRecord {
  seq++;
  return {
    id: `${String(seq).padStart(2, '0')}${name.padEnd(62, 'a').replace(/[^0-9a-f]/g, 'a')}`.slice(0, 64),
    name,
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
    path: 'sh',
    args: ['-c', 'sleep 1'],
    config: { Image: 'busybox', Labels: {} },
    hostConfig: {},
    image: 'sha256:img',
    state: { ...createdState(), ...state },
    restartCount: 0,
    snapshotKey: 'k',
    logPath: '', hostsPath: '', hostnamePath: '', resolvConfPath: '',
    ...extra,
  };
}

const started = { StartedAt: '2026-01-01T00:00:00Z', FinishedAt: '2026-01-01T00:00:05Z' };
const created = record('fresh', {});
const ok = record('ok', { Status: 'exited', ExitCode: 0, ...started });
const failed = record('failed', { Status: 'exited', ExitCode: 3, ...started }, { config: { Image: 'busybox', Labels: { tier: 'db', env: 'prod' } } });
const runner = record('runner', { Status: 'running', Running: true, ...started }, { config: { Image: 'busybox', Labels: { tier: 'web' } }, image: 'sha256:other' });
const paused = record('sleepy', { Status: 'paused', Running: true, Paused: true, ...started });
const all = [created, ok, failed, runner, paused];
const names = (rs: ContainerRecord[]) => rs.map((r) => r.name);

describe('selectContainers (docker ps)', () => {
  it('shows running (and paused) ones newest first by default, every one with all', () => {
    expect(names(selectContainers(all, {}))).toEqual(['sleepy', 'runner']);
    expect(names(selectContainers(all, { all: true }))).toEqual(['sleepy', 'runner', 'failed', 'ok', 'fresh']);
  });

  it('limit takes the newest whatever their state', () => {
    expect(names(selectContainers(all, { limit: 3 }))).toEqual(['sleepy', 'runner', 'failed']);
    expect(names(selectContainers(all, { limit: 1 }))).toEqual(['sleepy']);
  });

  it('status implies all; exited matches exit codes of containers that ran', () => {
    expect(names(selectContainers(all, { filters: { status: ['exited'] } }))).toEqual(['failed', 'ok']);
    expect(names(selectContainers(all, { filters: { status: ['created', 'paused'] } }))).toEqual(['sleepy', 'fresh']);
    expect(names(selectContainers(all, { all: true, filters: { exited: ['0'] } }))).toEqual(['ok']);
    expect(names(selectContainers(all, { all: true, filters: { exited: ['3', '0'] } }))).toEqual(['failed', 'ok']);
  });

  it('name is a regular expression on the name, with or without its slash; id a unique prefix', () => {
    expect(names(selectContainers(all, { all: true, filters: { name: ['^/?f'] } }))).toEqual(['failed', 'fresh']);
    expect(names(selectContainers(all, { all: true, filters: { name: ['ok'] } }))).toEqual(['ok']);
    expect(names(selectContainers(all, { all: true, filters: { id: [ok.id.slice(0, 5)] } }))).toEqual(['ok']);
    expect(names(selectContainers(all, { all: true, filters: { id: ['0'] } }))).toEqual([]);
  });

  it('label is key or key=value, all of them', () => {
    expect(names(selectContainers(all, { all: true, filters: { label: ['tier'] } }))).toEqual(['runner', 'failed']);
    expect(names(selectContainers(all, { all: true, filters: { label: ['tier=db', 'env=prod'] } }))).toEqual(['failed']);
    expect(names(selectContainers(all, { all: true, filters: { label: ['tier=db', 'env=dev'] } }))).toEqual([]);
  });

  it('before and since are relative to another container; ancestors and health', () => {
    expect(names(selectContainers(all, { all: true }, { before: failed.id }))).toEqual(['ok', 'fresh']);
    expect(names(selectContainers(all, { all: true }, { since: failed.id }))).toEqual(['sleepy', 'runner']);
    expect(names(selectContainers(all, { all: true }, { ancestors: new Set(['sha256:other']) }))).toEqual(['runner']);
    expect(names(selectContainers(all, { all: true, filters: { health: ['none'] } }))).toHaveLength(5);
    expect(names(selectContainers(all, { all: true, filters: { health: ['healthy'] } }))).toEqual([]);
    expect(names(selectContainers(all, { all: true, filters: { 'is-task': ['true'] } }))).toEqual([]);
  });
});

describe('withDescendants', () => {
  it('adds children, grandchildren, and nothing else', () => {
    const parents = [['b', 'a'], ['c', 'b'], ['d', undefined], ['e', 'd'], ['a', '']] as const;
    expect([...withDescendants(['a'], parents)].sort()).toEqual(['a', 'b', 'c']);
    expect([...withDescendants(['c', 'd'], parents)].sort()).toEqual(['c', 'd', 'e']);
  });
});

describe('validateListFilters', () => {
  const message = (filters: Record<string, string[]>) => {
    try {
      validateListFilters(filters);
    } catch (err) {
      expect(isInvalidArgument(err)).toBe(true);
      return (err as Error).message;
    }
    return undefined;
  };
  it("refuses what dockerd refuses, in its words", () => {
    expect(message({ colour: ['red'] })).toBe("invalid filter 'colour'");
    expect(message({ status: ['sleeping'] })).toBe("invalid filter 'status=sleeping': invalid value for state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead");
    expect(message({ health: ['meh'] })).toBe("invalid filter 'health=meh': invalid value for health (meh): must be one of none, starting, healthy, unhealthy");
    expect(message({ exited: ['x'] })).toBe(`invalid filter 'exited=x': strconv.Atoi: parsing "x": invalid syntax`);
    expect(message({ status: ['running'], exited: ['1'], label: ['a'], 'is-task': ['false'] })).toBeUndefined();
  });
});

describe('containerSummary', () => {
  it('has the fields docker ps reads', () => {
    const s = containerSummary(failed, Date.parse('2026-01-01T00:00:15Z'));
    expect(s).toMatchObject({ Id: failed.id, Names: ['/failed'], Image: 'busybox', Command: "sh -c 'sleep 1'", State: 'exited', Status: 'Exited (3) 10 seconds ago', Labels: { tier: 'db', env: 'prod' } });
    expect(commandLine('true', [])).toBe('true');
  });
});

describe('pruneSelector', () => {
  it('until keeps newer containers; label and label! select by labels', () => {
    expect(names(all.filter(pruneSelector({ until: ['2026-01-01T00:00:03Z'] })))).toEqual(['fresh', 'ok', 'failed']);
    expect(names(all.filter(pruneSelector({ label: ['tier'] })))).toEqual(['failed', 'runner']);
    expect(names(all.filter(pruneSelector({ 'label!': ['tier=db'] })))).toEqual(['fresh', 'ok', 'runner', 'sleepy']);
  });
  it('refuses unknown keys and two untils', () => {
    expect(() => pruneSelector({ status: ['exited'] })).toThrow("invalid filter 'status'");
    expect(() => pruneSelector({ until: ['1h', '2h'] })).toThrow('more than one until filter specified');
    expect(() => pruneSelector({ until: ['abc'] })).toThrow('failed to parse value as time or duration: "abc"');
  });
});

describe('mergeUpdate (docker update)', () => {
  it('replaces what is given and keeps the rest', () => {
    const next = mergeUpdate({ Memory: 64 << 20, MemorySwap: -1, CpuShares: 512, AutoRemove: false }, { Memory: 32 << 20, PidsLimit: 20, CpusetCpus: '0', RestartPolicy: { Name: 'always' } });
    expect(next).toMatchObject({ Memory: 32 << 20, MemorySwap: -1, CpuShares: 512, PidsLimit: 20, CpusetCpus: '0', RestartPolicy: { Name: 'always', MaximumRetryCount: 0 } });
  });
  it("refuses dockerd's conflicts", () => {
    expect(() => mergeUpdate({ Memory: 64 << 20 }, { Memory: 256 << 20 })).toThrow('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
    expect(() => mergeUpdate({}, { Memory: 64 << 20 })).toThrow('Memory limit should be smaller');
    expect(mergeUpdate({}, { Memory: 64 << 20, MemorySwap: 128 << 20 }).Memory).toBe(64 << 20);
    expect(() => mergeUpdate({ AutoRemove: true }, { RestartPolicy: { Name: 'always' } })).toThrow('Restart policy cannot be updated because AutoRemove is enabled for the container');
    expect(() => mergeUpdate({ CpuQuota: 50000 }, { NanoCpus: 1e9 })).toThrow('Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set');
    expect(() => mergeUpdate({ NanoCpus: 1e9 }, { CpuPeriod: 50000 })).toThrow('Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set');
  });
  it('turns spec limits into the shim update', () => {
    expect(taskResources({ memory: { limit: 10, swap: -1 }, cpu: { period: 100000, quota: 50000 }, pids: { limit: 7 } }))
      .toEqual({ memoryLimit: 10, memorySwap: -1, cpuPeriod: 100000, cpuQuota: 50000, pidsLimit: 7 });
  });
});
