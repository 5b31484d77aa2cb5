/**
 * Test harness for end-to-end suites: a real berthd (the bundled bin/berthd.js) with its own data
 * and exec roots and socket, the berth CLI and the real docker CLI pointed at it, and a check that
 * nothing is left behind once the daemon stops.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const BIN = join(REPO, 'bin');
export const BUSYBOX_TAR = join(REPO, 'tools/images/out/busybox.tar');
export const DOCKER_CLI = '/usr/local/bin/docker';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ApiResult {
  status: number;
  text: string;
  /** The body parsed, when the daemon answered JSON. */
  json: unknown;
}

export interface StartOptions {
  /** Extra environment for berthd (and so for its shims and runtime), e.g. a PATH with a wrapped runc. */
  env?: Record<string, string>;
  /** Run berthd as users do, through the bin/berthd launcher and its node flags, not `node bin/berthd.js`. */
  launcher?: boolean;
}

export class TestDaemon {
  private proc?: ChildProcess;
  private logs: string[] = [];
  private args: string[] = [];
  private env: Record<string, string> = {};
  private launcher = false;
  /** Container ids seen in command output: leftovers() checks their cgroups too. */
  private readonly seenIds = new Set<string>();
  readonly socket: string;
  readonly dataRoot: string;
  readonly execRoot: string;

  private constructor(readonly dir: string) {
    this.dataRoot = join(dir, 'data');
    this.execRoot = join(dir, 'exec');
    this.socket = join(dir, 'berth.sock');
  }

  /** A daemon with busybox already loaded, for the suites that run it rather than test loading it. */
  static async withBusybox(extraArgs: string[] = [], options: StartOptions = {}): Promise<TestDaemon> {
    requireBusybox();
    const daemon = await TestDaemon.start(extraArgs, options);
    const loaded = await daemon.berth(['load', '-q', '-i', BUSYBOX_TAR]);
    if (loaded.code !== 0) {
      await daemon.cleanup();
      throw new Error(`loading ${BUSYBOX_TAR} failed: ${loaded.stderr}`);
    }
    return daemon;
  }

  static async start(extraArgs: string[] = [], options: StartOptions = {}): Promise<TestDaemon> {
    for (const file of ['berthd.js', 'berth.js', 'berth-shim.js', 'berth_sys.node']) {
      if (!existsSync(join(BIN, file))) throw new Error(`bin/${file} is missing: run \`npm run setup\` first`);
    }
    const daemon = new TestDaemon(await mkdtemp(join(tmpdir(), 'berth-e2e-')));
    daemon.args = extraArgs;
    daemon.env = options.env ?? {};
    daemon.launcher = options.launcher ?? false;
    await daemon.spawnDaemon();
    return daemon;
  }

  private async spawnDaemon(): Promise<void> {
    // An explicit --config-file must exist (dockerd's rule): an empty configuration, unless a test wrote one.
    if (!existsSync(join(this.dir, 'none.json'))) writeFileSync(join(this.dir, 'none.json'), '{}\n');
    const [command, ...script] = this.launcher ? [join(BIN, 'berthd')] : [process.execPath, join(BIN, 'berthd.js')];
    this.proc = spawn(command, [...script, '--data-root', this.dataRoot, '--exec-root', this.execRoot, '-H', `unix://${this.socket}`, '--config-file', join(this.dir, 'none.json'), ...this.args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...this.env } });
    this.proc.stdout!.on('data', (c: Buffer) => this.logs.push(c.toString()));
    this.proc.stderr!.on('data', (c: Buffer) => this.logs.push(c.toString()));
    await this.waitReady();
  }

  /** SIGKILL berthd (its shims and containers are not told) and wait until it is gone. */
  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill('SIGKILL');
    await exited;
  }

  /** Start a new berthd on the same roots and socket, with the same arguments unless given new ones (after stop() or kill9()). */
  async restart(extraArgs?: string[]): Promise<void> {
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) throw new Error('berthd is still running');
    if (extraArgs) this.args = extraArgs;
    await this.spawnDaemon();
  }

  get host(): string {
    return `unix://${this.socket}`;
  }

  get log(): string {
    return this.logs.join('');
  }

  get pid(): number {
    return this.proc?.pid ?? 0;
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      if (this.proc?.exitCode !== null && this.proc?.exitCode !== undefined) throw new Error(`berthd exited early (${this.proc.exitCode}):\n${this.log}`);
      if (await ping(this.socket)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`berthd did not answer /_ping within 15s:\n${this.log}`);
  }

  /** Run bin/berth against this daemon. */
  berth(args: string[], input?: string): Promise<CommandResult> {
    return run(process.execPath, ['--', join(BIN, 'berth.js'), ...args], { BERTH_HOST: this.host }, input).then((r) => this.noteIds(r));
  }

  /** Run the real docker CLI against this daemon, with a throwaway config dir. */
  docker(args: string[], input?: string): Promise<CommandResult> {
    return run(DOCKER_CLI, ['-H', this.host, ...args], { DOCKER_CONFIG: join(this.dir, 'docker-config') }, input).then((r) => this.noteIds(r));
  }

  /** One raw Engine API call on this daemon's socket, a JSON body sent as JSON; a JSON answer is parsed into `json`. */
  api(method: string, path: string, body?: unknown): Promise<ApiResult> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socket, method, path, headers: { 'Content-Type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const isJson = text !== '' && /json/.test(res.headers['content-type'] ?? '');
          resolve({ status: res.statusCode ?? 0, text, json: isJson ? JSON.parse(text) : undefined });
        });
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  private noteIds(result: CommandResult): CommandResult {
    for (const id of result.stdout.match(/\b[0-9a-f]{64}\b/g) ?? []) this.seenIds.add(id);
    return result;
  }

  /** SIGTERM berthd and wait for it to exit; returns its exit code. */
  async stop(): Promise<number | null> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return proc?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 30000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  /**
   * What the daemon left on the host: mounts under its roots, live berth-shim or runc processes
   * naming its roots, files (anything but directories) under the exec root, and cgroups of its
   * containers (those on record plus every id a command printed) under /sys/fs/cgroup/{,*}/berth*.
   */
  leftovers(): string[] {
    const found = this.processesAndFiles();
    const ids = new Set(this.seenIds);
    const records = join(this.dataRoot, 'containers');
    if (existsSync(records)) for (const id of readdirSync(records)) ids.add(id);
    for (const dir of cgroupParents()) {
      for (const id of ids) if (existsSync(join(dir, id))) found.push(`cgroup ${join(dir, id)}`);
    }
    return found;
  }

  /** Mounts under the daemon's directory, processes naming it, files under its exec root. */
  private processesAndFiles(): string[] {
    const found: string[] = [];
    for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
      const mountPoint = line.split(' ')[4];
      if (mountPoint && mountPoint.startsWith(this.dir)) found.push(`mount ${mountPoint}`);
    }
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (cmdline.includes(this.dir) && Number(pid) !== this.pid) found.push(`process ${pid}: ${cmdline.trim()}`);
      } catch {
        continue;
      }
    }
    const walk = (dir: string) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        const file = join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else found.push(`file ${file}`);
      }
    };
    walk(this.execRoot);
    return found;
  }

  async cleanup(): Promise<void> {
    await this.stop();
    // Last resort for a failed test: nothing may stay mounted or running.
    const runc = `runc --root ${join(this.execRoot, 'runc')}`;
    spawnSync('sh', ['-c', `${runc} list -q 2>/dev/null | xargs -r -n1 ${runc} delete --force`]);
    spawnSync('sh', ['-c', `grep -o " ${this.dir}[^ ]*" /proc/self/mountinfo | sort -r | xargs -r -n1 umount -l; pkill -9 -f ${this.dir} || true`]);
    await rm(this.dir, { recursive: true, force: true });
    // The default bridge and the BERTH chains are shared by every berthd on the host (as docker0 and
    // DOCKER* are by dockerds): the last test daemon to go removes them, as the CI leak check wants.
    if (!berthdRunning()) removeSharedNetworking();
  }
}

/** Whether any berthd (a test's or another) still runs in this network namespace (whose bridge and chains it shares). */
export function berthdRunning(): boolean {
  const ownNetns = readlinkSync('/proc/self/ns/net');
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (/(^|\/)berthd(\.js)?\0/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')) && readlinkSync(`/proc/${pid}/ns/net`) === ownNetns) return true;
    } catch {
      continue;
    }
  }
  return false;
}

/**
 * Networking berth leaves on the host between daemons: links named berth* / bv*, and iptables
 * BERTH* chains with the jumps to them (IPv4 and IPv6). `network.test.ts` compares it before/after.
 */
export function hostNetworking(): string[] {
  const links = spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).stdout.split('\n')
    .map((l) => l.split(': ')[1]?.split('@')[0]).filter((n): n is string => !!n && /^(berth|bv)/.test(n)).map((n) => `link ${n}`);
  const rules: string[] = [];
  for (const tool of ['iptables-save', 'ip6tables-save']) {
    const out = spawnSync(tool, [], { encoding: 'utf8' }).stdout ?? '';
    for (const line of out.split('\n')) if (/^:BERTH|^-A .*BERTH/.test(line)) rules.push(`${tool} ${line.replace(/ \[\d+:\d+\]$/, '')}`);
  }
  return [...links, ...rules];
}

/** Deletes what hostNetworking lists: the jumps to BERTH* chains, the chains, the berth bridges and veths. */
export function removeSharedNetworking(): void {
  for (const tool of ['iptables', 'ip6tables']) {
    for (const table of ['raw', 'filter', 'nat']) {
      const rules = spawnSync(tool, ['-t', table, '-S'], { encoding: 'utf8' }).stdout ?? '';
      const lines = rules.split('\n');
      for (const line of lines) {
        const m = /^-A (\S+) (.*-j BERTH\S*.*)$/.exec(line);
        if (m && !m[1].startsWith('BERTH')) spawnSync(tool, ['-t', table, '-D', m[1], ...m[2].split(' ')]);
      }
      const chains = lines.map((l) => /^-N (BERTH\S*)$/.exec(l)?.[1]).filter((c): c is string => !!c);
      for (const chain of chains) spawnSync(tool, ['-t', table, '-F', chain]);
      for (const chain of chains) spawnSync(tool, ['-t', table, '-X', chain]);
    }
  }
  for (const entry of hostNetworking()) if (entry.startsWith('link ')) spawnSync('ip', ['link', 'del', entry.slice(5)]);
}

/** Cgroup directories berth creates container cgroups under, on cgroup v1 and v2 alike. */
function cgroupParents(): string[] {
  const root = '/sys/fs/cgroup';
  const parents: string[] = [];
  const berthDirs = (dir: string) => {
    try {
      return readdirSync(dir).filter((n) => n.startsWith('berth')).map((n) => join(dir, n));
    } catch {
      return [];
    }
  };
  parents.push(...berthDirs(root));
  for (const controller of existsSync(root) ? readdirSync(root) : []) {
    if (!controller.startsWith('berth')) parents.push(...berthDirs(join(root, controller)));
  }
  return parents;
}

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export function run(command: string, args: string[], env: Record<string, string>, input?: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
    child.stdin.end(input);
  });
}

export const hasDockerCli = existsSync(DOCKER_CLI);
/** `it` and `describe` for cases that drive the real docker CLI: skipped where it is not installed. */
export const dockerIt = hasDockerCli ? it : it.skip;
export const describeDocker = hasDockerCli ? describe : describe.skip;

/** Fails a suite early, with the fix, when the busybox archive tools/images builds is missing. */
export function requireBusybox(): void {
  if (!existsSync(BUSYBOX_TAR)) throw new Error(`${BUSYBOX_TAR} is missing: run \`npm run setup\` first`);
}

/**
 * A berthd with busybox for a whole suite (`args`, by default without networking, which the host
 * shares between daemons), handed to `started` in beforeAll. afterAll checks that the suite removed
 * its containers, that berthd stops cleanly and that it leaves nothing behind.
 */
export function suiteDaemon(started: (daemon: TestDaemon) => void, args: string[] = ['--bridge', 'none'], options: StartOptions = {}): void {
  let daemon: TestDaemon | undefined;
  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox(args, options);
    started(daemon);
  }, 60_000);
  afterAll(async () => {
    if (!daemon) return;
    expect((await daemon.docker(['ps', '-a', '-q'])).stdout).toBe('');
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
    await daemon.cleanup();
  }, 60_000);
}
