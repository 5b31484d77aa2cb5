import type { NetworkState } from '@berth/network';
import { networkFilter, networkResource } from './backend';
import { endpointSettings, portList } from './container';
import { matchesNetworkFilters, portFilterKeys } from './filters';
import type { ContainerRecord } from '../containers/store';

function net(name: string, extra: Partial<NetworkState> = {}): NetworkState {
  return {
    id: `${name}${'0'.repeat(64 - name.length)}`, name, driver: 'bridge', scope: 'local', created: '2026-11-24T01:00:00.000000000Z', internal: false, attachable: false, ingress: false,
    enableIPv4: true, enableIPv6: false, ipam: { driver: 'default', options: {}, config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] }, options: {}, labels: {}, configOnly: false, ...extra,
  };
}

describe('network list filters', () => {
  const nets = [net('bridge'), net('host', { driver: 'host' }), net('none', { driver: 'null' }), net('front', { labels: { tier: 'web' } }), net('back')];
  const used = new Set(['back']);
  const names = (filters: Record<string, string[]>) => nets.filter(networkFilter(filters, (n) => used.has(n.name))).map((n) => n.name);

  it("selects by driver, name (substring), label, type and dangling as dockerd", () => {
    expect(names({ driver: ['bridge'] })).toEqual(['bridge', 'front', 'back']);
    expect(names({ name: ['ro'] })).toEqual(['front']);
    expect(names({ label: ['tier=web'] })).toEqual(['front']);
    expect(names({ label: ['tier'] })).toEqual(['front']);
    expect(names({ type: ['builtin'] })).toEqual(['bridge', 'host', 'none']);
    expect(names({ type: ['custom'] })).toEqual(['front', 'back']);
    expect(names({ dangling: ['true'] })).toEqual(['front']);
    expect(names({ dangling: ['0'] })).toEqual(['bridge', 'host', 'none', 'back']);
    expect(names({ id: ['back'] })).toEqual(['back']);
  });

  it("refuses unknown keys and bad values with dockerd's words", () => {
    expect(() => names({ colour: ['x'] })).toThrow("invalid filter 'colour'");
    expect(() => names({ type: ['mine'] })).toThrow("invalid filter: 'type'='mine'");
    expect(() => names({ dangling: ['maybe'] })).toThrow("invalid filter 'dangling=maybe'");
  });
});

describe('network JSON', () => {
  it('is the Engine API NetworkResource, maps sorted, containers only when given', () => {
    const r = networkResource(net('front', { options: { b: '2', a: '1' } }));
    expect(Object.keys(r.Options)).toEqual(['a', 'b']);
    expect(r).toMatchObject({ Name: 'front', Scope: 'local', Driver: 'bridge', Containers: {}, ConfigFrom: { Network: '' }, IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] } });
    expect(networkResource(net('bridge')).IPAM.Options).toBeNull();
  });

  it('lists published ports one per host binding and exposed ones bare', () => {
    expect(portList({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }], '53/udp': null })).toEqual([
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { PrivatePort: 53, Type: 'udp' },
    ]);
  });

  it("fills an endpoint's settings from the live endpoint", () => {
    const live = { id: 'e1', networkId: 'n1', containerId: 'c', containerName: 'web', ifName: 'eth0', macAddress: '02:42:ac:12:00:02', ipv4: '172.18.0.2/16', gateway: '172.18.0.1', aliases: [], dnsNames: ['web', 'c'], links: [] };
    expect(endpointSettings({ NetworkID: 'n1', Aliases: ['w'] }, live)).toEqual({
      IPAMConfig: null, Links: null, Aliases: ['w'], MacAddress: '02:42:ac:12:00:02', DriverOpts: null, GwPriority: 0, NetworkID: 'n1', EndpointID: 'e1', Gateway: '172.18.0.1',
      IPAddress: '172.18.0.2', IPPrefixLen: 16, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: ['web', 'c'],
    });
    expect(endpointSettings({ NetworkID: 'n1' }, undefined)).toMatchObject({ NetworkID: 'n1', EndpointID: '', IPAddress: '', MacAddress: '', DNSNames: null });
  });
});

describe('ps network filters', () => {
  const record = { networks: { app: { NetworkID: 'abcdef' }, bridge: { NetworkID: '123456' } } } as unknown as ContainerRecord;
  const ports = () => [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' as const }, { PrivatePort: 53, Type: 'udp' as const }];

  it('matches a network by name or id prefix, ports by host (publish) or container (expose) port', () => {
    expect(matchesNetworkFilters(record, { network: ['app'] }, ports)).toBe(true);
    expect(matchesNetworkFilters(record, { network: ['abc'] }, ports)).toBe(true);
    expect(matchesNetworkFilters(record, { network: ['other'] }, ports)).toBe(false);
    expect(matchesNetworkFilters(record, { publish: ['8080'] }, ports)).toBe(true);
    expect(matchesNetworkFilters(record, { publish: ['80'] }, ports)).toBe(false);
    expect(matchesNetworkFilters(record, { expose: ['80/tcp'] }, ports)).toBe(true);
    expect(matchesNetworkFilters(record, { expose: ['50-60/udp'] }, ports)).toBe(true);
    expect(matchesNetworkFilters(record, { expose: ['53/tcp'] }, ports)).toBe(false);
  });

  it("refuses an address in a port filter with dockerd's words", () => {
    expect(() => portFilterKeys('publish', ['127.0.0.1:80'])).toThrow("filter for 'publish' should not include IP address: 127.0.0.1:80");
    expect(() => portFilterKeys('expose', ['x'])).toThrow('invalid port range: x');
  });
});
