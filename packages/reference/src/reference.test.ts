import { isInvalidArgument, messageOf } from '@berth/errdefs';
import {
  familiarString,
  normalizedString,
  parseAnyReference,
  parseReference,
  withDefaultTag,
  familiarName,
  isValidTag,
} from './index';

const HEX = 'a'.repeat(64);

describe('parseReference normalises', () => {
  const cases: [string, { domain: string; path: string; tag?: string; digest?: string }, string][] = [
    ['busybox', { domain: 'docker.io', path: 'library/busybox' }, 'busybox'],
    ['busybox:latest', { domain: 'docker.io', path: 'library/busybox', tag: 'latest' }, 'busybox:latest'],
    ['library/busybox:1.36', { domain: 'docker.io', path: 'library/busybox', tag: '1.36' }, 'busybox:1.36'],
    ['docker.io/library/busybox', { domain: 'docker.io', path: 'library/busybox' }, 'busybox'],
    ['index.docker.io/busybox', { domain: 'docker.io', path: 'library/busybox' }, 'busybox'],
    ['user/app:v1', { domain: 'docker.io', path: 'user/app', tag: 'v1' }, 'user/app:v1'],
    ['user/sub/app', { domain: 'docker.io', path: 'user/sub/app' }, 'user/sub/app'],
    ['host:5000/a/b:t', { domain: 'host:5000', path: 'a/b', tag: 't' }, 'host:5000/a/b:t'],
    ['localhost/x', { domain: 'localhost', path: 'x' }, 'localhost/x'],
    ['localhost:5000/x:1', { domain: 'localhost:5000', path: 'x', tag: '1' }, 'localhost:5000/x:1'],
    ['example.com/a_b/c-d__e.f', { domain: 'example.com', path: 'a_b/c-d__e.f' }, 'example.com/a_b/c-d__e.f'],
    ['[::1]:5000/x', { domain: '[::1]:5000', path: 'x' }, '[::1]:5000/x'],
    ['Registry/x', { domain: 'Registry', path: 'x' }, 'Registry/x'],
    [`busybox@sha256:${HEX}`, { domain: 'docker.io', path: 'library/busybox', digest: `sha256:${HEX}` }, `busybox@sha256:${HEX}`],
    [
      `busybox:1@sha256:${HEX}`,
      { domain: 'docker.io', path: 'library/busybox', tag: '1', digest: `sha256:${HEX}` },
      `busybox:1@sha256:${HEX}`,
    ],
  ];
  it.each(cases)('%s', (input, expected, familiar) => {
    const ref = parseReference(input);
    expect(ref).toEqual(expected);
    expect(familiarString(ref)).toBe(familiar);
  });
});

describe('parseReference rejects', () => {
  const cases: [string, string][] = [
    ['', 'invalid reference format: repository name must have at least one component'],
    ['Busybox', 'invalid reference format: repository name must be lowercase'],
    ['user/App:v1', 'invalid reference format: repository name must be lowercase'],
    ['busybox:', 'invalid reference format'],
    ['busybox::1', 'invalid reference format'],
    [':tag', 'invalid reference format'],
    ['-busybox', 'invalid reference format'],
    ['busy--box_', 'invalid reference format'],
    ['a//b', 'invalid reference format'],
    ['busybox:' + 'x'.repeat(129), 'invalid reference format'],
    ['busybox@sha256:abc', 'invalid reference format'],
    [`busybox@sha256:${'A'.repeat(64)}`, 'invalid reference format: invalid checksum digest format'],
    [`busybox@md5:${'a'.repeat(32)}`, 'invalid reference format: unsupported digest algorithm: md5'],
    [HEX, `invalid repository name (${HEX}), cannot specify 64-byte hexadecimal strings`],
    ['a/' + 'b'.repeat(250), 'invalid reference format: repository name must not be more than 255 characters'],
  ];
  it.each(cases)('%j', (input, message) => {
    let caught: unknown;
    try {
      parseReference(input);
    } catch (err) {
      caught = err;
    }
    expect(isInvalidArgument(caught)).toBe(true);
    expect(messageOf(caught).startsWith(message)).toBe(true);
  });
});

describe('rendering', () => {
  it('normalizedString is fully qualified', () => {
    expect(normalizedString(withDefaultTag(parseReference('busybox')))).toBe('docker.io/library/busybox:latest');
    expect(normalizedString(parseReference('user/app:v1'))).toBe('docker.io/user/app:v1');
  });
  it('withDefaultTag adds latest only to bare names', () => {
    expect(withDefaultTag(parseReference('busybox')).tag).toBe('latest');
    expect(withDefaultTag(parseReference('busybox:1')).tag).toBe('1');
    expect(withDefaultTag(parseReference(`busybox@sha256:${HEX}`)).tag).toBeUndefined();
  });
  it('familiarName keeps library/ when it is not the official prefix', () => {
    expect(familiarName(parseReference('library/a/b'))).toBe('library/a/b');
    expect(familiarName(parseReference('quay.io/library/x'))).toBe('quay.io/library/x');
  });
  it('validates tags', () => {
    expect(isValidTag('v1.0-rc_1')).toBe(true);
    expect(isValidTag('.v1')).toBe(false);
  });
});

describe('parseAnyReference', () => {
  it('treats 64 hex and sha256: ids as ids', () => {
    expect(parseAnyReference(HEX)).toEqual({ kind: 'id', id: `sha256:${HEX}` });
    expect(parseAnyReference(`sha256:${HEX}`)).toEqual({ kind: 'id', id: `sha256:${HEX}` });
  });
  it('treats short hex as a name', () => {
    expect(parseAnyReference('abc123')).toEqual({ kind: 'named', ref: { domain: 'docker.io', path: 'library/abc123' } });
  });
});
