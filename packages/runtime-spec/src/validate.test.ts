import { isInvalidArgument } from '@berth/errdefs';
import { buildSpec } from './build';
import type { Spec } from './types';
import { validateSpec } from './validate';

async function validSpec(): Promise<Spec> {
  return buildSpec({ Cmd: ['sh'] }, { id: 'validate-test' });
}

function violation(spec: unknown): Error {
  try {
    validateSpec(spec);
  } catch (err) {
    expect(isInvalidArgument(err)).toBe(true);
    return err as Error;
  }
  throw new Error('expected validateSpec to throw');
}

describe('validateSpec', () => {
  it('accepts what buildSpec emits and returns it unchanged', async () => {
    const spec = await validSpec();
    expect(validateSpec(spec)).toBe(spec);
  });

  it('rejects a spec without process.args', async () => {
    const spec = (await validSpec()) as unknown as { process: Record<string, unknown> };
    delete spec.process.args;
    expect(violation(spec).message).toMatch(/\/process: must have required property 'args'/);
  });

  it('rejects empty process.args', async () => {
    const spec = await validSpec();
    spec.process.args = [];
    expect(violation(spec).message).toMatch(/\/process\/args: must NOT have fewer than 1 items/);
  });

  it('rejects a bad mount and lists every violation', async () => {
    const spec = (await validSpec()) as unknown as { mounts: unknown[] };
    spec.mounts.push({ destination: 'relative', type: '', source: 'x', options: 'ro' });
    spec.mounts.push({ destinaton: '/typo', type: 'bind', source: '/x', options: [] });
    const { message } = violation(spec);
    expect(message).toMatch(/^invalid OCI runtime spec: /);
    expect(message).toMatch(/\/mounts\/7\/destination: must match pattern/);
    expect(message).toMatch(/\/mounts\/7\/type: must NOT have fewer than 1 characters/);
    expect(message).toMatch(/\/mounts\/7\/options: must be array/);
    expect(message).toMatch(/\/mounts\/8: must have required property 'destination'/);
    expect(message).toMatch(/\/mounts\/8: must NOT have additional properties \(destinaton\)/);
  });

  it('rejects malformed capabilities, env and ids', async () => {
    const spec = await validSpec();
    spec.process.capabilities.bounding.push('NET_ADMIN');
    spec.process.env.push('NOVALUE');
    spec.process.user.uid = -1;
    const { message } = violation(spec);
    expect(message).toMatch(/\/process\/capabilities\/bounding\/14: must match pattern/);
    expect(message).toMatch(/\/process\/env\/2: must match pattern/);
    expect(message).toMatch(/\/process\/user\/uid: must be >= 0/);
  });

  it('rejects duplicate namespaces and soft rlimits above hard', async () => {
    const spec = await validSpec();
    spec.linux.namespaces.push({ type: 'pid' });
    spec.process.rlimits = [{ type: 'RLIMIT_NOFILE', soft: 10, hard: 5 }];
    const { message } = violation(spec);
    expect(message).toMatch(/duplicate namespace type pid/);
    expect(message).toMatch(/soft limit 10 exceeds hard limit 5/);
  });

  it.each([null, 'config', 42, {}])('rejects %j', (value) => {
    expect(violation(value).message).toMatch(/^invalid OCI runtime spec: /);
  });
});
