import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeadlineExceeded, isFailedPrecondition } from '@berth/errdefs';
import { execFifoPath, isExecFifo, releaseInit } from './exec-fifo';

let dir: string;
let fifo: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-exec-fifo-'));
  fifo = join(dir, 'exec.fifo');
  execFileSync('mkfifo', [fifo]);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Whether this process still holds an fd on `path`. */
const holds = (path: string) => readdirSync('/proc/self/fd').some((fd) => {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`) === path;
  } catch {
    return false;
  }
});

describe('releaseInit', () => {
  it('lets a writer blocked on the fifo go on, reads its byte and removes the fifo', async () => {
    // Stands in for runc's init: blocked opening the fifo for writing until a reader has it.
    const init = spawn('sh', ['-c', `printf 0 > '${fifo}' && echo released`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    init.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    const exited = new Promise<number | null>((resolve) => init.on('exit', resolve));
    await releaseInit('c1', fifo, { initAlive: () => true, timeoutMs: 5000 });
    expect(existsSync(fifo)).toBe(false);
    expect(holds(fifo)).toBe(false);
    expect(await exited).toBe(0);
    expect(out).toBe('released\n');
  });

  it('fails at once for an init already dead, leaving the fifo to the runtime', async () => {
    const err = await releaseInit('c1', fifo, { initAlive: () => false, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(isFailedPrecondition(err)).toBe(true);
    expect((err as Error).message).toBe('start c1: container process is already dead');
    expect(existsSync(fifo)).toBe(true);
  });

  it('fails when the init dies while it is waited for, and closes the fifo', async () => {
    let alive = true;
    setTimeout(() => (alive = false), 100);
    const began = Date.now();
    const err = await releaseInit('c1', fifo, { initAlive: () => alive, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(Date.now() - began).toBeLessThan(1000);
    expect(isFailedPrecondition(err)).toBe(true);
    expect(existsSync(fifo)).toBe(true);
    expect(holds(fifo)).toBe(false);
  });

  it('gives up on a live init that never writes after the timeout, so start may be retried', async () => {
    const err = await releaseInit('c1', fifo, { initAlive: () => true, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(isDeadlineExceeded(err)).toBe(true);
    expect(existsSync(fifo)).toBe(true);
    expect(holds(fifo)).toBe(false);

    const init = spawn('sh', ['-c', `printf 0 > '${fifo}'`], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => init.on('exit', resolve));
    await releaseInit('c1', fifo, { initAlive: () => true, timeoutMs: 5000 });
    expect(await exited).toBe(0);
  });
});

describe('isExecFifo', () => {
  it('recognises only a fifo at runc’s path', () => {
    expect(execFifoPath('/run/berth/runc', 'c1')).toBe('/run/berth/runc/c1/exec.fifo');
    expect(isExecFifo(fifo)).toBe(true);
    expect(isExecFifo(join(dir, 'missing'))).toBe(false);
    writeFileSync(join(dir, 'plain'), '');
    expect(isExecFifo(join(dir, 'plain'))).toBe(false);
  });
});
