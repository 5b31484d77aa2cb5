import { isConflict, isInvalidArgument, notFound } from '@berth/errdefs';
import { modesWithoutJoins, resolveNamespaceJoins, type JoinTarget } from './namespace-join';

const donor: JoinTarget = { id: 'd1', running: true, restarting: false, pid: 4242, ipcMode: 'shareable' };
const find = (targets: Record<string, JoinTarget>) => (ref: string) => {
  const t = targets[ref];
  if (!t) throw notFound(`No such container: ${ref}`);
  return t;
};
const refusal = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('not refused');
};

describe('namespace joins', () => {
  it('resolves container:<ref> to the running process of the container', () => {
    expect(resolveNamespaceJoins({ PidMode: 'container:db', IpcMode: 'container:db', UTSMode: 'host' }, find({ db: donor }))).toEqual({
      pid: { container: 'db', pid: 4242 },
      ipc: { container: 'db', pid: 4242 },
      uts: 'host',
    });
  });

  it('leaves joins out when only the form is checked (create, update)', () => {
    expect(modesWithoutJoins({ PidMode: 'container:db', IpcMode: 'container:db' })).toEqual({ pid: undefined, ipc: undefined });
    expect(modesWithoutJoins({ PidMode: 'host', IpcMode: 'none' })).toEqual({ pid: 'host', ipc: 'none' });
  });

  it('refuses a missing, stopped or non-shareable container with dockerd messages', () => {
    const missing = refusal(() => resolveNamespaceJoins({ PidMode: 'container:nope' }, find({})));
    expect([isInvalidArgument(missing), missing.message]).toEqual([true, 'No such container: nope']);
    const stopped = refusal(() => resolveNamespaceJoins({ PidMode: 'container:db' }, find({ db: { ...donor, running: false } })));
    expect([isConflict(stopped), stopped.message]).toEqual([true, 'container d1 is not running']);
    const private_ = refusal(() => resolveNamespaceJoins({ IpcMode: 'container:db' }, find({ db: { ...donor, ipcMode: 'private' } })));
    expect(private_.message).toBe('container db: non-shareable IPC (hint: use IpcMode:shareable for the donor container)');
  });
});
