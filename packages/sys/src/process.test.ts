import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isNotFound } from '@berth/errdefs';
import { releaseFreeMemory, setChildSubreaper, waitPid, type PidExit } from '@berth/sys';

/**
 * Starts `script` in the background from a shell that exits at once, so the background process is
 * orphaned and (with the subreaper bit set) re-parented to this test process. Returns its pid.
 */
function orphan(script: string): number {
  const result = spawnSync('sh', ['-c', `sh -c '${script}' </dev/null >/dev/null 2>&1 & echo $!`], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return Number(result.stdout.trim());
}

async function reap(pid: number, timeoutMs = 5000): Promise<PidExit> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exit = waitPid(pid);
    if (exit) return exit;
    if (Date.now() > deadline) throw new Error(`pid ${pid} did not exit`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('subreaper and waitPid', () => {
  beforeAll(() => setChildSubreaper());

  it('collects the exit code of an orphaned grandchild, once', async () => {
    const pid = orphan('sleep 0.2; exit 7');
    expect(waitPid(pid)).toBeNull();
    await expect(reap(pid)).resolves.toEqual({ pid, exitCode: 7, signal: null });
    expect(() => waitPid(pid)).toThrow(expect.objectContaining({ code: 'ECHILD' }));
  });

  it('reports a signal death as 128+signal', async () => {
    const pid = orphan('exec sleep 30');
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.kill(pid, 'SIGKILL');
    await expect(reap(pid)).resolves.toEqual({ pid, exitCode: 137, signal: 9 });
  });

  it('throws notFound for a pid that is not our child', () => {
    let caught: unknown;
    try {
      waitPid(1);
    } catch (err) {
      caught = err;
    }
    expect(isNotFound(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'ECHILD', syscall: 'waitpid' });
  });

  it('rejects a pid that is not positive instead of waiting for any child', () => {
    expect(() => waitPid(-1)).toThrow(/positive pid/);
    expect(() => waitPid(0)).toThrow(/positive pid/);
  });
});

describe('releaseFreeMemory', () => {
  it('gives back the free memory malloc holds: the resident size drops', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const rssKiB = () => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
    // 64 MB in 100 KB blocks (under glibc's mmap threshold: malloc's heap), one in ten kept, so the
    // freed ones are holes malloc keeps rather than a top it trims by itself.
    const blocks: (Buffer | undefined)[] = Array.from({ length: 640 }, () => Buffer.allocUnsafeSlow(100_000).fill(1));
    for (let i = 0; i < blocks.length; i++) if (i % 10 !== 0) blocks[i] = undefined;
    gc();
    await new Promise((r) => setTimeout(r, 100)); // backing stores are freed after the collection
    gc();
    const before = rssKiB();
    expect(releaseFreeMemory()).toBe(true);
    expect(before - rssKiB()).toBeGreaterThan(20_000);
    expect(blocks.filter(Boolean)).toHaveLength(64);
  });
});
