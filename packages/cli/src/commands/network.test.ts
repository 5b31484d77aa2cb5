/**
 * `berth network …` and `berth port` end to end against a stub daemon that answers as dockerd
 * does; the expected texts are what docker CLI 28 printed against the same answers.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../cli';
import { goTimeString, networkRow } from './network';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

const network = (name: string, id: string, extra: object = {}) => ({
  Name: name, Id: id.repeat(64), Created: '2026-11-24T01:00:00.123400000Z', Scope: 'local', Driver: 'bridge', EnableIPv4: true, EnableIPv6: false,
  IPAM: { Driver: 'default', Options: null, Config: [] }, Internal: false, Attachable: false, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false,
  Containers: {}, Options: {}, Labels: {}, ...extra,
});
const NETWORKS = [network('net10', 'b', { Internal: true }), network('bridge', 'a', { Labels: { a: '1' } }), network('net9', 'c', { Driver: 'host' })];
const PORTS = { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '1053' }], '443/tcp': null };

let dir: string;
let server: http.Server;
const requests: { method: string; path: string; body: unknown }[] = [];

beforeAll(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-net-cli-'));
  server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const p = url.pathname.replace(/^\/v[\d.]+/, '');
      if (p !== '/_ping') requests.push({ method: req.method ?? '', path: p + url.search, body: text ? JSON.parse(text) : undefined });
      const json = (status: number, body?: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json', 'Api-Version': '1.51' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      if (p === '/_ping') return json(200, 'OK');
      if (p === '/networks' && req.method === 'GET') return json(200, NETWORKS);
      if (p === '/networks/create') return json(201, { Id: 'd'.repeat(64), Warning: '' });
      if (p === '/networks/prune') return json(200, { NetworksDeleted: ['n1', 'n2'] });
      const one = /^\/networks\/([^/]+)$/.exec(p);
      if (one) {
        const n = NETWORKS.find((x) => x.Name === one[1] || x.Id.startsWith(one[1]));
        if (!n) return json(404, { message: `network ${one[1]} not found` });
        if (req.method !== 'DELETE') return json(200, n);
        return n.Name === 'bridge' ? json(403, { message: 'bridge is a pre-defined network and cannot be removed' }) : json(204);
      }
      if (/^\/networks\/[^/]+\/(connect|disconnect)$/.test(p)) return p.startsWith('/networks/nope/') ? json(404, { message: 'network nope not found' }) : json(200);
      if (p === '/containers/nope/json') return json(404, { message: 'No such container: nope' });
      if (/^\/containers\/[^/]+\/json$/.test(p)) return json(200, { Id: 'e'.repeat(64), Name: '/web', Config: {}, State: {}, NetworkSettings: { Ports: PORTS } });
      if (p === '/containers/create') return json(201, { Id: 'f'.repeat(64), Warnings: [] });
      json(404, { message: 'page not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(path.join(dir, 'd.sock'), resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fs.promises.rm(dir, { recursive: true, force: true });
});
beforeEach(() => (requests.length = 0));

async function berth(argv: string[], stdinText = '') {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const code = await runCli(argv, { stdout, stderr, stdin, env: { BERTH_HOST: `unix://${path.join(dir, 'd.sock')}` } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('network ls', () => {
  test('sorts naturally and prints docker\'s columns, -q and --no-trunc', async () => {
    expect(await berth(['network', 'ls'])).toEqual({
      code: 0,
      stderr: '',
      stdout: 'NETWORK ID     NAME      DRIVER    SCOPE\naaaaaaaaaaaa   bridge    bridge    local\ncccccccccccc   net9      host      local\nbbbbbbbbbbbb   net10     bridge    local\n',
    });
    expect((await berth(['network', 'ls', '-q', '--no-trunc'])).stdout).toBe(`${'a'.repeat(64)}\n${'c'.repeat(64)}\n${'b'.repeat(64)}\n`);
    expect((await berth(['network', 'ls', '--format', '{{.Name}} {{.Internal}} {{.CreatedAt}}'])).stdout).toBe(
      'bridge false 2026-11-24 01:00:00.1234 +0000 UTC\nnet9 false 2026-11-24 01:00:00.1234 +0000 UTC\nnet10 true 2026-11-24 01:00:00.1234 +0000 UTC\n',
    );
    expect((await berth(['network', 'ls', '--format', '{{.Name}}={{.Label "a"}} {{.Labels}}'])).stdout).toBe('bridge=1 a=1\nnet9= \nnet10= \n');
    await berth(['network', 'ls', '-f', 'driver=bridge']);
    expect(requests.at(-1)?.path).toBe(`/networks?filters=${encodeURIComponent('{"driver":{"bridge":true}}')}`);
  });
});

describe('network create', () => {
  test('sends docker/cli\'s request and prints the id', async () => {
    const out = await berth(['network', 'create', '--subnet', '10.1.0.0/16', '--gateway', '10.1.0.1', '--ip-range', '10.1.1.0/24', '--aux-address', 'a=10.1.0.5', '-o', 'com.x=1', '--label', 'l=1', '--internal', '--ipv6', 'n1']);
    expect(out).toEqual({ code: 0, stdout: `${'d'.repeat(64)}\n`, stderr: '' });
    expect(requests.at(-1)?.body).toEqual({
      Name: 'n1', Driver: 'bridge', Scope: '', Internal: true, Attachable: false, Ingress: false, ConfigOnly: false, ConfigFrom: null, EnableIPv6: true,
      IPAM: { Driver: 'default', Config: [{ Subnet: '10.1.0.0/16', IPRange: '10.1.1.0/24', Gateway: '10.1.0.1', AuxiliaryAddresses: { a: '10.1.0.5' } }], Options: {} },
      Options: { 'com.x': '1' }, Labels: { l: '1' },
    });
  });

  test('refuses bad IPAM flags before asking the daemon', async () => {
    expect(await berth(['network', 'create', '--subnet', '10.1.0.0/16', '--gateway', '10.2.0.1', 'n1'])).toEqual({ code: 1, stdout: '', stderr: 'no matching subnet for gateway 10.2.0.1\n' });
    expect(requests).toEqual([]);
  });
});

describe('network rm, prune, connect, disconnect, inspect', () => {
  test('rm tries every network, prints failures as they come, then exit status 1; -f skips the missing', async () => {
    expect(await berth(['network', 'rm', 'net9', 'nope', 'bridge', 'net10'])).toEqual({
      code: 1,
      stdout: 'net9\nnet10\n',
      stderr: 'Error response from daemon: network nope not found\nError response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n',
    });
    expect(await berth(['network', 'rm', '-f', 'nope'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('prune asks first; "n" cancels quietly, -f reports the deleted', async () => {
    expect(await berth(['network', 'prune'], 'n\n')).toEqual({
      code: 0, stderr: '', stdout: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ',
    });
    expect(requests).toEqual([]);
    expect(await berth(['network', 'prune', '-f'])).toEqual({ code: 0, stderr: '', stdout: 'Deleted Networks:\nn1\nn2\n\n' });
  });

  test('connect sends the endpoint settings; errors are the daemon\'s', async () => {
    expect(await berth(['network', 'connect', '--alias', 'a,b', '--ip', '10.0.0.5', '--link', 'x:y', '--driver-opt', 'k=v', 'net9', 'web'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(requests.at(-1)).toEqual({
      method: 'POST', path: '/networks/net9/connect',
      body: { Container: 'web', EndpointConfig: { IPAMConfig: { IPv4Address: '10.0.0.5' }, Links: ['x:y'], Aliases: ['a', 'b'], DriverOpts: { k: 'v' }, GwPriority: 0 } },
    });
    expect(await berth(['network', 'connect', 'nope', 'web'])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: network nope not found\n' });
    expect((await berth(['network', 'connect', '--link', 'a:b:c', 'net9', 'web'])).stderr).toMatch(/^invalid argument "a:b:c" for "--link" flag: bad format for links: a:b:c\n/);
    expect(await berth(['network', 'disconnect', '-f', 'net9', 'web'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(requests.at(-1)).toEqual({ method: 'POST', path: '/networks/net9/disconnect', body: { Container: 'web', Force: true } });
  });

  test('inspect prints what it found and the daemon\'s not-found', async () => {
    const out = await berth(['network', 'inspect', '-f', '{{.Name}} {{.Driver}}', 'bridge', 'nope']);
    expect(out).toEqual({ code: 1, stdout: 'bridge bridge\n', stderr: 'Error response from daemon: network nope not found\n' });
    await berth(['network', 'inspect', '-v', 'bridge']);
    expect(requests.at(-1)?.path).toBe('/networks/bridge?verbose=true');
  });
});

describe('port', () => {
  test('lists every binding in natural order, or one port\'s host sides', async () => {
    expect(await berth(['port', 'web'])).toEqual({ code: 0, stderr: '', stdout: '53/udp -> 127.0.0.1:1053\n80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n' });
    expect(await berth(['port', 'web', '80'])).toEqual({ code: 0, stderr: '', stdout: '0.0.0.0:8080\n[::]:8080\n' });
    expect(await berth(['port', 'web', '53/udp'])).toEqual({ code: 0, stderr: '', stdout: '127.0.0.1:1053\n' });
  });

  test('refuses unpublished and malformed ports with docker\'s words', async () => {
    expect(await berth(['port', 'web', '443'])).toEqual({ code: 1, stdout: '', stderr: "Error: No public port '443' published for web\n" });
    expect(await berth(['port', 'web', 'abc'])).toEqual({ code: 1, stdout: '', stderr: 'Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n' });
    expect(await berth(['port', 'web', '99999/udp'])).toEqual({ code: 1, stdout: '', stderr: 'Error: invalid port (99999): strconv.ParseUint: parsing "99999": value out of range\n' });
    expect(await berth(['port', 'nope'])).toEqual({ code: 1, stdout: '', stderr: 'Error response from daemon: No such container: nope\n' });
  });
});

describe('run/create network flags', () => {
  test('-p, -P, --expose, --network, --ip and friends reach the create body as docker/cli sends them', async () => {
    const out = await berth(['create', '-p', '8080:80', '-p', '127.0.0.1::53/udp', '--expose', '100', '-P', '--network', 'n1', '--network', 'n2', '--network-alias', 'web', '--ip', '10.0.0.2', 'busybox']);
    expect(out.code).toBe(0);
    const body = requests.find((r) => r.path.startsWith('/containers/create'))?.body as Record<string, Record<string, unknown>>;
    expect(body.ExposedPorts).toEqual({ '80/tcp': {}, '53/udp': {}, '100/tcp': {} });
    expect(body.HostConfig).toMatchObject({
      NetworkMode: 'n1', PublishAllPorts: true, PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '53/udp': [{ HostIp: '127.0.0.1', HostPort: '' }] },
    });
    expect(body.NetworkingConfig).toEqual({ EndpointsConfig: { n1: { Aliases: ['web'], IPAMConfig: { IPv4Address: '10.0.0.2' } }, n2: {} } });
  });

  test('bad values are refused as docker run refuses them, before any request', async () => {
    expect(await berth(['create', '-p', '1-2:3-5', 'busybox'])).toEqual({
      code: 125, stdout: '', stderr: "berth: invalid ranges specified for container and host Ports: 3-5 and 1-2\n\nRun 'berth create --help' for more information\n",
    });
    expect((await berth(['create', '--network', 'name=n1,foo=bar', 'busybox'])).stderr).toMatch(/^invalid argument "name=n1,foo=bar" for "--network" flag: invalid field key foo\n/);
    expect((await berth(['create', '--mac-address', 'zz', 'busybox'])).stderr).toMatch(/^berth: zz is not a valid mac address\n/);
    expect(requests.filter((r) => r.path.startsWith('/containers/create'))).toEqual([]);
  });
});

describe('row helpers', () => {
  test('CreatedAt is Go\'s time.Time.String()', () => {
    expect(goTimeString('2026-11-24T01:00:00.123400000Z')).toBe('2026-11-24 01:00:00.1234 +0000 UTC');
    expect(goTimeString('2026-11-24T01:00:00Z')).toBe('2026-11-24 01:00:00 +0000 UTC');
    expect(networkRow(network('x', 'f', { Labels: { b: '2', a: '1' }, EnableIPv6: true }) as never, true)).toMatchObject({ ID: 'ffffffffffff', IPv6: 'true', Labels: 'a=1,b=2' });
  });
});
