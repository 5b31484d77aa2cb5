import { isInvalidArgument } from '@berth/errdefs';
import { normalizeCapability, resolveCapabilities } from './capabilities';
import { DEFAULT_CAPABILITIES, KNOWN_CAPABILITIES } from './defaults';

const base = DEFAULT_CAPABILITIES;
const all = KNOWN_CAPABILITIES;

describe('normalizeCapability', () => {
  it.each([
    ['net_admin', 'CAP_NET_ADMIN'],
    ['NET_ADMIN', 'CAP_NET_ADMIN'],
    ['cap_sys_admin', 'CAP_SYS_ADMIN'],
    ['Cap_Kill', 'CAP_KILL'],
    ['all', 'ALL'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCapability(input)).toBe(expected);
  });

  it('rejects unknown capabilities', () => {
    const err = (() => {
      try {
        return normalizeCapability('CAP_FLY');
      } catch (e) {
        return e;
      }
    })();
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('unknown capability: "CAP_FLY"');
  });
});

describe('resolveCapabilities', () => {
  it("gives Docker's 14 defaults when untouched", () => {
    expect(resolveCapabilities({ base, all })).toEqual([...DEFAULT_CAPABILITIES]);
    expect(DEFAULT_CAPABILITIES).toHaveLength(14);
  });

  it('drops then adds, without duplicates', () => {
    const caps = resolveCapabilities({ base, all, add: ['net_admin', 'CHOWN'], drop: ['cap_net_raw', 'kill'] });
    expect(caps).toContain('CAP_NET_ADMIN');
    expect(caps).not.toContain('CAP_NET_RAW');
    expect(caps).not.toContain('CAP_KILL');
    expect(caps.filter((c) => c === 'CAP_CHOWN')).toHaveLength(1);
    expect(caps).toHaveLength(13);
  });

  it('--cap-drop ALL keeps only the added ones', () => {
    expect(resolveCapabilities({ base, all, drop: ['ALL'], add: ['net_bind_service'] })).toEqual(['CAP_NET_BIND_SERVICE']);
    expect(resolveCapabilities({ base, all, drop: ['all'] })).toEqual([]);
  });

  it('--cap-add ALL gives everything but the dropped ones', () => {
    const caps = resolveCapabilities({ base, all, add: ['ALL'], drop: ['sys_admin'] });
    expect(caps).toHaveLength(all.length - 1);
    expect(caps).not.toContain('CAP_SYS_ADMIN');
    expect(caps).toContain('CAP_SYS_PTRACE');
  });

  it('privileged gets every capability regardless of drops', () => {
    expect(resolveCapabilities({ base, all, privileged: true, drop: ['ALL'] })).toEqual([...all]);
  });

  it('rejects an unknown name in either list', () => {
    expect(() => resolveCapabilities({ base, all, drop: ['bogus'] })).toThrow('unknown capability: "bogus"');
  });
});
