import { hostRoutesFromProc, nameserverPrefixes, parseProcIpv6Route, parseProcNetRoute } from './host-routes';
import { isCidr } from './cidr';

// Captured from a host with a LAN on eth0, a docker0 bridge, a VPN pushing 0.0.0.0/1 + 128.0.0.0/1
// via a gateway, and a down interface.
const PROC_NET_ROUTE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
tun0\t00000000\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t00000080\t0100080A\t0003\t0\t0\t0\t00000080\t0\t0\t0
tun0\t0000080A\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0
dead0\t0000A8C0\t00000000\t0000\t0\t0\t0\t0000FFFF\t0\t0\t0
`;

const PROC_IPV6_ROUTE = `fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000002 00000000 00000001     eth0
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0
20010db8000000010000000000000000 30 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0
00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo
fd000000000000000000000000000002 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000004 00000000 80200001     eth0
ff000000000000000000000000000000 08 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000004 00000000 00000001     eth0
fd0012340000abcd0000000000000000 50 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001   berth0
`;

describe('host routes', () => {
  it('keeps on-link IPv4 routes that are up; drops default and gateway routes', () => {
    expect(parseProcNetRoute(PROC_NET_ROUTE, true)).toEqual(['192.168.1.0/24', '172.17.0.0/16', '10.8.0.0/20']);
  });

  it('reads a big-endian host’s byte order', () => {
    const be = 'Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\nbr0\tAC120000\t00000000\t0001\t0\t0\t0\tFFFF0000\n';
    expect(parseProcNetRoute(be, false)).toEqual(['172.18.0.0/16']);
  });

  it('keeps on-link IPv6 routes; drops default, gateway, local, link-local and multicast ones', () => {
    expect(parseProcIpv6Route(PROC_IPV6_ROUTE)).toEqual(['fd00::/64', 'fd00:1234:0:abcd::/80']);
  });

  it('nameservers become host prefixes', () => {
    const rc = '# comment\nnameserver 10.0.0.53\nnameserver fe80::1%eth0\n  nameserver 2001:DB8::53\nsearch example\nnameserver bogus\n';
    expect(nameserverPrefixes(rc)).toEqual(['10.0.0.53/32', 'fe80::1/128', '2001:db8::53/128']);
  });

  it('reads this host’s tables as CIDRs', () => {
    const routes = hostRoutesFromProc();
    expect(routes.every(isCidr)).toBe(true);
    expect(routes).not.toContain('0.0.0.0/0');
  });
});
