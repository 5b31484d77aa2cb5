#!/usr/bin/env node
// Turns the logs of `npm test`'s steps into pass/fail counts, so the last line of the run can be a
// plain "N passed, N failed" whatever mix of jest (through nx) and node:test produced them.
//
//   node tools/setup/summarize.mjs nx <log> <exitCode>     jest suites run by nx run-many / nx run
//   node tools/setup/summarize.mjs tap <log> <exitCode>    node --test (TAP reporter)
// prints "<passed> <failed>" on stdout and the reasons for uncounted failures on stderr.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const count = (line, word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);

/**
 * Counts jest results in an nx log. A failed nx task that reported no failing test (a typecheck
 * error, a suite that did not compile, "no tests found") counts as one failure, so a red run can
 * never sum to "0 failed".
 * @returns {{ passed: number, failed: number, notes: string[] }}
 */
export function summarizeNx(log, exitCode = 0) {
  const lines = stripAnsi(log).split('\n');
  const failuresByTask = new Map();
  let task = '';
  let passed = 0;
  let failed = 0;
  const failedTasks = [];
  let inFailedList = false;
  for (const line of lines) {
    const header = /^> nx run (\S+:\S+)/.exec(line);
    if (header) {
      task = header[1];
      continue;
    }
    if (/^Failed tasks:/.test(line.trim())) {
      inFailedList = true;
      continue;
    }
    if (inFailedList) {
      const item = /^\s*- (\S+:\S+)/.exec(line);
      if (item) failedTasks.push(item[1]);
      continue;
    }
    const tests = /^\s*Tests:\s+(.*)$/.exec(line);
    let taskFailures = 0;
    if (tests) {
      passed += count(tests[1], 'passed');
      taskFailures = count(tests[1], 'failed');
    } else if (/● Test suite failed to run/.test(line)) {
      taskFailures = 1;
    }
    if (taskFailures) {
      failed += taskFailures;
      failuresByTask.set(task, (failuresByTask.get(task) ?? 0) + taskFailures);
    }
  }
  const notes = [];
  for (const t of failedTasks) {
    if (!failuresByTask.get(t)) {
      failed += 1;
      notes.push(`${t} failed`);
    }
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exited with code ${exitCode} without reporting a failing test`);
  }
  return { passed, failed, notes };
}

/** Counts a node:test TAP log ("# pass N", "# fail N", "# cancelled N"). */
export function summarizeTap(log, exitCode = 0) {
  const text = stripAnsi(log);
  const total = (name) => [...text.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].reduce((s, m) => s + Number(m[1]), 0);
  const passed = total('pass');
  let failed = total('fail') + total('cancelled');
  const notes = [];
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exited with code ${exitCode} without reporting a failing test`);
  }
  return { passed, failed, notes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [kind, file, code] = process.argv.slice(2);
  const summarize = { nx: summarizeNx, tap: summarizeTap }[kind];
  if (!summarize || !file) {
    console.error('usage: summarize.mjs nx|tap <log> <exitCode>');
    process.exit(2);
  }
  const { passed, failed, notes } = summarize(readFileSync(file, 'utf8'), Number(code ?? 0));
  for (const note of notes) console.error(note);
  console.log(`${passed} ${failed}`);
}
