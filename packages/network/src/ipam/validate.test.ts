import { isInvalidArgument } from '@berth/errdefs';
import { validateIpamConfig } from './validate';

function message(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    expect(isInvalidArgument(err)).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected a throw');
}

describe('validateIpamConfig (dockerd 28 ValidateIPAM)', () => {
  it('accepts good configs and none', () => {
    validateIpamConfig(undefined, false);
    validateIpamConfig(null, false);
    validateIpamConfig(
      [
        { Subnet: '172.30.0.0/16', IPRange: '172.30.5.0/24', Gateway: '172.30.5.254', AuxiliaryAddresses: { host: '172.30.1.5' } },
        { Subnet: 'fd00:1::/64', Gateway: 'fd00:1::1' },
      ],
      true,
    );
  });

  it('one problem is reported alone', () => {
    expect(message(() => validateIpamConfig([{ Subnet: '172.20.1.0/16' }], false))).toBe(
      'invalid network config:\ninvalid subnet 172.20.1.0/16: it should be 172.20.0.0/16',
    );
    expect(message(() => validateIpamConfig([{ Subnet: 'bogus' }], false))).toBe(
      'invalid network config:\ninvalid subnet bogus: invalid CIDR block notation',
    );
    expect(message(() => validateIpamConfig([{ Gateway: '10.0.0.1' }], false))).toBe(
      'invalid network config:\ninvalid subnet : invalid CIDR block notation',
    );
  });

  it('every problem is listed', () => {
    const msg = message(() =>
      validateIpamConfig(
        [
          {
            Subnet: '10.0.0.0/24',
            IPRange: '10.0.1.1/16',
            Gateway: '10.1.0.1',
            AuxiliaryAddresses: { a: 'fd00::1', b: 'nope', c: '10.0.0.9' },
          },
        ],
        false,
      ),
    );
    expect(msg).toBe(
      [
        'invalid network config:',
        '* invalid ip-range 10.0.1.1/16: CIDR block is bigger than its parent subnet 10.0.0.0/24',
        '* invalid ip-range 10.0.1.1/16: it should be 10.0.0.0/16',
        '* invalid gateway 10.1.0.1: parent subnet 10.0.0.0/24 doesn\'t contain this address',
        '* invalid auxiliary address a: parent subnet is an IPv4 block',
        '* invalid auxiliary address b: invalid address',
      ].join('\n'),
    );
  });

  it('ip-range family, containment and notation', () => {
    expect(message(() => validateIpamConfig([{ Subnet: '10.0.0.0/16', IPRange: 'fd00::/64' }], false))).toContain(
      'invalid ip-range fd00::/64: parent subnet is an IPv4 block',
    );
    expect(message(() => validateIpamConfig([{ Subnet: '10.0.0.0/16', IPRange: '10.1.0.0/24' }], false))).toContain(
      "invalid ip-range 10.1.0.0/24: parent subnet 10.0.0.0/16 doesn't contain ip-range",
    );
    expect(message(() => validateIpamConfig([{ Subnet: '10.0.0.0/16', IPRange: '10.0.0.0' }], false))).toContain(
      'invalid ip-range 10.0.0.0: invalid CIDR block notation',
    );
  });

  it('IPv6 entries are skipped while IPv6 is off', () => {
    validateIpamConfig([{ Subnet: 'fd00::1/64', Gateway: '10.0.0.1' }], false);
    expect(message(() => validateIpamConfig([{ Subnet: 'fd00::1/64' }], true))).toBe(
      'invalid network config:\ninvalid subnet fd00::1/64: it should be fd00::/64',
    );
  });
});
