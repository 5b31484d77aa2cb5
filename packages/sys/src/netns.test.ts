import { execFile, execFileSync } from 'node:child_process';
import { fstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isAlreadyExists, isConflict, isInvalidArgument, isNotFound } from '@berth/errdefs';
import {
  NETLINK_ROUTE,
  UdpFdSocket,
  closeFd,
  createNetns,
  netlinkTransact,
  openNetlinkSocket,
  removeNetns,
  socketInNetns,
  writeSysctlInNetns,
} from './index';

const run = promisify(execFile);
const inNetns = (netns: string, ...args: string[]): string => execFileSync('nsenter', [`--net=${netns}`, ...args], { encoding: 'utf8' });
const ownNetns = (): string => readlinkSync('/proc/thread-self/ns/net');
const openFds = (): number => readdirSync('/proc/self/fd').length;
const caught = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
};

/** One netlink request: header + 16-byte ifinfomsg (+ nothing): RTM_GETLINK by index or a dump. */
function getLink(seq: number, index: number, dump = false): Buffer {
  const msg = Buffer.alloc(32);
  msg.writeUInt32LE(32, 0);
  msg.writeUInt16LE(18, 4); // RTM_GETLINK
  msg.writeUInt16LE(dump ? 0x301 : 0x5, 6); // REQUEST|DUMP or REQUEST|ACK
  msg.writeUInt32LE(seq, 8);
  msg.writeInt32LE(index, 20);
  return msg;
}

describe('network namespaces', () => {
  let dir: string;
  let ns: string;
  const startNs = ownNetns();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-netns-'));
    ns = join(dir, 'a');
    createNetns(ns);
  });
  afterAll(() => {
    removeNetns(ns);
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => expect(ownNetns()).toBe(startNs)); // the JS thread is always back home

  it('creates a fresh namespace with only lo, down, pinned by a 0444 file; removes it idempotently', () => {
    const other = join(dir, 'b');
    createNetns(other);
    expect(statSync(other).mode & 0o777).toBe(0o444);
    expect(statSync(other).ino).not.toBe(statSync(ns).ino);
    expect(statSync(other).ino).not.toBe(statSync('/proc/self/ns/net').ino);
    const links = inNetns(other, 'ip', '-o', 'link').trim().split('\n');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^1: lo: <LOOPBACK> .* state DOWN/);
    const dup = caught(() => createNetns(other));
    expect(isAlreadyExists(dup)).toBe(true);
    removeNetns(other);
    expect(existsSync(other)).toBe(false);
    removeNetns(other);
    expect(isNotFound(caught(() => createNetns(join(dir, 'missing-dir', 'c'))))).toBe(true);
    // A leftover plain file (a crash between create and mount) is taken over.
    writeFileSync(other, '');
    createNetns(other);
    expect(inNetns(other, 'ip', '-o', 'link')).toContain('lo');
    removeNetns(other);
  });

  it('runs netlink transactions inside the namespace, throws kernel errors after draining the replies', () => {
    const before = openFds();
    const fd = openNetlinkSocket(NETLINK_ROUTE, ns);
    try {
      const dump = netlinkTransact(fd, getLink(1, 0, true));
      expect(dump).toHaveLength(1); // lo only: the socket lives in the new namespace
      expect(dump[0].readUInt16LE(4)).toBe(16); // RTM_NEWLINK
      expect(dump[0].readInt32LE(20)).toBe(1);
      // Two requests in one send: the second fails; the error names it, and nothing stays queued.
      const err = caught(() => netlinkTransact(fd, Buffer.concat([getLink(2, 1), getLink(3, 99)])));
      expect(err).toMatchObject({ code: 'ENODEV', syscall: 'netlink RTM_GETLINK' });
      expect((err as Error).message).toContain('netlink RTM_GETLINK');
      const again = netlinkTransact(fd, getLink(4, 1));
      expect(again).toHaveLength(1);
      expect(again[0].readUInt32LE(8)).toBe(4);
    } finally {
      closeFd(fd);
    }
    expect(isNotFound(caught(() => openNetlinkSocket(NETLINK_ROUTE, join(dir, 'nope'))))).toBe(true);
    const plain = join(dir, 'plain');
    writeFileSync(plain, '');
    expect(isInvalidArgument(caught(() => openNetlinkSocket(NETLINK_ROUTE, plain)))).toBe(true);
    expect(openFds()).toBe(before);
  });

  it('writes a sysctl of that namespace only', () => {
    const key = 'net.ipv4.conf.all.route_localnet';
    const hostValue = readFileSync('/proc/sys/net/ipv4/conf/all/route_localnet', 'utf8');
    const target = hostValue.trim() === '1' ? '0' : '1';
    writeSysctlInNetns(ns, key, target);
    expect(inNetns(ns, 'cat', '/proc/sys/net/ipv4/conf/all/route_localnet').trim()).toBe(target);
    expect(readFileSync('/proc/sys/net/ipv4/conf/all/route_localnet', 'utf8')).toBe(hostValue);
    writeSysctlInNetns(ns, 'net/ipv4/conf/lo/route_localnet', target); // '/' form for names with dots
    expect(inNetns(ns, 'cat', '/proc/sys/net/ipv4/conf/lo/route_localnet').trim()).toBe(target);
    expect(isNotFound(caught(() => writeSysctlInNetns(ns, 'net.ipv4.no_such_knob', '1')))).toBe(true);
    expect(isInvalidArgument(caught(() => writeSysctlInNetns(ns, 'net/../../etc/passwd', '1')))).toBe(true);
    expect(isNotFound(caught(() => writeSysctlInNetns(join(dir, 'nope'), key, '1')))).toBe(true);
  });

  it('serves UDP from a socket bound inside the namespace through UdpFdSocket', async () => {
    const before = openFds();
    inNetns(ns, 'ip', 'link', 'set', 'lo', 'up');
    const server = new UdpFdSocket(socketInNetns(ns, 'udp4', '127.0.0.11', 53));
    server.on('message', (msg: Buffer, rinfo) => server.send(Buffer.concat([Buffer.from('echo:'), msg]), rinfo.port, rinfo.address));
    const client = new UdpFdSocket(socketInNetns(ns, 'udp4', '127.0.0.1', 0));
    try {
      const replies: string[] = [];
      const got = new Promise<{ address: string; family: string }>((resolve) =>
        client.on('message', (msg: Buffer, rinfo) => {
          replies.push(msg.toString());
          if (replies.length === 3) resolve(rinfo);
        }),
      );
      for (const word of ['a', 'b', 'c']) client.send(Buffer.from(word), 53, '127.0.0.11');
      await expect(got).resolves.toMatchObject({ address: '127.0.0.11', family: 'IPv4' });
      expect(replies.sort()).toEqual(['echo:a', 'echo:b', 'echo:c']);
      // A burst larger than one wake-up's share (64) still arrives whole.
      const burst = new Promise<number>((resolve) => {
        let seen = 0;
        client.on('message', () => ++seen === 200 && resolve(seen));
      });
      for (let i = 0; i < 200; i++) client.send(Buffer.from(`m${i}`), 53, '127.0.0.11');
      await expect(burst).resolves.toBe(200);
      // Taken address → conflict; the host namespace has no 127.0.0.11 listener of ours.
      expect(isConflict(caught(() => socketInNetns(ns, 'udp4', '127.0.0.11', 53)))).toBe(true);
      const six = new UdpFdSocket(socketInNetns(ns, 'udp6', '::1', 0));
      six.close();
      const closed = new Promise((resolve) => server.once('close', resolve));
      server.close();
      server.close();
      await closed;
      expect(() => fstatSync(server.fd)).toThrow(/EBADF/);
    } finally {
      // Open sockets would keep jest's loop alive after a failed expectation.
      server.close();
      client.close();
    }
    expect(openFds()).toBe(before);
    expect(isInvalidArgument(caught(() => socketInNetns(ns, 'udp4', 'not-an-ip', 1)))).toBe(true);
    expect(isInvalidArgument(caught(() => socketInNetns(ns, 'udp4', '127.0.0.1', 70000)))).toBe(true);
  });

  it('hands out listening TCP fds that net.Server adopts', async () => {
    inNetns(ns, 'ip', 'link', 'set', 'lo', 'up');
    const fd = socketInNetns(ns, 'tcp4', '127.0.0.11', 0);
    const server = createServer((conn) => conn.end('hello from the netns\n'));
    await new Promise<void>((resolve) => server.listen({ fd }, resolve));
    const { port } = server.address() as AddressInfo;
    expect(port).toBeGreaterThan(0);
    const { stdout } = await run('nsenter', [`--net=${ns}`, 'busybox', 'nc', '127.0.0.11', String(port)], { timeout: 5000 });
    expect(stdout).toBe('hello from the netns\n');
    expect(isConflict(caught(() => socketInNetns(ns, 'tcp4', '127.0.0.11', port)))).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    // SO_REUSEADDR by default: the port is free again at once despite the closed connection.
    closeFd(socketInNetns(ns, 'tcp4', '127.0.0.11', port));
    closeFd(socketInNetns(ns, 'tcp6', '::1', 0));
  });
});
