import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimCidFile } from './cidfile';
import { OptionError } from './run-flags';

describe('--cidfile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cidfile-'));

  it('is claimed before the create, gets the id after and is removed when the create fails', () => {
    expect(claimCidFile('')).toBeUndefined();
    const ok = claimCidFile(join(dir, 'ok'));
    expect(existsSync(join(dir, 'ok'))).toBe(true);
    ok?.write('abc123');
    expect(readFileSync(join(dir, 'ok'), 'utf8')).toBe('abc123');
    claimCidFile(join(dir, 'failed'))?.discard();
    expect(existsSync(join(dir, 'failed'))).toBe(false);
  });

  it('refuses an existing file with docker message', () => {
    writeFileSync(join(dir, 'taken'), 'x');
    expect(() => claimCidFile(join(dir, 'taken'))).toThrow(OptionError);
    expect(() => claimCidFile(join(dir, 'taken'))).toThrow(`container ID file found, make sure the other container isn't running or delete ${join(dir, 'taken')}`);
  });
});
