import { apiTimestamp, parseGoDuration } from './timestamp';

describe('parseGoDuration', () => {
  it("reads Go's durations in nanoseconds", () => {
    expect(parseGoDuration('10m')).toBe(600e9);
    expect(parseGoDuration('1h30m')).toBe(5400e9);
    expect(parseGoDuration('1.5s')).toBe(1.5e9);
    expect(parseGoDuration('300ms')).toBe(300e6);
    expect(parseGoDuration('-2h')).toBe(-7200e9);
    expect(parseGoDuration('0')).toBe(0);
  });

  it('is undefined for what is not a duration', () => {
    expect(parseGoDuration('10')).toBeUndefined();
    expect(parseGoDuration('m')).toBeUndefined();
    expect(parseGoDuration('10x')).toBeUndefined();
    expect(parseGoDuration('2026-01-01')).toBeUndefined();
  });
});

describe('apiTimestamp (docker api/types/time GetTimestamp)', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');
  const nowSeconds = now.getTime() / 1000;
  const localOffsetSeconds = -now.getTimezoneOffset() * 60;

  it('turns a duration into whole seconds before now', () => {
    expect(apiTimestamp('10m', now)).toBe(String(nowSeconds - 600));
    expect(apiTimestamp('1h30m', now)).toBe(String(nowSeconds - 5400));
  });

  it('sends Unix seconds as given', () => {
    expect(apiTimestamp('1700000000', now)).toBe('1700000000');
    expect(apiTimestamp('1700000000.123', now)).toBe('1700000000.123');
    expect(apiTimestamp('0', now)).toBe('0');
  });

  it('turns RFC 3339 dates into secs.nanos, zoned or local', () => {
    expect(apiTimestamp('2026-11-23T10:00:00Z', now)).toBe(`${nowSeconds}.000000000`);
    expect(apiTimestamp('2026-11-23T10:00:00.5Z', now)).toBe(`${nowSeconds}.500000000`);
    expect(apiTimestamp('2026-11-23T11:00:00+01:00', now)).toBe(`${nowSeconds}.000000000`);
    expect(apiTimestamp('2026-11-23T10:00', now)).toBe(`${nowSeconds - localOffsetSeconds}.000000000`);
    expect(apiTimestamp('2026-11-23', now)).toBe(`${nowSeconds - 36000 - localOffsetSeconds}.000000000`);
  });

  it("refuses what is neither, with docker's messages", () => {
    expect(() => apiTimestamp('yesterday', now)).toThrow('failed to parse value as time or duration: "yesterday"');
    expect(() => apiTimestamp('2026-13-01', now)).toThrow('parsing time "2026-13-01"');
    expect(() => apiTimestamp('2026-1-01', now)).toThrow('parsing time "2026-1-01"');
  });
});
