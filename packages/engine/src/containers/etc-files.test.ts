import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostsFile, resolvConf } from './etc-files';

describe('container /etc files', () => {
  it('writes localhost, extra hosts and the own hostname', () => {
    const hosts = hostsFile('abc123', ['db:10.0.0.5']);
    expect(hosts).toContain('127.0.0.1\tlocalhost\n');
    expect(hosts).toContain('10.0.0.5\tdb\n');
    expect(hosts.trim().split('\n').pop()).toBe('127.0.1.1\tabc123');
  });

  it('drops loopback resolvers from the host file and honours --dns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'berth-resolv-'));
    try {
      const file = join(dir, 'resolv.conf');
      await writeFile(file, 'nameserver 127.0.0.53\nnameserver 10.1.2.3\nsearch example.test\noptions ndots:2\n');
      expect(await resolvConf({}, file)).toBe('search example.test\nnameserver 10.1.2.3\noptions ndots:2\n');
      expect(await resolvConf({ dns: ['127.0.0.1'], search: ['a.test'] }, file)).toBe('search a.test\nnameserver 127.0.0.1\noptions ndots:2\n');
      expect(await resolvConf({}, join(dir, 'missing'))).toBe('\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
