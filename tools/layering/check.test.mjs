// The checker's rules, each shown failing on a small fixture repository and passing on a clean one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { checkLayering, formatViolation } from './check.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LAYERS = { errdefs: 0, reference: 0, content: 1, images: 2, engine: 5 };

describe('layering checker', () => {
  let root;
  /** Writes a package; `files` maps paths under the package folder to contents. */
  const pkg = (name, { deps = [], devDeps = [], files = {}, readme = true, index = 'export {};\n' } = {}) => {
    const dir = join(root, 'packages', name);
    const star = (names) => Object.fromEntries(names.map((n) => [`@berth/${n}`, '*']));
    const all = { 'package.json': JSON.stringify({ name: `@berth/${name}`, dependencies: star(deps), devDependencies: star(devDeps) }), ...files };
    if (readme) all['README.md'] = `# @berth/${name}\n`;
    if (index !== null) all['src/index.ts'] = index;
    for (const [path, content] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  };
  const messages = () => checkLayering(root, LAYERS).map((v) => `${v.pkg}: ${v.message}`);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'berth-layering-test-'));
    // checkLayering loads typescript relative to the checked repository; borrow ours.
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(join(repoRoot, 'node_modules', 'typescript'), join(root, 'node_modules', 'typescript'));
    pkg('errdefs');
    pkg('reference', { deps: ['errdefs'], index: "export * from './ref';\nimport { notFound } from '@berth/errdefs';\n" });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('a clean tree has no violations', () => {
    pkg('content', { deps: ['errdefs', 'reference'], index: "import { a } from '@berth/reference';\nexport const b = a;\n" });
    pkg('images', { deps: ['content'], files: { 'src/x.ts': "import type { C } from '@berth/content';\nconst r = require('@berth/content');\nimport('node:fs');\n" } });
    assert.deepEqual(messages(), []);
  });

  test('importing a same or higher layer is a violation, errdefs excepted', () => {
    pkg('content', { deps: ['images'], index: "import { x } from '@berth/images';\n" });
    pkg('images', { deps: ['content'], index: "export { y } from '@berth/content';\n" });
    pkg('engine', { deps: ['images'], files: { 'src/a.ts': "import { z } from '@berth/images';\n" } });
    assert.deepEqual(messages(), ['content: imports "@berth/images" (layer 2) from layer 1: imports must go to a strictly lower layer']);
  });

  test('same-layer imports other than errdefs are violations', () => {
    pkg('reference', { deps: ['errdefs', 'content'], index: "import '@berth/content';\n" });
    pkg('content');
    assert.match(messages().join('\n'), /reference: imports "@berth\/content" \(layer 1\) from layer 0/);
  });

  test('deep imports are violations', () => {
    pkg('content', { deps: ['reference'], index: "import { parse } from '@berth/reference/src/ref';\n" });
    assert.deepEqual(messages(), ['content: deep import "@berth/reference/src/ref": import "@berth/reference" (its src/index.ts) instead']);
  });

  test('relative imports may not leave the package', () => {
    pkg('content', { files: { 'src/a/b.ts': "import '../../../reference/src/ref';\nimport '../../package.json';\nimport '../index';\n" } });
    assert.deepEqual(messages(), ['content: relative import "../../../reference/src/ref" leaves the package']);
  });

  test('undeclared dependencies are violations; devDependencies count only for tests', () => {
    pkg('content', { devDeps: ['reference'], files: { 'src/a.ts': "import '@berth/reference';\n", 'src/a.test.ts': "import '@berth/reference';\n" } });
    assert.deepEqual(messages(), ['content: imports "@berth/reference" but package.json does not declare it in dependencies']);
  });

  test('packages need a README, an index and a layer', () => {
    pkg('content', { readme: false, index: null });
    pkg('mystery');
    pkg('images', { deps: ['mystery'], index: "import '@berth/mystery';\n" });
    assert.deepEqual(messages().sort(), [
      'content: has no README.md',
      'content: has no src/index.ts (its only public entry)',
      'images: imports "@berth/mystery", which has no layer in tools/layering/layers.json',
      'mystery: has no layer in tools/layering/layers.json',
    ]);
  });

  test('errdefs may depend on nothing', () => {
    pkg('errdefs', { deps: ['reference'] });
    assert.deepEqual(messages(), ['errdefs: is a foundation package and must not depend on other packages (@berth/reference)']);
  });

  test('violations print with file and line', () => {
    pkg('content', { deps: ['images'], files: { 'src/a.ts': "\n\nimport '@berth/images';\n" } });
    pkg('images', { deps: ['content'] });
    const [v] = checkLayering(root, LAYERS);
    assert.equal(formatViolation(v), 'packages/content/src/a.ts:3  @berth/content imports "@berth/images" (layer 2) from layer 1: imports must go to a strictly lower layer');
  });
});
