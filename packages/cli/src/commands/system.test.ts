import type { SystemInfo } from '@berth/client';
import { ansicDate, formatInfo } from './system';
import { pruneWarning } from './system-prune';

describe('system commands output', () => {
  it('shows build times as Go ANSIC dates, and leaves other text alone', () => {
    expect(ansicDate('2025-05-30T12:07:14.000Z')).toBe('Fri May 30 12:07:14 2025');
    expect(ansicDate('2025-05-03T02:07:04Z')).toBe('Sat May  3 02:07:04 2025');
    expect(ansicDate('')).toBe('');
    expect(ansicDate('soon')).toBe('soon');
  });

  it('prune prompt: what goes, then the filters, naturally sorted', () => {
    expect(pruneWarning({ all: false, volumes: false, filters: {} })).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n',
    );
    expect(pruneWarning({ all: true, volumes: true, filters: { until: ['10m'], label: ['b', 'a=1'], dangling: ['x'] } })).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        '  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n' +
        '\n  Items to be pruned will be filtered with:\n  - label=a=1\n  - label=b\n  - until=10m\n',
    );
  });

  it('info: security options decoded, registries and debug lines as docker prints them', () => {
    const info: SystemInfo = {
      ID: 'id', Containers: 2, ContainersRunning: 1, ContainersPaused: 0, ContainersStopped: 1, Images: 1, Driver: 'overlay2', NCPU: 2, MemTotal: 2 ** 30, Name: 'host',
      DriverStatus: [['Backing Filesystem', 'xfs']], OSType: 'linux', Debug: true, NFd: 12, NGoroutines: 0, SystemTime: 't', NEventsListener: 1,
      SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'], Plugins: { Volume: ['local'], Network: ['host', 'null'], Log: ['json-file'] },
      Runtimes: { runc: { path: 'runc' } }, DefaultRuntime: 'runc', Swarm: { LocalNodeState: 'inactive' }, RuncCommit: { ID: 'v1' },
      RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: { 'reg:5000': { Name: 'reg:5000', Secure: false }, 'docker.io': { Name: 'docker.io', Secure: true } }, Mirrors: ['https://m'] },
    };
    const text = formatInfo(info, false);
    expect(text).toContain('\n Storage Driver: overlay2\n  Backing Filesystem: xfs\n');
    expect(text).toContain('\n Plugins:\n  Volume: local\n  Network: host null\n  Log: json-file\n Swarm: inactive\n Runtimes: runc\n Default Runtime: runc\n');
    expect(text).toContain('\n runc version: v1\n init version: \n Security Options:\n  seccomp\n   Profile: builtin\n  cgroupns\n OSType: linux\n CPUs: 2\n');
    expect(text).toContain('\n Debug Mode: true\n  File Descriptors: 12\n');
    expect(text).toContain('\n Insecure Registries:\n  reg:5000\n  127.0.0.0/8\n Registry Mirrors:\n  https://m\n Live Restore Enabled: false\n\n');
    expect(text.startsWith('Client:\n Version:    0.1.0\n Context:    default\n Debug Mode: false\n\nServer:\n Containers: 2\n')).toBe(true);
  });
});
