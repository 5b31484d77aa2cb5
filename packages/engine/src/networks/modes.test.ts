import { isInvalidArgument } from '@berth/errdefs';
import type { EndpointSettings, HostConfig } from '@berth/api-types';
import { checkCreateNetworking, parseLink, parseNetworkMode, type NetworkFacts } from './modes';

const NETS: NetworkFacts[] = [
  { id: 'b'.repeat(64), name: 'bridge', userSubnets: false },
  { id: 'h'.repeat(64), name: 'host', userSubnets: false },
  { id: 'n'.repeat(64), name: 'none', userSubnets: false },
  { id: 'a'.repeat(64), name: 'app', userSubnets: true },
  { id: 'c'.repeat(64), name: 'auto', userSubnets: false },
];
const network = (ref: string) => NETS.find((n) => n.name === ref || n.id === ref);
const check = (host: HostConfig, config: { Hostname?: string; MacAddress?: string; ExposedPorts?: Record<string, object> } = {}, endpoints?: Record<string, EndpointSettings>) => checkCreateNetworking({ host, config, networking: endpoints ? { EndpointsConfig: endpoints } : undefined }, network);
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('network modes', () => {
  it('reads default, host, none, container and network names', () => {
    expect(parseNetworkMode(undefined)).toEqual({ kind: 'network', network: 'bridge' });
    expect(parseNetworkMode('default')).toEqual({ kind: 'network', network: 'bridge' });
    expect(parseNetworkMode('host')).toEqual({ kind: 'host' });
    expect(parseNetworkMode('none')).toEqual({ kind: 'none' });
    expect(parseNetworkMode('container:web')).toEqual({ kind: 'container', container: 'web' });
    expect(parseNetworkMode('app')).toEqual({ kind: 'network', network: 'app' });
    expect(refusal(() => parseNetworkMode('container:'))).toBe('invalid network mode: invalid container format container:<name|id>');
  });

  it('keeps the networks by name, the mode first, with their ids', () => {
    const out = check({ NetworkMode: 'app' }, {}, { [NETS[4].id]: { Aliases: ['db'] }, app: { IPAMConfig: { IPv4Address: '10.1.0.5' } } });
    expect(Object.keys(out)).toEqual(['app', 'auto']);
    expect(out.app).toEqual({ NetworkID: NETS[3].id, IPAMConfig: { IPv4Address: '10.1.0.5' } });
    expect(out.auto).toEqual({ NetworkID: NETS[4].id, Aliases: ['db'] });
    expect(check({})).toEqual({ bridge: { NetworkID: NETS[0].id } });
  });

  it('keeps an unknown network by name for start to refuse (a 404 at create would make the CLI pull)', () => {
    expect(check({ NetworkMode: 'nope' }, {}, { nope: { Aliases: ['a'] }, default: {} })).toEqual({ nope: { Aliases: ['a'] }, bridge: { NetworkID: NETS[0].id } });
  });

  it("refuses aliases and fixed addresses where dockerd does, as bad parameters", () => {
    expect(refusal(() => check({}, {}, { bridge: { Aliases: ['x'] } }))).toBe('network-scoped alias is supported only for containers in user defined networks');
    expect(refusal(() => check({}, {}, { bridge: { IPAMConfig: { IPv4Address: '172.17.0.9' } } }))).toBe('user specified IP address is supported on user defined networks only');
    expect(refusal(() => check({ NetworkMode: 'auto' }, {}, { auto: { IPAMConfig: { IPv4Address: '10.0.0.9' } } }))).toBe('user specified IP address is supported only when connecting to networks with user configured subnets');
    let err: unknown;
    try {
      check({}, {}, { bridge: { Aliases: ['x'] } });
    } catch (e) {
      err = e;
    }
    expect(isInvalidArgument(err)).toBe(true);
  });

  it("refuses what a container-mode network cannot have (runconfig's words)", () => {
    const mode = { NetworkMode: 'container:web' };
    expect(refusal(() => check(mode, { Hostname: 'h' }))).toBe('conflicting options: hostname and the network mode');
    expect(refusal(() => check({ ...mode, Links: ['a:b'] }))).toMatch(/^conflicting options: container type network can't be used with links/);
    expect(refusal(() => check({ ...mode, Dns: ['1.1.1.1'] }))).toBe('conflicting options: dns and the network mode');
    expect(refusal(() => check({ ...mode, ExtraHosts: ['a:1.2.3.4'] }))).toBe('conflicting options: custom host-to-IP mapping and the network mode');
    expect(refusal(() => check(mode, { MacAddress: '02:42:ac:11:00:09' }))).toBe('conflicting options: mac-address and the network mode');
    expect(refusal(() => check({ ...mode, PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } }))).toBe('conflicting options: port publishing and the container type network mode');
    expect(refusal(() => check(mode, { ExposedPorts: { '80/tcp': {} } }))).toBe('conflicting options: port exposing and the container type network mode');
    expect(check(mode)).toEqual({});
  });

  it('refuses links with host networking, and host or none beside other networks', () => {
    expect(refusal(() => check({ NetworkMode: 'host', Links: ['a'] }))).toMatch(/^conflicting options: host type networking can't be used with links/);
    expect(refusal(() => check({ NetworkMode: 'none' }, {}, { app: {} }))).toBe('container cannot be connected to multiple networks with one of the networks in private (none) mode');
    expect(refusal(() => check({ NetworkMode: 'host' }, {}, { app: {} }))).toBe('container cannot be disconnected from host network or connected to host network');
  });

  it('reads links in the CLI form and the stored one', () => {
    expect(parseLink('web')).toEqual({ ref: 'web', alias: 'web' });
    expect(parseLink('web:site')).toEqual({ ref: 'web', alias: 'site' });
    expect(parseLink('/web:/client/site')).toEqual({ ref: 'web', alias: 'site' });
  });
});
