/**
 * A tiny VolumeDriver plugin for tests (unit and e2e): each volume a directory under `store`
 * (Get and List see every directory there, however it was made), every call logged to `calls` as
 * `<method> <name> [<id>]`; `Opts.fail` makes Create answer an Err; Capabilities answers `scope`.
 */
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as path from 'node:path';

export function startTinyPlugin(socket: string, store: string, calls: string[], opts: { scope?: 'local' | 'global' } = {}): Promise<Server> {
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(text || '{}') as { Name?: string; ID?: string; Opts?: Record<string, string> };
      const method = req.url?.slice(1) ?? '';
      calls.push(`${method} ${body.Name ?? ''}${body.ID ? ` ${body.ID}` : ''}`);
      const dir = path.join(store, body.Name ?? '');
      let answer: object = {};
      if (method === 'Plugin.Activate') answer = { Implements: ['VolumeDriver'] };
      else if (method === 'VolumeDriver.Create') {
        if (body.Opts?.fail) answer = { Err: `refused: ${body.Opts.fail}` };
        else fs.mkdirSync(dir, { recursive: true });
      } else if (method === 'VolumeDriver.Remove') fs.rmSync(dir, { recursive: true, force: true });
      else if (method === 'VolumeDriver.Mount' || method === 'VolumeDriver.Path') answer = { Mountpoint: dir };
      else if (method === 'VolumeDriver.Get') answer = body.Name && fs.existsSync(dir) ? { Volume: { Name: body.Name, Mountpoint: dir, Status: {} } } : { Err: 'no such volume' };
      else if (method === 'VolumeDriver.List') {
        const names = fs.existsSync(store) ? fs.readdirSync(store).sort() : [];
        answer = { Volumes: names.map((name) => ({ Name: name, Mountpoint: path.join(store, name) })) };
      } else if (method === 'VolumeDriver.Capabilities') answer = { Capabilities: { Scope: opts.scope ?? 'local' } };
      res.writeHead(200, { 'Content-Type': 'application/vnd.docker.plugins.v1.2+json' });
      res.end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(socket, () => resolve(server)));
}

