import type { Health, HealthcheckResult } from '@berth/api-types';
import { isInvalidArgument } from '@berth/errdefs';
import {
  applyProbeResult, DEFAULT_HEALTH_TIMING, goDuration, HealthMonitor, mergeHealthcheck, nextProbeDelay, ProbeOutput, probeCommand, probeResult,
  startingHealth, timingOf, validateHealthcheck, type HealthTiming, type ProbeOutcome,
} from './health';
import { createdState, statusText } from './status';

const MS = 1_000_000;

describe('health check config', () => {
  it("refuses dockerd's bad values with its messages", () => {
    const refusal = (check: Parameters<typeof validateHealthcheck>[0]) => {
      try {
        validateHealthcheck(check);
      } catch (err) {
        expect(isInvalidArgument(err)).toBe(true);
        return (err as Error).message;
      }
      return 'accepted';
    };
    expect(refusal({ Interval: 1000 })).toBe('Interval in Healthcheck cannot be less than 1ms');
    expect(refusal({ Timeout: 5 })).toBe('Timeout in Healthcheck cannot be less than 1ms');
    expect(refusal({ Retries: -1 })).toBe('Retries in Healthcheck cannot be negative');
    expect(refusal({ StartPeriod: 10 })).toBe('StartPeriod in Healthcheck cannot be less than 1ms');
    expect(refusal({ StartInterval: 10 })).toBe('StartInterval in Healthcheck cannot be less than 1ms');
    expect(refusal({ Test: ['CMD', 'true'], Interval: MS, Timeout: 0, Retries: 0 })).toBe('accepted');
    expect(refusal(null)).toBe('accepted');
  });

  it('runs CMD as given and CMD-SHELL through /bin/sh -c; NONE, empty and unknown kinds run nothing', () => {
    expect(probeCommand({ Test: ['CMD', 'cat', '/x'] })).toEqual(['cat', '/x']);
    expect(probeCommand({ Test: ['CMD-SHELL', 'test -f /x || exit 1'] })).toEqual(['/bin/sh', '-c', 'test -f /x || exit 1']);
    expect(probeCommand({ Test: ['NONE'] })).toBeUndefined();
    expect(probeCommand({ Test: [] })).toBeUndefined();
    expect(probeCommand({ Test: ['WHAT', 'x'] })).toBeUndefined();
    expect(probeCommand(undefined)).toBeUndefined();
  });

  it("fills unset values with dockerd's defaults", () => {
    expect(timingOf({ Test: ['CMD', 'true'] })).toEqual(DEFAULT_HEALTH_TIMING);
    expect(timingOf({ Interval: 200 * MS, Timeout: 1500 * MS, StartPeriod: 2000 * MS, StartInterval: 100 * MS, Retries: 2 })).toEqual({
      intervalMs: 200, timeoutMs: 1500, startPeriodMs: 2000, startIntervalMs: 100, retries: 2,
    });
  });

  it("merges the container's check over the image's field by field", () => {
    const image = { Test: ['CMD', 'true'], Interval: 5 * MS, Retries: 7 };
    expect(mergeHealthcheck(undefined, image)).toEqual(image);
    expect(mergeHealthcheck({ Test: ['NONE'] }, image)).toMatchObject({ Test: ['NONE'], Interval: 5 * MS, Retries: 7 });
    expect(mergeHealthcheck({ Test: [], Interval: 9 * MS }, image)).toMatchObject({ Test: ['CMD', 'true'], Interval: 9 * MS, Retries: 7 });
    expect(mergeHealthcheck({ Test: ['CMD', 'false'] }, undefined)).toEqual({ Test: ['CMD', 'false'] });
  });
});

describe('health state machine', () => {
  const timing: HealthTiming = { intervalMs: 200, timeoutMs: 1000, startPeriodMs: 0, startIntervalMs: 50, retries: 3 };
  const started = Date.parse('2026-01-01T00:00:00Z');
  const result = (exitCode: number, atMs = 10_000): HealthcheckResult => ({
    Start: new Date(started + atMs).toISOString(), End: new Date(started + atMs + 5).toISOString(), ExitCode: exitCode, Output: `exit ${exitCode}\n`,
  });

  it('is healthy on the first success and unhealthy after `retries` failures in a row', () => {
    let h: Health = startingHealth(undefined);
    h = applyProbeResult(h, result(0), timing, started);
    expect(h).toMatchObject({ Status: 'healthy', FailingStreak: 0 });
    h = applyProbeResult(h, result(1), timing, started);
    h = applyProbeResult(h, result(2), timing, started);
    expect(h).toMatchObject({ Status: 'healthy', FailingStreak: 2 });
    h = applyProbeResult(h, result(1), timing, started);
    expect(h).toMatchObject({ Status: 'unhealthy', FailingStreak: 3 });
    h = applyProbeResult(h, result(0), timing, started);
    expect(h).toMatchObject({ Status: 'healthy', FailingStreak: 0 });
  });

  it('keeps the last five results', () => {
    let h = startingHealth(undefined);
    for (let i = 0; i < 7; i++) h = applyProbeResult(h, result(i % 2), timing, started);
    expect(h.Log.map((r) => r.ExitCode)).toEqual([0, 1, 0, 1, 0]);
  });

  it('does not count failures while starting within the start period', () => {
    const withPeriod = { ...timing, startPeriodMs: 5000 };
    let h = startingHealth(undefined);
    for (let i = 0; i < 5; i++) h = applyProbeResult(h, result(1, 1000 + i), withPeriod, started);
    expect(h).toMatchObject({ Status: 'starting', FailingStreak: 0 });
    expect(h.Log).toHaveLength(5);
    h = applyProbeResult(h, result(1, 6000), withPeriod, started);
    expect(h).toMatchObject({ Status: 'starting', FailingStreak: 1 });
  });

  it('starts over at each start, keeping the log', () => {
    const before: Health = { Status: 'unhealthy', FailingStreak: 4, Log: [result(1)] };
    expect(startingHealth(before)).toEqual({ Status: 'starting', FailingStreak: 0, Log: [result(1)] });
  });

  it('probes at the start interval while starting within the start period', () => {
    const withPeriod = { ...timing, startPeriodMs: 5000 };
    expect(nextProbeDelay(startingHealth(undefined), withPeriod, started, started + 1000)).toBe(50);
    expect(nextProbeDelay({ Status: 'healthy', FailingStreak: 0, Log: [] }, withPeriod, started, started + 1000)).toBe(200);
    expect(nextProbeDelay(startingHealth(undefined), withPeriod, started, started + 6000)).toBe(200);
  });

  it("reports a timeout as dockerd: exit -1 and the timeout as Go prints it", () => {
    const at = new Date(started);
    expect(probeResult({ timedOut: true, exitCode: 137, output: '' }, at, at, { ...timing, timeoutMs: 200 }).Output).toBe('Health check exceeded timeout (200ms)');
    expect(probeResult({ timedOut: true, exitCode: 137, output: 'partial' }, at, at, { ...timing, timeoutMs: 1500 })).toMatchObject({ ExitCode: -1, Output: 'Health check exceeded timeout (1.5s): partial' });
    expect(probeResult({ timedOut: false, exitCode: 3, output: 'x' }, at, at, timing)).toMatchObject({ ExitCode: 3, Output: 'x' });
    const begun = new Date('2026-01-02T03:04:05.790Z');
    expect(probeResult({ timedOut: false, exitCode: 0, output: '' }, begun, new Date('2026-01-02T03:04:06.000Z'), timing)).toMatchObject({ Start: '2026-01-02T03:04:05.79Z', End: '2026-01-02T03:04:06Z' });
  });

  it('formats durations as Go does', () => {
    expect(goDuration(30_000)).toBe('30s');
    expect(goDuration(90_000)).toBe('1m30s');
    expect(goDuration(60_000)).toBe('1m0s');
    expect(goDuration(3_600_000)).toBe('1h0m0s');
    expect(goDuration(0.5)).toBe('500µs');
  });

  it('keeps 4096 bytes of output and marks the rest as cut', () => {
    const out = new ProbeOutput();
    out.push(Buffer.alloc(4000, 'a'));
    out.push(Buffer.alloc(200, 'b'));
    const text = out.text();
    expect(text).toHaveLength(4096 + 3);
    expect(text.endsWith('b...')).toBe(true);
  });
});

describe('ps status of a container with a health check', () => {
  it('shows the health after the uptime', () => {
    const now = Date.parse('2026-01-01T00:01:00Z');
    const running = { ...createdState(), Status: 'running' as const, Running: true, StartedAt: '2026-01-01T00:00:55Z' };
    expect(statusText({ ...running, Health: { Status: 'healthy', FailingStreak: 0, Log: [] } }, now)).toBe('Up 5 seconds (healthy)');
    expect(statusText({ ...running, Health: { Status: 'unhealthy', FailingStreak: 3, Log: [] } }, now)).toBe('Up 5 seconds (unhealthy)');
    expect(statusText({ ...running, Health: { Status: 'starting', FailingStreak: 0, Log: [] } }, now)).toBe('Up 5 seconds (health: starting)');
    expect(statusText(running, now)).toBe('Up 5 seconds');
  });
});

describe('HealthMonitor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('probes every interval, reports status changes, and stops', async () => {
    let health = startingHealth(undefined);
    const changes: string[] = [];
    const outcomes: ProbeOutcome[] = [{ timedOut: false, exitCode: 0, output: '' }, { timedOut: false, exitCode: 1, output: '' }, { timedOut: false, exitCode: 1, output: '' }];
    const run = jest.fn(async () => outcomes.shift() ?? { timedOut: false, exitCode: 0, output: '' });
    const monitor = new HealthMonitor(['true'], { ...DEFAULT_HEALTH_TIMING, intervalMs: 100, retries: 2 }, Date.now(), {
      run, paused: () => false, current: () => health,
      update: (h, changed) => {
        health = h;
        if (changed) changes.push(h.Status);
      },
    });
    monitor.start();
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(['true'], DEFAULT_HEALTH_TIMING.timeoutMs);
    await jest.advanceTimersByTimeAsync(200);
    expect(changes).toEqual(['healthy', 'unhealthy']);
    monitor.stop();
    await jest.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('does not probe a paused container', async () => {
    const run = jest.fn(async (): Promise<ProbeOutcome> => ({ timedOut: false, exitCode: 0, output: '' }));
    const monitor = new HealthMonitor(['true'], { ...DEFAULT_HEALTH_TIMING, intervalMs: 100 }, Date.now(), {
      run, paused: () => true, current: () => startingHealth(undefined), update: () => undefined,
    });
    monitor.start();
    await jest.advanceTimersByTimeAsync(500);
    expect(run).not.toHaveBeenCalled();
    monitor.stop();
  });
});
