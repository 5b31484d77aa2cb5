import { isInvalidArgument } from '@berth/errdefs';
import { dummyParentName, parseMacvlanOptions, parseVlanParent } from './macvlan';
import { overlayNetnsPath, parseVxlanIdList, validateOverlayOptions } from './overlay';

const ID = 'abcdef0123456789'.repeat(4);
const errorOf = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
};

describe('macvlan options (dockerd words)', () => {
  test('parent, mode default bridge, VLAN sub-interface parents', () => {
    expect(parseMacvlanOptions(ID, { parent: 'eth0' })).toEqual({ parent: 'eth0', parentGiven: true, mode: 'bridge' });
    expect(parseMacvlanOptions(ID, { parent: 'eth0.10', macvlan_mode: 'vepa' })).toEqual({ parent: 'eth0.10', parentGiven: true, mode: 'vepa', vlan: { base: 'eth0', id: 10 } });
    for (const mode of ['bridge', 'private', 'vepa', 'passthru']) expect(parseMacvlanOptions(ID, { parent: 'x', macvlan_mode: mode }).mode).toBe(mode);
  });

  test('no parent: a dummy link named from the network id, within 15 characters', () => {
    expect(parseMacvlanOptions(ID, {})).toEqual({ parent: 'bvdmabcdef01234', parentGiven: false, mode: 'bridge' });
    expect(dummyParentName(ID)).toHaveLength(15);
  });

  test('bad mode, loopback parent and bad VLAN ids are refused', () => {
    const bad = errorOf(() => parseMacvlanOptions(ID, { parent: 'eth0', macvlan_mode: 'bogus' }));
    expect(isInvalidArgument(bad)).toBe(true);
    expect(bad.message).toBe("requested macvlan mode 'bogus' is not valid, 'bridge' mode is the macvlan driver default");
    expect(errorOf(() => parseMacvlanOptions(ID, { parent: 'lo' })).message).toBe('loopback interface is not a valid macvlan parent link');
    expect(errorOf(() => parseVlanParent('eth0.5000')).message).toBe('vlan id must be between 1-4094, received: 5000');
    expect(errorOf(() => parseVlanParent('eth0.0')).message).toBe('vlan id must be between 1-4094, received: 0');
    expect(errorOf(() => parseVlanParent('eth0.x')).message).toBe('unable to parse a valid vlan id from: x (ex. eth0.10 for vlan 10)');
    expect(errorOf(() => parseVlanParent('eth0.1.2')).message).toBe('required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received eth0.1.2');
  });
});

describe('overlay options', () => {
  test('vxlanid_list: first id of the list, 1..2^24-1', () => {
    expect(parseVxlanIdList(undefined)).toBeUndefined();
    expect(parseVxlanIdList('4100')).toBe(4100);
    expect(parseVxlanIdList('4200,4201')).toBe(4200);
    for (const bad of ['0', '16777216', 'x', '-1']) expect(isInvalidArgument(errorOf(() => parseVxlanIdList(bad)))).toBe(true);
  });

  test('encrypted and bad MTUs are refused; other labels kept', () => {
    expect(() => validateOverlayOptions({ foo: 'bar', 'com.docker.network.driver.mtu': '1400' })).not.toThrow();
    expect(isInvalidArgument(errorOf(() => validateOverlayOptions({ encrypted: '' })))).toBe(true);
    expect(errorOf(() => validateOverlayOptions({ 'com.docker.network.driver.mtu': '12' })).message).toBe('invalid MTU number: 12');
  });

  test('the per-network namespace is <exec-root>/netns/ov-<9 hex>', () => {
    expect(overlayNetnsPath('/run/berth', ID)).toBe('/run/berth/netns/ov-abcdef012');
  });
});
