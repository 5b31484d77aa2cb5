import { isInvalidArgument } from '@berth/errdefs';
import { resolveUser } from './user';
import type { RootfsReader } from './types';

function memoryRootfs(files: Record<string, string>): RootfsReader {
  return { readFile: async (p) => (p in files ? Buffer.from(files[p]) : null) };
}

const rootfs = memoryRootfs({
  '/etc/passwd': [
    '# comment line',
    'root:x:0:0:root:/root:/bin/sh',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
    'app:x:1000:1000::/home/app:/bin/sh',
    'broken:x:notanumber:1::/:/bin/sh',
    '',
  ].join('\n'),
  '/etc/group': [
    'root:x:0:',
    'wheel:x:10:root,app',
    'www-data:x:33:',
    'app:x:1000:',
    'docker:x:999:app',
    'audio:x:29: app , other',
  ].join('\n'),
});

describe('resolveUser', () => {
  it.each([
    ['', { uid: 0, gid: 0, additionalGids: [10] }],
    ['root', { uid: 0, gid: 0, additionalGids: [10] }],
    ['0', { uid: 0, gid: 0, additionalGids: [10] }],
    ['app', { uid: 1000, gid: 1000, additionalGids: [10, 999, 29] }],
    ['1000', { uid: 1000, gid: 1000, additionalGids: [10, 999, 29] }],
    ['www-data', { uid: 33, gid: 33, additionalGids: [] }],
    ['app:www-data', { uid: 1000, gid: 33, additionalGids: [] }],
    ['app:33', { uid: 1000, gid: 33, additionalGids: [] }],
    ['app:4242', { uid: 1000, gid: 4242, additionalGids: [] }],
    ['1234', { uid: 1234, gid: 0, additionalGids: [] }],
    ['1234:5678', { uid: 1234, gid: 5678, additionalGids: [] }],
    ['1234:wheel', { uid: 1234, gid: 10, additionalGids: [] }],
    ['daemon:', { uid: 1, gid: 1, additionalGids: [] }],
  ])('%j resolves from passwd and group', async (user, expected) => {
    await expect(resolveUser(user, rootfs)).resolves.toEqual(expected);
  });

  it('resolves numeric ids without any files', async () => {
    await expect(resolveUser('100:200')).resolves.toEqual({ uid: 100, gid: 200, additionalGids: [] });
    await expect(resolveUser('')).resolves.toEqual({ uid: 0, gid: 0, additionalGids: [] });
  });

  it("rejects an unknown user name with Docker's message", async () => {
    const err = await resolveUser('nobody', rootfs).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('unable to find user nobody: no matching entries in passwd file');
  });

  it('rejects a user name when the image has no passwd file', async () => {
    await expect(resolveUser('app', memoryRootfs({}))).rejects.toThrow(
      'unable to find user app: no matching entries in passwd file',
    );
  });

  it('rejects an unknown group name', async () => {
    const err = await resolveUser('app:nogroup', rootfs).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe('unable to find group nogroup: no matching entries in group file');
  });

  it('rejects ids out of range', async () => {
    await expect(resolveUser('4294967296')).rejects.toThrow(/out of range/);
  });
});
