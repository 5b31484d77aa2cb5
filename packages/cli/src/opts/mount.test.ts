import { parseMountFlag, splitVolumes } from './mount';

describe('--mount', () => {
  it('reads every field docker/cli knows into an API Mount', () => {
    expect(parseMountFlag('type=bind,src=/h,dst=/c,readonly,bind-propagation=rshared')).toEqual({ Type: 'bind', Source: '/h', Target: '/c', ReadOnly: true, BindOptions: { Propagation: 'rshared' } });
    expect(parseMountFlag('type=tmpfs,target=/t,tmpfs-size=1m,tmpfs-mode=1770')).toEqual({ Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1048576, Mode: 0o1770 } });
    expect(parseMountFlag('source=data,target=/d,volume-nocopy,volume-opt=type=tmpfs,volume-opt=o=size=1m,volume-label=a=b')).toEqual({
      Type: 'volume', Source: 'data', Target: '/d', VolumeOptions: { NoCopy: true, Labels: { a: 'b' }, DriverConfig: { Name: '', Options: { type: 'tmpfs', o: 'size=1m' } } },
    });
  });

  it("refuses what docker/cli refuses, with its messages", () => {
    expect(() => parseMountFlag('type=bind,source=/x')).toThrow('target is required');
    expect(() => parseMountFlag('type=bind,bogus=1,target=/x')).toThrow("unexpected key 'bogus' in 'bogus=1'");
    expect(() => parseMountFlag('type=bind,target=/x,junk')).toThrow("invalid field 'junk' must be a key=value pair");
    expect(() => parseMountFlag('type=bind,target=/x,ro=maybe')).toThrow('invalid value for ro: maybe');
    expect(() => parseMountFlag('type=tmpfs,target=/x,bind-propagation=shared')).toThrow("cannot mix 'bind-*' options with mount type 'tmpfs'");
    expect(() => parseMountFlag('type=bind,target=/x,tmpfs-size=1m')).toThrow("cannot mix 'tmpfs-*' options with mount type 'bind'");
  });

  it('bind-recursive (Docker 25+) and the deprecated bind-nonrecursive, with docker/cli 28\'s checks', () => {
    const bind = (extra: string) => parseMountFlag(`type=bind,src=/h,dst=/c,${extra}`).BindOptions;
    expect(bind('bind-recursive=enabled')).toBeUndefined();
    expect(bind('bind-recursive=disabled')).toEqual({ NonRecursive: true });
    expect(bind('bind-nonrecursive')).toEqual({ NonRecursive: true });
    expect(bind('bind-recursive=writable,readonly')).toEqual({ ReadOnlyNonRecursive: true });
    expect(bind('bind-recursive=readonly,readonly,bind-propagation=rprivate')).toEqual({ ReadOnlyForceRecursive: true, Propagation: 'rprivate' });
    expect(() => bind('bind-recursive=maybe')).toThrow('invalid value for bind-recursive: maybe (must be "enabled", "disabled", "writable", or "readonly")');
    expect(() => bind('bind-recursive=writable')).toThrow("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
    expect(() => bind('bind-recursive=readonly')).toThrow("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    expect(() => bind('bind-recursive=readonly,readonly')).toThrow("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction");
    expect(() => parseMountFlag('type=volume,dst=/c,bind-recursive=disabled')).toThrow("cannot mix 'bind-*' options with mount type 'volume'");
  });
});

describe('-v', () => {
  it('sends values with a source as Binds (relative host paths made absolute) and lone paths as anonymous volumes', () => {
    expect(splitVolumes(['data:/d', '/h:/c:ro', './rel:/r', '/anon', '/anon2:ro'], '/work')).toEqual({
      binds: ['data:/d', '/h:/c:ro', '/work/rel:/r', '/anon2:ro'],
      volumes: { '/anon': {} },
    });
  });
});
