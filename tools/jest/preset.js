// Shared jest settings: swc transpiles TypeScript (types are checked by the typecheck target),
// and @berth/* imports resolve to each package's public index, exactly as the bundler does.
const path = require('node:path');
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleNameMapper: { '^@berth/([a-z-]+)$': path.join(__dirname, '../../packages/$1/src/index.ts') },
  testMatch: ['**/src/**/*.test.ts'],
  testTimeout: 30000,
};
