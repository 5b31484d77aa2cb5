import { connectDriverOpts, ipamConfig, isValidMac, networkingOptions, parseNetworkAttachment, parsePublish, validateLink } from './network';

const noFlags = { aliases: [], links: [], ipv4Address: '', ipv6Address: '', macAddress: '', linkLocalIps: [] };
const ipam = (f: Partial<Parameters<typeof ipamConfig>[0]>) => ipamConfig({ driver: 'default', subnets: [], ipRanges: [], gateways: [], auxAddresses: {}, driverOpts: {}, ...f });

describe('-p/--publish (nat.ParsePortSpecs)', () => {
  it('reads every form docker accepts', () => {
    expect(parsePublish(['8080:80', '127.0.0.1::53/udp', '90', '[::1]:8081:81/TCP', 'published=5000,target=50,protocol=udp'])).toEqual({
      exposed: ['80/tcp', '53/udp', '90/tcp', '81/tcp', '50/udp'],
      bindings: {
        '80/tcp': [{ HostIp: '', HostPort: '8080' }],
        '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }],
        '90/tcp': [{ HostIp: '', HostPort: '' }],
        '81/tcp': [{ HostIp: '::1', HostPort: '8081' }],
        '50/udp': [{ HostIp: '', HostPort: '5000' }],
      },
    });
  });

  it('spreads ranges: pairwise, or a host range for one container port', () => {
    expect(parsePublish(['9000-9001:90-91']).bindings).toEqual({ '90/tcp': [{ HostIp: '', HostPort: '9000' }], '91/tcp': [{ HostIp: '', HostPort: '9001' }] });
    expect(parsePublish(['7000-7010:70']).bindings).toEqual({ '70/tcp': [{ HostIp: '', HostPort: '7000-7010' }] });
    expect(parsePublish(['80-81']).exposed).toEqual(['80/tcp', '81/tcp']);
    // The same port published twice keeps both bindings.
    expect(parsePublish(['80', '0.0.0.0:80:80']).bindings).toEqual({ '80/tcp': [{ HostIp: '', HostPort: '' }, { HostIp: '0.0.0.0', HostPort: '80' }] });
  });

  it.each([
    ['abc', 'invalid containerPort: abc'],
    ['8080:abc', 'invalid containerPort: abc'],
    ['x:80', 'invalid hostPort: x'],
    ['1-2:3-5', 'invalid ranges specified for container and host Ports: 3-5 and 1-2'],
    ['80/xyz', 'invalid proto: xyz'],
    ['1.2.3:80:80', 'invalid IP address: 1.2.3'],
    ['fe80::1%eth0:80:80', 'invalid IP address: fe80::1%eth0'],
    ['[::1:80:80', "invalid IP address [::1: address [::1:: missing ']' in address"],
    ['', 'no port specified: <empty>'],
    ['80:', 'no port specified: 80:<empty>'],
    ['99999', 'invalid containerPort: 99999'],
    ['target=80,bad', "invalid publish opts format (should be name=value but got 'bad')"],
  ])('refuses %j with docker\'s words', (spec, message) => {
    expect(() => parsePublish([spec])).toThrow(message);
  });
});

describe('--network', () => {
  it('takes a bare name, or the key=value form (lower-cased, as docker/cli does)', () => {
    expect(parseNetworkAttachment('my-Net')).toMatchObject({ target: 'my-Net', aliases: [] });
    expect(parseNetworkAttachment('name=N2,alias=a,alias=b,ip=10.1.0.3,ip6=fd00::3,mac-address=02:42:AC:11:00:02,link-local-ip=169.254.0.1,driver-opt=K=V,gw-priority=-3')).toEqual({
      target: 'n2', aliases: ['a', 'b'], links: [], ipv4Address: '10.1.0.3', ipv6Address: 'fd00::3', macAddress: '02:42:ac:11:00:02', linkLocalIps: ['169.254.0.1'], driverOpts: { k: 'v' }, gwPriority: -3,
    });
    expect(parseNetworkAttachment('"name=a,b",alias=x').target).toBe('a,b');
  });

  it.each([
    ['name=n1,foo=bar', 'invalid field key foo'],
    ['alias=a', 'network name/id is not specified'],
    ['name=n1,gw-priority=x', 'invalid gw-priority (x): invalid syntax'],
    ['name=n1,driver-opt=x', 'invalid key value pair format in driver options'],
    ['name=n1,x', 'invalid field x'],
  ])('refuses %j', (value, message) => {
    expect(() => parseNetworkAttachment(value)).toThrow(message);
  });

  it('puts the plain flags on the first network, and gives a lone plain network no endpoint', () => {
    const n = (v: string) => parseNetworkAttachment(v);
    expect(networkingOptions([], noFlags)).toEqual({ networkMode: 'default', endpoints: { default: {} } });
    expect(networkingOptions([n('n1')], noFlags)).toEqual({ networkMode: 'n1', endpoints: {} });
    expect(networkingOptions([n('n1'), n('n2')], { ...noFlags, aliases: ['a'], links: ['x:y'], ipv4Address: '10.0.0.2', macAddress: '02:42:ac:11:00:02', linkLocalIps: ['169.254.0.5'] })).toEqual({
      networkMode: 'n1',
      endpoints: {
        n1: { Aliases: ['a'], Links: ['x:y'], IPAMConfig: { IPv4Address: '10.0.0.2', LinkLocalIPs: ['169.254.0.5'] }, MacAddress: '02:42:ac:11:00:02' },
        n2: {},
      },
    });
    // On the default bridge a --link is a legacy link (HostConfig.Links), not an endpoint option.
    expect(networkingOptions([n('bridge')], { ...noFlags, links: ['x:y'] })).toEqual({ networkMode: 'bridge', endpoints: {} });
    expect(networkingOptions([n('host')], noFlags)).toEqual({ networkMode: 'host', endpoints: {} });
  });

  it.each([
    [['bridge'], { aliases: ['a'] }, 'network-scoped aliases are only supported for user-defined networks'],
    [[], { aliases: ['a'] }, 'network-scoped aliases are only supported for user-defined networks'],
    [['host', 'n1'], {}, 'conflicting options: cannot attach both user-defined and non-user-defined network-modes'],
    [['n1', 'n1'], {}, 'network "n1" is specified multiple times'],
    [['name=n1,alias=x'], { aliases: ['a'] }, 'conflicting options: cannot specify both --network-alias and per-network alias'],
    [['name=n1,ip=10.0.0.1'], { ipv4Address: '10.0.0.2' }, 'conflicting options: cannot specify both --ip and per-network IPv4 address'],
    [['name=n1,mac-address=zz'], {}, 'zz is not a valid mac address'],
  ])('refuses %j with %j', (networks, flags, message) => {
    expect(() => networkingOptions(networks.map(parseNetworkAttachment), { ...noFlags, ...flags })).toThrow(message);
  });

  it('checks links and MACs as docker/cli', () => {
    expect(() => validateLink('a:b')).not.toThrow();
    expect(() => validateLink('a:b:c')).toThrow('bad format for links: a:b:c');
    expect(() => validateLink('')).toThrow('empty string specified for links');
    expect(['02:42:ac:11:00:02', '02-42-AC-11-00-02', '0242.ac11.0002', '00:00:00:00:fe:80:00:00'].every(isValidMac)).toBe(true);
    expect(['zz', '02:42:ac:11:00', '0242ac110002', '02:42:ac:11:00:2'].some(isValidMac)).toBe(false);
  });

  it('reads connect --driver-opt as docker/cli (case kept, trimmed)', () => {
    expect(connectDriverOpts([' Key = V '])).toEqual({ Key: 'V' });
    expect(() => connectDriverOpts(['kv'])).toThrow('invalid key/value pair format in driver options');
  });
});

describe('network create IPAM flags (createIPAMConfig)', () => {
  it('places ranges, gateways and aux addresses in their subnets', () => {
    expect(ipam({ subnets: ['10.1.0.0/16', 'fd00::/64'], ipRanges: ['10.1.1.0/24'], gateways: ['10.1.0.1', 'fd00::1'], auxAddresses: { a: '10.1.0.5', b: 'fd00::5' }, driverOpts: { o: '1' } })).toEqual({
      Driver: 'default',
      Config: [
        { Subnet: '10.1.0.0/16', IPRange: '10.1.1.0/24', Gateway: '10.1.0.1', AuxiliaryAddresses: { a: '10.1.0.5' } },
        { Subnet: 'fd00::/64', Gateway: 'fd00::1', AuxiliaryAddresses: { b: 'fd00::5' } },
      ],
      Options: { o: '1' },
    });
    // A bad subnet alone is the daemon's to refuse (docker/cli only parses it to compare with another).
    expect(ipam({ subnets: ['bad'] }).Config).toEqual([{ Subnet: 'bad', AuxiliaryAddresses: {} }]);
  });

  it.each([
    [{ ipRanges: ['10.0.0.0/24'] }, 'every ip-range or gateway must have a corresponding subnet'],
    [{ subnets: ['10.1.0.0/16', '10.1.2.0/24'] }, 'multiple overlapping subnet configuration is not supported'],
    [{ subnets: ['10.1.0.0/16', 'bad'] }, 'invalid subnet: invalid CIDR address: bad'],
    [{ subnets: ['10.1.0.0/16'], ipRanges: ['bad'] }, 'invalid CIDR address: bad'],
    [{ subnets: ['10.1.0.0/16'], ipRanges: ['10.2.0.0/24'] }, 'no matching subnet for range 10.2.0.0/24'],
    [{ subnets: ['10.1.0.0/16'], gateways: ['10.2.0.1'] }, 'no matching subnet for gateway 10.2.0.1'],
    [{ subnets: ['10.1.0.0/16'], auxAddresses: { x: '10.9.0.1' } }, 'no matching subnet for aux-address 10.9.0.1'],
    [{ subnets: ['10.1.0.0/16', 'fd00::/64'], ipRanges: ['10.1.1.0/24', '10.1.2.0/24'] }, 'cannot configure multiple ranges (10.1.2.0/24, 10.1.1.0/24) on the same subnet (10.1.0.0/16)'],
    [{ subnets: ['10.1.0.0/16', 'fd00::/64'], gateways: ['10.1.0.1', '10.1.0.2'] }, 'cannot configure multiple gateways (10.1.0.2, 10.1.0.1) for the same subnet (10.1.0.0/16)'],
  ])('refuses %j', (flags, message) => {
    expect(() => ipam(flags)).toThrow(message);
  });
});
