/**
 * berthd gives back what a burst of containers made it grow, once it is idle: the "idle
 * engine RSS ≤ 60 MB" (berthd plus idle shims; no container runs, so no shim is left), for berthd
 * as users start it, through the bin/berthd launcher.
 */
import { readFileSync } from 'node:fs';
import { describeDocker, suiteDaemon, TestDaemon } from './harness';

const IDLE_RSS_LIMIT = 60e6;

/** VmRSS of a process, in bytes. */
function rssBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!kib) throw new Error(`no VmRSS for ${pid}`);
  return Number(kib[1]) * 1024;
}

describeDocker('idle memory', () => {
  let daemon: TestDaemon;
  suiteDaemon((d) => (daemon = d), ['--bridge', 'none'], { launcher: true });

  it('comes back under 60 MB within 6.5 s of a burst of containers, with nothing in its log about it', async () => {
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all(Array.from({ length: 10 }, () => daemon.docker(['run', '-d', '--network', 'none', 'busybox', 'sleep', '60'])));
      for (const r of runs) expect(r).toMatchObject({ code: 0, stderr: '' });
      for (let i = 0; i < 3; i++) expect(await daemon.docker(['exec', runs[i].stdout.trim(), 'true'])).toMatchObject({ code: 0 });
      expect(await daemon.docker(['rm', '-f', ...runs.map((r) => r.stdout.trim())])).toMatchObject({ code: 0 });
    }
    const afterBurst = rssBytes(daemon.pid);

    let idle = afterBurst;
    // Two quiet checks of a second, the collection, malloc trimmed a second later: ~3 s. V8's own
    // memory reducer, left to itself, starts 8 s after the last allocations.
    const deadline = Date.now() + 6_500;
    while (Date.now() < deadline && idle > IDLE_RSS_LIMIT) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      idle = rssBytes(daemon.pid);
    }
    expect({ afterBurst, idle, underLimit: idle <= IDLE_RSS_LIMIT }).toMatchObject({ underLimit: true });
    expect(daemon.log).not.toMatch(/ExperimentalWarning/);
  }, 90_000);
});
