/**
 * A stand-in for berthd in the CLI's unit tests: the Docker API routes the CLI calls, on a unix
 * socket in a temp dir, over a tiny in-memory model. "Containers" run scripts chosen by their
 * command (`echo`, `fail N`, `cat`, `stderr`, `sleep` — runs until stopped or killed), so command flows can be checked end to end at the
 * protocol level without a real engine.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ContainerCreateRequest, ImageSummary } from '@berth/client';
import { StreamType, encodeFrame } from '@berth/proto';

interface FakeContainer {
  id: string;
  name: string;
  config: ContainerCreateRequest;
  created: number;
  state: 'created' | 'running' | 'paused' | 'exited';
  exitCode: number;
  log: { stream: StreamType; payload: Buffer }[];
  attached: { socket: net.Socket; stdin: boolean }[];
  waiters: { condition: string; res: http.ServerResponse }[];
}

/** The signals the fake's stop and kill understand, by name without `SIG`. */
const FAKE_SIGNALS: Record<string, number> = { HUP: 1, INT: 2, KILL: 9, USR1: 10, TERM: 15 };

export class FakeDaemon {
  readonly containers = new Map<string, FakeContainer>();
  images: ImageSummary[] = [];
  /** Every `METHOD /path?query` seen, without the version prefix. */
  readonly requests: string[] = [];
  /** Archives received by `POST /images/load`. */
  readonly loaded: Buffer[] = [];
  apiVersion = '1.51';
  private server!: http.Server;
  private dir!: string;

  get host(): string {
    return `unix://${path.join(this.dir, 'berth.sock')}`;
  }

  async start(): Promise<void> {
    this.dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-cli-'));
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.route(req, res, Buffer.concat(chunks)));
    });
    this.server.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => this.attach(req, socket));
    await new Promise<void>((resolve) => this.server.listen(path.join(this.dir, 'berth.sock'), resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    for (const c of this.containers.values()) for (const a of c.attached) a.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  addContainer(name: string, config: ContainerCreateRequest, state: FakeContainer['state'], created: number): FakeContainer {
    const container: FakeContainer = {
      id: randomBytes(32).toString('hex'),
      name,
      config,
      created,
      state,
      exitCode: 0,
      log: [],
      attached: [],
      waiters: [],
    };
    this.containers.set(container.id, container);
    return container;
  }

  find(ref: string): FakeContainer | undefined {
    for (const c of this.containers.values()) if (c.id === ref || c.name === ref || c.id.startsWith(ref)) return c;
    return undefined;
  }

  private parse(req: http.IncomingMessage): { route: string; query: URLSearchParams } {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = url.pathname.replace(/^\/v\d+\.\d+/, '');
    this.requests.push(`${req.method} ${route}${url.search}`);
    return { route, query: url.searchParams };
  }

  private route(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const { route, query } = this.parse(req);
    const json = (status: number, value: unknown): void =>
      void res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
    const notFound = (ref: string) => json(404, { message: `No such container: ${ref}` });
    const key = `${req.method} ${route}`;
    if (key === 'GET /_ping') {
      res.setHeader('Api-Version', this.apiVersion);
      return void res.end('OK');
    }
    if (key === 'GET /version') {
      return json(200, {
        Platform: { Name: 'berth' },
        Components: [{ Name: 'Engine', Version: '0.1.0', Details: { ApiVersion: '1.51', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64' } }],
        Version: '0.1.0',
        ApiVersion: '1.51',
        MinAPIVersion: '1.24',
        Os: 'linux',
        Arch: 'amd64',
      });
    }
    if (key === 'GET /info') {
      return json(200, {
        ID: 'ABCD:EFGH', Containers: this.containers.size, ContainersRunning: 0, ContainersPaused: 0,
        ContainersStopped: this.containers.size, Images: this.images.length, Driver: 'overlay',
        DriverStatus: [['Backing Filesystem', 'extfs']], LoggingDriver: 'json-file', CgroupDriver: 'cgroupfs',
        CgroupVersion: '2', KernelVersion: '6.1.0', OperatingSystem: 'Debian GNU/Linux 12 (bookworm)', OSType: 'linux',
        Architecture: 'x86_64', NCPU: 4, MemTotal: 16_687_681_536, Name: 'host1', DockerRootDir: '/var/lib/berth',
        ServerVersion: '0.1.0', Warnings: ['WARNING: bridge-nf-call-iptables is disabled'],
      });
    }
    if (key === 'GET /images/json') return json(200, this.images);
    if (key === 'POST /images/load') {
      this.loaded.push(body);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (body.toString() === 'not a tar') return void res.end('{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}\n');
      return void res.end('{"stream":"Loaded image: busybox:latest\\n"}\n');
    }
    if (key === 'POST /images/create') {
      // dockerd names the repository as users write it, though clients ask for the full name.
      return json(404, { message: `pull access denied for ${query.get('fromImage')?.replace(/^docker\.io\/library\//, '')}, repository does not exist or may require 'docker login'` });
    }
    if (key === 'POST /containers/create') {
      const config = JSON.parse(body.toString()) as ContainerCreateRequest;
      const image = config.Image ?? '';
      const known = this.images.some((i) => (i.RepoTags ?? []).some((t) => t === image || t === `${image}:latest`));
      if (!known) return json(404, { message: `No such image: ${image.includes(':') ? image : `${image}:latest`}` });
      const name = query.get('name') || `fake_${this.containers.size}`;
      const c = this.addContainer(name, config, 'created', Math.floor(Date.now() / 1000));
      return json(201, { Id: c.id, Warnings: [] });
    }
    if (key === 'GET /containers/json') {
      const all = query.get('all') === '1';
      const list = [...this.containers.values()].filter((c) => all || c.state === 'running');
      return json(
        200,
        list.map((c) => ({
          Id: c.id, Names: [`/${c.name}`], Image: c.config.Image, Command: (c.config.Cmd ?? []).join(' '),
          Created: c.created, State: c.state, Status: c.state === 'exited' ? `Exited (${c.exitCode}) 1 second ago` : 'Up 1 second', Ports: [],
        })),
      );
    }
    const match = /^\/containers\/([^/]+)(?:\/(\w+))?$/.exec(route);
    if (!match) return json(404, { message: 'page not found' });
    const [, ref, action] = match;
    const c = this.find(decodeURIComponent(ref));
    if (!c) return notFound(decodeURIComponent(ref));
    if (req.method === 'DELETE' && !action) {
      if (c.state === 'running' && query.get('force') !== '1') {
        return json(409, { message: `cannot remove container "${c.name}": container is running: stop the container before removing or force remove` });
      }
      this.remove(c);
      return void res.writeHead(204).end();
    }
    if (action === 'json') return json(200, { Id: c.id, Name: `/${c.name}`, Config: c.config, State: { Status: c.state, ExitCode: c.exitCode } });
    if (action === 'wait') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.flushHeaders();
      c.waiters.push({ condition: query.get('condition') ?? 'not-running', res });
      return;
    }
    if (action === 'logs') {
      res.writeHead(200, { 'Content-Type': c.config.Tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream' });
      for (const entry of c.log) {
        if (entry.stream === StreamType.Stdout && query.get('stdout') !== '1') continue;
        if (entry.stream === StreamType.Stderr && query.get('stderr') !== '1') continue;
        res.write(c.config.Tty ? entry.payload : encodeFrame(entry.stream, entry.payload));
      }
      return void res.end();
    }
    if (action === 'restart') {
      if (c.state === 'running') this.exit(c, 128 + (FAKE_SIGNALS[query.get('signal') ?? 'TERM'] ?? 15));
      res.writeHead(204).end();
      c.state = 'running';
      setImmediate(() => this.execute(c));
      return;
    }
    if (action === 'start') {
      const [program] = c.config.Cmd ?? [];
      if (program === 'missing') {
        return json(400, { message: 'failed to create task: exec: "missing": executable file not found in $PATH' });
      }
      res.writeHead(204).end();
      c.state = 'running';
      setImmediate(() => this.execute(c));
      return;
    }
    const conflict = (message: string) => json(409, { message });
    if (action === 'stop') {
      if (c.state !== 'running') return void res.writeHead(304).end();
      res.writeHead(204).end();
      return this.exit(c, 128 + (FAKE_SIGNALS[query.get('signal') ?? 'TERM'] ?? 15));
    }
    if (action === 'kill') {
      const signal = query.get('signal') || 'KILL';
      const number = FAKE_SIGNALS[signal.replace(/^SIG/, '')] ?? Number(signal);
      if (!Number.isInteger(number) || number <= 0) return json(400, { message: `Invalid signal: ${signal}` });
      if (c.state !== 'running') return conflict(`cannot kill container: ${ref}: container ${c.id} is not running`);
      res.writeHead(204).end();
      return this.exit(c, 128 + number);
    }
    if (action === 'pause' || action === 'unpause') {
      if (action === 'pause' && c.state !== 'running') return conflict(`container ${c.id} is not running`);
      if (action === 'unpause' && c.state !== 'paused') return conflict(`container ${c.id} is not paused`);
      c.state = action === 'pause' ? 'paused' : 'running';
      return void res.writeHead(204).end();
    }
    json(404, { message: 'page not found' });
  }

  private attach(req: http.IncomingMessage, socket: net.Socket): void {
    const { route, query } = this.parse(req);
    const match = /^\/containers\/([^/]+)\/attach$/.exec(route);
    const c = match ? this.find(match[1]) : undefined;
    if (!c) {
      const body = JSON.stringify({ message: `No such container: ${match?.[1]}` });
      return void socket.end(`HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    }
    const type = c.config.Tty ? 'raw-stream' : 'multiplexed-stream';
    socket.write(`HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.${type}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n`);
    c.attached.push({ socket, stdin: query.get('stdin') === '1' });
  }

  private emit(c: FakeContainer, stream: StreamType, text: string | Buffer): void {
    const payload = Buffer.from(text);
    c.log.push({ stream, payload });
    for (const a of c.attached) a.socket.write(c.config.Tty ? payload : encodeFrame(stream, payload));
  }

  /** The container's "program": what its command asks for. */
  private execute(c: FakeContainer): void {
    const [program, ...args] = c.config.Cmd ?? [];
    if (program === 'cat') {
      const input = c.attached.find((a) => a.stdin);
      if (!input) return this.exit(c, 0);
      input.socket.on('data', (chunk: Buffer) => this.emit(c, StreamType.Stdout, chunk));
      input.socket.on('end', () => this.exit(c, 0));
      return;
    }
    if (program === 'sleep') return;
    if (program === 'echo') this.emit(c, StreamType.Stdout, `${args.join(' ')}\n`);
    if (program === 'stderr') this.emit(c, StreamType.Stderr, `${args.join(' ')}\n`);
    if (program === 'env') this.emit(c, StreamType.Stdout, (c.config.Env ?? []).map((e) => `${e}\n`).join(''));
    this.exit(c, program === 'fail' ? Number(args[0]) : 0);
  }

  private exit(c: FakeContainer, code: number): void {
    c.state = 'exited';
    c.exitCode = code;
    for (const a of c.attached) a.socket.end();
    c.attached = [];
    const body = JSON.stringify({ StatusCode: code, Error: null });
    for (const w of c.waiters.filter((w) => w.condition !== 'removed')) w.res.end(body);
    c.waiters = c.waiters.filter((w) => w.condition === 'removed');
    if (c.config.HostConfig?.AutoRemove) this.remove(c);
  }

  private remove(c: FakeContainer): void {
    this.containers.delete(c.id);
    for (const w of c.waiters) w.res.end(JSON.stringify({ StatusCode: c.exitCode, Error: null }));
    c.waiters = [];
  }
}
