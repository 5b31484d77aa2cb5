/**
 * `docker run` options that shape the OCI spec, checked from inside the container: seccomp,
 * no-new-privileges, --init, ulimits, tmpfs, devices and memory limits, through the real docker CLI.
 */
import { dockerIt, TestDaemon } from './harness';

describe('docker run options reach the container', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox();
  });

  afterAll(async () => {
    await daemon?.cleanup();
  });

  const sh = async (opts: string[], script: string) => daemon.docker(['run', '--rm', ...opts, 'busybox', 'sh', '-c', script]);

  dockerIt('applies the default seccomp profile unless unconfined', async () => {
    expect((await sh([], 'grep Seccomp: /proc/self/status')).stdout).toBe('Seccomp:\t2\n');
    expect((await sh(['--security-opt', 'seccomp=unconfined'], 'grep Seccomp: /proc/self/status')).stdout).toBe('Seccomp:\t0\n');
    expect((await sh(['--privileged'], 'grep Seccomp: /proc/self/status')).stdout).toBe('Seccomp:\t0\n');
  });

  dockerIt('sets no-new-privileges', async () => {
    expect((await sh([], 'grep NoNewPrivs /proc/self/status')).stdout).toBe('NoNewPrivs:\t0\n');
    expect((await sh(['--security-opt', 'no-new-privileges'], 'grep NoNewPrivs /proc/self/status')).stdout).toBe('NoNewPrivs:\t1\n');
  });

  dockerIt('runs berth-init as pid 1 with --init, which forwards SIGTERM', async () => {
    expect((await sh(['--init'], 'cat /proc/1/comm')).stdout).toBe('berth-init\n');
    expect((await sh([], 'cat /proc/1/comm')).stdout).toBe('cat\n'); // sh execs its last command
    const started = await daemon.docker(['run', '-d', '--init', '--name', 'initstop', 'busybox', 'sleep', '60']);
    expect(started.code).toBe(0);
    const begin = Date.now();
    expect((await daemon.docker(['stop', 'initstop'])).code).toBe(0);
    expect(Date.now() - begin).toBeLessThan(5000);
    expect((await daemon.docker(['wait', 'initstop'])).stdout.trim()).toBe('143');
    await daemon.docker(['rm', 'initstop']);
  });

  dockerIt('applies ulimits, tmpfs mounts, devices and memory limits', async () => {
    expect((await sh(['--ulimit', 'nofile=512:1024'], 'ulimit -n; ulimit -Hn')).stdout).toBe('512\n1024\n');
    const tmpfs = await sh(['--tmpfs', '/scratch:size=1m'], 'grep " /scratch " /proc/mounts');
    expect(tmpfs.stdout).toMatch(/^tmpfs \/scratch tmpfs rw,nosuid,nodev,noexec,.*size=1024k/);
    expect((await sh(['--device', '/dev/null:/dev/mynull'], 'test -c /dev/mynull && echo x > /dev/mynull && echo ok')).stdout).toBe('ok\n');
    expect((await sh(['--memory', '16m'], 'cat /sys/fs/cgroup/memory/memory.limit_in_bytes')).stdout).toBe(`${16 * 1024 * 1024}\n`);
  });

  dockerIt('honours --log-driver: local is readable, none refuses reading as docker does, --tail works', async () => {
    const local = await daemon.docker(['run', '--name', 'loglocal', '--log-driver', 'local', 'busybox', 'sh', '-c', 'echo one; echo two; echo three >&2']);
    expect(local.code).toBe(0);
    expect(await daemon.docker(['logs', 'loglocal'])).toMatchObject({ code: 0, stdout: 'one\ntwo\n', stderr: 'three\n' });
    expect((await daemon.docker(['logs', '--tail', '1', 'loglocal'])).stderr).toBe('three\n');
    const none = await daemon.docker(['run', '--name', 'lognone', '--log-driver', 'none', 'busybox', 'echo', 'hidden']);
    expect(none).toMatchObject({ code: 0, stdout: 'hidden\n' });
    const refused = await daemon.docker(['logs', 'lognone']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('configured logging driver does not support reading');
    await daemon.docker(['rm', 'loglocal', 'lognone']);
  });

  dockerIt('refuses bad options before creating anything', async () => {
    const before = (await daemon.docker(['ps', '-aq'])).stdout;
    // The CLI itself refuses a value without a separator; this one reaches the daemon.
    const bad = await daemon.docker(['run', '--rm', '--security-opt', 'color=blue', 'busybox', 'true']);
    expect(bad.code).toBe(125);
    expect(bad.stderr).toContain('invalid --security-opt 2: "color=blue"');
    const tiny = await daemon.docker(['run', '--rm', '--memory', '1m', 'busybox', 'true']);
    expect(tiny.code).toBe(125);
    expect(tiny.stderr).toContain('Minimum memory limit allowed is 6MB');
    expect((await daemon.docker(['ps', '-aq'])).stdout).toBe(before);
  });
});
