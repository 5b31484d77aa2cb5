#!/usr/bin/env node
// Enforces the package layering of ARCHITECTURE.md mechanically: a package may import another
// @berth package only from a strictly lower layer (tools/layering/layers.json), only through its
// public entry (`@berth/x`, never `@berth/x/src/...`), only when its package.json declares the
// dependency, and never by a relative path that leaves its own folder. Every package must also
// have a README.md and a src/index.ts.
//
//   node tools/layering/check.mjs [repoRoot]      exit 1 and a list of violations when any

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const defaultRoot = resolve(here, '..', '..');

// errdefs is the shared error vocabulary every layer speaks (proto maps it to gRPC codes), so any
// package may import it; errdefs itself still imports no other package.
export const FOUNDATION = new Set(['errdefs']);

const SCOPE = '@berth/';

/**
 * @typedef {{ pkg: string, file?: string, line?: number, message: string }} Violation
 */

/** The module specifiers a TypeScript file imports, with 1-based line numbers. */
export function importsOf(source, ts) {
  const info = ts.preProcessFile(source, true, true);
  const lineOf = (pos) => source.slice(0, pos).split('\n').length;
  return info.importedFiles.map((f) => ({ specifier: f.fileName, line: lineOf(f.pos) }));
}

function walkTs(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) walkTs(file, out);
    else if (name.endsWith('.ts')) out.push(file);
  }
  return out;
}

const isTestFile = (file) => /\.test\.ts$/.test(file) || file.split(sep).includes('__tests__') || file.split(sep).includes('testing');

/**
 * Checks every package under `<root>/packages` against `layers` (package name → layer number).
 * @param {string} root repository root
 * @param {Record<string, number>} [layers] defaults to tools/layering/layers.json
 * @returns {Violation[]}
 */
export function checkLayering(root = defaultRoot, layers = undefined) {
  const layerOf = layers ?? JSON.parse(readFileSync(join(here, 'layers.json'), 'utf8'));
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const packagesDir = join(root, 'packages');
  const violations = [];
  const names = readdirSync(packagesDir).filter((n) => existsSync(join(packagesDir, n, 'package.json'))).sort();

  for (const pkg of names) {
    const pkgDir = join(packagesDir, pkg);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const add = (message, file, line) => violations.push({ pkg, file: file && relative(root, file), line, message });
    if (manifest.name !== `${SCOPE}${pkg}`) add(`package.json name is "${manifest.name}", expected "${SCOPE}${pkg}"`);
    if (!existsSync(join(pkgDir, 'README.md'))) add('has no README.md');
    if (!existsSync(join(pkgDir, 'src', 'index.ts'))) add('has no src/index.ts (its only public entry)');
    const ownLayer = layerOf[pkg];
    if (ownLayer === undefined) add('has no layer in tools/layering/layers.json');
    const deps = new Set(Object.keys(manifest.dependencies ?? {}));
    const devDeps = new Set(Object.keys(manifest.devDependencies ?? {}));

    for (const file of walkTs(join(pkgDir, 'src'))) {
      for (const { specifier, line } of importsOf(readFileSync(file, 'utf8'), ts)) {
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          if (target !== pkgDir && !target.startsWith(pkgDir + sep)) add(`relative import "${specifier}" leaves the package`, file, line);
          continue;
        }
        if (specifier.startsWith('/')) {
          add(`absolute import "${specifier}"`, file, line);
          continue;
        }
        if (!specifier.startsWith(SCOPE)) continue;
        const [target, ...deep] = specifier.slice(SCOPE.length).split('/');
        if (deep.length > 0) add(`deep import "${specifier}": import "${SCOPE}${target}" (its src/index.ts) instead`, file, line);
        if (target === pkg) continue;
        const targetLayer = layerOf[target];
        if (targetLayer === undefined) add(`imports "${SCOPE}${target}", which has no layer in tools/layering/layers.json`, file, line);
        else if (ownLayer !== undefined && !FOUNDATION.has(target) && targetLayer >= ownLayer) {
          add(`imports "${SCOPE}${target}" (layer ${targetLayer}) from layer ${ownLayer}: imports must go to a strictly lower layer`, file, line);
        }
        const declared = deps.has(`${SCOPE}${target}`) || (isTestFile(file) && devDeps.has(`${SCOPE}${target}`));
        if (!declared) add(`imports "${SCOPE}${target}" but package.json does not declare it in ${isTestFile(file) ? 'dependencies or devDependencies' : 'dependencies'}`, file, line);
      }
    }
    if (FOUNDATION.has(pkg)) {
      const scoped = [...deps].filter((d) => d.startsWith(SCOPE));
      if (scoped.length) add(`is a foundation package and must not depend on other packages (${scoped.join(', ')})`);
    }
  }
  return violations;
}

/** One line per violation: `packages/x/src/a.ts:3  @berth/x imports ...`. */
export function formatViolation(v) {
  const where = v.file ? `${v.file}${v.line ? `:${v.line}` : ''}` : `packages/${v.pkg}`;
  return `${where}  ${SCOPE}${v.pkg} ${v.message}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = resolve(process.argv[2] ?? defaultRoot);
  const violations = checkLayering(root);
  if (violations.length === 0) {
    console.log(`layering: ok (${readdirSync(join(root, 'packages')).length} packages)`);
  } else {
    console.error(`layering: ${violations.length} violation(s)`);
    for (const v of violations) console.error(`  ${formatViolation(v)}`);
    process.exit(1);
  }
}
