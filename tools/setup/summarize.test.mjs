import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeNx, summarizeTap } from './summarize.mjs';

const jestTask = (task, testsLine, extra = '') => `> nx run ${task}\n\n${extra}\x1b[1mTest Suites: \x1b[22m1 passed, 1 total\n\x1b[1mTests:       \x1b[22m${testsLine}\n`;

describe('nx log summary', () => {
  test('sums jest results across tasks, ANSI colours and all', () => {
    const log = jestTask('@berth/a:test', '\x1b[32m4 passed\x1b[39m, 4 total') + jestTask('@berth/b:test', '2 failed, 3 skipped, 7 passed, 12 total');
    assert.deepEqual(summarizeNx(log, 1), { passed: 11, failed: 2, notes: [] });
  });

  test('a failed task without failing tests counts once, with its name', () => {
    const log = jestTask('@berth/a:test', '4 passed, 4 total') +
      '> nx run @berth/a:typecheck\nsrc/x.ts(1,1): error TS2304\n> nx run @berth/c:test\nNo tests found, exiting with code 1\n' +
      ' NX   Running targets typecheck, test for 2 projects failed\n\nFailed tasks:\n\n- @berth/a:typecheck\n- @berth/c:test\n';
    assert.deepEqual(summarizeNx(log, 1), { passed: 4, failed: 2, notes: ['@berth/a:typecheck failed', '@berth/c:test failed'] });
  });

  test('a suite that failed to run counts even when every test that ran passed', () => {
    const log = jestTask('@berth/a:test', '4 passed, 4 total', '  ● Test suite failed to run\n\n    Cannot find module\n') + 'Failed tasks:\n- @berth/a:test\n';
    assert.deepEqual(summarizeNx(log, 1), { passed: 4, failed: 1, notes: [] });
  });

  test('a non-zero exit is never summarised as all passed', () => {
    assert.deepEqual(summarizeNx(jestTask('@berth/a:test', '4 passed, 4 total'), 1).failed, 1);
    assert.deepEqual(summarizeNx(jestTask('@berth/a:test', '4 passed, 4 total'), 0).failed, 0);
  });
});

describe('node:test TAP summary', () => {
  test('sums pass, fail and cancelled', () => {
    assert.deepEqual(summarizeTap('ok 1 - a\n# tests 5\n# pass 4\n# fail 1\n# cancelled 0\n', 1), { passed: 4, failed: 1, notes: [] });
  });
  test('a crash before any summary is a failure', () => {
    assert.equal(summarizeTap('SyntaxError: bad\n', 1).failed, 1);
  });
});
