import { parseDaemonArgs, type DaemonOptions } from './flags';

const noFile = () => undefined;
const parse = (argv: string[], file?: string) => parseDaemonArgs(argv, () => file) as DaemonOptions;

describe('storage driver proxy options', () => {
  it('takes the snapshotter address from --storage-opt or daemon.json storage-opts', () => {
    expect(parse(['-s', 'proxy', '--storage-opt', 'proxy.address=unix:///run/sn.sock'])).toMatchObject({
      storageDriver: 'proxy',
      snapshotterAddress: 'unix:///run/sn.sock',
    });
    const file = JSON.stringify({ 'storage-driver': 'proxy', 'storage-opts': ['proxy.address=/run/x.sock'] });
    expect(parse([], file)).toMatchObject({ storageDriver: 'proxy', snapshotterAddress: '/run/x.sock' });
    expect(parse(['-s', 'native']).snapshotterAddress).toBeUndefined();
  });

  it('refuses proxy without an address, and options the driver does not know, as dockerd does', () => {
    expect(() => parseDaemonArgs(['-s', 'proxy'], noFile)).toThrow('proxy: storage-opt proxy.address=unix:///path is required');
    expect(() => parseDaemonArgs(['-s', 'proxy', '--storage-opt', 'proxy.address='], noFile)).toThrow(/is required/);
    expect(() => parseDaemonArgs(['--storage-opt', 'proxy.address=/x.sock'], noFile)).toThrow('overlay2: unknown option proxy.address');
    expect(() => parseDaemonArgs(['-s', 'proxy', '--storage-opt', 'size=10G'], noFile)).toThrow('proxy: unknown option size');
    expect(() => parseDaemonArgs(['-s', 'proxy', '--storage-opt', 'proxy.address=/a', '--storage-opt'], noFile)).toThrow(/flag needs an argument/);
  });
});
