import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandHosts, socketGroupId } from './listeners';
import { LOCK_FILE, lockDataRoot } from './lock';
import { parseDaemonArgs, type DaemonOptions } from './flags';
import { reloadConfig } from './reload';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berthd-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('data root lock', () => {
  it('is exclusive while its owner lives, and released by its owner only', async () => {
    const lock = await lockDataRoot(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    // This process counts as a live berthd: a second lock on the same root is refused.
    await expect(lockDataRoot(dir)).rejects.toThrow(`another berthd (pid ${process.pid}) is using the data root ${dir}`);
    await lock.release();
    await expect(lockDataRoot(dir).then((l) => l.release())).resolves.toBeUndefined();
  });

  it('takes over the lock of a dead owner (kill -9) and of a pid now used by something else', async () => {
    writeFileSync(join(dir, LOCK_FILE), '999999999\n');
    const lock = await lockDataRoot(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    await lock.release();
    writeFileSync(join(dir, LOCK_FILE), '1\n'); // init, not a berthd
    await (await lockDataRoot(dir)).release();
  });
});

describe('socket activation hosts', () => {
  it('expands fd:// to the passed sockets, checks fd://N, and clears LISTEN_* for children', () => {
    const env: Record<string, string | undefined> = { LISTEN_PID: '42', LISTEN_FDS: '2' };
    expect(expandHosts(['fd://', 'unix:///x.sock'], env, 42)).toEqual(['fd://3', 'fd://4', 'unix:///x.sock']);
    expect(env).toEqual({});
    expect(expandHosts(['fd://4'], { LISTEN_PID: '42', LISTEN_FDS: '2' }, 42)).toEqual(['fd://4']);
    expect(() => expandHosts(['fd://5'], { LISTEN_PID: '42', LISTEN_FDS: '2' }, 42)).toThrow(/no fd 5/);
    // Sockets meant for another process (LISTEN_PID) are not ours.
    expect(() => expandHosts(['fd://'], { LISTEN_PID: '7', LISTEN_FDS: '1' }, 42)).toThrow('no sockets found via socket activation');
    expect(expandHosts(['unix:///a', 'tcp://127.0.0.1:2375'], {}, 42)).toEqual(['unix:///a', 'tcp://127.0.0.1:2375']);
  });

  it('finds the berth group when the host has one', () => {
    writeFileSync(join(dir, 'group'), 'root:x:0:\ndocker:x:998:\nberth:x:999:alice\n');
    expect(socketGroupId(join(dir, 'group'))).toBe(999);
    writeFileSync(join(dir, 'group'), 'root:x:0:\n');
    expect(socketGroupId(join(dir, 'group'))).toBeUndefined();
  });
});

describe('SIGHUP reload', () => {
  const start = (argv: string[], file: string) => parseDaemonArgs(argv, () => file) as DaemonOptions;

  it('takes the reloadable keys the file sets, and only those', () => {
    const opts = start([], '{"log-driver":"local"}');
    const reloaded = reloadConfig(opts, () => '{"debug":true,"live-restore":true,"shutdown-timeout":3,"registry-mirrors":["https://m"],"log-driver":"json-file","data-root":"/elsewhere"}');
    expect(reloaded).toEqual({ debug: true, 'live-restore': true, 'shutdown-timeout': 3, 'registry-mirrors': ['https://m/'] });
    expect(opts).toMatchObject({ debug: true, logLevel: 'debug', liveRestore: true, shutdownTimeout: 3, logDriver: 'local', dataRoot: '/var/lib/berth' });
    expect(opts.settings['registry-mirrors']).toEqual(['https://m/']);
  });

  it('changes nothing when the file is invalid or sets a key given as a flag', () => {
    const opts = start(['--live-restore'], '{}');
    const before = JSON.stringify(opts);
    expect(() => reloadConfig(opts, () => '{"debug":"yes"}')).toThrow(/cannot unmarshal string into Go struct field Config.debug of type bool/);
    expect(() => reloadConfig(opts, () => '{"debug":true,"live-restore":false}')).toThrow('live-restore: (from flag: true, from file: false)');
    expect(() => reloadConfig(opts, () => undefined)).toThrow(/no such file or directory/);
    expect(JSON.stringify(opts)).toBe(before);
  });
});
