import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInvalidArgument, isNotFound } from '@berth/errdefs';
import { parseSubIdRanges, userNamespaceMappings } from './userns';

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'berth-userns-'));
  await fs.writeFile(path.join(tmp, 'subuid'), 'other:100000:65536\n# comment\nberthremap:300000:1000\nberthremap:200000:65536\nbroken:x:1\n');
  await fs.writeFile(path.join(tmp, 'subgid'), 'berthremap:400000:65536\nstaff:500000:10\n');
});
afterEach(() => fs.rm(tmp, { recursive: true, force: true }));

const files = () => ({ subuid: path.join(tmp, 'subuid'), subgid: path.join(tmp, 'subgid') });

describe('userNamespaceMappings (--userns-remap)', () => {
  it('default = berthremap: its ranges, lowest host id first, laid end to end from 0', async () => {
    expect(await userNamespaceMappings('default', files())).toEqual({
      uidMap: [
        { containerId: 0, hostId: 200000, size: 65536 },
        { containerId: 65536, hostId: 300000, size: 1000 },
      ],
      gidMap: [{ containerId: 0, hostId: 400000, size: 65536 }],
    });
  });

  it('USER:GROUP takes gids from the group', async () => {
    expect((await userNamespaceMappings('berthremap:staff', files())).gidMap).toEqual([{ containerId: 0, hostId: 500000, size: 10 }]);
  });

  it('a user without ranges is notFound; an empty name invalid', async () => {
    const err = await userNamespaceMappings('nobody-here', files()).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect((err as Error).message).toBe('No subuid ranges found for user "nobody-here"');
    expect(isInvalidArgument(await userNamespaceMappings('', files()).catch((e: unknown) => e))).toBe(true);
  });

  it('parseSubIdRanges ignores comments and malformed lines', () => {
    expect(parseSubIdRanges('broken:x:1\nbroken:5:0\nbroken:7:3\n', 'broken')).toEqual([{ start: 7, count: 3 }]);
  });
});
