import { tmpfsMounts } from './tmpfs';

describe('tmpfsMounts (--tmpfs)', () => {
  it("starts from Docker's noexec,nosuid,nodev and lets later options win", () => {
    expect(tmpfsMounts({ '/run': 'rw,size=64m', '/tmp': '', '/x': 'exec,size=1m,size=2m,mode=1777' })).toEqual([
      { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate', 'rw', 'size=64m'] },
      { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate'] },
      { destination: '/x', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'rprivate', 'exec', 'size=2m', 'mode=1777'] },
    ]);
  });

  it('rejects a relative destination', () => {
    expect(() => tmpfsMounts({ run: '' })).toThrow('invalid tmpfs mount destination "run": must be an absolute path');
  });
});
