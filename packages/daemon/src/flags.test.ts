import { parseDaemonArgs, DEFAULTS } from './flags';

const noFile = () => undefined;

describe('berthd flags', () => {
  it('uses dockerd-like defaults', () => {
    expect(parseDaemonArgs([], noFile)).toEqual(DEFAULTS);
  });

  it('takes roots, several hosts and debug in both spellings', () => {
    const o = parseDaemonArgs(['--data-root', '/d', '--exec-root=/e', '-H', 'unix:///x.sock', '--host=tcp://127.0.0.1:2375', '-D', '-s', 'native'], noFile);
    expect(o).toMatchObject({ dataRoot: '/d', execRoot: '/e', hosts: ['unix:///x.sock', 'tcp://127.0.0.1:2375'], debug: true, storageDriver: 'native' });
  });

  it('refuses unknown flags, missing values and unknown drivers', () => {
    expect(() => parseDaemonArgs(['--bogus'], noFile)).toThrow('unknown flag: --bogus');
    expect(() => parseDaemonArgs(['--data-root'], noFile)).toThrow('flag needs an argument: --data-root');
    expect(() => parseDaemonArgs(['-s', 'zfs'], noFile)).toThrow(/unsupported storage driver/);
  });

  it('reads daemon.json and refuses keys given twice or unknown', () => {
    const file = (text: string) => () => text;
    expect(parseDaemonArgs([], file('{"data-root":"/f","debug":true}'))).toMatchObject({ dataRoot: '/f', debug: true });
    expect(() => parseDaemonArgs(['--data-root', '/x'], file('{"data-root":"/f"}'))).toThrow(/both as a flag and in the configuration file: data-root/);
    expect(() => parseDaemonArgs([], file('{"colour":"blue"}'))).toThrow(/don't match any configuration option: colour/);
    expect(() => parseDaemonArgs([], file('{nope'))).toThrow(/unable to configure the berth daemon/);
  });

  it('takes live-restore and shutdown-timeout as flags or daemon.json keys', () => {
    expect(parseDaemonArgs(['--live-restore', '--shutdown-timeout', '3'], noFile)).toMatchObject({ liveRestore: true, shutdownTimeout: 3 });
    expect(parseDaemonArgs([], () => '{"live-restore":true,"shutdown-timeout":7}')).toMatchObject({ liveRestore: true, shutdownTimeout: 7, debug: false });
    expect(() => parseDaemonArgs(['--shutdown-timeout', 'soon'], noFile)).toThrow(/invalid value "soon" for --shutdown-timeout/);
    expect(() => parseDaemonArgs([], () => '{"live-restore":"yes"}')).toThrow(/live-restore must be true or false/);
    expect(parseDaemonArgs(['--shim-group-size=32'], noFile)).toMatchObject({ shimGroupSize: 32 });
    expect(() => parseDaemonArgs(['--shim-group-size', '0'], noFile)).toThrow(/must be a positive whole number/);
  });

  it('answers help and version', () => {
    expect(parseDaemonArgs(['--help'], noFile)).toBe('help');
    expect(parseDaemonArgs(['-v'], noFile)).toBe('version');
  });
});

describe('--userns-remap', () => {
  it('is a flag and a daemon.json key, off by default', () => {
    expect(parseDaemonArgs([], noFile)).not.toHaveProperty('usernsRemap');
    expect(parseDaemonArgs(['--userns-remap', 'default'], noFile)).toMatchObject({ usernsRemap: 'default' });
    expect(parseDaemonArgs(['--userns-remap=alice:staff'], noFile)).toMatchObject({ usernsRemap: 'alice:staff' });
    expect(parseDaemonArgs([], () => '{"userns-remap":"bob"}')).toMatchObject({ usernsRemap: 'bob' });
    expect(() => parseDaemonArgs([], () => '{"userns-remap":7}')).toThrow(/userns-remap must be a string/);
    expect(() => parseDaemonArgs(['--userns-remap', 'x'], () => '{"userns-remap":"y"}')).toThrow(/both as a flag and in the configuration file: userns-remap/);
  });
});
