#!/usr/bin/env node
// Container commands side by side: the real docker CLI (and raw HTTP on the unix socket) against a
// berthd this script starts, and with --moby against a private dockerd started the same way
// (lib/engines.mjs: own roots and socket, no bridge, no iptables). Both run at once and take turns
// sample by sample, so load from elsewhere on the machine falls on both alike. Figures:
//   run      `docker run --rm busybox true`
//   api      create + start + wait + delete over raw HTTP (no CLI), and its start alone
//   burst    20 parallel `docker run -d busybox sleep 60` until all run, then `docker rm -f` of the 20
//   exec     `docker exec <c> true`
//   stop     `docker stop` of a container that exits on SIGTERM
//   memory   the engine's RSS (and PSS) idle at start, and idle after all of the above once its
//            containers are gone (berthd plus any shim; dockerd plus containerd plus any shim)
// Prints a table (berth, moby, berth/moby, target) and one JSON line. Not run in CI.
//
//   node tools/bench/containers-bench.mjs [--runs 10] [--burst 20] [--moby] [--only berth|moby] [--settle 15]
//                                         [--berthd <launcher>]   (another build or node flags, to compare)

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DOCKER_CLI, alignColumns, alternate, api, benchCommandLine, docker, dockerEnv, findDockerd, installDockerIo, resources, round, rssMiB, sleep, startBerth, startMoby,
} from './lib/engines.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Each figure with its unit and the target as a ceiling on berth/moby (memory has an
 * absolute ceiling instead). `lower` says smaller is better for every figure here.
 */
export const FIGURES = [
  { key: 'run', label: 'run --rm busybox true (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'apiCycle', label: 'API create+start+wait+delete (median)', unit: 'ms', maxRatio: 0.4 },
  { key: 'apiStart', label: '  of which start (median)', unit: 'ms' },
  { key: 'burstRun', label: 'N parallel run -d sleep 60, all running (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'burstRm', label: 'rm -f of the N (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'exec', label: 'exec <c> true (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'stop', label: 'stop, container exits on SIGTERM (median)', unit: 'ms', maxRatio: 0.5 },
  { key: 'rssStart', label: 'idle RSS at start', unit: 'MiB' },
  { key: 'rssIdle', label: 'idle RSS after the above', unit: 'MiB', max: 60 },
  { key: 'pssIdle', label: 'idle PSS after the above', unit: 'MiB' },
];

/** berth/moby rounded to 2 digits; undefined when either side is missing or moby's is 0. */
export function ratio(berth, moby) {
  return berth === undefined || moby === undefined || moby === 0 ? undefined : round(berth / moby, 2);
}

/** Whether berth meets the figure's target: a ratio ceiling, an absolute ceiling, or none (undefined). */
export function meetsTarget(figure, berth, moby) {
  if (berth === undefined) return undefined;
  if (figure.max !== undefined) return berth <= figure.max;
  const r = ratio(berth, moby);
  if (figure.maxRatio === undefined || r === undefined) return undefined;
  return r <= figure.maxRatio;
}

/** The comparison table: one line per figure measured on at least one side. */
export function comparisonTable(results, burst) {
  const cell = (v, unit) => (v === undefined ? '-' : `${v} ${unit}`);
  const body = [];
  for (const f of FIGURES) {
    const b = results.berth?.[f.key];
    const m = results.moby?.[f.key];
    if (b === undefined && m === undefined) continue;
    const r = ratio(b, m);
    const target = f.max !== undefined ? `≤ ${f.max} ${f.unit}` : f.maxRatio !== undefined ? `≤ ${f.maxRatio}×` : '';
    const ok = meetsTarget(f, b, m);
    body.push([f.label.replace('N ', `${burst} `).replace('the N', `the ${burst}`), cell(b, f.unit), cell(m, f.unit), r === undefined ? '-' : `${r}×`,
      target ? `${target} ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`.trim() : '']);
  }
  return alignColumns(['figure', 'berth', 'moby', 'berth/moby', 'target'], body);
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The docker CLI without blocking the event loop, so several can run at once. */
function dockerAsync(engine, args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(DOCKER_CLI, ['-H', `unix://${engine.socket}`, ...args], { env: dockerEnv(engine.dir), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`docker ${args.join(' ')} against ${engine.name} failed (${code}): ${err.trim()}`))));
  });
}


const NET = ['--network', 'none'];
// `wait` returns as soon as a trapped signal arrives, so the container ends at once on SIGTERM.
const TERM_EXITS = ['sh', '-c', 'trap "exit 0" TERM; sleep 600 & wait'];


/** Every figure for every engine (all running at once, samples interleaved); results by engine name. */
export async function measure(engines, { runs, warmup, burst, settle, image }) {
  const results = Object.fromEntries(engines.map((e) => [e.name, {}]));
  const record = (medians, key, name = 'value') => { for (const [e, m] of medians) results[e.name][key] = m[name]; };
  await sleep(settle * 1000);
  for (const e of engines) results[e.name].rssStart = rssMiB(e.child.pid, e.dir).mib;
  for (const e of engines) docker(e, ['load', '-i', image]);

  const runArgs = ['run', '--rm', ...NET, 'busybox', 'true'];
  await alternate(engines, warmup, (e) => timed(() => docker(e, runArgs)));
  record(await alternate(engines, runs, (e) => timed(() => docker(e, runArgs))), 'run');

  const agents = new Map(engines.map((e) => [e, new Agent({ keepAlive: true, maxSockets: 1 })]));
  const cycle = async (e) => {
    const agent = agents.get(e);
    const began = process.hrtime.bigint();
    const { Id } = await api(e, agent, 'POST', '/containers/create', { Image: 'busybox', Cmd: ['true'], HostConfig: { NetworkMode: 'none' } });
    const start = await timed(() => api(e, agent, 'POST', `/containers/${Id}/start`));
    await api(e, agent, 'POST', `/containers/${Id}/wait`);
    await api(e, agent, 'DELETE', `/containers/${Id}`);
    return { cycle: Number(process.hrtime.bigint() - began) / 1e6, start };
  };
  await alternate(engines, warmup, cycle);
  const cycles = await alternate(engines, runs, cycle);
  record(cycles, 'apiCycle', 'cycle');
  record(cycles, 'apiStart', 'start');
  for (const agent of agents.values()) agent.destroy();

  const targets = new Map(engines.map((e) => [e, docker(e, ['run', '-d', ...NET, 'busybox', 'sleep', '600']).trim()]));
  const exec = (e) => timed(() => docker(e, ['exec', targets.get(e), 'true']));
  await alternate(engines, warmup, exec);
  record(await alternate(engines, runs, exec), 'exec');
  for (const [e, id] of targets) docker(e, ['rm', '-f', id]);

  record(await alternate(engines, runs, async (e) => {
    const id = docker(e, ['run', '-d', ...NET, 'busybox', ...TERM_EXITS]).trim();
    const ms = await timed(() => docker(e, ['stop', id]));
    docker(e, ['rm', id]);
    return ms;
  }), 'stop');

  const bursts = await alternate(engines, runs, async (e) => {
    let ids = [];
    // `run -d` returns once the container is started, so all are running when the last returns.
    const run = await timed(async () => {
      ids = await Promise.all(Array.from({ length: burst }, () => dockerAsync(e, ['run', '-d', ...NET, 'busybox', 'sleep', '60'])));
    });
    const rm = await timed(() => dockerAsync(e, ['rm', '-f', ...ids.map((id) => id.trim())]));
    return { run, rm };
  });
  record(bursts, 'burstRun', 'run');
  record(bursts, 'burstRm', 'rm');

  for (const e of engines) if (docker(e, ['ps', '-aq']).trim()) throw new Error(`${e.name} still has containers after the bench`);
  await sleep(settle * 1000); // idle: whatever the engine keeps after a burst, once it has settled
  for (const e of engines) {
    const idle = rssMiB(e.child.pid, e.dir);
    Object.assign(results[e.name], { rssIdle: idle.mib, pssIdle: idle.pssMib, idleProcesses: idle.processes });
  }
  return results;
}

async function main() {
  const { values, options, names } = benchCommandLine({ settle: '15', counts: { burst: '20' } });
  const dockerd = names.includes('moby') ? (findDockerd() ?? installDockerIo()) : undefined;

  let results;
  const tracked = resources();
  try {
    const starters = { berth: (dir) => startBerth(dir, values.berthd), moby: (dir) => startMoby(dir, dockerd) };
    for (const name of names) {
      const dir = mkdtempSync(join(tmpdir(), `cb-${name}-`)); // short: unix socket paths are limited to 108 bytes
      tracked.dirs.push(dir);
      console.log(`bench: starting ${name} (${dir})`);
      tracked.engines.push(await starters[name](dir));
    }
    console.log(`bench: ${names.join(' and ')}, taking turns: ${options.runs} runs of each figure (${options.warmup} warm-up), bursts of ${options.burst}`);
    results = await measure([...tracked.engines], options);
  } finally {
    if (!tracked.interrupted) await tracked.cleanup();
  }

  console.log('');
  console.log(comparisonTable(results, options.burst));
  for (const name of names) console.log(`${name} idle processes: ${results[name].idleProcesses.join(', ') || '(none)'}`);
  const ratios = Object.fromEntries(FIGURES.map((f) => [f.key, ratio(results.berth?.[f.key], results.moby?.[f.key])]).filter(([, r]) => r !== undefined));
  console.log(JSON.stringify({ runs: options.runs, warmup: options.warmup, burst: options.burst, network: 'none', engines: results, ratios }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
