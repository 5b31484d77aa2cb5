import { buildSync } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShimPool } from './shim-pool';

const repoRoot = join(__dirname, '../../../..');

/** Real berth-shim processes, bundled from source with the sys addon beside them. */
let work: string;
let binary: string;
const started = new Set<number>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'berth-pool-'));
  binary = join(work, 'berth-shim.js');
  buildSync({
    entryPoints: [join(repoRoot, 'packages/shim/src/main.ts')], outfile: binary, bundle: true, platform: 'node', target: 'node20',
    format: 'cjs', tsconfig: join(repoRoot, 'tsconfig.base.json'), external: ['*.node'], logLevel: 'error',
  });
  copyFileSync(join(repoRoot, 'packages/sys/build/Release/berth_sys.node'), join(work, 'berth_sys.node'));
});

afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
  rmSync(work, { recursive: true, force: true });
});

let n = 0;
function pool(groupSize: number, dir = join(work, `p${n++}`), idleGraceMs?: number): ShimPool {
  mkdirSync(dir, { recursive: true });
  return new ShimPool({ binary, dir, runtimeRoot: join(dir, 'runc'), groupSize, idleGraceMs });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A zombie (exited, not yet reaped by its parent, this test process) counts as gone. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

async function until(done: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(25);
  }
}

/** Pids of live shims whose command line names `dir`. */
function shimPidsUnder(dir: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir) && alive(pid);
    } catch {
      return false;
    }
  });
}

async function acquire(p: ShimPool, id: string) {
  const got = await p.acquire(id);
  started.add(got.client.shimPid);
  return got;
}

describe('ShimPool', () => {
  it('groups tasks N to a shim and stops a shim emptied while another serves, after the grace', async () => {
    const p = pool(2, undefined, 300);
    const a = await acquire(p, 't1');
    const b = await acquire(p, 't2');
    const c = await acquire(p, 't3');
    expect(b.address).toBe(a.address);
    expect(c.address).not.toBe(a.address);
    await p.release(a.address, 't1');
    await p.release(a.address, 't2');
    expect(alive(a.client.shimPid)).toBe(true);
    await until(() => !alive(a.client.shimPid) && !existsSync(a.address));
    expect(alive(c.client.shimPid)).toBe(true);
    await p.shutdown();
    expect(alive(c.client.shimPid)).toBe(false);
  });

  it('keeps no idle shim: the last one and an unused spare stop after the grace, unless a container comes', async () => {
    const dir = join(work, 'graced');
    const p = pool(2, dir, 400);
    const a = await acquire(p, 't1');
    await p.release(a.address, 't1');
    await sleep(200);
    // A create within the grace keeps the shim, and the start gets it.
    p.expect();
    await sleep(300);
    const b = await acquire(p, 't2');
    expect(b.client.shimPid).toBe(a.client.shimPid);
    await p.release(b.address, 't2');
    await sleep(250);
    expect(alive(a.client.shimPid)).toBe(true);
    // Gone with its socket, state and log.
    await until(() => !alive(a.client.shimPid) && readdirSync(dir).filter((f) => !f.startsWith('runc')).length === 0);

    // With no shim, a create starts a spare; left unused it stops too.
    p.expect();
    const spare = await acquire(p, 't3');
    started.add(spare.client.shimPid);
    expect(spare.client.shimPid).not.toBe(a.client.shimPid);
    await p.release(spare.address, 't3');
    p.prewarm();
    await sleep(100);
    const pids = shimPidsUnder(dir);
    expect(pids.length).toBeGreaterThan(0);
    await until(() => pids.every((pid) => !alive(pid)));
    await p.shutdown();
  });

  it('detach keeps shims with tasks for the next daemon, whose sweep stops the ones nobody claims', async () => {
    const dir = join(work, 'shared');
    const first = pool(1, dir);
    const kept = await acquire(first, 'kept');
    const unclaimed = await acquire(first, 'unclaimed');
    first.prewarm();
    await first.detach();
    expect(alive(kept.client.shimPid)).toBe(true);
    expect(alive(unclaimed.client.shimPid)).toBe(true);

    const second = pool(1, dir);
    const client = await second.reconnect(kept.address, 'kept');
    expect(client?.shimPid).toBe(kept.client.shimPid);
    await second.sweep();
    expect(alive(unclaimed.client.shimPid)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.sock'))).toEqual([kept.address.split('/').pop()]);
    expect(await second.reconnect(join(dir, 'nobody.sock'), 'x')).toBeUndefined();
    await second.shutdown();
    expect(alive(kept.client.shimPid)).toBe(false);
  });

  it('revive tells a broken connection from a dead shim, whose files it removes; a dead spare is never handed out', async () => {
    const p = pool(8);
    const a = await acquire(p, 't1');
    const again = await p.revive(a.address);
    expect(again?.shimPid).toBe(a.client.shimPid);
    process.kill(a.client.shimPid, 'SIGKILL');
    while (alive(a.client.shimPid)) await new Promise((r) => setTimeout(r, 20));
    expect(await p.revive(a.address)).toBeUndefined();
    expect(existsSync(a.address)).toBe(false);

    const q = pool(2);
    q.prewarm();
    const first = await acquire(q, 'first');
    await q.release(first.address, 'first');
    process.kill(first.client.shimPid, 'SIGKILL');
    while (alive(first.client.shimPid)) await new Promise((r) => setTimeout(r, 20));
    const next = await acquire(q, 'next');
    expect(next.client.shimPid).not.toBe(first.client.shimPid);
    expect(await next.client.state('none').catch((err: Error) => err.message)).toMatch(/no such task/);
    await q.shutdown();
    await p.shutdown();
  });
});
