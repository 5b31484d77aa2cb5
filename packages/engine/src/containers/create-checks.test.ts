import { isInvalidArgument } from '@berth/errdefs';
import { checkCreateSettings, checkPlatform, createWarnings, discardUnsupported, withHostDefaults } from './create-checks';

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

describe('runtime and namespace modes', () => {
  it('accepts runc only, with dockerd message for any other', () => {
    expect(() => checkCreateSettings({ Image: 'x', HostConfig: { Runtime: 'runc' } })).not.toThrow();
    const err = refusal(() => checkCreateSettings({ Image: 'x', HostConfig: { Runtime: 'bogus' } }));
    expect(err.message).toBe('unknown or invalid runtime name: bogus');
    expect(isInvalidArgument(err)).toBe(true);
  });

  it("accepts the daemon's configured runtimes, and fills in its default runtime", () => {
    expect(() => checkCreateSettings({ Image: 'x', HostConfig: { Runtime: 'wrapped' } }, ['runc', 'wrapped'])).not.toThrow();
    expect(() => checkCreateSettings({ Image: 'x', HostConfig: { Runtime: 'crun' } }, ['runc', 'wrapped'])).toThrow('unknown or invalid runtime name: crun');
    expect(withHostDefaults({}, true, 'wrapped').Runtime).toBe('wrapped');
    expect(withHostDefaults({ Runtime: 'runc' }, true, 'wrapped').Runtime).toBe('runc');
  });

  it('refuses unknown namespace modes', () => {
    expect(() => checkCreateSettings({ Image: 'x', HostConfig: { PidMode: 'host', IpcMode: 'none', UTSMode: 'host', CgroupnsMode: 'host' } })).not.toThrow();
    expect(refusal(() => checkCreateSettings({ Image: 'x', HostConfig: { IpcMode: 'weird' } })).message).toBe('invalid IPC mode: weird');
  });
});

describe('checkPlatform', () => {
  const image = { os: 'linux', architecture: 'amd64' };
  it('accepts the image platform in its spellings, or none', () => {
    expect(() => checkPlatform(undefined, 'busybox', image)).not.toThrow();
    expect(() => checkPlatform('linux/amd64', 'busybox', image)).not.toThrow();
    expect(() => checkPlatform('linux/x86_64', 'busybox', image)).not.toThrow();
    expect(() => checkPlatform('linux', 'busybox', image)).not.toThrow();
  });
  it('refuses another platform with dockerd message', () => {
    const err = refusal(() => checkPlatform('linux/s390x', 'busybox', image));
    expect(err.message).toBe('image with reference busybox was found but its platform (linux/amd64) does not match the specified platform (linux/s390x)');
    expect(isInvalidArgument(err)).toBe(true);
    expect(refusal(() => checkPlatform('a/b/c/d', 'busybox', image)).message).toBe('"a/b/c/d": unknown operating system or architecture: invalid argument');
  });
});

describe('withHostDefaults', () => {
  it('fills in what dockerd fills in, keeping what the client chose', () => {
    const host = withHostDefaults({ LogConfig: { Type: '', Config: null as unknown as Record<string, string> } }, false);
    expect(host).toMatchObject({
      NetworkMode: 'default',
      LogConfig: { Type: 'json-file', Config: {} },
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      ShmSize: 64 * 1024 * 1024,
      IpcMode: 'private',
      CgroupnsMode: 'host',
      Runtime: 'runc',
    });
    expect(withHostDefaults({}, true).CgroupnsMode).toBe('private');
    expect(withHostDefaults({}, true).MaskedPaths).toContain('/proc/kcore');
    expect(withHostDefaults({}, true).ReadonlyPaths).toContain('/proc/sys');
    expect(withHostDefaults({ Privileged: true }, true)).toMatchObject({ MaskedPaths: null, ReadonlyPaths: null });
    expect(withHostDefaults({ LogConfig: { Type: 'none', Config: { a: 'b' } }, ShmSize: 1 << 20, IpcMode: 'host' }, true)).toMatchObject({
      LogConfig: { Type: 'none', Config: { a: 'b' } },
      ShmSize: 1 << 20,
      IpcMode: 'host',
    });
  });
});

describe('createWarnings', () => {
  const all = { swap: true, blkioWeight: true, swappiness: true, oomKillDisable: true };
  it('warns as dockerd about discarded limits and an OOM killer disabled without a memory limit', () => {
    expect(createWarnings({ Memory: 1 << 26, OomKillDisable: true, MemorySwappiness: 10, BlkioWeight: 100 }, all)).toEqual([]);
    expect(createWarnings({ OomKillDisable: true }, all)).toEqual([
      'OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.',
    ]);
    const none = { swap: false, blkioWeight: false, swappiness: false, oomKillDisable: false };
    expect(createWarnings({ Memory: 1 << 26, OomKillDisable: true, MemorySwappiness: 10, BlkioWeight: 100 }, none)).toEqual([
      'Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.',
      'Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory swappiness discarded.',
      'Your kernel does not support OomKillDisable. OomKillDisable discarded.',
      'Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.',
    ]);
    expect(createWarnings({ MemorySwappiness: -1 }, none)).toEqual([]);
  });
});

describe('discardUnsupported', () => {
  const none = { swap: false, blkioWeight: false, swappiness: false, oomKillDisable: false };
  it('drops what the host cannot enforce from an update, as dockerd, and keeps the rest', () => {
    const { resources, warnings } = discardUnsupported({ Memory: 1 << 26, BlkioWeight: 300, CpuShares: 512 }, none);
    expect(resources).toEqual({ Memory: 1 << 26, MemorySwap: -1, BlkioWeight: 0, CpuShares: 512 });
    expect(warnings).toEqual([
      'Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.',
      'Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.',
    ]);
  });
  it('has nothing to say about unlimited swap or limits the host enforces', () => {
    expect(discardUnsupported({ Memory: 1 << 26, MemorySwap: -1 }, none)).toEqual({ resources: { Memory: 1 << 26, MemorySwap: -1 }, warnings: [] });
    const all = { swap: true, blkioWeight: true, swappiness: true, oomKillDisable: true };
    expect(discardUnsupported({ Memory: 1 << 26, BlkioWeight: 300 }, all)).toEqual({ resources: { Memory: 1 << 26, BlkioWeight: 300 }, warnings: [] });
  });
});
