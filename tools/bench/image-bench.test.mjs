import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pseudoRandom } from './image-bench.mjs';

test('the generated data is deterministic per seed and incompressible-looking', () => {
  assert.deepEqual(pseudoRandom(3, 4096), pseudoRandom(3, 4096));
  assert.notDeepEqual(pseudoRandom(3, 64), pseudoRandom(4, 64));
  const bytes = pseudoRandom(2, 1 << 16);
  assert.ok(new Set(bytes).size > 250, 'every byte value appears');
});
