import { parseDaemonArgs, type DaemonOptions } from './flags';
import { parseAddressPool } from './network-opts';

const noFile = () => undefined;
const file = (text: string) => () => text;
const parse = (argv: string[], read: (f: string) => string | undefined = noFile) => parseDaemonArgs(argv, read) as DaemonOptions;

describe('berthd networking settings', () => {
  it('defaults to iptables, ip forwarding and icc on, the default bridge unnamed (berth0)', () => {
    expect(parse([]).network).toEqual({ iptables: true, ipForward: true, icc: true });
  });

  it("takes dockerd's flags", () => {
    const o = parse(['-b', 'none', '--iptables=false', '--icc=false', '--ip-forward=false', '--ip', '127.0.0.1', '--dns', '127.0.0.53', '--dns', '10.0.0.2', '--dns-search', 'example.org', '--dns-opt', 'ndots:2', '--mtu', '1400', '--userland-proxy=false', '--default-address-pool', 'base=10.123.0.0/16,size=24']);
    expect(o.network).toEqual({
      bridge: 'none', iptables: false, icc: false, ipForward: false, defaultBindIp: '127.0.0.1', dns: ['127.0.0.53', '10.0.0.2'], dnsSearch: ['example.org'], dnsOptions: ['ndots:2'], mtu: 1400, userlandProxy: false,
      defaultAddressPools: [{ base: '10.123.0.0/16', size: 24 }],
    });
  });

  it('takes the same keys from daemon.json', () => {
    const o = parse([], file('{"bip":"172.31.0.1/24","fixed-cidr":"172.31.0.128/25","icc":false,"default-address-pools":[{"base":"10.9.0.0/16","size":24}],"dns":["1.2.3.4"],"dns-opts":["ndots:1"]}'));
    expect(o.network).toMatchObject({ bip: '172.31.0.1/24', fixedCidr: '172.31.0.128/25', icc: false, defaultAddressPools: [{ base: '10.9.0.0/16', size: 24 }], dns: ['1.2.3.4'], dnsOptions: ['ndots:1'] });
    expect(() => parse(['--icc=false'], file('{"icc":true}'))).toThrow(/both as a flag and in the configuration file: icc/);
  });

  it('refuses bad values with dockerd-like words', () => {
    expect(() => parse(['--bip', '300.1.1.1/8'])).toThrow('invalid bip: invalid CIDR address: 300.1.1.1/8');
    expect(() => parse(['--bip', '10.0.0.1/24', '-b', 'br0'])).toThrow('You specified -b & --bip, mutually exclusive options. Please specify only one');
    expect(() => parse(['--dns', 'resolver'])).toThrow('resolver is not an ip address');
    expect(() => parse(['--ip', 'x'])).toThrow(/invalid string being converted to IP address: x/);
    expect(() => parse(['--mtu', 'big'])).toThrow(/strconv.ParseInt/);
    expect(() => parse(['--default-address-pool', 'base=10.0.0.0/8'])).toThrow(/invalid argument "base=10.0.0.0\/8" for "--default-address-pool" flag/);
    expect(() => parseAddressPool('base=10.0.0.0/8,size=x')).toThrow(/invalid size value/);
    expect(() => parseAddressPool('base=10.0.0.0/8,colour=red')).toThrow("unexpected key 'colour' in 'colour=red'");
  });
});
