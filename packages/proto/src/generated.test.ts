import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = join(__dirname, '../../..');
const committed = join(__dirname, 'generated');

describe('generated code', () => {
  let fresh: string;
  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'berth-proto-gen-'));
    execFileSync(process.execPath, [join(repoRoot, 'tools/codegen/gen-proto.mjs'), '--out', fresh], { stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is up to date with proto/ (run `npm run generate -w @berth/proto` if this fails)', () => {
    const names = readdirSync(fresh).sort();
    expect(readdirSync(committed).sort()).toEqual(names);
    for (const name of names) {
      const stale = readFileSync(join(committed, name), 'utf8') !== readFileSync(join(fresh, name), 'utf8');
      expect({ file: name, stale }).toEqual({ file: name, stale: false });
    }
  });

  it('derives one unary definition per rpc of the Task service', () => {
    const services = readFileSync(join(fresh, 'services.ts'), 'utf8');
    const proto = readFileSync(join(repoRoot, 'proto/berth/shim/v1/shim.proto'), 'utf8');
    const rpcs = [...proto.matchAll(/^\s*rpc (\w+)\(/gm)].map((m) => m[1]);
    expect(rpcs.length).toBeGreaterThanOrEqual(9);
    for (const rpc of rpcs) expect(services).toContain(`'/berth.shim.v1.Task/${rpc}'`);
  });
});
