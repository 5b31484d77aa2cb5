import { isInvalidArgument } from '@berth/errdefs';
import { DEFAULT_DETACH_KEYS } from '@berth/proto';
import { detachKeysOption } from './detach-keys';

describe('detachKeysOption', () => {
  it('is the default keys when a request names none', () => {
    expect(detachKeysOption(undefined)).toEqual(DEFAULT_DETACH_KEYS);
    expect(detachKeysOption('')).toEqual(DEFAULT_DETACH_KEYS);
    expect([...detachKeysOption('ctrl-x,x')]).toEqual([24, 120]);
  });

  it("refuses bad keys as InvalidArgument with dockerd's message", () => {
    let caught: unknown;
    try {
      detachKeysOption('ctrl-1,x');
    } catch (err) {
      caught = err;
    }
    expect(isInvalidArgument(caught)).toBe(true);
    expect((caught as Error).message).toBe('Invalid detach keys (ctrl-1,x) provided');
    expect(() => detachKeysOption('bad', (k) => `Invalid escape keys (${k}) provided`)).toThrow('Invalid escape keys (bad) provided');
  });
});
