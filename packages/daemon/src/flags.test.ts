import { parseDaemonArgs, DEFAULTS, type DaemonOptions } from './flags';

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
    expect(() => parseDaemonArgs([], () => '{"live-restore":"yes"}')).toThrow('json: cannot unmarshal string into Go struct field Config.live-restore of type bool');
    expect(parseDaemonArgs(['--shim-group-size=32'], noFile)).toMatchObject({ shimGroupSize: 32 });
    expect(() => parseDaemonArgs(['--shim-group-size', '0'], noFile)).toThrow(/must be a positive whole number/);
  });

  it('refuses every unknown key at once, and names each conflict with both values (dockerd)', () => {
    expect(() => parseDaemonArgs([], () => '{"nope":1,"debug":true,"alsonope":2}')).toThrow(
      "unable to configure the berth daemon with file /etc/berth/daemon.json: the following directives don't match any configuration option: alsonope, nope",
    );
    expect(() => parseDaemonArgs(['-D', '-H', 'unix:///a', '-H', 'unix:///b'], () => '{"debug":false,"hosts":["tcp://127.0.0.1:1"]}')).toThrow(
      'the following directives are specified both as a flag and in the configuration file: debug: (from flag: true, from file: false), hosts: (from flag: [unix:///a unix:///b], from file: [tcp://127.0.0.1:1])',
    );
  });

  it('validates values by the schema, also for keys berth only reports (bip, runtimes, pools)', () => {
    const bad = (doc: string) => () => parseDaemonArgs([], () => doc);
    expect(bad('{"log-level":"loud"}')).toThrow(/invalid value for log-level: must be one of debug, info, warn, error, fatal/);
    expect(bad('{"registry-mirrors":"https://m"}')).toThrow(/cannot unmarshal string into Go struct field Config.registry-mirrors of type \[\]string/);
    expect(bad('{"default-address-pools":[{"base":"10.0.0.0/8"}]}')).toThrow(/default-address-pools/);
    expect(bad('{"runtimes":{"crun":{"args":[]}}}')).toThrow(/runtimes/);
    expect(bad('{"shutdown-timeout":1.5}')).toThrow(/shutdown-timeout of type int/);
    expect(bad('[]')).toThrow(/must be a JSON object/);
    expect(bad('{"default-ulimits":{"nofile":{"Soft":10,"Hard":5}}}')).toThrow(/default-ulimits: ulimit soft limit must be less than or equal to hard limit: 10 > 5/);
    expect(bad('{"default-ulimits":{"nofiles":{"Soft":1,"Hard":5}}}')).toThrow(/default-ulimits: invalid ulimit type: nofiles/);
    const ok = parseDaemonArgs([], () => '{"bip":"172.30.0.1/16","icc":false,"iptables":true,"registry-mirrors":["https://m.example"],"runtimes":{"crun":{"path":"/usr/bin/crun"}},"default-runtime":"runc","log-driver":"local","log-opts":{"max-size":"1m"}}');
    expect(ok).toMatchObject({ logDriver: 'local', logOpts: { 'max-size': '1m' }, settings: { bip: '172.30.0.1/16', 'registry-mirrors': ['https://m.example/'] } });
  });

  it('reads a missing default file as empty, but refuses a missing --config-file', () => {
    expect(parseDaemonArgs([], noFile)).toEqual(DEFAULTS);
    expect(() => parseDaemonArgs(['--config-file', '/nowhere.json'], noFile)).toThrow(
      'unable to configure the berth daemon with file /nowhere.json: open /nowhere.json: no such file or directory',
    );
  });

  it('takes TLS, log and registry flags; --tlsverify implies --tls', () => {
    const o = parseDaemonArgs(['--tlsverify', '--tlscacert', '/c/ca.pem', '--log-opt', 'max-size=1m', '--log-opt=max-file=2', '--registry-mirror', 'https://m', '-l', 'warn'], noFile);
    expect(o).toMatchObject({ tls: true, tlsVerify: true, tlsCaCert: '/c/ca.pem', logOpts: { 'max-size': '1m', 'max-file': '2' }, logLevel: 'warn', settings: { 'registry-mirrors': ['https://m/'] } });
    expect(() => parseDaemonArgs(['-l', 'loud'], noFile)).toThrow('unable to parse logging level: loud');
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
    expect(() => parseDaemonArgs([], () => '{"userns-remap":7}')).toThrow(/cannot unmarshal number into Go struct field Config.userns-remap of type string/);
    expect(() => parseDaemonArgs(['--userns-remap', 'x'], () => '{"userns-remap":"y"}')).toThrow(/both as a flag and in the configuration file: userns-remap/);
  });
});

describe('runtimes', () => {
  it('takes --add-runtime name=path and --default-runtime, and daemon.json runtimes with runtimeArgs', () => {
    expect(parseDaemonArgs(['--add-runtime', 'w=/opt/w', '--add-runtime=x=/opt/x', '--default-runtime', 'w'], noFile)).toMatchObject({
      runtimes: { w: { path: '/opt/w' }, x: { path: '/opt/x' } },
      defaultRuntime: 'w',
    });
    expect(parseDaemonArgs([], () => '{"runtimes":{"w":{"path":"/opt/w","runtimeArgs":["--a"]}},"default-runtime":"w"}')).toMatchObject({
      runtimes: { w: { path: '/opt/w', runtimeArgs: ['--a'] } },
      defaultRuntime: 'w',
    });
    expect(parseDaemonArgs([], noFile)).toMatchObject({ runtimes: {}, defaultRuntime: 'runc' });
  });

  it("refuses what dockerd refuses: runc redefined, an unknown default, a bad --add-runtime", () => {
    expect(() => parseDaemonArgs(['--add-runtime', 'runc=/x'], noFile)).toThrow("runtime name 'runc' is reserved");
    expect(() => parseDaemonArgs(['--default-runtime', 'nope'], noFile)).toThrow("specified default runtime 'nope' does not exist");
    expect(() => parseDaemonArgs([], () => '{"default-runtime":"nope"}')).toThrow("specified default runtime 'nope' does not exist");
    expect(() => parseDaemonArgs(['--add-runtime', 'w'], noFile)).toThrow('invalid argument "w" for "--add-runtime" flag: invalid runtime argument: w');
    expect(() => parseDaemonArgs(['--add-runtime', 'w=/a', '--add-runtime', 'w=/b'], noFile)).toThrow("runtime 'w' already defined");
  });
});

describe('log level', () => {
  it('is info by default, -l sets it, debug mode implies debug', () => {
    expect(parseDaemonArgs([], noFile)).toMatchObject({ logLevel: 'info' });
    expect(parseDaemonArgs(['-l', 'error'], noFile)).toMatchObject({ logLevel: 'error' });
    expect(parseDaemonArgs(['-D', '--log-level', 'error'], noFile)).toMatchObject({ logLevel: 'debug' });
    expect(parseDaemonArgs([], () => '{"debug":true}')).toMatchObject({ logLevel: 'debug' });
  });
});

describe('configuration file errors', () => {
  it('names the file and why it cannot be read', () => {
    const unreadable = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(() => parseDaemonArgs(['--config-file', '/x.json'], unreadable)).toThrow('unable to configure the berth daemon with file /x.json: open /x.json: permission denied');
  });

  it('normalises registry mirrors and checks insecure registries', () => {
    expect((parseDaemonArgs([], () => '{"registry-mirrors":["https://m.example"]}') as DaemonOptions).settings['registry-mirrors']).toEqual(['https://m.example/']);
    expect(() => parseDaemonArgs(['--config-file', '/c.json'], () => '{"registry-mirrors":["m.example"]}')).toThrow('unable to configure the berth daemon with file /c.json: invalid mirror: "m.example" is not a valid URI');
    expect(() => parseDaemonArgs([], () => '{"insecure-registries":["ftp://r"]}')).toThrow("insecure registry ftp://r should not contain '://'");
    expect(() => parseDaemonArgs(['--registry-mirror', 'ftp://m'], noFile)).toThrow('invalid argument "ftp://m" for "--registry-mirror" flag: invalid mirror: unsupported scheme "ftp" in "ftp://m"');
    expect(() => parseDaemonArgs(['--insecure-registry', '-r'], noFile)).toThrow('invalid argument "-r" for "--insecure-registry" flag: invalid index name (-r). Cannot begin or end with a hyphen');
  });
});
