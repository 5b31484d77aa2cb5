#!/usr/bin/env node
// Measures `docker run --rm busybox true` through the real docker CLI against a berthd this script
// starts (temporary roots and socket), and with --moby against a dockerd started the same way, so
// the two engines are compared on the same machine, image and client. Everything started here is
// stopped and every temporary directory removed, on success, failure or Ctrl-C. It never touches an
// existing Docker installation: dockerd gets its own roots, socket and pidfile, no bridge
// (no docker0) and no iptables rules.
//
//   node tools/bench/run-bench.mjs [--runs 20] [--warmup 2] [--moby] [--network none] [--only berth|moby] [--image F] [--berthd F]

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  alignColumns, benchCommandLine, docker, findDockerd, installDockerIo, resources, round, rssMiB, sleep, startBerth, startMoby, stopEngine, summarize,
} from './lib/engines.mjs';

// The shared helpers used to live here; other scripts and tests still import them from this file.
export * from './lib/engines.mjs';

async function measure(engine, { runs, warmup, network, image }) {
  docker(engine, ['load', '-i', image]);
  const runArgs = ['run', '--rm', ...(network ? ['--network', network] : []), 'busybox', 'true'];
  for (let i = 0; i < warmup; i++) docker(engine, runArgs);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    docker(engine, runArgs);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await sleep(1000); // let the daemon settle before reading its idle memory
  return { ...summarize(samples), idleRss: rssMiB(engine.child.pid, engine.dir) };
}

function table(rows) {
  const header = ['engine', 'runs', 'median', 'p90', 'min', 'max', 'idle RSS'];
  return alignColumns(header, rows.map((r) => [r.engine, String(r.runs), `${r.medianMs} ms`, `${r.p90Ms} ms`, `${r.minMs} ms`, `${r.maxMs} ms`, `${r.idleRss.mib} MiB (${r.idleRss.processes.join(', ')})`]));
}

async function main() {
  const { values, options: { runs, warmup, image }, names } = benchCommandLine({ runs: '20', strings: ['network'] });
  const dockerd = names.includes('moby') ? (findDockerd() ?? installDockerIo()) : undefined;

  // dockerd runs without a bridge (so it never creates docker0 or rules), which puts its containers
  // on `none`; berth gets the same network mode so both engines do the same work.
  const network = values.network ?? (names.includes('moby') ? 'none' : undefined);
  const options = { runs, warmup, network, image };
  const rows = [];
  const tracked = resources();
  const { engines, dirs } = tracked;

  try {
    const starters = { berth: (dir) => startBerth(dir, values.berthd), moby: (dir) => startMoby(dir, dockerd) };
    for (const name of names) {
      const start = starters[name];
      // A short path: unix socket paths are limited to 108 bytes.
      const dir = mkdtempSync(join(tmpdir(), `bb-${name}-`));
      dirs.push(dir);
      console.log(`bench: starting ${name} (${dir})`);
      const engine = await start(dir);
      engines.push(engine);
      console.log(`bench: ${name}: ${warmup} warm-up + ${runs} × docker run --rm ${network ? `--network ${network} ` : ''}busybox true`);
      rows.push({ engine: name, ...(await measure(engine, options)) });
      await stopEngine(engine);
      engines.splice(engines.indexOf(engine), 1);
    }
  } finally {
    if (!tracked.interrupted) await tracked.cleanup();
  }

  console.log('');
  console.log(table(rows));
  const result = { runs, warmup, network: network ?? 'default', engines: Object.fromEntries(rows.map(({ engine, ...r }) => [engine, r])) };
  if (rows.length === 2) {
    result.medianRatio = round(rows[0].medianMs / rows[1].medianMs, 2);
    result.idleRssRatio = round(rows[0].idleRss.mib / rows[1].idleRss.mib, 2);
    console.log(`\nberth/moby: median latency × ${result.medianRatio}, idle RSS × ${result.idleRssRatio}`);
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
