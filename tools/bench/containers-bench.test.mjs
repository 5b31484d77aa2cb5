import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIGURES, comparisonTable, meetsTarget, ratio } from './containers-bench.mjs';
import { programName } from './lib/engines.mjs';

const figure = (key) => FIGURES.find((f) => f.key === key);

test('ratios are berth over moby, absent when a side is missing', () => {
  assert.equal(ratio(50, 200), 0.25);
  assert.equal(ratio(1, 3), 0.33);
  assert.equal(ratio(50, undefined), undefined);
  assert.equal(ratio(undefined, 50), undefined);
  assert.equal(ratio(5, 0), undefined);
});

test('targets: a ceiling on the ratio, or an absolute one for memory', () => {
  assert.equal(meetsTarget(figure('run'), 100, 250), true);
  assert.equal(meetsTarget(figure('run'), 130, 250), false);
  assert.equal(meetsTarget(figure('apiCycle'), 80, 200), true);
  assert.equal(meetsTarget(figure('apiCycle'), 81, 200), false);
  assert.equal(meetsTarget(figure('run'), 100, undefined), undefined); // no moby, no verdict
  assert.equal(meetsTarget(figure('rssIdle'), 59.9, undefined), true);
  assert.equal(meetsTarget(figure('rssIdle'), 61, 10), false);
  assert.equal(meetsTarget(figure('apiStart'), 10, 100), undefined); // informative only
});

test('the table has a line per measured figure, with both sides, the ratio and the verdict', () => {
  const text = comparisonTable({ berth: { run: 100, exec: 70, rssIdle: 58 }, moby: { run: 250, exec: 60, rssIdle: 140 } }, 20);
  const lines = text.split('\n');
  assert.match(lines[0], /^figure\s+berth\s+moby\s+berth\/moby\s+target$/);
  assert.equal(lines.length, 4);
  assert.match(lines[1], /^run --rm busybox true \(median\)\s+100 ms\s+250 ms\s+0\.4×\s+≤ 0\.5× ok$/);
  assert.match(lines[2], /^exec <c> true \(median\)\s+70 ms\s+60 ms\s+1\.17×\s+≤ 0\.5× MISSED$/);
  assert.match(lines[3], /^idle RSS after the above\s+58 MiB\s+140 MiB\s+0\.41×\s+≤ 60 MiB ok$/);
  assert.match(comparisonTable({ berth: { burstRun: 900 } }, 12), /^12 parallel run -d sleep 60.*900 ms\s+-\s+-/m);
});

test('launchers with node flags in front are named by their script', () => {
  assert.equal(programName('node --max-semi-space-size=1 --no-opt /work/main/bin/berthd --data-root /x'), 'berthd');
});
