import { isInvalidArgument } from '@berth/errdefs';
import { idHex, isDigest, isImageIdPrefix, parseDigest, parseImageId, sha256Digest } from './index';

const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('digests', () => {
  it('hashes with sha256', () => {
    expect(sha256Digest(Buffer.alloc(0))).toBe(`sha256:${HEX}`);
    expect(sha256Digest('')).toBe(`sha256:${HEX}`);
  });
  it('parses valid digests', () => {
    expect(parseDigest(`sha256:${HEX}`)).toEqual({ algorithm: 'sha256', hex: HEX, digest: `sha256:${HEX}` });
    expect(isDigest(`sha512:${'0'.repeat(128)}`)).toBe(true);
  });
  it.each([
    [''],
    ['sha256'],
    [`sha256:${HEX.slice(1)}`],
    [`sha256:${HEX.toUpperCase()}`],
    [`sha256:${HEX}0`],
    [`md5:${'0'.repeat(32)}`],
    [`sha256:${HEX}\n`],
  ])('rejects %j', (s) => {
    expect(isDigest(s)).toBe(false);
    expect(() => parseDigest(s)).toThrow();
    try {
      parseDigest(s);
    } catch (err) {
      expect(isInvalidArgument(err)).toBe(true);
    }
  });
});

describe('image ids', () => {
  it.each([
    [HEX, `sha256:${HEX}`],
    [`sha256:${HEX}`, `sha256:${HEX}`],
    [HEX.slice(0, 12), undefined],
    [`sha256:${HEX.slice(0, 63)}`, undefined],
    ['busybox', undefined],
  ])('parseImageId(%j)', (s, expected) => {
    expect(parseImageId(s)).toBe(expected);
  });
  it.each([
    ['e', true],
    ['e3b0c44298fc', true],
    ['sha256:e3b0', true],
    [HEX, true],
    ['', false],
    ['sha256:', false],
    ['E3B0', false],
    ['busybox', false],
    [HEX + '0', false],
  ])('isImageIdPrefix(%j) = %s', (s, expected) => {
    expect(isImageIdPrefix(s)).toBe(expected);
  });
  it('idHex strips the algorithm', () => {
    expect(idHex(`sha256:${HEX}`)).toBe(HEX);
    expect(idHex('abc')).toBe('abc');
  });
});
