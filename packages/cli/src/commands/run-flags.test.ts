import { parseFlags } from '../flags';
import { CREATE_FLAGS, OptionError, RUN_FLAGS, containerConfig, pullPolicy } from './run-flags';

const parse = (argv: string[], flags = RUN_FLAGS) => parseFlags({ flags, interspersed: false }, argv);
const files: Record<string, string> = {
  '/env': '# defaults\nA=1\nB="two"\nHOME\nUNSET\n',
  '/labels': 'team=core\n',
};
const readFile = (path: string): Buffer => {
  if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return Buffer.from(files[path]);
};
const config = (argv: string[], flags = RUN_FLAGS) => containerConfig(parse(argv, flags), { env: { HOME: '/root', X: 'from-env' }, readFile });
const refusal = (argv: string[]) => {
  try {
    config(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(OptionError);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('run flags to the create body', () => {
  it('translates every option as docker/cli does', () => {
    const body = config([
      '--env-file', '/env', '-e', 'X', '-e', 'A=override', '--label-file', '/labels', '-l', 'a=b', '-l', 'flag',
      '--restart', 'on-failure:3', '--stop-signal', 'SIGUSR1', '--stop-timeout', '7', '--read-only', '--tmpfs', '/run:size=1m', '--tmpfs', '/tmp',
      '--cap-add', 'net_admin', '--cap-drop', 'all', '--privileged', '--security-opt', 'no-new-privileges',
      '-m', '64m', '--memory-swap', '-1', '--memory-reservation', '32m', '--cpus', '1.5', '-c', '512', '--cpuset-cpus', '0', '--cpuset-mems', '0',
      '--pids-limit', '20', '--blkio-weight', '300', '--ulimit', 'nofile=100:200', '--ulimit', 'nofile=50', '--device', '/dev/null:/dev/x:r',
      '--device-cgroup-rule', 'c 1:3 rwm', '--shm-size', '1m', '--init', '--health-cmd', 'true', '--health-interval', '2s', '--health-retries', '3',
      '--log-driver', 'json-file', '--log-opt', 'max-size=1m', '-a', 'stdout', '--hostname', 'h', '--domainname', 'd.example', '-u', '1:2',
      '-w', '/tmp', '--entrypoint', '', '--userns', 'host', '--group-add', 'audio', '--add-host', 'db=10.0.0.2', '--dns', '10.0.0.1',
      '--dns-search', 'example.com', '--dns-option', 'ndots:2', '--expose', '80', '--oom-kill-disable', '--oom-score-adj', '100',
      'busybox', 'sh', '-c', 'echo hi',
    ]);
    expect(body).toEqual({
      Hostname: 'h',
      Domainname: 'd.example',
      User: '1:2',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: false,
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: ['A=1', 'B="two"', 'HOME=/root', 'X=from-env', 'A=override'],
      Image: 'busybox',
      WorkingDir: '/tmp',
      Labels: { team: 'core', a: 'b', flag: '' },
      ExposedPorts: { '80/tcp': {} },
      Cmd: ['sh', '-c', 'echo hi'],
      Entrypoint: [''],
      StopSignal: 'SIGUSR1',
      StopTimeout: 7,
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 2e9, Retries: 3 },
      Volumes: {},
      HostConfig: {
        AutoRemove: false,
        Privileged: true,
        ReadonlyRootfs: true,
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
        LogConfig: { Type: 'json-file', Config: { 'max-size': '1m' } },
        CapAdd: ['CAP_NET_ADMIN'],
        CapDrop: ['ALL'],
        GroupAdd: ['audio'],
        Dns: ['10.0.0.1'],
        DnsSearch: ['example.com'],
        DnsOptions: ['ndots:2'],
        ExtraHosts: ['db:10.0.0.2'],
        SecurityOpt: ['no-new-privileges'],
        UsernsMode: 'host',
        ShmSize: 1024 ** 2,
        Tmpfs: { '/run': 'size=1m', '/tmp': '' },
        OomScoreAdj: 100,
        Memory: 64 * 1024 ** 2,
        MemoryReservation: 32 * 1024 ** 2,
        MemorySwap: -1,
        MemorySwappiness: -1,
        OomKillDisable: true,
        NanoCpus: 1.5e9,
        CpuShares: 512,
        CpuPeriod: 0,
        CpuQuota: 0,
        CpusetCpus: '0',
        CpusetMems: '0',
        PidsLimit: 20,
        BlkioWeight: 300,
        Ulimits: [{ Name: 'nofile', Soft: 50, Hard: 50 }],
        Devices: [{ PathOnHost: '/dev/null', PathInContainer: '/dev/x', CgroupPermissions: 'r' }],
        DeviceCgroupRules: ['c 1:3 rwm'],
        PidMode: '',
        IpcMode: '',
        UTSMode: '',
        CgroupnsMode: '',
        Sysctls: {},
        Runtime: '',
        ContainerIDFile: '',
        Init: true,
        Binds: null,
        VolumesFrom: null,
        VolumeDriver: '',
        NetworkMode: 'default',
        PortBindings: {},
        PublishAllPorts: false,
        Links: null,
      },
      NetworkingConfig: { EndpointsConfig: { default: {} } },
    });
  });

  it('attaches stdout and stderr by default, stdin with -i, nothing with -d', () => {
    expect(config(['busybox'])).toMatchObject({ AttachStdin: false, AttachStdout: true, AttachStderr: true, StdinOnce: false });
    expect(config(['-i', 'busybox'])).toMatchObject({ AttachStdin: true, OpenStdin: true, StdinOnce: true });
    expect(config(['-d', '-i', 'busybox'])).toMatchObject({ AttachStdin: false, AttachStdout: false, OpenStdin: true, StdinOnce: false });
    expect(config(['-a', 'STDERR', 'busybox'])).toMatchObject({ AttachStdout: false, AttachStderr: true });
  });

  it('leaves what the user did not set to the daemon and the image', () => {
    const body = config(['busybox']);
    expect(body).not.toHaveProperty('StopSignal');
    expect(body).not.toHaveProperty('StopTimeout');
    expect(body).not.toHaveProperty('Healthcheck');
    expect(body).not.toHaveProperty('Entrypoint');
    expect(body.HostConfig).not.toHaveProperty('Init');
    expect(body.HostConfig).not.toHaveProperty('LogConfig');
    expect(body.HostConfig?.RestartPolicy).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    // Unset Go slices are null on the wire; Devices, Ulimits and the DNS lists are made empty ones.
    expect(body.HostConfig).toMatchObject({ CapAdd: null, CapDrop: null, GroupAdd: null, ExtraHosts: null, SecurityOpt: null, DeviceCgroupRules: null });
    expect(body.HostConfig).toMatchObject({ Devices: [], Ulimits: [], Dns: [], DnsSearch: [], DnsOptions: [], Tmpfs: {} });
    expect(config(['--init=false', 'busybox']).HostConfig?.Init).toBe(false);
    expect(config(['--no-healthcheck', 'busybox']).Healthcheck).toEqual({ Test: ['NONE'] });
  });

  it('create has run’s container flags but not -d', () => {
    expect(CREATE_FLAGS.map((f) => f.name)).not.toContain('detach');
    expect(RUN_FLAGS.map((f) => f.name)).toEqual(expect.arrayContaining(['detach', 'sig-proxy', 'detach-keys', 'memory', 'ulimit']));
    expect(config(['-a', 'stdout', 'busybox'], CREATE_FLAGS)).toMatchObject({ AttachStdout: true, AttachStderr: false });
  });
});

describe('run flags refused', () => {
  it.each([
    [['--memory', 'abc'], 'invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\''],
    [['--cpus', 'x'], 'invalid argument "x" for "--cpus" flag: failed to parse x as a rational number'],
    [['--ulimit', 'bad'], 'invalid argument "bad" for "--ulimit" flag: invalid ulimit argument: bad'],
    [['-a', 'foo'], 'invalid argument "foo" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR'],
    [['--health-interval', 'x'], 'invalid argument "x" for "--health-interval" flag: time: invalid duration "x"'],
    [['--stop-timeout', 'x'], 'invalid argument "x" for "--stop-timeout" flag: strconv.ParseInt: parsing "x": invalid syntax'],
  ])('while parsing: %j', (argv, message) => expect(() => parse([...argv, 'busybox'])).toThrow(message));

  it.each([
    [['--rm', '--restart', 'always'], 'conflicting options: cannot specify both --restart and --rm'],
    [['--restart', 'on-failure:x'], 'invalid restart policy format: maximum retry count must be an integer'],
    [['--restart', ':3'], 'invalid restart policy format: no policy provided before colon'],
    [['--env-file', '/nonexist'], 'open /nonexist: no such file or directory'],
    [['--label-file', '/nonexist'], 'open /nonexist: no such file or directory'],
    [['--device', 'a:b:c:d'], 'bad format for path: a:b:c:d'],
    [['--no-healthcheck', '--health-cmd', 'x'], '--no-healthcheck conflicts with --health-* options'],
    [['--health-interval', '-1s'], '--health-interval cannot be negative'],
    [['--userns', 'foo'], '--userns: invalid USER mode'],
    [['--security-opt', 'x'], 'Invalid --security-opt: "x"'],
    [['--memory-swappiness', '200'], 'invalid value: 200. Valid memory swappiness range is 0-100'],
    [['--log-driver', 'none', '--log-opt', 'a=b'], 'invalid logging opts for driver none'],
    [['--expose', 'abc'], 'invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax'],
  ])('after parsing: %j', (argv, message) => expect(refusal([...argv, 'busybox'])).toBe(message));

  it('--rm with --restart no is fine', () => {
    expect(config(['--rm', '--restart', 'no', 'busybox']).HostConfig).toMatchObject({ AutoRemove: true });
  });

  it('--pull takes always, missing or never', () => {
    expect(pullPolicy(parse(['busybox']))).toBe('missing');
    expect(pullPolicy(parse(['--pull', 'never', 'busybox']))).toBe('never');
    expect(() => pullPolicy(parse(['--pull', 'bogus', 'busybox']))).toThrow('invalid pull option: \'bogus\': must be one of "always", "missing" or "never"');
  });
});

describe('namespace, sysctl and runtime flags', () => {
  it('sends them as docker/cli does', () => {
    const host = config(['--pid', 'host', '--ipc', 'shareable', '--uts', 'host', '--cgroupns', 'private', '--sysctl', 'net.core.somaxconn=1024', '--sysctl', 'kernel.shmmax=4096', '--runtime', 'runc', 'busybox']).HostConfig;
    expect(host).toMatchObject({ PidMode: 'host', IpcMode: 'shareable', UTSMode: 'host', CgroupnsMode: 'private', Runtime: 'runc', Sysctls: { 'net.core.somaxconn': '1024', 'kernel.shmmax': '4096' } });
    expect(config(['busybox']).HostConfig).toMatchObject({ PidMode: '', IpcMode: '', UTSMode: '', CgroupnsMode: '', Runtime: '', Sysctls: {} });
  });

  it('refuses bad modes and sysctls with docker/cli messages', () => {
    expect(refusal(['--pid', 'bogus', 'busybox'])).toBe('--pid: invalid PID mode');
    expect(refusal(['--pid', 'container:', 'busybox'])).toBe('--pid: invalid PID mode');
    expect(refusal(['--uts', 'container:x', 'busybox'])).toBe('--uts: invalid UTS mode');
    expect(refusal(['--cgroupns', 'bogus', 'busybox'])).toBe('--cgroupns: invalid CGROUP mode');
    expect(() => parse(['--sysctl', 'vm.swappiness=1', 'busybox'])).toThrow(`invalid argument "vm.swappiness=1" for "--sysctl" flag: sysctl 'vm.swappiness=1' is not allowed`);
    expect(() => parse(['--sysctl', 'net.x', 'busybox'])).toThrow(`sysctl 'net.x' is not allowed`);
  });
});
