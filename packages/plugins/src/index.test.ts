import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isFailedPrecondition, isInvalidArgument, isNotFound } from '@berth/errdefs';
import { PLUGIN_CONTENT_TYPE, PluginClient, PluginRegistry, findPlugin, parsePluginUrl, scanPlugins } from '@berth/plugins';

/** A plugin server answering by method; records method, content type and body of each call. */
function serve(listen: (s: Server) => void, answers: Record<string, [number, string]>, seen: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers['content-type']} ${body}`);
      const [status, text] = answers[req.url!.slice(1)] ?? [404, '404 page not found\n'];
      res.writeHead(status, { 'Content-Type': PLUGIN_CONTENT_TYPE });
      res.end(text);
    });
  });
  return new Promise((resolve) => {
    server.once('listening', () => resolve(server));
    listen(server);
  });
}
const closeAll = (servers: Server[]) => Promise.all(servers.map((s) => new Promise((r) => s.close(r))));

describe('@berth/plugins', () => {
  let dir: string;
  const servers: Server[] = [];
  const seen: string[] = [];
  const answers: Record<string, [number, string]> = {
    'Plugin.Activate': [200, '{"Implements":["NetworkDriver","IpamDriver"]}'],
    'NetworkDriver.GetCapabilities': [200, '{"Scope":"local"}'],
    'NetworkDriver.Join': [200, '{"Err":"no such endpoint"}'],
    'NetworkDriver.Leave': [500, '{"Err":"busy"}'],
    'NetworkDriver.Bad': [200, 'not json'],
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-plugins-'));
    fs.mkdirSync(path.join(dir, 'nested'));
    servers.push(await serve((s) => s.listen(path.join(dir, 'flat.sock')), answers, seen));
    servers.push(await serve((s) => s.listen(path.join(dir, 'nested', 'nested.sock')), answers, seen));
    const tcp = await serve((s) => s.listen(0, '127.0.0.1'), answers, seen);
    servers.push(tcp);
    const port = (tcp.address() as AddressInfo).port;
    fs.writeFileSync(path.join(dir, 'bytcp.spec'), `tcp://127.0.0.1:${port}\n`);
    fs.writeFileSync(path.join(dir, 'byspec.spec'), `unix://${path.join(dir, 'flat.sock')}`);
    fs.writeFileSync(path.join(dir, 'byjson.json'), JSON.stringify({ Name: 'byjson', Addr: `unix://${path.join(dir, 'flat.sock')}` }));
    fs.writeFileSync(path.join(dir, 'bad.spec'), 'ftp://x');
    fs.writeFileSync(path.join(dir, 'notasocket.sock'), '');
  });
  afterAll(async () => {
    await closeAll(servers);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('discovery in dockerd\'s order: <name>.sock, <name>/<name>.sock, .spec (unix, tcp), .json', () => {
    expect(findPlugin([dir], 'flat')).toEqual({ socketPath: path.join(dir, 'flat.sock') });
    expect(findPlugin(['/nonexistent', dir], 'nested')).toEqual({ socketPath: path.join(dir, 'nested', 'nested.sock') });
    expect(findPlugin([dir], 'byspec')).toEqual({ socketPath: path.join(dir, 'flat.sock') });
    expect(findPlugin([dir], 'bytcp')).toMatchObject({ host: '127.0.0.1' });
    expect(findPlugin([dir], 'byjson')).toEqual({ socketPath: path.join(dir, 'flat.sock') });
    expect(findPlugin([dir], 'absent')).toBeUndefined();
    expect(findPlugin([dir], 'notasocket')).toBeUndefined(); // a plain file is no socket
    expect(findPlugin([dir], '../etc')).toBeUndefined();
    expect(isInvalidArgument(catchSync(() => findPlugin([dir], 'bad')))).toBe(true);
    expect(parsePluginUrl('tcp://[::1]:9000', 'x')).toEqual({ host: '::1', port: 9000 });
  });

  test('scanning lists every plugin found, as dockerd\'s plugins.Scan (bad specs and non-sockets left out)', () => {
    expect(scanPlugins([dir, '/nonexistent'])).toEqual(['byjson', 'byspec', 'bytcp', 'flat', 'nested']);
    expect(new PluginRegistry([dir]).names()).toEqual(['byjson', 'byspec', 'bytcp', 'flat', 'nested']);
  });

  test('activation once per plugin, shared by kinds; not found and not implemented in dockerd\'s words', async () => {
    const reg = new PluginRegistry([dir]);
    seen.length = 0;
    const [a, b] = await Promise.all([reg.get('flat', 'NetworkDriver'), reg.get('flat', 'IpamDriver')]);
    expect(a).toBe(b);
    expect(a.implements).toEqual(['NetworkDriver', 'IpamDriver']);
    expect(seen).toEqual([`POST /Plugin.Activate ${PLUGIN_CONTENT_TYPE} {}`]);
    const missing = await reg.get('absent', 'NetworkDriver').catch((e: unknown) => e as Error);
    expect(isNotFound(missing)).toBe(true);
    expect((missing as Error).message).toBe('plugin "absent" not found');
    const wrongKind = await reg.get('flat', 'VolumeDriver').catch((e: unknown) => e as Error);
    expect(isFailedPrecondition(wrongKind)).toBe(true);
    expect((wrongKind as Error).message).toBe('plugin "flat" does not implement VolumeDriver');
    expect(reg.has('bytcp')).toBe(true);
    expect((await reg.get('bytcp', 'IpamDriver')).client.address).toMatchObject({ host: '127.0.0.1' });
  });

  test('transport: JSON POST with docker\'s content type; failed statuses worded "<method>: <Err or body>"; Err in a 200 answer returned', async () => {
    const c = new PluginClient('flat', { socketPath: path.join(dir, 'flat.sock') });
    seen.length = 0;
    expect(await c.call('NetworkDriver.GetCapabilities', { a: 1 })).toEqual({ Scope: 'local' });
    expect(seen).toEqual([`POST /NetworkDriver.GetCapabilities ${PLUGIN_CONTENT_TYPE} {"a":1}`]);
    expect(await c.call('NetworkDriver.Join', {})).toEqual({ Err: 'no such endpoint' });
    await expect(c.call('NetworkDriver.Leave', {})).rejects.toThrow(/^NetworkDriver\.Leave: busy$/);
    await expect(c.call('NetworkDriver.Missing', {})).rejects.toThrow(/^NetworkDriver\.Missing: 404 page not found$/);
    await expect(c.call('NetworkDriver.Bad', {})).rejects.toThrow('NetworkDriver.Bad: malformed response from the plugin: not json');
    const gone = new PluginClient('gone', { socketPath: path.join(dir, 'gone.sock') });
    await expect(gone.call('Plugin.Activate', {})).rejects.toThrow(/^Plugin\.Activate: connect ENOENT/);
  });
});

function catchSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}
