import type { Health, HealthcheckResult, HealthConfig } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { goTime } from './archive';

/** dockerd's defaults for a health check's unset (0) fields. */
export const DEFAULT_HEALTH_TIMING: HealthTiming = { intervalMs: 30_000, timeoutMs: 30_000, startPeriodMs: 0, startIntervalMs: 5_000, retries: 3 };
/** Probe results kept in `State.Health.Log`. */
export const MAX_HEALTH_LOG = 5;
/** Bytes of a probe's output kept; the rest is dropped and the output marked with `...`. */
export const MAX_PROBE_OUTPUT = 4096;

const NS_PER_MS = 1_000_000;

export interface HealthTiming {
  intervalMs: number;
  timeoutMs: number;
  startPeriodMs: number;
  startIntervalMs: number;
  retries: number;
}

/** dockerd's create-time check of a health check's durations (each at least 1ms when set) and retries. */
export function validateHealthcheck(check: HealthConfig | null | undefined): void {
  if (!check) return;
  const durations: Array<[string, number | undefined]> = [['Interval', check.Interval], ['Timeout', check.Timeout]];
  for (const [name, value] of durations) tooShort(name, value);
  if ((check.Retries ?? 0) < 0) throw invalidArgument('Retries in Healthcheck cannot be negative');
  tooShort('StartPeriod', check.StartPeriod);
  tooShort('StartInterval', check.StartInterval);
}

function tooShort(name: string, ns: number | undefined): void {
  if (ns && ns < NS_PER_MS) throw invalidArgument(`${name} in Healthcheck cannot be less than 1ms`);
}

/**
 * Docker's create-time merge of the container's health check with the image's: the image's when
 * the container has none, else each empty field (no test, 0 duration or retries) from the image.
 */
export function mergeHealthcheck(user: HealthConfig | null | undefined, image: HealthConfig | undefined): HealthConfig | null | undefined {
  if (!image) return user;
  if (!user) return image;
  return {
    ...user,
    Test: user.Test && user.Test.length > 0 ? user.Test : image.Test,
    Interval: user.Interval || image.Interval,
    Timeout: user.Timeout || image.Timeout,
    StartPeriod: user.StartPeriod || image.StartPeriod,
    StartInterval: user.StartInterval || image.StartInterval,
    Retries: user.Retries || image.Retries,
  };
}

/**
 * The command a probe runs, or undefined when the container has no (or a disabled, `NONE`, or
 * unknown kind of) check: `CMD` runs its arguments, `CMD-SHELL` its command through `/bin/sh -c`.
 */
export function probeCommand(check: HealthConfig | null | undefined): string[] | undefined {
  const [kind, ...rest] = check?.Test ?? [];
  if (kind === 'CMD' && rest.length > 0) return rest;
  if (kind === 'CMD-SHELL' && rest.length > 0) return ['/bin/sh', '-c', rest.join(' ')];
  return undefined;
}

export function timingOf(check: HealthConfig): HealthTiming {
  const ms = (ns: number | undefined, fallback: number) => (ns ? ns / NS_PER_MS : fallback);
  return {
    intervalMs: ms(check.Interval, DEFAULT_HEALTH_TIMING.intervalMs),
    timeoutMs: ms(check.Timeout, DEFAULT_HEALTH_TIMING.timeoutMs),
    startPeriodMs: ms(check.StartPeriod, DEFAULT_HEALTH_TIMING.startPeriodMs),
    startIntervalMs: ms(check.StartInterval, DEFAULT_HEALTH_TIMING.startIntervalMs),
    retries: check.Retries && check.Retries > 0 ? check.Retries : DEFAULT_HEALTH_TIMING.retries,
  };
}

/** Health at each (re)start or restore: `starting` with no failures; earlier probes stay in the log. */
export function startingHealth(previous: Health | undefined): Health {
  return { Status: 'starting', FailingStreak: 0, Log: previous?.Log ?? [] };
}

/**
 * Health after one probe (dockerd's rules): exit 0 is healthy and clears the streak; anything
 * else is a failure, which does not count while still `starting` within the start period, and
 * makes the container unhealthy once the streak reaches the retries.
 */
export function applyProbeResult(health: Health, result: HealthcheckResult, timing: HealthTiming, startedAtMs: number): Health {
  const Log = [...health.Log, result].slice(-MAX_HEALTH_LOG);
  if (result.ExitCode === 0) return { Status: 'healthy', FailingStreak: 0, Log };
  const inStartPeriod = health.Status === 'starting' && Date.parse(result.Start) - startedAtMs < timing.startPeriodMs;
  if (inStartPeriod) return { ...health, Log };
  const FailingStreak = health.FailingStreak + 1;
  return { Status: FailingStreak >= timing.retries ? 'unhealthy' : health.Status, FailingStreak, Log };
}

/** Time to the next probe: the start interval while starting within the start period, else the interval. */
export function nextProbeDelay(health: Health, timing: HealthTiming, startedAtMs: number, now: number): number {
  if (now - startedAtMs < timing.startPeriodMs && health.Status === 'starting') return timing.startIntervalMs;
  return timing.intervalMs;
}

/** Go's `time.Duration` text (`200ms`, `1.5s`, `1m30s`), as dockerd prints durations in messages. */
export function goDuration(ms: number): string {
  const ns = Math.round(ms * NS_PER_MS);
  if (ns === 0) return '0s';
  if (ns < 1000) return `${ns}ns`;
  if (ns < NS_PER_MS) return `${trimFraction(ns / 1000)}µs`;
  if (ns < 1e9) return `${trimFraction(ns / NS_PER_MS)}ms`;
  const hours = Math.floor(ns / 3.6e12);
  const minutes = Math.floor((ns % 3.6e12) / 6e10);
  const seconds = trimFraction((ns % 6e10) / 1e9);
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${minutes}m${seconds}s`;
  return `${seconds}s`;
}

function trimFraction(n: number): string {
  return n.toFixed(9).replace(/\.?0+$/, '');
}

/** A probe's stdout and stderr, in order, up to MAX_PROBE_OUTPUT bytes. */
export class ProbeOutput {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private truncated = false;

  push(chunk: Buffer): void {
    const room = MAX_PROBE_OUTPUT - this.size;
    if (chunk.length > room) this.truncated = true;
    const kept = chunk.subarray(0, Math.max(0, room));
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString() + (this.truncated ? '...' : '');
  }
}

/** How a probe ended: its exit code and output, or that it was killed at the timeout. */
export interface ProbeOutcome {
  timedOut: boolean;
  exitCode: number;
  output: string;
}

/** The log entry of a probe: a timed-out one has exit code -1 and dockerd's message. */
export function probeResult(outcome: ProbeOutcome, start: Date, end: Date, timing: HealthTiming): HealthcheckResult {
  // Start and End are Go time.Time in dockerd: RFC 3339 without a fraction's trailing zeros (…16.79Z), as clients re-print them.
  const [Start, End] = [start, end].map((at) => goTime(BigInt(at.getTime()) * 1_000_000n));
  if (!outcome.timedOut) return { Start, End, ExitCode: outcome.exitCode, Output: outcome.output };
  const message = `Health check exceeded timeout (${goDuration(timing.timeoutMs)})${outcome.output ? `: ${outcome.output}` : ''}`;
  return { Start, End, ExitCode: -1, Output: message };
}

export interface HealthMonitorHooks {
  /** Runs the probe command in the container, killing it after `timeoutMs`. */
  run(cmd: string[], timeoutMs: number): Promise<ProbeOutcome>;
  /** A paused container is not probed (its processes are frozen). */
  paused(): boolean;
  current(): Health;
  /** The new health after a probe; `changed` when its status changed (a `health_status` event). */
  update(health: Health, changed: boolean): void;
}

/**
 * Probes a running container on its health check's schedule until stopped: the first probe one
 * interval after the start, the next one an interval after the previous ended (never two at once).
 */
export class HealthMonitor {
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly cmd: string[], private readonly timing: HealthTiming, private readonly startedAtMs: number, private readonly hooks: HealthMonitorHooks) {}

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.stopped) return;
    const delay = nextProbeDelay(this.hooks.current(), this.timing, this.startedAtMs, Date.now());
    this.timer = setTimeout(() => void this.probe(), delay);
    // Probes never keep the daemon alive: its shutdown stops them, or ends the process anyway.
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    if (this.stopped) return;
    if (!this.hooks.paused()) {
      const start = new Date();
      const outcome = await this.hooks.run(this.cmd, this.timing.timeoutMs).catch((err: unknown): ProbeOutcome => ({
        timedOut: false, exitCode: -1, output: err instanceof Error ? err.message : String(err),
      }));
      // A container that stopped while probing is not judged on its probe.
      if (this.stopped) return;
      const before = this.hooks.current();
      const after = applyProbeResult(before, probeResult(outcome, start, new Date(), this.timing), this.timing, this.startedAtMs);
      this.hooks.update(after, after.Status !== before.Status);
    }
    this.schedule();
  }
}
