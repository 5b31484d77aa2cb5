// Transpiles one package's src/ to dist/ (CommonJS) so the package can be required without a
// TypeScript toolchain. Types are checked by the separate `typecheck` target, not here.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const src = join(root, 'src');
const entryPoints = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) entryPoints.push(file);
  }
})(src);
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({ entryPoints, outdir: join(root, 'dist'), outbase: src, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' });
