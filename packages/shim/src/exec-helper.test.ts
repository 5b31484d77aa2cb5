import { capabilityMask, helperPlan, usesHelper, type HelperRequest } from './exec-helper';

function request(overrides: Partial<HelperRequest> = {}): HelperRequest {
  return {
    id: 'c1',
    initPid: 42,
    process: { args: ['sh', '-c', 'true'], env: ['PATH=/bin', 'A=b c'], cwd: '/work', user: { uid: 1000, gid: 100, additionalGids: [10, 20] } },
    config: { linux: { seccomp: {} } },
    cache: { cgroups: ['/sys/fs/cgroup/memory/berth/c1', '/sys/fs/cgroup/unified/berth/c1'], seccompFile: '/nonexistent/c1.seccomp' },
    runtimeStateDir: '/run/berth/runc/c1',
    ...overrides,
  };
}

describe('berth-exec command line', () => {
  it('says what runc exec would be told: user, groups, env, cwd, cgroups, capabilities, rlimits, keyring, then the command', () => {
    const plan = helperPlan(request({
      process: {
        args: ['sh', '-c', 'true'], env: ['PATH=/bin'], cwd: '/work', user: { uid: 1000, gid: 100, additionalGids: [10, 20] },
        capabilities: { bounding: ['CAP_CHOWN', 'CAP_KILL'], effective: ['CAP_KILL'], permitted: ['CAP_KILL'] },
        rlimits: [{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 4096 }, { type: 'RLIMIT_CORE', soft: 18446744073709551615, hard: 18446744073709551615 }],
        noNewPrivileges: true, oomScoreAdj: -500,
      },
      consoleSocket: '/run/berth/c.sock',
    }));
    expect(plan).toEqual({
      args: [
        '--pid', '42', '--cgroup', '/sys/fs/cgroup/memory/berth/c1', '--cgroup', '/sys/fs/cgroup/unified/berth/c1',
        '--env', 'PATH=/bin', '--cwd', '/work', '--uid', '1000', '--gid', '100', '--groups', '10,20',
        '--cap-bounding', '21', '--cap-effective', '20', '--cap-permitted', '20', '--cap-inheritable', '0', '--cap-ambient', '0',
        '--no-new-privs', '--rlimit', '7:1024:4096', '--rlimit', '4:-1:-1', '--oom-score-adj', '-500',
        // No cached filter yet: the first exec copies the init's.
        '--seccomp-from-init', '/nonexistent/c1.seccomp',
        '--console-socket', '/run/berth/c.sock', '--keyring', '_ses.c1', '--', 'sh', '-c', 'true',
      ],
    });
  });

  it('leaves to runc what the helper does not reproduce', () => {
    const runc = (r: HelperRequest) => ('runc' in helperPlan(r) ? (helperPlan(r) as { runc: string }).runc : undefined);
    const base = request();
    expect(runc(base)).toBeUndefined();
    expect(runc({ ...base, process: { ...base.process, apparmorProfile: 'docker-default' } })).toMatch(/AppArmor/);
    expect(runc({ ...base, process: { ...base.process, selinuxLabel: 'system_u:system_r:container_t:s0' } })).toMatch(/SELinux/);
    expect(runc({ ...base, process: { ...base.process, user: { uid: 0, gid: 0, umask: 0o22 } } })).toBeDefined();
    expect(runc({ ...base, config: { linux: { seccomp: { flags: ['SECCOMP_FILTER_FLAG_SPEC_ALLOW'] } } } })).toMatch(/seccomp/);
    expect(runc({ ...base, config: { linux: { seccomp: { listenerPath: '/run/agent.sock' } } } })).toMatch(/seccomp/);
    expect(runc({ ...base, config: { linux: { personality: { domain: 'LINUX32' } } } })).toBeDefined();
    expect(runc({ ...base, cache: { seccompFile: '/x' } })).toMatch(/cgroups/);
    expect(runc({ ...base, process: { ...base.process, capabilities: { bounding: ['CAP_NOT_A_THING'] } } })).toMatch(/capability/);
    expect(runc({ ...base, process: { ...base.process, rlimits: [{ type: 'RLIMIT_NOPE', soft: 1, hard: 1 }] } })).toMatch(/RLIMIT_NOPE/);
  });

  it('stands in for the builtin runc only', () => {
    expect(usesHelper('runc', [])).toBe(true);
    expect(usesHelper('runc', ['--systemd-cgroup'])).toBe(false);
    expect(usesHelper('/usr/local/bin/crun', [])).toBe(false);
  });

  it('numbers capabilities as the kernel does', () => {
    expect(capabilityMask([])).toBe('0');
    expect(capabilityMask(['CAP_CHOWN'])).toBe('1');
    expect(capabilityMask(['CAP_SYS_ADMIN'])).toBe('200000');
    expect(capabilityMask(['CAP_CHECKPOINT_RESTORE'])).toBe('10000000000');
    expect(capabilityMask(['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID',
      'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE'])).toBe('a80425fb');
    expect(capabilityMask(['CAP_UNKNOWN'])).toBeUndefined();
  });
});
