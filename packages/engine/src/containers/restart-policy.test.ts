import type { RestartPolicy } from '@berth/api-types';
import { isInvalidArgument } from '@berth/errdefs';
import { createdState } from './status';
import { nextRestartDelay, restartingState, shouldRestart, stoppedState, validateRestartPolicy } from './restart-policy';

const policy = (Name: RestartPolicy['Name'], MaximumRetryCount = 0): RestartPolicy => ({ Name, MaximumRetryCount });

describe('validateRestartPolicy', () => {
  it('accepts the four policies, an empty name and on-failure with a count', () => {
    for (const p of [policy('no'), policy('always'), policy('unless-stopped'), policy('on-failure'), policy('on-failure', 3), policy('', 5), undefined]) {
      expect(() => validateRestartPolicy(p, false)).not.toThrow();
    }
  });

  it("refuses what dockerd refuses, with dockerd's messages", () => {
    const refusal = (p: RestartPolicy, autoRemove = false) => {
      try {
        validateRestartPolicy(p, autoRemove);
      } catch (err) {
        expect(isInvalidArgument(err)).toBe(true);
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(policy('sometimes' as RestartPolicy['Name']))).toBe("invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
    expect(refusal(policy('always', 2))).toBe("invalid restart policy: maximum retry count can only be used with 'on-failure'");
    expect(refusal(policy('unless-stopped', -1))).toBe("invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative");
    expect(refusal(policy('on-failure', -2))).toBe('invalid restart policy: maximum retry count cannot be negative');
    expect(refusal(policy('always'), true)).toBe("can't create 'AutoRemove' container with restart policy");
    expect(() => validateRestartPolicy(policy('no'), true)).not.toThrow();
  });
});

describe('shouldRestart', () => {
  const facts = { exitCode: 1, manuallyStopped: false, restartCount: 0 };
  it('follows each policy', () => {
    expect(shouldRestart({ ...facts, policy: policy('no') })).toBe(false);
    expect(shouldRestart({ ...facts, policy: undefined })).toBe(false);
    expect(shouldRestart({ ...facts, policy: policy('always'), exitCode: 0 })).toBe(true);
    expect(shouldRestart({ ...facts, policy: policy('unless-stopped'), exitCode: 0 })).toBe(true);
    expect(shouldRestart({ ...facts, policy: policy('on-failure') })).toBe(true);
    expect(shouldRestart({ ...facts, policy: policy('on-failure'), exitCode: 0 })).toBe(false);
  });

  it('on-failure stops at its maximum (0 = no maximum)', () => {
    expect(shouldRestart({ ...facts, policy: policy('on-failure', 2), restartCount: 1 })).toBe(true);
    expect(shouldRestart({ ...facts, policy: policy('on-failure', 2), restartCount: 2 })).toBe(false);
    expect(shouldRestart({ ...facts, policy: policy('on-failure'), restartCount: 1000 })).toBe(true);
  });

  it('never restarts what was stopped by hand', () => {
    for (const name of ['always', 'unless-stopped', 'on-failure'] as const) {
      expect(shouldRestart({ ...facts, policy: policy(name), manuallyStopped: true })).toBe(false);
    }
  });
});

describe('nextRestartDelay', () => {
  it('starts at 100ms and doubles up to a minute', () => {
    const delays: number[] = [];
    let d = 0;
    for (let i = 0; i < 12; i++) delays.push((d = nextRestartDelay(d, 50)));
    expect(delays.slice(0, 5)).toEqual([100, 200, 400, 800, 1600]);
    expect(delays[10]).toBe(60_000);
    expect(delays[11]).toBe(60_000);
  });

  it('starts over after a run of 10 seconds or more', () => {
    expect(nextRestartDelay(3200, 9_999)).toBe(6400);
    expect(nextRestartDelay(3200, 10_000)).toBe(100);
  });
});

describe('restarting state', () => {
  it('counts as running without a process, and back to exited when cancelled', () => {
    const exited = { ...createdState(), Status: 'exited' as const, ExitCode: 3 };
    const restarting = restartingState(exited);
    expect(restarting).toMatchObject({ Status: 'restarting', Running: true, Restarting: true, Pid: 0, ExitCode: 3 });
    expect(stoppedState(restarting)).toMatchObject({ Status: 'exited', Running: false, Restarting: false, ExitCode: 3 });
  });
});
