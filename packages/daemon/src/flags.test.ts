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
    expect(ok).toMatchObject({ logDriver: 'local', logOpts: { 'max-size': '1m' }, settings: { bip: '172.30.0.1/16', 'registry-mirrors': ['https://m.example'] } });
  });

  it('reads a missing default file as empty, but refuses a missing --config-file', () => {
    expect(parseDaemonArgs([], noFile)).toEqual(DEFAULTS);
    expect(() => parseDaemonArgs(['--config-file', '/nowhere.json'], noFile)).toThrow(
      'unable to configure the berth daemon with file /nowhere.json: open /nowhere.json: no such file or directory',
    );
  });

  it('takes TLS, log and registry flags; --tlsverify implies --tls', () => {
    const o = parseDaemonArgs(['--tlsverify', '--tlscacert', '/c/ca.pem', '--log-opt', 'max-size=1m', '--log-opt=max-file=2', '--registry-mirror', 'https://m', '-l', 'warn'], noFile);
    expect(o).toMatchObject({ tls: true, tlsVerify: true, tlsCaCert: '/c/ca.pem', logOpts: { 'max-size': '1m', 'max-file': '2' }, logLevel: 'warn', settings: { 'registry-mirrors': ['https://m'] } });
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
