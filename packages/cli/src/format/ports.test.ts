import type { ContainerPort } from '@berth/client';
import { displayPorts } from './containers';
import { naturalCompare } from './natural';

const pub = (ip: string, priv: number, pubPort: number, type: ContainerPort['Type'] = 'tcp'): ContainerPort => ({ IP: ip, PrivatePort: priv, PublicPort: pubPort, Type: type });
const exp = (priv: number, type: ContainerPort['Type'] = 'tcp'): ContainerPort => ({ PrivatePort: priv, Type: type });

// Each expectation is what docker CLI 28's `ps --format {{.Ports}}` printed for the same list.
describe('ps PORTS (DisplayablePorts)', () => {
  it('lists exposed-only ports bare and moves other host ports to the end', () => {
    expect(displayPorts([pub('0.0.0.0', 80, 8080), exp(443)])).toBe('443/tcp, 0.0.0.0:8080->80/tcp');
    expect(displayPorts(null)).toBe('');
  });

  it('groups consecutive same-numbered ports per address, IPv6 in brackets', () => {
    expect(displayPorts([pub('0.0.0.0', 80, 80), pub('::', 80, 80), pub('0.0.0.0', 81, 81), pub('::', 81, 81), pub('0.0.0.0', 83, 83), pub('0.0.0.0', 8080, 8080)])).toBe(
      '0.0.0.0:80-81->80-81/tcp, 0.0.0.0:83->83/tcp, 0.0.0.0:8080->8080/tcp, [::]:80-81->80-81/tcp',
    );
    expect(displayPorts([exp(53, 'udp'), exp(53), exp(54, 'udp'), exp(56, 'udp'), pub('127.0.0.1', 90, 32768), pub('::1', 90, 32768)])).toBe(
      '53-54/udp, 53/tcp, 56/udp, 127.0.0.1:32768->90/tcp, [::1]:32768->90/tcp',
    );
    expect(displayPorts([pub('0.0.0.0', 3000, 3000), pub('0.0.0.0', 3001, 3001), pub('0.0.0.0', 3005, 3005), pub('0.0.0.0', 3006, 3006), exp(22, 'sctp')])).toBe(
      '0.0.0.0:3000-3001->3000-3001/tcp, 22/sctp, 0.0.0.0:3005-3006->3005-3006/tcp',
    );
  });
});

describe('natural order (sortorder.NaturalLess)', () => {
  it('compares digit runs as numbers, digits before letters', () => {
    expect(['net10', 'net9', 'bridge', 'net09', '1a', 'a'].sort(naturalCompare)).toEqual(['1a', 'a', 'bridge', 'net9', 'net09', 'net10']);
    expect(['80/tcp -> [::]:8080', '80/tcp -> 0.0.0.0:8080', '10/tcp -> 0.0.0.0:10', '53/udp -> 127.0.0.1:1053'].sort(naturalCompare)).toEqual([
      '10/tcp -> 0.0.0.0:10', '53/udp -> 127.0.0.1:1053', '80/tcp -> 0.0.0.0:8080', '80/tcp -> [::]:8080',
    ]);
  });
});
