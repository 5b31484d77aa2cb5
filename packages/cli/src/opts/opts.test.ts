import {
  attachStream, environmentEntry, exposedPorts, extraHost, normalizeCapability, parseDevice, parseKeyValueFile, securityOpts, validateDeviceCgroupRule,
  validateDnsSearch, validateIpAddress, validateLabel,
} from './container';
import { goDuration, goInt, nanoCpus, parseUlimit, ramInBytes, swapBytes } from './values';

describe('ramInBytes (go-units RAMInBytes)', () => {
  it.each([
    ['512', 512],
    ['64m', 64 * 1024 ** 2],
    ['64M', 64 * 1024 ** 2],
    ['1.5g', 1.5 * 1024 ** 3],
    ['2 GiB', 2 * 1024 ** 3],
    ['10kb', 10240],
    ['7b', 7],
  ])('%s is %d bytes', (text, bytes) => expect(ramInBytes(text)).toBe(bytes));

  it.each([
    ['abc', "invalid size: 'abc'"],
    ['-1', "invalid size: '-1'"],
    ['5q', "invalid suffix: 'q'"],
    ['5mx', "invalid suffix: 'mx'"],
    ['5bb', "invalid suffix: 'bb'"],
    ['5mibs', "invalid suffix: 'mibs'"],
    ['1.2.3', 'strconv.ParseFloat: parsing "1.2.3": invalid syntax'],
  ])('refuses %s as Docker does', (text, message) => expect(() => ramInBytes(text)).toThrow(message));

  it('lets --memory-swap be -1', () => {
    expect(swapBytes('-1')).toBe(-1);
    expect(swapBytes('1g')).toBe(1024 ** 3);
  });
});

describe('nanoCpus (big.Rat)', () => {
  it.each([
    ['1', 1e9],
    ['1.5', 1.5e9],
    ['0.000000001', 1],
    ['3/2', 1.5e9],
    ['2e-1', 2e8],
    ['.5', 5e8],
  ])('%s is %d', (text, nano) => expect(nanoCpus(text)).toBe(nano));

  it('refuses what is not a number, and what is finer than a billionth', () => {
    expect(() => nanoCpus('x')).toThrow('failed to parse x as a rational number');
    expect(() => nanoCpus('1/0')).toThrow('failed to parse 1/0 as a rational number');
    expect(() => nanoCpus('1.0000000001')).toThrow('value is too precise');
  });
});

describe('goDuration (time.ParseDuration)', () => {
  it.each([
    ['0', 0],
    ['1s', 1e9],
    ['1.5s', 1.5e9],
    ['300ms', 3e8],
    ['1h30m', 5400e9],
    ['-2s', -2e9],
  ])('%s is %d ns', (text, ns) => expect(goDuration(text)).toBe(ns));

  it('gives Go messages', () => {
    expect(() => goDuration('x')).toThrow('time: invalid duration "x"');
    expect(() => goDuration('5')).toThrow('time: missing unit in duration "5"');
    expect(() => goDuration('5x')).toThrow('time: unknown unit "x" in duration "5x"');
  });
});

describe('goInt', () => {
  it('parses and refuses as strconv does', () => {
    expect(goInt('-12')).toBe(-12);
    expect(() => goInt('x')).toThrow('strconv.ParseInt: parsing "x": invalid syntax');
    expect(goInt('1000', { unsigned: true, bits: 16 })).toBe(1000);
    expect(() => goInt('-1', { unsigned: true, bits: 16 })).toThrow('strconv.ParseUint: parsing "-1": invalid syntax');
    expect(() => goInt('70000', { unsigned: true, bits: 16 })).toThrow('strconv.ParseUint: parsing "70000": value out of range');
  });
});

describe('parseUlimit', () => {
  it('reads name=soft[:hard]', () => {
    expect(parseUlimit('nofile=1024:2048')).toEqual({ Name: 'nofile', Soft: 1024, Hard: 2048 });
    expect(parseUlimit('nproc=64')).toEqual({ Name: 'nproc', Soft: 64, Hard: 64 });
    expect(parseUlimit('core=-1')).toEqual({ Name: 'core', Soft: -1, Hard: -1 });
  });

  it.each([
    ['bad', 'invalid ulimit argument: bad'],
    ['foo=1', 'invalid ulimit type: foo'],
    ['nofile=5:3', 'ulimit soft limit must be less than or equal to hard limit: 5 > 3'],
    ['nofile=-1:5', 'ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: 5'],
    ['nofile=1:x', 'strconv.ParseInt: parsing "x": invalid syntax'],
  ])('refuses %s', (text, message) => expect(() => parseUlimit(text)).toThrow(message));
});

describe('container option checks', () => {
  it('attach streams', () => {
    expect(attachStream('STDOUT')).toBe('stdout');
    expect(() => attachStream('foo')).toThrow('valid streams are STDIN, STDOUT and STDERR');
  });

  it('-e takes a bare name from the environment', () => {
    expect(environmentEntry('A=1', {})).toBe('A=1');
    expect(environmentEntry('HOME', { HOME: '/root' })).toBe('HOME=/root');
    expect(environmentEntry('NOPE', {})).toBe('NOPE');
    expect(() => environmentEntry('=x', {})).toThrow('invalid environment variable: =x');
  });

  it('capabilities as Docker’s client sends them', () => {
    expect(['net_admin', ' CAP_SYS_ADMIN', 'all', 'reset', 'Chown'].map(normalizeCapability)).toEqual(['CAP_NET_ADMIN', 'CAP_SYS_ADMIN', 'ALL', 'RESET', 'CAP_CHOWN']);
  });

  it('labels, dns and add-host', () => {
    expect(() => validateLabel('=x')).toThrow("invalid label '=x': empty name");
    expect(() => validateLabel('a b=1')).toThrow("label 'a b' contains whitespaces");
    expect(() => validateLabel('a=b c')).not.toThrow();
    expect(() => validateIpAddress('x')).toThrow('IP address is not correctly formatted: x');
    expect(() => validateIpAddress('::1')).not.toThrow();
    expect(() => validateDnsSearch('a b')).toThrow('a b is not a valid domain');
    expect(() => validateDnsSearch('example.com')).not.toThrow();
    expect(() => validateDnsSearch('.')).not.toThrow();
    expect(extraHost('db=10.0.0.2')).toBe('db:10.0.0.2');
    expect(extraHost('v6:[::1]')).toBe('v6:::1');
    expect(extraHost('gw:host-gateway')).toBe('gw:host-gateway');
    expect(() => extraHost('x')).toThrow('bad format for add-host: "x"');
    expect(() => extraHost('x:nope')).toThrow('invalid IP address in add-host: "nope"');
  });

  it('devices as docker/cli splits them', () => {
    expect(parseDevice('/dev/fuse')).toEqual({ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' });
    expect(parseDevice('/dev/null:r')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/null', CgroupPermissions: 'r' });
    expect(parseDevice('/dev/null:/dev/mynull')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/mynull', CgroupPermissions: 'rwm' });
    expect(parseDevice('/dev/null:/dev/x:rw')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/x', CgroupPermissions: 'rw' });
    expect(() => parseDevice('a:b:c:d')).toThrow('bad format for path: a:b:c:d');
    expect(() => parseDevice('/dev/null:/x:rwx')).toThrow('bad mode specified: rwx');
    expect(() => parseDevice('/dev/null:rel')).toThrow('rel is not an absolute path');
    expect(() => validateDeviceCgroupRule('x')).toThrow("invalid device cgroup format 'x'");
    expect(() => validateDeviceCgroupRule('c 1:3 rwm')).not.toThrow();
  });

  it('security options, with a seccomp file sent as its content', () => {
    expect(securityOpts(['no-new-privileges', 'seccomp=unconfined'], () => '')).toEqual(['no-new-privileges', 'seccomp=unconfined']);
    expect(securityOpts(['seccomp=/p.json'], () => '{ "defaultAction": "SCMP_ACT_ALLOW" }')).toEqual(['seccomp={"defaultAction":"SCMP_ACT_ALLOW"}']);
    expect(() => securityOpts(['x'], () => '')).toThrow('Invalid --security-opt: "x"');
    const missing = () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    };
    expect(() => securityOpts(['seccomp=/nope.json'], missing)).toThrow('opening seccomp profile (/nope.json) failed: open /nope.json: no such file or directory');
  });

  it('exposed ports and ranges', () => {
    expect(exposedPorts(['80', '53/udp', '8000-8001'])).toEqual(['80/tcp', '53/udp', '8000/tcp', '8001/tcp']);
    expect(() => exposedPorts(['abc'])).toThrow('invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax');
    expect(() => exposedPorts(['1:2'])).toThrow('invalid port format for --expose: 1:2');
  });
});

describe('parseKeyValueFile (docker/cli kvfile)', () => {
  const file = (text: string) => Buffer.from(text);

  it('skips comments and blanks, keeps quotes, looks up bare names', () => {
    const text = '\ufeff# comment\n\n  A=1\nB="quoted value"\r\nC=\nHOME\nMISSING\n';
    expect(parseKeyValueFile('f', file(text), (k) => ({ HOME: '/root' })[k])).toEqual(['A=1', 'B="quoted value"', 'C=', 'HOME=/root']);
  });

  it('drops bare names without a lookup (label files)', () => {
    expect(parseKeyValueFile('f', file('a=1\nb\n'))).toEqual(['a=1']);
  });

  it('refuses what Docker refuses', () => {
    expect(() => parseKeyValueFile('/e', file('=x\n'))).toThrow("invalid env file (/e): no variable name on line '=x'");
    expect(() => parseKeyValueFile('/e', file('A B=1\n'))).toThrow("invalid env file (/e): variable 'A B' contains whitespaces");
    expect(() => parseKeyValueFile('/e', Buffer.from([0x41, 0x3d, 0xff, 0x0a]))).toThrow('invalid env file (/e): invalid utf8 bytes at line 1: [65 61 255]');
  });
});
