import { isInvalidArgument } from '@berth/errdefs';
import { DEFAULT_CAPABILITIES } from './defaults';
import { DEFAULT_SECCOMP_PROFILE } from './seccomp-default';
import { defaultSeccomp, nativeArchitecture, parseSeccompProfile, resolveSeccomp, type SeccompContext } from './seccomp';
import type { SpecSeccomp } from './types';

const amd64: SeccompContext = { arch: 'amd64', capabilities: DEFAULT_CAPABILITIES, kernelRelease: '6.1.0-18-amd64' };

/** Every syscall a resolved profile allows unconditionally (no argument filter). */
function allowed(seccomp: SpecSeccomp): Set<string> {
  return new Set(seccomp.syscalls?.filter((r) => r.action === 'SCMP_ACT_ALLOW' && !r.args).flatMap((r) => r.names));
}

describe('the default seccomp profile', () => {
  const profile = defaultSeccomp(amd64);

  it('denies with EPERM by default, for the host architecture and its 32-bit modes', () => {
    expect(profile.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect(profile.defaultErrnoRet).toBe(1);
    expect(profile.architectures).toEqual(['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32']);
    expect(defaultSeccomp({ ...amd64, arch: 'arm64' }).architectures).toEqual(['SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM']);
  });

  it('allows ordinary syscalls (about 300 of them) and no name twice in the unconditional list', () => {
    const names = DEFAULT_SECCOMP_PROFILE.syscalls?.[0].names ?? [];
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['read', 'openat', 'execve', 'mmap', 'futex', 'epoll_wait', 'io_uring_setup', 'chroot', 'ptrace']) {
      expect(allowed(profile)).toContain(name);
    }
    expect(allowed(profile).size).toBeGreaterThan(300);
  });

  it('keeps host-reaching syscalls out unless a capability grants them', () => {
    for (const name of ['mount', 'umount2', 'unshare', 'setns', 'reboot', 'swapon', 'init_module', 'kexec_load', 'add_key', 'keyctl', 'clock_settime', 'bpf', 'iopl', 'open_by_handle_at']) {
      expect(allowed(profile)).not.toContain(name);
    }
    const admin = defaultSeccomp({ ...amd64, capabilities: [...DEFAULT_CAPABILITIES, 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_TIME'] });
    for (const name of ['mount', 'unshare', 'setns', 'clone', 'clone3', 'reboot', 'clock_settime']) expect(allowed(admin)).toContain(name);
    expect(allowed(admin)).not.toContain('swapon');
  });

  it('without CAP_SYS_ADMIN: clone only without namespace flags, clone3 reports ENOSYS', () => {
    const clone = profile.syscalls?.filter((r) => r.names.includes('clone'));
    expect(clone).toEqual([
      { names: ['clone'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0x7e020000, op: 'SCMP_CMP_MASKED_EQ' }] },
    ]);
    expect(profile.syscalls?.find((r) => r.names.includes('clone3'))).toEqual({ names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 });
    const admin = defaultSeccomp({ ...amd64, capabilities: ['CAP_SYS_ADMIN'] });
    expect(admin.syscalls?.filter((r) => r.names.includes('clone')).every((r) => !r.args)).toBe(true);
    expect(admin.syscalls?.some((r) => r.names.includes('clone3') && r.action === 'SCMP_ACT_ERRNO')).toBe(false);
  });

  it('allows socket except AF_VSOCK, and only harmless personalities', () => {
    expect(profile.syscalls?.filter((r) => r.names.includes('socket'))).toEqual([
      { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 40, op: 'SCMP_CMP_NE' }] },
    ]);
    const personalities = profile.syscalls?.filter((r) => r.names.includes('personality')).map((r) => r.args?.[0].value);
    expect(personalities).toEqual([0, 8, 0x20000, 0x20008, 0xffffffff]);
  });

  it('selects architecture-specific and kernel-dependent rules', () => {
    expect(allowed(profile)).toContain('arch_prctl');
    const arm = defaultSeccomp({ ...amd64, arch: 'arm64' });
    expect(allowed(arm)).not.toContain('arch_prctl');
    expect(allowed(arm)).toContain('set_tls');
    const old = defaultSeccomp({ ...amd64, kernelRelease: '4.4.0-generic' });
    expect(allowed(old)).not.toContain('ptrace');
    expect(allowed(defaultSeccomp({ ...amd64, kernelRelease: '4.4.0', capabilities: ['CAP_SYS_PTRACE'] }))).toContain('ptrace');
  });

  it('maps Node architectures to Docker names', () => {
    expect(nativeArchitecture('x64')).toBe('amd64');
    expect(nativeArchitecture('arm64')).toBe('arm64');
  });
});

describe('a seccomp profile file (Docker format)', () => {
  it('converts rules, names and conditions to the OCI form', () => {
    const profile = parseSeccompProfile({
      defaultAction: 'SCMP_ACT_ALLOW',
      architectures: ['SCMP_ARCH_X86_64'],
      unknownField: 'ignored as Docker ignores it',
      syscalls: [
        { name: 'mkdir', action: 'SCMP_ACT_ERRNO', errnoRet: 13 },
        { names: ['chmod', 'fchmod'], action: 'SCMP_ACT_ERRNO', args: [{ index: 1, value: 0o7000, valueTwo: 0, op: 'SCMP_CMP_MASKED_EQ' }] },
        { names: ['reboot'], action: 'SCMP_ACT_ALLOW', includes: { caps: ['CAP_SYS_BOOT'] } },
        { names: ['arch_prctl'], action: 'SCMP_ACT_ERRNO', excludes: { arches: ['amd64'] } },
      ],
    });
    expect(resolveSeccomp(profile, amd64)).toEqual({
      defaultAction: 'SCMP_ACT_ALLOW',
      architectures: ['SCMP_ARCH_X86_64'],
      syscalls: [
        { names: ['mkdir'], action: 'SCMP_ACT_ERRNO', errnoRet: 13 },
        { names: ['chmod', 'fchmod'], action: 'SCMP_ACT_ERRNO', args: [{ index: 1, value: 0o7000, op: 'SCMP_CMP_MASKED_EQ' }] },
      ],
    });
  });

  it('an empty profile means no filter', () => {
    expect(resolveSeccomp(parseSeccompProfile({}), amd64)).toBeUndefined();
  });

  it.each([
    ['not an object', 'nope', /Decoding seccomp profile failed/],
    ['unknown action', { defaultAction: 'SCMP_ACT_MAYBE' }, /Decoding seccomp profile failed: \/defaultAction/],
    ['bad operator', { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['x'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 1, op: 'LT' }] }] }, /\/syscalls\/0\/args\/0\/op/],
    ['argument index above 5', { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['x'], action: 'SCMP_ACT_ALLOW', args: [{ index: 6, value: 1, op: 'SCMP_CMP_EQ' }] }] }, /\/syscalls\/0\/args\/0\/index/],
    ['architectures and archMap', { defaultAction: 'SCMP_ACT_ERRNO', architectures: ['SCMP_ARCH_X86'], archMap: [{ architecture: 'SCMP_ARCH_X86_64' }] }, /'architectures' and 'archMap'/],
    ['name and names', { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ name: 'a', names: ['b'], action: 'SCMP_ACT_ALLOW' }] }, /'name' and 'names'/],
  ])('rejects %s', (_, profile, message) => {
    let err: unknown;
    try {
      parseSeccompProfile(profile);
    } catch (e) {
      err = e;
    }
    expect(isInvalidArgument(err)).toBe(true);
    expect((err as Error).message).toMatch(message);
  });
});
