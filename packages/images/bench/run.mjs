#!/usr/bin/env node
// Bundles bench/throughput.ts with esbuild (resolving @berth/* to sources) and runs it.
//   node packages/images/bench/run.mjs [workdir, default /var/tmp]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..');
const out = mkdtempSync(join(tmpdir(), 'berth-images-bench-bundle-'));
try {
  await build({
    entryPoints: [join(here, 'throughput.ts')],
    outfile: join(out, 'throughput.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: join(repo, 'tsconfig.base.json'),
    external: ['*.node', 'zstd-napi'],
    logLevel: 'warning',
  });
  copyFileSync(join(repo, 'packages/sys/build/Release/berth_sys.node'), join(out, 'berth_sys.node'));
  const run = spawnSync(process.execPath, [join(out, 'throughput.js'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
