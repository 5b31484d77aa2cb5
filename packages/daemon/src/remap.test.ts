import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInvalidArgument } from '@berth/errdefs';
import { remapMappings } from '@berth/daemon';

let dir: string;
let files: { subuid: string; subgid: string };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-daemon-remap-'));
  files = { subuid: join(dir, 'subuid'), subgid: join(dir, 'subgid') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('remapMappings', () => {
  it('reads the user and group ranges of the given files', async () => {
    writeFileSync(files.subuid, 'someone:100000:65536\nberthremap:231072:65536\n');
    writeFileSync(files.subgid, 'berthremap:300000:65536\n');
    expect(await remapMappings('default', files)).toEqual({
      uidMap: [{ containerId: 0, hostId: 231072, size: 65536 }],
      gidMap: [{ containerId: 0, hostId: 300000, size: 65536 }],
    });
  });

  it('fails with the lines the administrator must add when the user has no ranges', async () => {
    writeFileSync(files.subuid, 'someone:100000:65536\n');
    writeFileSync(files.subgid, '');
    const err = await remapMappings('default', files).then(() => undefined, (e: Error) => e);
    expect(err && isInvalidArgument(err)).toBe(true);
    expect(err?.message).toContain('No subuid ranges found for user "berthremap"');
    expect(err?.message).toContain(`"berthremap:100000:65536" to ${files.subuid}`);
    expect(err?.message).toContain(`"berthremap:100000:65536" to ${files.subgid}`);
  });
});
