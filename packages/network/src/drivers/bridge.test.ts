import { isInvalidArgument } from '@berth/errdefs';
import { bridgeNameOf, macFromIp, parseBoolOption, validateBridgeOptions, vethNames } from './bridge';
import { createHostDriver } from './host';
import { createNullDriver } from './null';
import { DRIVER_TABLE } from '.';

test("MAC derived from the IPv4 address as dockerd does; random locally administered without one", () => {
  expect(macFromIp('172.17.0.2/16')).toBe('02:42:ac:11:00:02');
  expect(macFromIp('10.202.0.255/24')).toBe('02:42:0a:ca:00:ff');
  expect(macFromIp(undefined)).toMatch(/^02(:[0-9a-f]{2}){5}$/);
});

test('host link names fit IFNAMSIZ and derive from ids', () => {
  expect(vethNames('0123456789abcdef')).toEqual({ host: 'bv0123456789ab', peer: 'bvc0123456789ab' });
  expect(vethNames('0123456789abcdef').peer.length).toBeLessThanOrEqual(15);
  const net = { id: 'abcdef0123456789', name: 'n', options: {}, internal: false, enableIPv6: false, ipv4: [], ipv6: [] };
  expect(bridgeNameOf(net)).toBe('berth-abcdef012');
  expect(bridgeNameOf({ ...net, options: { 'com.docker.network.bridge.name': 'br-x' } })).toBe('br-x');
});

test("bridge options: Go's booleans, names, MTU, binding address; unknown labels kept", () => {
  expect(parseBoolOption('T', false)).toBe(true);
  expect(parseBoolOption('0', true)).toBe(false);
  expect(parseBoolOption(undefined, true)).toBe(true);
  expect(() => validateBridgeOptions({ 'com.docker.network.bridge.enable_icc': 'false', 'com.docker.network.driver.mtu': '1400', 'com.example.any': 'x' })).not.toThrow();
  for (const bad of [
    { 'com.docker.network.bridge.enable_icc': 'yes' },
    { 'com.docker.network.bridge.name': 'a-very-long-bridge-name' },
    { 'com.docker.network.driver.mtu': 'big' },
    { 'com.docker.network.bridge.host_binding_ipv4': '1.2.3' },
  ] as Record<string, string>[]) {
    try {
      validateBridgeOptions(bad);
      throw new Error(`accepted ${JSON.stringify(bad)}`);
    } catch (e) {
      expect(isInvalidArgument(e)).toBe(true);
    }
  }
});

test('driver table: bridge, host, null; host refuses endpoints with dockerd words, null takes no options', async () => {
  expect(DRIVER_TABLE.map((d) => d.name).slice(0, 3)).toEqual(['bridge', 'host', 'null']);
  const host = createHostDriver();
  const net = { id: 'h', name: 'host', options: {}, internal: false, enableIPv6: false, ipv4: [], ipv6: [] };
  await expect(host.join(net, { id: 'e', networkId: 'h' }, { netnsPath: '/x', ifName: 'eth0', defaultGateway: true })).rejects.toThrow(
    'container cannot be disconnected from host network or connected to host network',
  );
  expect(() => createNullDriver().validateOptions({ a: 'b' })).toThrow();
});
