import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInvalidArgument } from '@berth/errdefs';
import { resolveInRoot } from './resolve';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'berth-resolve-'));
  mkdirSync(join(root, 'tmp/dir'), { recursive: true });
  symlinkSync('/', join(root, 'rootlink'));
  symlinkSync('../../../../..', join(root, 'uplink'));
  symlinkSync('dir', join(root, 'tmp/rel'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('resolveInRoot', () => {
  it('re-roots absolute targets and never climbs above the root', () => {
    expect(resolveInRoot(root, '/rootlink/etc/passwd', { followFinal: false })).toEqual(['etc', 'passwd']);
    expect(resolveInRoot(root, '/uplink/../x', { followFinal: true })).toEqual(['x']);
    expect(resolveInRoot(root, ['tmp', 'rel', 'f'], { followFinal: true })).toEqual(['tmp', 'dir', 'f']);
  });

  it('leaves the final link alone unless followFinal, and shows the visitor only what it walked', () => {
    const seen: string[] = [];
    const visit = (_host: string, stat: unknown, shown: string): void => void seen.push(`${shown}:${stat ? 'y' : 'n'}`);
    expect(resolveInRoot(root, '/tmp/rel', { followFinal: false, visit })).toEqual(['tmp', 'rel']);
    expect(seen).toEqual(['tmp:y']);
    seen.length = 0;
    expect(resolveInRoot(root, '/tmp/rel/new', { followFinal: true, visit })).toEqual(['tmp', 'dir', 'new']);
    expect(seen).toEqual(['tmp:y', 'tmp/dir:y', 'tmp/dir/new:n']);
  });

  it('refuses a symlink loop, naming the path it was given', () => {
    symlinkSync('loop', join(root, 'loop'));
    let caught: unknown;
    try {
      resolveInRoot(root, '/loop/x', { followFinal: false, name: 'entry' });
    } catch (err) {
      caught = err;
    }
    expect(isInvalidArgument(caught)).toBe(true);
    expect(String((caught as Error).message)).toMatch(/^entry: too many levels of symbolic links/);
  });
});
