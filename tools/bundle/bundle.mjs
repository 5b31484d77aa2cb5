#!/usr/bin/env node
// Bundles each binary into one CommonJS file under bin/ so start-up pays for one file read and one
// compile instead of resolving hundreds of modules. The committed launchers (bin/berthd, bin/berth,
// bin/berth-shim) only require these files. Native code cannot be bundled: the sys addon is copied
// next to the bundles (the sys package looks for `berth_sys.node` beside the requiring file first),
// and npm packages that ship native code stay external and load from node_modules.
//
//   node tools/bundle/bundle.mjs     (after `npx nx run-many -t build`, which builds the addon)

import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binDir = join(root, 'bin');

/** Each binary, with the entry points that may provide it, first existing wins. */
export const BINARIES = [
  { name: 'berthd', entries: ['packages/daemon/src/main.ts', 'packages/api/src/main.ts'] },
  { name: 'berth', entries: ['packages/cli/src/main.ts'] },
  { name: 'berth-shim', entries: ['packages/shim/src/main.ts'] },
];

/** Native artefacts the bundles load from their own directory, each with the source that proves it is expected. */
const NATIVE_FILES = [
  { from: 'packages/sys/build/Release/berth_sys.node', to: 'bin/berth_sys.node', source: 'packages/sys/binding.gyp', build: 'npx nx run @berth/sys:build' },
  { from: 'packages/runtime-spec/build/berth-init', to: 'bin/berth-init', source: 'packages/runtime-spec/init/berth-init.c', build: 'npx nx run @berth/runtime-spec:build' },
  { from: 'packages/shim/build/berth-exec', to: 'bin/berth-exec', source: 'packages/shim/native/berth-exec.c', build: 'npx nx run @berth/shim:build' },
];

/** npm packages under node_modules that carry native code (a binding.gyp or prebuilt binaries). */
export function nativePackages(nodeModules = join(root, 'node_modules')) {
  const found = [];
  const isNative = (dir) => existsSync(join(dir, 'binding.gyp')) || existsSync(join(dir, 'prebuilds'));
  for (const name of existsSync(nodeModules) ? readdirSync(nodeModules) : []) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      if (name === '@berth') continue;
      for (const sub of readdirSync(join(nodeModules, name))) if (isNative(join(nodeModules, name, sub))) found.push(`${name}/${sub}`);
    } else if (isNative(join(nodeModules, name))) {
      found.push(name);
    }
  }
  return found.sort();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  mkdirSync(binDir, { recursive: true });
  const external = ['*.node', ...nativePackages()];
  const built = [];
  const missing = [];
  const failed = [];
  for (const binary of BINARIES) {
    const entry = binary.entries.find((e) => existsSync(join(root, e)));
    if (!entry) {
      missing.push(binary);
      continue;
    }
    const outfile = join(binDir, `${binary.name}.js`);
    try {
      await build({
        entryPoints: [join(root, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        minifyWhitespace: true,
        minifySyntax: true,
        minifyIdentifiers: false, // stack traces and error names stay readable
        sourcemap: 'linked',
        tsconfig: join(root, 'tsconfig.base.json'), // resolves @berth/* to each package's src/index.ts
        external,
        logLevel: 'silent', // errors are reported below, once, under the binary's name
      });
    } catch (err) {
      const errors = err && Array.isArray(err.errors) ? err.errors : [{ text: String(err) }];
      failed.push({ name: binary.name, entry, errors });
      continue;
    }
    built.push({ name: binary.name, entry, size: statSync(outfile).size });
  }

  const copied = [];
  for (const file of NATIVE_FILES) {
    const from = join(root, file.from);
    if (existsSync(from)) {
      // Copy then rename: overwriting in place would change the pages of a loaded addon under a
      // running berthd or shim and crash it.
      const to = join(root, file.to);
      copyFileSync(from, `${to}.tmp-${process.pid}`);
      renameSync(`${to}.tmp-${process.pid}`, to);
      copied.push(`${file.to} (${kb(statSync(from).size)})`);
    } else if (existsSync(join(root, file.source))) {
      throw new Error(`${file.from} is missing: build it first (${file.build})`);
    }
  }
  const addon = copied.length ? copied.join(', ') : 'no native files in this tree';

  for (const b of built) console.log(`bundle: ${`bin/${b.name}.js`.padEnd(19)} ${kb(b.size).padStart(8)}  ← ${b.entry}`);
  console.log(`bundle: native ${addon}; external: ${external.join(', ')}`);
  for (const b of missing) console.warn(`bundle: WARNING: skipped ${b.name}: no entry point yet (${b.entries.join(' or ')})`);
  for (const f of failed) {
    console.error(`bundle: ERROR: bin/${f.name}.js from ${f.entry}: ${f.errors.length} error(s)`);
    for (const e of f.errors) {
      const where = e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : '';
      console.error(`  ${where}${e.text}`);
    }
  }
  if (failed.length) process.exit(1);
  if (built.length === 0) console.warn(`bundle: WARNING: nothing bundled under ${relative(process.cwd(), binDir) || binDir}`);
}

main().catch((err) => {
  console.error(`bundle: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
