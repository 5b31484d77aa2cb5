import * as net from 'node:net';
import { isConflict, isInvalidArgument } from '@berth/errdefs';
import { parsePortKey, PortAllocator, portRequests, portsView } from './ports';
import type { PortBindingState } from './types';

describe('portRequests', () => {
  test('bindings in port order; empty HostIp is the default bind address; ranges kept', () => {
    expect(
      portRequests({ portBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '9000-9005' }], '53/udp': [{ HostPort: '53' }, { HostIp: '::1', HostPort: '' }] } }, '10.0.0.5'),
    ).toEqual([
      { containerPort: 53, proto: 'udp', hostIp: '10.0.0.5', hostPortStart: 53, hostPortEnd: 53 },
      { containerPort: 53, proto: 'udp', hostIp: '::1', hostPortStart: 0, hostPortEnd: 0 },
      { containerPort: 8080, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: 9000, hostPortEnd: 9005 },
    ]);
  });

  test('-P publishes every exposed port without a binding on a random port; a bound one keeps its binding', () => {
    expect(portRequests({ publishAllPorts: true, exposedPorts: ['80/tcp', '443'], portBindings: { '80/tcp': [{ HostPort: '8080' }] } })).toEqual([
      { containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPortStart: 8080, hostPortEnd: 8080 },
      { containerPort: 443, proto: 'tcp', hostIp: '0.0.0.0', hostPortStart: 0, hostPortEnd: 0 },
    ]);
    expect(portRequests({ exposedPorts: ['80/tcp'] })).toEqual([]);
  });

  test('bad keys and host ports are invalid arguments', () => {
    for (const bad of [{ 'x/tcp': [] }, { '80/icmp': [] }, { '70000/tcp': [] }] as Record<string, []>[]) expect(() => portRequests({ portBindings: bad })).toThrow();
    try {
      portRequests({ portBindings: { '80/tcp': [{ HostPort: '90-80' }] } });
      throw new Error('accepted');
    } catch (e) {
      expect(isInvalidArgument(e)).toBe(true);
      expect((e as Error).message).toBe('invalid hostPort: 90-80');
    }
    expect(parsePortKey('53/UDP')).toEqual({ port: 53, proto: 'udp' });
  });
});

test('portsView: NetworkSettings.Ports with null for exposed-only ports', () => {
  expect(portsView([{ containerPort: 80, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 32768 }], ['80/tcp', '81/udp'])).toEqual({
    '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '32768' }],
    '81/udp': null,
  });
});

describe('PortAllocator (real sockets on loopback)', () => {
  // Below the kernel's ephemeral range (32768-60999 by default), where no other test's or process's
  // outgoing connection can take a port of ours in the middle of the test.
  const base = 20000 + Math.floor(Math.random() * 10000);
  test('random ports come from the range in turn; a held port is "already allocated", a host-taken one "address already in use"', async () => {
    const a = new PortAllocator([base, base + 2]);
    const b = new PortAllocator([base + 10, base + 10]);
    const held: PortBindingState[][] = [];
    const probe = net.createServer();
    const host = net.createServer();
    try {
      const got = a.allocate('c1', [{ containerPort: 80, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: 0, hostPortEnd: 0 }]);
      held.push(got);
      expect(got).toEqual([{ containerPort: 80, proto: 'tcp', hostIp: '127.0.0.1', hostPort: base }]);
      // The reservation is a real bound socket: a host process cannot take the port meanwhile.
      await expect(new Promise((resolve, reject) => probe.once('error', reject).listen(base, '127.0.0.1', () => resolve(undefined)))).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const clash = () => a.allocate('c2', [{ containerPort: 81, proto: 'tcp', hostIp: '0.0.0.0', hostPortStart: base, hostPortEnd: base }]);
      expect(clash).toThrow(`Bind for 0.0.0.0:${base} failed: port is already allocated`);

      await new Promise<void>((resolve) => host.listen(base + 1, '127.0.0.1', () => resolve()));
      try {
        held.push(a.allocate('c3', [{ containerPort: 5000, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: base + 1, hostPortEnd: base + 1 }], '172.17.0.3'));
        throw new Error('allocated');
      } catch (e) {
        expect(isConflict(e)).toBe(true);
        expect((e as Error).message).toBe(`failed to bind host port for 127.0.0.1:${base + 1}:172.17.0.3:5000/tcp: address already in use`);
      }
      // Random allocation skips the host's port and goes on; a range takes its first free port.
      const c4 = a.allocate('c4', [{ containerPort: 1, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: 0, hostPortEnd: 0 }]);
      held.push(c4);
      expect(c4[0]!.hostPort).toBe(base + 2);
      const c5 = a.allocate('c5', [{ containerPort: 1, proto: 'udp', hostIp: '127.0.0.1', hostPortStart: base, hostPortEnd: base + 3 }]);
      held.push(c5);
      expect(c5[0]!.hostPort).toBe(base);
      host.close();

      // All or nothing: the first binding is given back when the second fails.
      expect(() =>
        b.allocate('c6', [
          { containerPort: 1, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: base + 11, hostPortEnd: base + 11 },
          { containerPort: 2, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: base + 11, hostPortEnd: base + 11 },
        ]),
      ).toThrow('port is already allocated');
      const c7 = b.allocate('c7', [{ containerPort: 1, proto: 'tcp', hostIp: '127.0.0.1', hostPortStart: base + 11, hostPortEnd: base + 11 }]);
      expect(c7).toHaveLength(1);
      b.release(c7);

      a.release(got);
      await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(base, '127.0.0.1', () => resolve()));
    } finally {
      // A failure must not leave sockets open: jest would wait for them forever when run in band.
      probe.close();
      host.close();
      for (const bindings of held) a.release(bindings);
    }
  });
});
