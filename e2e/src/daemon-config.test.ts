/**
 * berthd as dockerd runs: daemon.json validated at start and reloaded on SIGHUP, listeners that
 * bind only what they are given (unix, plain tcp, TLS with client certificates, systemd's fd://),
 * one berthd per data root, and a clean stop. Certificates are made here with openssl: a CA, the
 * daemon's, a client's, a client of another CA and an expired client.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, BUSYBOX_TAR, type CommandResult, DOCKER_CLI, dockerIt, run, TestDaemon } from './harness';

const GEN_CERTS = `set -e
q() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; }
ca() { q openssl req -x509 -newkey rsa:2048 -nodes -keyout $1-key.pem -out $1.pem -days 2 -subj "/CN=$1"; }
leaf() {
  q openssl req -newkey rsa:2048 -nodes -keyout $1-key.pem -out $1.csr -subj "/CN=$1"
  printf '%s\\n' "$3" > $1.ext
  q openssl x509 -req -in $1.csr -CA $2.pem -CAkey $2-key.pem -CAcreateserial -out $1.pem -days 2 -extfile $1.ext
}
ca ca; ca other-ca
leaf server ca "subjectAltName=IP:127.0.0.1
extendedKeyUsage=serverAuth"
leaf client ca "extendedKeyUsage=clientAuth"
leaf stranger other-ca "extendedKeyUsage=clientAuth"
# Expired: openssl ca can date a certificate in the past.
q openssl req -newkey rsa:2048 -nodes -keyout expired-key.pem -out expired.csr -subj "/CN=expired"
: > index.txt; echo 01 > serial
printf '[ca]\\ndefault_ca=d\\n[d]\\ndatabase=index.txt\\nnew_certs_dir=.\\nserial=serial\\ndefault_md=sha256\\npolicy=p\\n[p]\\ncommonName=supplied\\n[x]\\nextendedKeyUsage=clientAuth\\n' > ca.cnf
q openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca-key.pem -in expired.csr -out expired.pem -startdate 20200101000000Z -enddate 20200102000000Z -extensions x -notext
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** TCP ports berthd `pid` listens on (its socket inodes in LISTEN state in /proc/net/tcp{,6}). */
function tcpListenPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      continue;
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[3] === '0A' && inodes.has(cols[9])) ports.push(parseInt(cols[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** An HTTPS GET /_ping with the given client identity: the status, or the error that ended it. */
function tlsPing(port: number, certs: string, who: string | undefined): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/_ping',
        ca: readFileSync(join(certs, 'ca.pem')),
        ...(who ? { cert: readFileSync(join(certs, `${who}.pem`)), key: readFileSync(join(certs, `${who}-key.pem`)) } : {}),
        agent: false,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    req.end();
  });
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Run bin/berthd.js to its end (for starts that must be refused). */
function berthdOnce(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return run(process.execPath, [join(BIN, 'berthd.js'), ...args], env);
}

describe('berthd remote access with mutual TLS', () => {
  let daemon: TestDaemon;
  let certs: string;
  let port: number;
  let tcpHost: string;

  beforeAll(async () => {
    certs = await mkdtemp(join(tmpdir(), 'berth-certs-'));
    const gen = spawnSync('bash', ['-c', GEN_CERTS], { cwd: certs, encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`openssl: ${gen.stderr}`);
    // DOCKER_CERT_PATH layout: ca.pem, cert.pem, key.pem.
    mkdirSync(join(certs, 'client-dir'));
    copyFileSync(join(certs, 'ca.pem'), join(certs, 'client-dir', 'ca.pem'));
    copyFileSync(join(certs, 'client.pem'), join(certs, 'client-dir', 'cert.pem'));
    copyFileSync(join(certs, 'client-key.pem'), join(certs, 'client-dir', 'key.pem'));
    port = await freePort();
    tcpHost = `tcp://127.0.0.1:${port}`;
    const c = (f: string) => join(certs, f);
    daemon = await TestDaemon.start(['-H', tcpHost, '--tlsverify', '--tlscacert', c('ca.pem'), '--tlscert', c('server.pem'), '--tlskey', c('server-key.pem')]);
    expect(await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
  });

  afterAll(async () => {
    await daemon?.cleanup();
    if (certs) await rm(certs, { recursive: true, force: true });
  });

  const tlsFlags = (who = 'client') => ['--tlsverify', '--tlscacert', join(certs, 'ca.pem'), '--tlscert', join(certs, `${who}.pem`), '--tlskey', join(certs, `${who}-key.pem`)];
  const docker = (args: string[], input?: string | Record<string, string>, env: Record<string, string> = typeof input === 'object' ? input : {}) =>
    run(DOCKER_CLI, args, { DOCKER_CONFIG: join(daemon.dir, 'docker-config'), ...env }, typeof input === 'string' ? input : undefined);
  const berth = (args: string[], env: Record<string, string> = {}) => run(process.execPath, [join(BIN, 'berth.js'), ...args], env);

  it('binds the unix socket and the one TLS port it was given, nothing else, and says so', () => {
    expect(tcpListenPorts(daemon.pid)).toEqual([port]);
    expect(daemon.log).toContain(`API listen on ${tcpHost} (TLS, client certificates verified)`);
    expect(daemon.log).not.toContain('without encryption');
  });

  dockerIt('the docker CLI works over TLS with flags (run attaches through the TLS connection) and with DOCKER_TLS_VERIFY/DOCKER_CERT_PATH', async () => {
    expect(await docker(['-H', tcpHost, ...tlsFlags(), 'run', '--rm', 'busybox', 'echo', 'over tls'])).toMatchObject({ code: 0, stdout: 'over tls\n' });
    expect(await docker(['-H', tcpHost, ...tlsFlags(), 'run', '-i', '--rm', 'busybox', 'cat'], 'stdin over tls\n')).toMatchObject({ code: 0, stdout: 'stdin over tls\n' });
    expect(await docker(['-H', tcpHost, ...tlsFlags(), 'run', '-d', '--name', 'remote', 'busybox', 'sleep', '60'])).toMatchObject({ code: 0 });
    expect(await docker(['-H', tcpHost, ...tlsFlags(), 'exec', 'remote', 'echo', 'exec over tls'])).toMatchObject({ code: 0, stdout: 'exec over tls\n' });
    expect(await docker(['-H', tcpHost, ...tlsFlags(), 'rm', '-f', 'remote'])).toMatchObject({ code: 0 });
    const env = { DOCKER_HOST: tcpHost, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: join(certs, 'client-dir') };
    expect(await docker(['version', '--format', '{{.Server.Version}}'], env)).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('berth works over TLS with the same flags and environment, attach included', async () => {
    expect(await berth(['-H', tcpHost, ...tlsFlags(), 'run', '--rm', 'busybox', 'echo', 'berth over tls'])).toMatchObject({ code: 0, stdout: 'berth over tls\n' });
    const env = { DOCKER_HOST: tcpHost, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: join(certs, 'client-dir') };
    expect(await berth(['version', '--format', '{{.Server.Version}}'], env)).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('refuses a client without a certificate, with one of another CA, or an expired one, in the handshake', async () => {
    expect(await tlsPing(port, certs, 'client')).toBe(200);
    for (const who of [undefined, 'stranger', 'expired']) {
      expect(typeof (await tlsPing(port, certs, who))).toBe('string'); // a connection error, never an HTTP status
    }
    // Plain HTTP to the TLS port gets no HTTP answer either.
    const plain = await new Promise<number | string>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/_ping', agent: false }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      req.end();
    });
    expect(typeof plain).toBe('string');
  });

  dockerIt('docker and berth with a bad client certificate fail to connect and nothing is created', async () => {
    const before = (await daemon.berth(['ps', '-aq'])).stdout;
    for (const who of ['stranger', 'expired']) {
      const d = await docker(['-H', tcpHost, ...tlsFlags(who), 'run', '-d', 'busybox', 'sleep', '5']);
      expect(d.code).not.toBe(0);
      expect(d.stderr).toMatch(/error during connect|tls|connection reset/);
      const b = await berth(['-H', tcpHost, ...tlsFlags(who), 'run', '-d', 'busybox', 'sleep', '5']);
      expect(b.code).not.toBe(0);
      expect(b.stderr).toMatch(/error during connect/);
    }
    const noCert = await docker(['-H', tcpHost, '--tlsverify', '--tlscacert', join(certs, 'ca.pem'), 'info', '--format', '{{.ID}}']);
    expect(noCert.code).not.toBe(0);
    expect(noCert.stderr).toMatch(/certificate required|connection reset|error during connect/);
    expect((await daemon.berth(['ps', '-aq'])).stdout).toBe(before);
  });

  it('leaves nothing behind at stop: socket, ports, lock', async () => {
    expect(await daemon.stop()).toBe(0);
    expect(existsSync(daemon.socket)).toBe(false);
    expect(existsSync(join(daemon.dataRoot, 'berthd.lock'))).toBe(false);
    expect(await tlsPing(port, certs, 'client')).toBe('ECONNREFUSED');
    expect(daemon.leftovers()).toEqual([]);
  });
});

describe('berthd configuration and lifecycle', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-config-'));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a bad daemon.json at start with dockerd messages, binding nothing', async () => {
    const socket = join(dir, 'bad.sock');
    const start = (config: string | undefined, ...extra: string[]) => {
      const file = join(dir, 'bad.json');
      if (config !== undefined) writeFileSync(file, config);
      return berthdOnce(['--data-root', join(dir, 'bad-data'), '--exec-root', join(dir, 'bad-exec'), '-H', `unix://${socket}`, '--config-file', config === undefined ? join(dir, 'missing.json') : file, ...extra]);
    };
    const cases: [string | undefined, string[], string][] = [
      ['{"nope": true, "debug": true}', [], "the following directives don't match any configuration option: nope"],
      ['{"debug": false}', ['-D'], 'the following directives are specified both as a flag and in the configuration file: debug: (from flag: true, from file: false)'],
      ['{"live-restore": "yes"}', [], 'json: cannot unmarshal string into Go struct field Config.live-restore of type bool'],
      ['{"default-address-pools": [{"base": "10.10.0.0/16", "size": "24"}]}', [], 'cannot unmarshal string into Go struct field Config.default-address-pools.0.size of type int'],
      ['{"debug": true', [], 'unable to configure the berth daemon with file'],
      [undefined, [], `open ${join(dir, 'missing.json')}: no such file or directory`],
      ['{"log-driver": "syslog"}', [], "failed to set log opts: logger: no log driver named 'syslog' is registered"],
    ];
    for (const [config, extra, message] of cases) {
      const r = await start(config, ...extra);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(message);
      expect(existsSync(socket)).toBe(false);
      expect(existsSync(join(dir, 'bad-data'))).toBe(false); // not even the data root
    }
  });

  dockerIt('daemon.json log defaults apply to containers; SIGHUP reloads debug (docker info) and refuses an invalid file', async () => {
    const config = join(dir, 'daemon.json');
    writeFileSync(config, JSON.stringify({ 'log-driver': 'local', 'log-opts': { 'max-size': '1m' }, 'registry-mirrors': ['https://mirror.invalid'], bip: '172.31.0.1/16', 'default-ulimits': { nofile: { Soft: 1111, Hard: 2222 } } }));
    const d = await TestDaemon.start(['--config-file', config, '--pidfile', join(dir, 'berthd.pid')]);
    try {
      expect(readFileSync(join(dir, 'berthd.pid'), 'utf8').trim()).toBe(String(d.pid));
      expect(await d.berth(['load', '-q', '-i', BUSYBOX_TAR])).toMatchObject({ code: 0 });
      expect(await d.docker(['run', '--name', 'logged', 'busybox', 'echo', 'hello'])).toMatchObject({ code: 0, stdout: 'hello\n' });
      expect((await d.docker(['inspect', '-f', '{{json .HostConfig.LogConfig}}', 'logged'])).stdout.trim()).toBe('{"Type":"local","Config":{"max-size":"1m"}}');
      expect(await d.docker(['logs', 'logged'])).toMatchObject({ code: 0, stdout: 'hello\n' });
      // A container's own driver wins, without the daemon's options.
      expect(await d.docker(['create', '--name', 'own', '--log-driver', 'json-file', 'busybox', 'true'])).toMatchObject({ code: 0 });
      expect((await d.docker(['inspect', '-f', '{{json .HostConfig.LogConfig}}', 'own'])).stdout.trim()).toBe('{"Type":"json-file","Config":{}}');
      expect((await d.docker(['info', '--format', '{{.Debug}} {{.RegistryConfig.Mirrors}} {{.LoggingDriver}}'])).stdout.trim()).toBe('false [https://mirror.invalid/] local');
      // default-ulimits: for containers that do not set the same limit themselves.
      const nofile = async (...flags: string[]) => (await d.docker(['run', '--rm', ...flags, 'busybox', 'sh', '-c', 'echo $(ulimit -Sn) $(ulimit -Hn)'])).stdout.trim();
      expect(await nofile()).toBe('1111 2222');
      expect(await nofile('--ulimit', 'nofile=500:600')).toBe('500 600');

      writeFileSync(config, JSON.stringify({ 'log-driver': 'local', debug: true, 'registry-mirrors': ['https://other.invalid'], 'default-ulimits': { nofile: { Soft: 3333, Hard: 4444 } } }));
      process.kill(d.pid, 'SIGHUP');
      await until('the reload', () => d.log.includes('Reloaded configuration:'));
      expect(d.log).toContain('Reloaded configuration: {"debug":true,"registry-mirrors":["https://other.invalid/"],"default-ulimits":{"nofile":{"Soft":3333,"Hard":4444}}}');
      expect(await nofile()).toBe('3333 4444');
      expect((await d.docker(['info', '--format', '{{.Debug}} {{.RegistryConfig.Mirrors}}'])).stdout.trim()).toBe('true [https://other.invalid/]');
      expect((await d.docker(['info'])).stdout).toContain('Debug Mode: true');
      // dockerd's `daemon reload` event, with the settings in force.
      const reloads = await d.docker(['events', '--since', '0', '--until', String(Math.ceil(Date.now() / 1000) + 1), '--filter', 'type=daemon', '--format', '{{json .}}']);
      const reload = reloads.stdout.trim().split('\n').map((l) => JSON.parse(l) as { Type: string; Action: string; Actor: { ID: string; Attributes: Record<string, string> } });
      expect(reload).toHaveLength(1);
      expect(reload[0]).toMatchObject({ Type: 'daemon', Action: 'reload' });
      expect(reload[0]!.Actor.ID).toBe(JSON.parse((await d.docker(['info', '--format', '{{json .ID}}'])).stdout));
      expect(reload[0]!.Actor.Attributes).toMatchObject({ debug: 'true', 'registry-mirrors': '["https://other.invalid/"]', 'live-restore': 'false', 'shutdown-timeout': '15', 'default-runtime': 'runc', name: hostname() });

      writeFileSync(config, JSON.stringify({ debug: false, colour: 'blue' }));
      process.kill(d.pid, 'SIGHUP');
      await until('the refused reload', () => d.log.includes('Error reloading configuration'));
      expect(d.log).toContain("the following directives don't match any configuration option: colour");
      expect((await d.docker(['info', '--format', '{{.Debug}}'])).stdout.trim()).toBe('true');
      expect(await d.docker(['rm', 'logged', 'own'])).toMatchObject({ code: 0 });
    } finally {
      await d.cleanup();
    }
    expect(existsSync(join(dir, 'berthd.pid'))).toBe(false);
  });

  dockerIt('one berthd per data root: a second is refused; after kill -9 the next start takes the stale lock over', async () => {
    const d = await TestDaemon.start();
    try {
      const second = await berthdOnce(['--data-root', d.dataRoot, '--exec-root', join(d.dir, 'exec2'), '-H', `unix://${join(d.dir, 'second.sock')}`, '--config-file', join(d.dir, 'none.json')]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`another berthd (pid ${d.pid}) is using the data root ${d.dataRoot}`);
      expect(existsSync(join(d.dir, 'second.sock'))).toBe(false);
      expect(readFileSync(join(d.dataRoot, 'berthd.lock'), 'utf8').trim()).toBe(String(d.pid));

      await d.kill9();
      await d.restart();
      expect(readFileSync(join(d.dataRoot, 'berthd.lock'), 'utf8').trim()).toBe(String(d.pid));
      expect(await d.docker(['info', '--format', '{{.ServerVersion}}'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
      // Default: the unix socket only, no TCP port.
      expect(tcpListenPorts(d.pid)).toEqual([]);
      expect(await d.stop()).toBe(0);
      expect(existsSync(d.socket)).toBe(false);
      expect(d.leftovers()).toEqual([]);
    } finally {
      await d.cleanup();
    }
  });

  dockerIt('plain tcp:// is opened only when asked, with a loud warning that docker info repeats', async () => {
    const port = await freePort();
    const d = await TestDaemon.start(['-H', `tcp://127.0.0.1:${port}`]);
    try {
      // The harness waits for the unix socket; the tcp listener is bound right after it.
      await until('the tcp listener', () => tcpListenPorts(d.pid).length > 0);
      expect(tcpListenPorts(d.pid)).toEqual([port]);
      expect(d.log).toContain(`WARNING: API is accessible on tcp://127.0.0.1:${port} without encryption`);
      expect(await run(DOCKER_CLI, ['-H', `tcp://127.0.0.1:${port}`, 'version', '--format', '{{.Server.Version}}'], { DOCKER_CONFIG: join(d.dir, 'dc') })).toMatchObject({ code: 0, stdout: '0.1.0\n' });
      const info = await d.docker(['info']);
      expect(info.code).toBe(0);
      expect(info.stdout + info.stderr).toContain(`API is accessible on http://127.0.0.1:${port} without encryption`);
    } finally {
      await d.cleanup();
    }
  });

  dockerIt('fd:// serves a listening socket passed by socket activation (LISTEN_FDS/LISTEN_PID)', async () => {
    const root = join(dir, 'fd');
    mkdirSync(root);
    writeFileSync(join(root, 'daemon.json'), '{}');
    const listener: Server = createServer();
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', () => r()));
    const { port } = listener.address() as AddressInfo;
    const fd = (listener as unknown as { _handle: { fd: number } })._handle.fd;
    const socket = join(root, 'berth.sock');
    const args = [join(BIN, 'berthd.js'), '--data-root', join(root, 'data'), '--exec-root', join(root, 'exec'), '-H', 'fd://', '-H', `unix://${socket}`, '--config-file', join(root, 'daemon.json')];
    // LISTEN_PID must be berthd's own pid: the shell exports its pid, then becomes berthd.
    const proc = spawn('sh', ['-c', 'LISTEN_PID=$$ LISTEN_FDS=1 exec "$@"', 'sh', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe', fd] });
    let log = '';
    proc.stdout!.on('data', (c: Buffer) => (log += c.toString()));
    proc.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    listener.close(); // berthd holds its own copy of the socket now
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    try {
      await until('berthd on fd://', () => log.includes('started') || proc.exitCode !== null);
      expect(log).toContain('API listen on fd://3');
      const docker = (host: string) => run(DOCKER_CLI, ['-H', host, 'version', '--format', '{{.Server.Version}}'], { DOCKER_CONFIG: join(root, 'dc') });
      expect(await docker(`tcp://127.0.0.1:${port}`)).toMatchObject({ code: 0, stdout: '0.1.0\n' });
      expect(await docker(`unix://${socket}`)).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    } finally {
      proc.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(existsSync(socket)).toBe(false);
    // Without activation, fd:// is refused.
    const refused = await berthdOnce(args.slice(1));
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('no sockets found via socket activation');
  });
});
