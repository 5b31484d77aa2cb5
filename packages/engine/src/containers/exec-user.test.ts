import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInvalidArgument } from '@berth/errdefs';
import type { Mount } from '@berth/sys';
import { ExecUserCache, writableStamp, type ContainerRootfs } from './exec-user';

describe('ExecUserCache', () => {
  let dir: string;
  let upper: string;
  let lower: string;
  let mounts: Mount[];
  let mountCalls: number;
  let reads: number;
  let rootfs: ContainerRootfs;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-exec-user-'));
    upper = join(dir, 'upper');
    lower = join(dir, 'lower');
    mkdirSync(join(upper), { recursive: true });
    mkdirSync(join(lower, 'etc'), { recursive: true });
    writeFileSync(join(lower, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n');
    writeFileSync(join(lower, 'etc/group'), 'root:x:0:\napp:x:1000:\nextra:x:2000:app\n');
    mounts = [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lower}`, `upperdir=${upper}`, `workdir=${join(dir, 'work')}`] }];
    mountCalls = 0;
    reads = 0;
    // The upper layer first, as an overlay shows it (whiteouts do not matter here).
    rootfs = {
      mounts: async () => {
        mountCalls++;
        return mounts;
      },
      reader: (m) => ({
        readFile: async (path) => {
          reads++;
          for (const layer of [upper, lower]) {
            const got = await readFile(join(layer, path)).catch(() => null);
            if (got) return got;
          }
          expect(m).toBe(mounts);
          return null;
        },
      }),
    };
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the user files once per container run while they do not change', async () => {
    const cache = new ExecUserCache();
    const container = {};
    expect(await cache.resolve(container, 'run1', 'app', rootfs)).toEqual({ uid: 1000, gid: 1000, additionalGids: [2000] });
    const firstReads = reads;
    expect(await cache.resolve(container, 'run1', 'app', rootfs)).toEqual({ uid: 1000, gid: 1000, additionalGids: [2000] });
    expect(reads).toBe(firstReads);
    expect(mountCalls).toBe(1);
    // Another user string is its own lookup; a new run (a restart) starts afresh.
    expect(await cache.resolve(container, 'run1', '', rootfs)).toEqual({ uid: 0, gid: 0, additionalGids: [] });
    expect(reads).toBeGreaterThan(firstReads);
    await cache.resolve(container, 'run2', 'app', rootfs);
    expect(mountCalls).toBe(2);
    // Each container has its own entry.
    await cache.resolve({}, 'run1', 'app', rootfs);
    expect(mountCalls).toBe(3);
  });

  it('reads again once the container changed its passwd or group (a useradd inside it)', async () => {
    const cache = new ExecUserCache();
    const container = {};
    expect(await cache.resolve(container, 'run', 'app', rootfs)).toMatchObject({ uid: 1000 });
    // A missing user is not remembered: added afterwards, the next exec finds it.
    expect(isInvalidArgument(await cache.resolve(container, 'run', 'newbie', rootfs).catch((e: unknown) => e))).toBe(true);
    mkdirSync(join(upper, 'etc'));
    writeFileSync(join(upper, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1500:1000::/home/app:/bin/sh\nnewbie:x:1001:1001::/home/newbie:/bin/sh\n');
    expect(await cache.resolve(container, 'run', 'newbie', rootfs)).toEqual({ uid: 1001, gid: 1001, additionalGids: [] });
    expect(await cache.resolve(container, 'run', 'app', rootfs)).toMatchObject({ uid: 1500, additionalGids: [2000] });
    writeFileSync(join(upper, 'etc/group'), 'root:x:0:\napp:x:1000:\n');
    expect(await cache.resolve(container, 'run', 'app', rootfs)).toEqual({ uid: 1500, gid: 1000, additionalGids: [] });
  });

  it('never keeps a lookup on a rootfs whose writable layer it cannot tell', async () => {
    mounts = [{ type: 'zfs', source: 'pool/x', options: [] }];
    expect(writableStamp(mounts)).toBeUndefined();
    const cache = new ExecUserCache();
    const container = {};
    await cache.resolve(container, 'run', 'app', rootfs);
    const firstReads = reads;
    await cache.resolve(container, 'run', 'app', rootfs);
    expect(reads).toBe(2 * firstReads);
  });

  it('stamps a bind rootfs by its source, and an overlay without an upper layer as unchanging', () => {
    const bind = [{ type: 'bind', source: lower, options: ['rbind'] }];
    const before = writableStamp(bind);
    writeFileSync(join(lower, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    expect(writableStamp(bind)).not.toBe(before);
    expect(writableStamp([{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lower}:${upper}`] }])).toBe('');
  });
});
