import { closeSync, fstatSync, mkdtempSync, openSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFailedPrecondition, isInvalidArgument } from '@berth/errdefs';
import { FdReceiver, getWindowSize, sendFd, setWindowSize } from './index';

describe('fd passing and terminal size', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'berth-fdpass-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes an open file from sender to receiver over a unix socket', () => {
    const receiver = FdReceiver.listen(join(dir, 'console.sock'));
    try {
      expect(isFailedPrecondition((() => { try { receiver.receive(); } catch (e) { return e; } })())).toBe(true);
      const file = join(dir, 'payload');
      const sent = openSync(file, 'w');
      sendFd(receiver.path, sent, 'payload');
      const got = receiver.receive();
      expect(got).not.toBe(sent);
      expect(fstatSync(got).ino).toBe(fstatSync(sent).ino);
      closeSync(sent);
      closeSync(got);
    } finally {
      receiver.close();
    }
    expect(existsSync(join(dir, 'console.sock'))).toBe(false);
  });

  it('refuses a taken or over-long path', () => {
    const receiver = FdReceiver.listen(join(dir, 'a.sock'));
    try {
      expect(catching(() => FdReceiver.listen(join(dir, 'a.sock')))).toMatchObject({ code: 'EADDRINUSE' });
      expect(isInvalidArgument(catching(() => FdReceiver.listen(join(dir, 'x'.repeat(120)))))).toBe(true);
    } finally {
      receiver.close();
    }
  });

  it('sets and reads the window size of a pty', () => {
    const master = openSync('/dev/ptmx', 'r+');
    try {
      setWindowSize(master, { rows: 33, cols: 101 });
      expect(getWindowSize(master)).toEqual({ rows: 33, cols: 101 });
      const plain = openSync(join(dir, 'plain'), 'w');
      // Not a terminal: the ioctl fails with ENOTTY.
      expect(catching(() => setWindowSize(plain, { rows: 1, cols: 1 }))).toMatchObject({ code: 'ENOTTY' });
      closeSync(plain);
    } finally {
      closeSync(master);
    }
  });
});

function catching(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

