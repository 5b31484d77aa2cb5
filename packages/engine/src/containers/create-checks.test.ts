import { isInvalidArgument } from '@berth/errdefs';
import { checkCreateSettings } from './create-checks';

const refusal = (fn: () => void): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('not refused');
};

describe('checkCreateSettings', () => {
  it('accepts known stop signals and OOM score adjustments in range', () => {
    expect(() => checkCreateSettings({ Image: 'x', StopSignal: 'SIGUSR1', HostConfig: { OomScoreAdj: -1000 } })).not.toThrow();
    expect(() => checkCreateSettings({ Image: 'x', StopSignal: '9', HostConfig: { OomScoreAdj: 1000 } })).not.toThrow();
  });

  it('refuses an unknown stop signal as dockerd does', () => {
    const err = refusal(() => checkCreateSettings({ Image: 'x', StopSignal: 'NOPE' }));
    expect(err.message).toBe('Invalid signal: NOPE');
    expect(isInvalidArgument(err)).toBe(true);
  });

  it('refuses an OOM score adjustment out of range', () => {
    const err = refusal(() => checkCreateSettings({ Image: 'x', HostConfig: { OomScoreAdj: 5000 } }));
    expect(err.message).toBe('Invalid value 5000, range for oom score adj is [-1000, 1000]');
    expect(isInvalidArgument(err)).toBe(true);
  });
});
