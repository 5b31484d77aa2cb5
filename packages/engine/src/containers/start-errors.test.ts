import { internal, invalidArgument, isInternal, isInvalidArgument } from '@berth/errdefs';
import { runtimeFailure, startFailure } from './start-errors';

const runc = (text: string) => runtimeFailure(internal(`runc create failed: unable to start container process: ${text}`));

describe('startFailure (Docker\'s reading of a failed start)', () => {
  it('a command that is not found exits 127 and is the user\'s fault (400)', () => {
    const f = startFailure(runc('exec: "nosuch": executable file not found in $PATH'), 'nosuch');
    expect(f.exitCode).toBe(127);
    expect(isInvalidArgument(f.error)).toBe(true);
    expect(f.message).toBe('failed to create task for container: runc create failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown');
    expect(startFailure(runc('exec: "/bin/gone": stat /bin/gone: no such file or directory'), '/bin/gone').exitCode).toBe(127);
  });

  it('a file that cannot be executed exits 126', () => {
    const f = startFailure(runc('exec: "/etc/passwd": permission denied'), '/etc/passwd');
    expect(f.exitCode).toBe(126);
    expect(isInvalidArgument(f.error)).toBe(true);
  });

  it('a missing file that is not the command (a mount source) is not 127; other failures are 128 and keep their kind', () => {
    expect(startFailure(runc('open /x: no such file or directory'), 'sh').exitCode).toBe(128);
    const user = startFailure(invalidArgument('unable to find user ghost: no matching entries in passwd file'), 'true');
    expect(user).toMatchObject({ exitCode: 128, message: 'unable to find user ghost: no matching entries in passwd file' });
    expect(isInvalidArgument(user.error)).toBe(true);
    expect(isInternal(startFailure(runc('cgroup: device busy'), 'sh').error)).toBe(true);
  });
});

describe('securityOptions', () => {
  const { securityOptions } = require('./service') as typeof import('./service');
  it('maps Docker\'s --security-opt values', () => {
    expect(securityOptions(['no-new-privileges'])).toEqual({ noNewPrivileges: true });
    expect(securityOptions(['no-new-privileges=false', 'seccomp=unconfined'])).toEqual({ noNewPrivileges: false, seccomp: 'unconfined' });
    expect(securityOptions(['seccomp:{"defaultAction":"SCMP_ACT_ALLOW"}'])).toEqual({ seccomp: { profile: { defaultAction: 'SCMP_ACT_ALLOW' } } });
    expect(securityOptions(['label=disable', 'apparmor=unconfined'])).toEqual({});
  });
  it('refuses what dockerd refuses, with its wording', () => {
    expect(() => securityOptions(['bogus'])).toThrow('invalid --security-opt 1: "bogus"');
    expect(() => securityOptions(['color=blue'])).toThrow('invalid --security-opt 2: "color=blue"');
    expect(() => securityOptions(['no-new-privileges=maybe'])).toThrow('invalid --security-opt 2: "no-new-privileges=maybe"');
    expect(() => securityOptions(['seccomp=/not/json'])).toThrow(/Decoding seccomp profile failed/);
  });
});
