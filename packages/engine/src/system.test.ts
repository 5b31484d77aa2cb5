import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backingFilesystem, listenerWarnings, supportsDType, parseRuncVersion, registryConfig, securityOptions, systemInfo, versionInfo, type HostFacts } from './system';

const facts: HostFacts = { kernelVersion: '6.1.0', operatingSystem: 'Debian GNU/Linux 12 (bookworm)', cgroupVersion: '2', runcVersion: '1.1.12', runcCommit: 'v1.1.12-0-g51d5e94' };

describe('system facts', () => {
  it('checks d_type on the data root with a file of its own, leaving nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-dtype-'));
    try {
      expect(supportsDType(dir)).toBe(true); // the test's tmp is extfs, tmpfs or overlay: all have it
      expect(readdirSync(dir)).toEqual([]);
      expect(supportsDType('/proc')).toBe(false); // nothing can be made there: not known to have it
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads runc version and commit from `runc --version`', () => {
    const text = 'runc version 1.1.5+ds1\ncommit: 1.1.5+ds1-1+deb12u1\nspec: 1.0.2-dev\ngo: go1.19.8\n';
    expect(parseRuncVersion(text)).toEqual({ runcVersion: '1.1.5+ds1', runcCommit: '1.1.5+ds1-1+deb12u1' });
    expect(parseRuncVersion('')).toEqual({ runcVersion: '', runcCommit: '' });
  });

  it('names the backing filesystem as dockerd does, <unknown> for a missing path', () => {
    // /proc is procfs, which dockerd has no name for; /dev/shm is tmpfs on every Linux.
    expect(backingFilesystem('/dev/shm')).toBe('tmpfs');
    expect(backingFilesystem('/proc')).toBe('<unknown>');
    expect(backingFilesystem('/no/such/dir')).toBe('<unknown>');
    const dir = mkdtempSync(join(tmpdir(), 'berth-fs-'));
    try {
      expect(backingFilesystem(dir)).toMatch(/^(extfs|xfs|tmpfs|btrfs|overlayfs|zfs|<unknown>)$/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('warns about tcp listeners without TLS or without client verification only', () => {
    expect(listenerWarnings(['unix:///run/berth.sock'], false, false)).toEqual([]);
    const [plain] = listenerWarnings(['tcp://0.0.0.0:2375'], false, false);
    expect(plain).toMatch(/^\[DEPRECATION NOTICE\]: API is accessible on http:\/\/0.0.0.0:2375 without encryption\.\n {9}Access to the remote API/);
    expect(listenerWarnings(['tcp://0.0.0.0:2376'], true, false)[0]).toContain('https://0.0.0.0:2376 without TLS client verification');
    expect(listenerWarnings(['tcp://0.0.0.0:2376'], true, true)).toEqual([]);
  });

  it('lists security options in dockerd order: seccomp, userns, cgroupns (v2 only)', () => {
    expect(securityOptions(facts, true)).toEqual(['name=seccomp,profile=builtin', 'name=userns', 'name=cgroupns']);
    expect(securityOptions({ ...facts, cgroupVersion: '1' }, false)).toEqual(['name=seccomp,profile=builtin']);
  });

  it('splits insecure registries into CIDRs and names; docker.io carries the mirrors', () => {
    const config = registryConfig(['10.0.0.0/8', 'reg.local:5000'], ['https://mirror.local']) as {
      InsecureRegistryCIDRs: string[];
      IndexConfigs: Record<string, { Secure: boolean; Mirrors: string[] }>;
      Mirrors: string[];
    };
    expect(config.InsecureRegistryCIDRs).toEqual(['::1/128', '127.0.0.0/8', '10.0.0.0/8']);
    expect(config.IndexConfigs['reg.local:5000']).toMatchObject({ Secure: false });
    expect(config.IndexConfigs['docker.io']).toMatchObject({ Secure: true, Mirrors: ['https://mirror.local'] });
    expect(config.Mirrors).toEqual(['https://mirror.local']);
  });
});

describe('version and info documents', () => {
  it('lists Engine, berth-shim and runc with their versions and commits', () => {
    const v = versionInfo(facts, '2026-01-02T03:04:05.000Z');
    expect(v.Components.map((c) => c.Name)).toEqual(['Engine', 'berth-shim', 'runc']);
    expect(v.Components[0].Details).toMatchObject({ ApiVersion: v.ApiVersion, MinAPIVersion: v.MinAPIVersion, BuildTime: '2026-01-02T03:04:05.000Z', Experimental: 'false', Os: 'linux' });
    expect(v.Components[2]).toEqual({ Name: 'runc', Version: '1.1.12', Details: { GitCommit: 'v1.1.12-0-g51d5e94' } });
  });

  it('reports counts, driver status, daemon settings and warnings', () => {
    const info = systemInfo({
      id: 'x', facts, containers: { total: 3, running: 1, paused: 1, stopped: 1 }, images: 2, storageDriver: 'overlay2', dataRoot: '/dev/shm', debug: true,
      liveRestore: true, hosts: ['unix:///s', 'tcp://127.0.0.1:2375'], labels: ['a=b'],
    });
    expect(info).toMatchObject({
      Containers: 3, ContainersRunning: 1, ContainersPaused: 1, ContainersStopped: 1, Images: 2, Driver: 'overlay2', Debug: true,
      LiveRestoreEnabled: true, CgroupVersion: '2', DockerRootDir: '/dev/shm', Labels: ['a=b'], RuncCommit: { ID: 'v1.1.12-0-g51d5e94' },
      SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'], Swarm: { LocalNodeState: 'inactive' },
    });
    expect((info.DriverStatus as string[][])[0]).toEqual(['Backing Filesystem', 'tmpfs']);
    expect(info.Warnings).toHaveLength(1);
    const native = systemInfo({ id: 'x', facts, containers: { total: 0, running: 0, paused: 0, stopped: 0 }, images: 0, storageDriver: 'native', dataRoot: '/dev/shm', debug: false });
    expect(native.DriverStatus).toEqual([['Backing Filesystem', 'tmpfs']]);
    expect(native.Warnings).toEqual([]);
  });
});
