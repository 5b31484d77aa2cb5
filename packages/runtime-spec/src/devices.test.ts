import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument } from '@berth/errdefs';
import { grantDevices, parseDeviceCgroupRule } from './devices';

describe('grantDevices (--device)', () => {
  it('recreates the host node at the container path with a rule for exactly the permissions', async () => {
    const host = await fs.stat('/dev/null');
    expect(await grantDevices([{ pathOnHost: '/dev/null', pathInContainer: '/dev/xnull', permissions: 'rw' }])).toEqual([
      {
        device: { path: '/dev/xnull', type: 'c', major: 1, minor: 3, fileMode: host.mode & 0o7777, uid: host.uid, gid: host.gid },
        rule: { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
      },
    ]);
  });

  it('maps every device under a host directory', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'berth-devices-'));
    try {
      await fs.mkdir(path.join(tmp, 'sub'));
      await fs.symlink('/dev/zero', path.join(tmp, 'sub', 'zero')); // a link to a node is followed by stat, skipped by the walk
      await fs.writeFile(path.join(tmp, 'file'), '');
      expect(await grantDevices([{ pathOnHost: tmp, pathInContainer: '/dev/x', permissions: 'r' }])).toEqual([]);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    [{ pathOnHost: '/dev/does-not-exist', pathInContainer: '/dev/x', permissions: 'rwm' }, 'error gathering device information while adding custom device "/dev/does-not-exist": no such file or directory'],
    [{ pathOnHost: '/etc/hostname', pathInContainer: '/dev/x', permissions: 'rwm' }, 'error gathering device information while adding custom device "/etc/hostname": not a device node'],
    [{ pathOnHost: '/dev/null', pathInContainer: '/dev/x', permissions: 'rwx' }, 'invalid device mode: rwx'],
    [{ pathOnHost: '/dev/null', pathInContainer: '/dev/x', permissions: 'rr' }, 'invalid device mode: rr'],
    [{ pathOnHost: '/dev/null', pathInContainer: 'dev/x', permissions: 'r' }, 'dev/x is not an absolute path'],
  ])('rejects %j', async (mapping, message) => {
    const err = await grantDevices([mapping]).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe(message);
  });
});

describe('parseDeviceCgroupRule (--device-cgroup-rule)', () => {
  it('reads type, numbers (or *) and access', () => {
    expect(parseDeviceCgroupRule('c 1:3 rwm')).toEqual({ allow: true, type: 'c', major: 1, minor: 3, access: 'rwm' });
    expect(parseDeviceCgroupRule('b 8:* r')).toEqual({ allow: true, type: 'b', major: 8, access: 'r' });
    expect(parseDeviceCgroupRule('a *:* m')).toEqual({ allow: true, type: 'a', access: 'm' });
  });

  it.each(['c 1:3', 'x 1:3 rwm', 'c 1-3 rwm', 'c 1:3 rwx', ''])('rejects %j', (rule) => {
    expect(() => parseDeviceCgroupRule(rule)).toThrow(`invalid device cgroup format '${rule}'`);
  });
});
