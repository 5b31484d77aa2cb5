#!/usr/bin/env node
// Measures berth-shim's cost on this machine and prints the figures as JSON:
//   latency  create+start+wait of `true` in a prepared bundle through the shim's task API, against a
//            bare `runc run` of the same bundle (the target: ≤ 1.5×);
//   memory   the shim's idle RSS/PSS and its growth per idle `sleep` container (20 of them), read
//            from /proc/<pid>/smaps_rollup, for each set of Node flags compared.
// Everything it starts is stopped and its temporary directory removed.
//
//   node packages/shim/bench/run.mjs [--runs 20] [--containers 20] [--only latency|memory] [--flags="<node flags>|none" ...]
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const work = mkdtempSync(join(tmpdir(), 'berth-shim-bench-'));
try {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', tsconfig: join(root, 'tsconfig.base.json'), external: ['*.node'], logLevel: 'error' };
  // Minified as tools/bundle/bundle.mjs builds bin/berth-shim.js, so the figures are production's.
  buildSync({ ...common, minifyWhitespace: true, minifySyntax: true, entryPoints: [join(root, 'packages/shim/src/main.ts')], outfile: join(work, 'berth-shim.js') });
  buildSync({ ...common, entryPoints: [join(here, 'bench.ts')], outfile: join(work, 'bench.js') });
  copyFileSync(join(root, 'packages/sys/build/Release/berth_sys.node'), join(work, 'berth_sys.node'));
  execFileSync(process.execPath, [join(work, 'bench.js'), '--work', work, ...process.argv.slice(2)], { stdio: 'inherit' });
} finally {
  rmSync(work, { recursive: true, force: true });
}
