import { mergeUlimits } from './ulimits';

const defaults = [{ type: 'RLIMIT_NOFILE', soft: 1048576, hard: 1048576 }];

describe('mergeUlimits (--ulimit)', () => {
  it('replaces the default of the same resource and adds others', () => {
    expect(mergeUlimits(defaults, [{ name: 'nofile', soft: 1024, hard: 2048 }, { name: 'nproc', soft: 50, hard: 50 }, { name: 'core', soft: 0, hard: 0 }])).toEqual([
      { type: 'RLIMIT_NOFILE', soft: 1024, hard: 2048 },
      { type: 'RLIMIT_NPROC', soft: 50, hard: 50 },
      { type: 'RLIMIT_CORE', soft: 0, hard: 0 },
    ]);
    expect(mergeUlimits(defaults, undefined)).toEqual(defaults);
  });

  it.each([
    [{ name: 'files', soft: 1, hard: 1 }, 'invalid ulimit type: files'],
    [{ name: 'nofile', soft: 2048, hard: 1024 }, 'ulimit soft limit must be less than or equal to hard limit: 2048 > 1024'],
    [{ name: 'core', soft: -1, hard: -1 }, 'invalid ulimit core=-1:-1: values must be non-negative integers'],
  ])('rejects %j', (ulimit, message) => {
    expect(() => mergeUlimits(defaults, [ulimit])).toThrow(message);
  });
});
