import { detailsPrefix, logAttributes } from './log-attrs';

describe('logAttributes', () => {
  const config = { Labels: { team: 'a b', tier: 'web', other: 'x' }, Env: ['STAGE=prod', 'REGION=eu', 'EMPTY=', 'BARE'] };

  it('takes the labels and env variables the log options name or match', () => {
    expect(logAttributes(config, { Type: 'json-file', Config: { labels: 'team,missing', env: 'STAGE,BARE' } })).toEqual({ team: 'a b', STAGE: 'prod' });
    expect(logAttributes(config, { Type: 'json-file', Config: { 'labels-regex': '^t', 'env-regex': 'ION$|^EMP' } })).toEqual({ team: 'a b', tier: 'web', REGION: 'eu', EMPTY: '' });
  });

  it('has none without options (or with a regex that does not compile)', () => {
    expect(logAttributes(config, undefined)).toEqual({});
    expect(logAttributes(config, { Type: 'json-file', Config: { 'labels-regex': '(' } })).toEqual({});
  });
});

describe('detailsPrefix', () => {
  it("is dockerd's k=v list, query-escaped, then a space; only the space when empty", () => {
    expect(detailsPrefix({ team: 'a b', STAGE: 'x&y' })).toBe('STAGE=x%26y,team=a+b ');
    expect(detailsPrefix({})).toBe(' ');
  });
});
