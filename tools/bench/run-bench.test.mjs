import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineProcesses, programName, quantile, summarize } from './run-bench.mjs';

test('quantiles interpolate between closest ranks', () => {
  assert.equal(quantile([3, 1, 2], 0.5), 2);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9), 91);
  assert.throws(() => quantile([], 0.5), /no samples/);
  assert.deepEqual(summarize([5, 1, 3]), { runs: 3, medianMs: 3, p90Ms: 4.6, minMs: 1, maxMs: 5 });
});

test("an engine's processes are its descendants plus re-parented ones naming its directory", () => {
  const table = new Map([
    [1, { ppid: 0, rssKiB: 1, cmdline: '/sbin/init' }],
    [10, { ppid: 1, rssKiB: 1, cmdline: 'dockerd --data-root /tmp/bb-moby-x/data' }],
    [11, { ppid: 10, rssKiB: 1, cmdline: 'containerd --config /tmp/bb-moby-x/exec/containerd.toml' }],
    [12, { ppid: 11, rssKiB: 1, cmdline: 'runc init' }],
    [20, { ppid: 1, rssKiB: 1, cmdline: 'containerd-shim-runc-v2 -address /tmp/bb-moby-x/exec/containerd.sock' }],
    [21, { ppid: 20, rssKiB: 1, cmdline: 'sh' }],
    [30, { ppid: 1, rssKiB: 1, cmdline: 'dockerd --data-root /var/lib/docker' }],
  ]);
  assert.deepEqual([...engineProcesses(table, 10, '/tmp/bb-moby-x')].sort((a, b) => a - b), [10, 11, 12, 20, 21]);
});

test('processes are named by their program, not by node', () => {
  assert.equal(programName('/usr/bin/node /work/main/bin/berthd --data-root /x'), 'berthd');
  assert.equal(programName('node /work/main/bin/berth-shim.js'), 'berth-shim');
  assert.equal(programName('/usr/sbin/dockerd -H unix:///x'), 'dockerd');
  assert.equal(programName('node --enable-source-maps'), 'node');
});
