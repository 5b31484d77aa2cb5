import { isInvalidArgument } from '@berth/errdefs';
import { parseCpuset, specResources, type ResourceHost } from './resources';
import type { ResourceOptions } from './types';

const host: ResourceHost = { cpuCount: 2, cpuset: { cpus: '0-1', mems: '0' }, features: { swap: true, blkioWeight: true } };
const MiB = 1024 * 1024;

describe('specResources', () => {
  it('memory: limit, and swap = memory+swap total, twice the memory by default, -1 unlimited', () => {
    expect(specResources({ memory: 64 * MiB }, host).memory).toEqual({ limit: 64 * MiB, swap: 128 * MiB });
    expect(specResources({ memory: 64 * MiB, memorySwap: 100 * MiB }, host).memory).toEqual({ limit: 64 * MiB, swap: 100 * MiB });
    expect(specResources({ memory: 64 * MiB, memorySwap: -1 }, host).memory).toEqual({ limit: 64 * MiB, swap: -1 });
    // No swap accounting on the host: the swap limit is discarded, as Docker does.
    expect(specResources({ memory: 64 * MiB }, { ...host, features: { swap: false, blkioWeight: true } }).memory).toEqual({ limit: 64 * MiB });
  });

  it('cpu: --cpus as a quota over a 100ms period, shares, explicit quota/period, cpusets', () => {
    expect(specResources({ nanoCpus: 1.5e9 }, host).cpu).toEqual({ period: 100000, quota: 150000 });
    expect(specResources({ nanoCpus: 0.01e9 }, host).cpu).toEqual({ period: 100000, quota: 1000 });
    expect(specResources({ cpuShares: 512, cpuQuota: 50000, cpuPeriod: 200000, cpusetCpus: '0-1', cpusetMems: '0' }, host).cpu).toEqual({
      shares: 512,
      quota: 50000,
      period: 200000,
      cpus: '0-1',
      mems: '0',
    });
    expect(specResources({ cpuShares: 1 }, host).cpu).toEqual({ shares: 2 });
    expect(specResources({ cpuShares: 1e6 }, host).cpu).toEqual({ shares: 262144 });
  });

  it('pids and block I/O weight (dropped where the host has no weight knob)', () => {
    expect(specResources({ pidsLimit: 100, blkioWeight: 300 }, host)).toEqual({ pids: { limit: 100 }, blockIO: { weight: 300 } });
    expect(specResources({ pidsLimit: -1, blkioWeight: 300 }, { ...host, features: { swap: true, blkioWeight: false } })).toEqual({});
  });

  it('nothing set, nothing limited', () => {
    expect(specResources(undefined, host)).toEqual({});
    expect(specResources({ memory: 0, memorySwap: 0, nanoCpus: 0, pidsLimit: 0 }, host)).toEqual({});
  });

  it.each<[ResourceOptions, string]>([
    [{ memory: 1024 }, 'Minimum memory limit allowed is 6MB'],
    [{ memory: -1 }, 'Minimum memory limit allowed is 6MB'],
    [{ memory: 64 * MiB, memorySwap: 32 * MiB }, 'Minimum memoryswap limit should be larger than memory limit, see usage'],
    [{ memorySwap: 32 * MiB }, 'You should always set the Memory limit when using Memoryswap limit, see usage'],
    [{ nanoCpus: 3e9 }, 'Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'],
    [{ nanoCpus: -1 }, 'Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'],
    [{ nanoCpus: 1e9, cpuPeriod: 100000 }, 'Conflicting options: Nano CPUs and CPU Period cannot both be set'],
    [{ nanoCpus: 1e9, cpuQuota: 100000 }, 'Conflicting options: Nano CPUs and CPU Quota cannot both be set'],
    [{ cpuPeriod: 999 }, 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)'],
    [{ cpuPeriod: 1000001 }, 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)'],
    [{ cpuQuota: 999 }, 'CPU cfs quota can not be less than 1ms (i.e. 1000)'],
    [{ cpuShares: -5 }, 'invalid CPU shares -5: must be a positive integer'],
    [{ cpusetCpus: '0-3' }, 'Requested CPUs are not available - requested 0-3, available: 0-1'],
    [{ cpusetCpus: '1,a' }, 'Invalid value 1,a for cpuset cpus'],
    [{ cpusetMems: '1' }, 'Requested memory nodes are not available - requested 1, available: 0'],
    [{ cpusetMems: '0-' }, 'Invalid value 0- for cpuset mems'],
    [{ blkioWeight: 5 }, 'Range of blkio weight is from 10 to 1000'],
    [{ blkioWeight: 1001 }, 'Range of blkio weight is from 10 to 1000'],
    [{ memory: 7 * MiB + 0.5 }, 'invalid value 7340032.5 for memory: must be an integer'],
  ])('rejects %j with Docker\'s message', (opts, message) => {
    let err: unknown;
    try {
      specResources(opts, host);
    } catch (e) {
      err = e;
    }
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toBe(message);
  });
});

describe('parseCpuset', () => {
  it('reads list format', () => {
    expect([...(parseCpuset('0-2,5') ?? [])]).toEqual([0, 1, 2, 5]);
    expect(parseCpuset('2-1')).toBeUndefined();
    expect(parseCpuset('')).toBeUndefined();
  });
});
