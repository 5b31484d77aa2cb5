/**
 * The embedded DNS server on real loopback sockets: local answers, forwarding to resolvers this test runs on
 * 127.0.0.1 (UDP and TCP), failures, limits and hostile input. Nothing here leaves loopback.
 */
import { execFile } from 'node:child_process';
import * as dgram from 'node:dgram';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UdpFdSocket, createNetns, removeNetns, socketInNetns } from '@berth/sys';
import { DnsRcode, DnsType, decodeMessage, encodeMessage, encodeQuery, replyTo, type DnsMessage } from './codec';
import { EmbeddedDns, parseUpstream, reverseNameAddress, type DnsAnswerSource, type EmbeddedDnsOptions } from './server';

const run = promisify(execFile);

const RECORDS: Record<string, { A: string[]; AAAA: string[] }> = {
  web: { A: ['172.18.0.2', '172.18.0.3'], AAAA: [] },
  db: { A: ['172.18.0.4'], AAAA: ['fd00::4'] },
  many: { A: Array.from({ length: 40 }, (_, i) => `10.1.0.${i + 1}`), AAAA: [] },
};
const REVERSE: Record<string, string> = { '172.18.0.4': 'db.mynet', 'fd00::4': 'db.mynet.' };

const answers: DnsAnswerSource & { asked: string[] } = {
  asked: [],
  lookup(name, type) {
    this.asked.push(`${type} ${name}`);
    return RECORDS[name]?.[type];
  },
  reverse(address) {
    return REVERSE[address];
  },
};

/** A tiny upstream resolver on 127.0.0.1 (UDP and TCP on the same port) that knows one name. */
class FakeUpstream {
  readonly udp = dgram.createSocket('udp4');
  readonly tcp = net.createServer((c) => this.serveTcp(c));
  readonly seen: { transport: 'udp' | 'tcp'; raw: Buffer }[] = [];
  port = 0;
  /** 'answer' the name, 'servfail', or 'silent' (a black hole). */
  mode: 'answer' | 'servfail' | 'silent' = 'answer';
  private conns = new Set<net.Socket>();

  static async start(): Promise<FakeUpstream> {
    const u = new FakeUpstream();
    await new Promise<void>((resolve) => u.tcp.listen(0, '127.0.0.1', resolve));
    u.port = (u.tcp.address() as AddressInfo).port;
    await new Promise<void>((resolve) => u.udp.bind(u.port, '127.0.0.1', resolve));
    u.udp.on('message', (msg, rinfo) => {
      u.record('udp', msg);
      const reply = u.reply(msg);
      if (reply) u.udp.send(reply, rinfo.port, rinfo.address);
    });
    return u;
  }
  get address(): string {
    return `127.0.0.1:${this.port}`;
  }
  record(transport: 'udp' | 'tcp', raw: Buffer): void {
    this.seen.push({ transport, raw: Buffer.from(raw) });
  }
  reply(raw: Buffer): Buffer | undefined {
    if (this.mode === 'silent') return undefined;
    const q = decodeMessage(raw);
    if (this.mode === 'servfail') return encodeMessage(replyTo(q, DnsRcode.SERVFAIL));
    const r = replyTo(q, q.questions[0]!.name === 'example.test' ? DnsRcode.NOERROR : DnsRcode.NXDOMAIN);
    r.header.ra = true;
    r.header.aa = true; // a marker: our own answers never set AA
    if (q.questions[0]!.name === 'example.test' && q.questions[0]!.type === DnsType.A) {
      r.answers.push({ name: 'example.test', type: DnsType.A, class: 1, ttl: 42, data: Buffer.alloc(0), value: '10.9.9.9' });
    }
    return encodeMessage(r);
  }
  private serveTcp(c: net.Socket): void {
    this.conns.add(c);
    c.on('close', () => this.conns.delete(c));
    let buf = Buffer.alloc(0);
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const msg = buf.subarray(2, 2 + buf.readUInt16BE(0));
        buf = buf.subarray(2 + msg.length);
        this.record('tcp', msg);
        const reply = this.reply(msg);
        if (reply) c.write(Buffer.concat([Buffer.from([reply.length >> 8, reply.length & 0xff]), reply]));
      }
    });
  }
  async close(): Promise<void> {
    for (const c of this.conns) c.destroy();
    await new Promise<void>((resolve) => this.udp.close(() => resolve()));
    await new Promise<void>((resolve) => this.tcp.close(() => resolve()));
  }
}

interface Served {
  dns: EmbeddedDns;
  port: number;
  udp: dgram.Socket;
  tcp: net.Server;
}

async function serve(opts: Partial<EmbeddedDnsOptions> = {}): Promise<Served> {
  const dns = new EmbeddedDns({ answers, upstreams: () => [], timeoutMs: 300, ...opts });
  const tcp = net.createServer();
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const port = (tcp.address() as AddressInfo).port;
  const udp = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  dns.serveUdp(udp);
  dns.serveTcp(tcp);
  return { dns, port, udp, tcp };
}

/** One UDP exchange; resolves undefined when no reply comes within `waitMs`. */
async function askUdp(port: number, query: Buffer, waitMs = 2000): Promise<DnsMessage | undefined> {
  const raw = await askUdpRaw(port, query, waitMs);
  return raw && decodeMessage(raw);
}
function askUdpRaw(port: number, query: Buffer, waitMs = 2000): Promise<Buffer | undefined> {
  const sock = dgram.createSocket('udp4');
  return new Promise((resolve) => {
    const done = (r: Buffer | undefined): void => {
      clearTimeout(timer);
      sock.close();
      resolve(r);
    };
    const timer = setTimeout(() => done(undefined), waitMs);
    sock.on('message', (m) => done(m));
    sock.send(query, port, '127.0.0.1');
  });
}

/** Sends `frames` on one TCP connection; collects replies until `count` arrive or the server closes. */
function askTcp(port: number, frames: Buffer[], count: number, halfClose = false): Promise<{ replies: DnsMessage[]; closed: boolean }> {
  return new Promise((resolve) => {
    const replies: DnsMessage[] = [];
    let buf = Buffer.alloc(0);
    const c = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => finish(false), 3000);
    const finish = (closed: boolean): void => {
      clearTimeout(timer);
      c.destroy();
      resolve({ replies, closed });
    };
    c.on('error', () => {});
    c.on('close', () => finish(true));
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        replies.push(decodeMessage(buf.subarray(2, 2 + buf.readUInt16BE(0))));
        buf = buf.subarray(2 + buf.readUInt16BE(0));
      }
      if (replies.length >= count) finish(false);
    });
    if (halfClose) c.end(Buffer.concat(frames));
    else c.write(Buffer.concat(frames));
  });
}
const framed = (m: Buffer): Buffer => Buffer.concat([Buffer.from([m.length >> 8, m.length & 0xff]), m]);

describe('EmbeddedDns', () => {
  let s: Served;
  let up: FakeUpstream;
  let up2: FakeUpstream;
  let upstreams: string[];

  beforeAll(async () => {
    up = await FakeUpstream.start();
    up2 = await FakeUpstream.start();
    s = await serve({ upstreams: () => upstreams });
  });
  afterAll(async () => {
    s.dns.close();
    await up.close();
    await up2.close();
  });
  beforeEach(() => {
    upstreams = [up.address];
    up.mode = 'answer';
    up2.mode = 'answer';
    up.seen.length = 0;
    up2.seen.length = 0;
    answers.asked.length = 0;
  });

  it('answers A for a container name itself: TTL 600, the name as asked, RA, lookup in lower case', async () => {
    const r = await askUdp(s.port, encodeQuery('WeB', DnsType.A, { id: 0x4242 }));
    expect(r!.header).toMatchObject({ id: 0x4242, qr: true, aa: false, rd: true, ra: true, tc: false, rcode: DnsRcode.NOERROR });
    expect(r!.questions).toEqual([{ name: 'WeB', type: DnsType.A, class: 1 }]);
    expect(r!.answers.map((a) => [a.name, a.type, a.ttl])).toEqual([
      ['WeB', DnsType.A, 600],
      ['WeB', DnsType.A, 600],
    ]);
    expect(r!.answers.map((a) => a.value).sort()).toEqual(['172.18.0.2', '172.18.0.3']);
    expect(answers.asked).toEqual(['A web']);
    expect(up.seen).toHaveLength(0);
  });

  it('shuffles several addresses, as dockerd does', async () => {
    const firsts = new Set<string>();
    for (let i = 0; i < 40 && firsts.size < 2; i++) firsts.add((await askUdp(s.port, encodeQuery('web', DnsType.A)))!.answers[0]!.value!);
    expect(firsts).toEqual(new Set(['172.18.0.2', '172.18.0.3']));
  });

  it('answers AAAA, and a known name without records of the type gets NOERROR with no answers (not forwarded)', async () => {
    const db = await askUdp(s.port, encodeQuery('db', DnsType.AAAA));
    expect(db!.answers.map((a) => a.value)).toEqual(['fd00::4']);
    const web = await askUdp(s.port, encodeQuery('web', DnsType.AAAA));
    expect(web!.header.rcode).toBe(DnsRcode.NOERROR);
    expect(web!.answers).toEqual([]);
    expect(up.seen).toHaveLength(0);
  });

  it('answers PTR for in-addr.arpa and ip6.arpa names of sandbox addresses', async () => {
    const v4 = await askUdp(s.port, encodeQuery('4.0.18.172.in-addr.arpa', DnsType.PTR));
    expect(v4!.answers.map((a) => [a.name, a.type, a.ttl, a.value])).toEqual([['4.0.18.172.in-addr.arpa', DnsType.PTR, 600, 'db.mynet']]);
    const nibbles = '4.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa';
    const v6 = await askUdp(s.port, encodeQuery(nibbles, DnsType.PTR));
    expect(v6!.answers.map((a) => a.value)).toEqual(['db.mynet']);
  });

  it('answers MX for a known name with an empty NOERROR', async () => {
    const r = await askUdp(s.port, encodeQuery('db', DnsType.MX));
    expect(r!.header.rcode).toBe(DnsRcode.NOERROR);
    expect(r!.answers).toEqual([]);
    expect(up.seen).toHaveLength(0);
  });

  it('forwards other names over UDP, relaying the reply verbatim and the query as sent (EDNS included)', async () => {
    const q = encodeQuery('example.test', DnsType.A, { id: 0x1111, udpSize: 1232 });
    const raw = await askUdpRaw(s.port, q);
    const r = decodeMessage(raw!);
    expect(r.header).toMatchObject({ id: 0x1111, aa: true, rcode: DnsRcode.NOERROR });
    expect(r.answers.map((a) => [a.value, a.ttl])).toEqual([['10.9.9.9', 42]]);
    expect(up.seen).toEqual([{ transport: 'udp', raw: q }]);
    // Reverse names not in the sandbox's networks, and other types, go upstream too.
    expect((await askUdp(s.port, encodeQuery('9.9.9.10.in-addr.arpa', DnsType.PTR)))!.header).toMatchObject({ aa: true, rcode: DnsRcode.NXDOMAIN });
    expect((await askUdp(s.port, encodeQuery('web', DnsType.TXT)))!.header).toMatchObject({ aa: true, rcode: DnsRcode.NXDOMAIN });
    expect(up.seen).toHaveLength(3);
  });

  it('tries the next upstream after a SERVFAIL or a timeout, and answers SERVFAIL when all fail', async () => {
    upstreams = [up.address, up2.address];
    up.mode = 'servfail';
    expect((await askUdp(s.port, encodeQuery('example.test', DnsType.A)))!.answers.map((a) => a.value)).toEqual(['10.9.9.9']);
    expect([up.seen.length, up2.seen.length]).toEqual([1, 1]);

    up.mode = 'silent';
    const began = Date.now();
    expect((await askUdp(s.port, encodeQuery('example.test', DnsType.A)))!.answers.map((a) => a.value)).toEqual(['10.9.9.9']);
    expect(Date.now() - began).toBeGreaterThanOrEqual(250);

    up2.mode = 'silent';
    const failed = await askUdp(s.port, encodeQuery('example.test', DnsType.A, { id: 77 }));
    expect(failed!.header).toMatchObject({ id: 77, qr: true, rcode: DnsRcode.SERVFAIL });
    expect(failed!.questions[0]!.name).toBe('example.test');
  });

  it('answers SERVFAIL when there is no upstream, or none that parses or answers', async () => {
    upstreams = [];
    expect((await askUdp(s.port, encodeQuery('example.test', DnsType.A)))!.header.rcode).toBe(DnsRcode.SERVFAIL);
    upstreams = ['not-an-ip', '127.0.0.1:0'];
    expect((await askUdp(s.port, encodeQuery('example.test', DnsType.A)))!.header.rcode).toBe(DnsRcode.SERVFAIL);
  });

  it('serves TCP: local answers and forwarding over TCP, pipelined on one connection', async () => {
    const { replies, closed } = await askTcp(s.port, [framed(encodeQuery('db', DnsType.A, { id: 1 })), framed(encodeQuery('example.test', DnsType.A, { id: 2 }))], 2);
    expect(closed).toBe(false);
    const byId = new Map(replies.map((r) => [r.header.id, r]));
    expect(byId.get(1)!.answers.map((a) => a.value)).toEqual(['172.18.0.4']);
    expect(byId.get(2)!.answers.map((a) => a.value)).toEqual(['10.9.9.9']);
    expect(up.seen.map((x) => x.transport)).toEqual(['tcp']);
  });

  it('truncates a local answer over UDP to 512 bytes (TC set) or the EDNS size, never over TCP', async () => {
    const small = await askUdpRaw(s.port, encodeQuery('many', DnsType.A));
    expect(small!.length).toBeLessThanOrEqual(512);
    expect(decodeMessage(small!).header.tc).toBe(true);
    expect(decodeMessage(small!).answers.length).toBeGreaterThan(0);
    const edns = await askUdp(s.port, encodeQuery('many', DnsType.A, { udpSize: 4096 }));
    expect(edns!.header.tc).toBe(false);
    expect(edns!.answers).toHaveLength(40);
    const { replies } = await askTcp(s.port, [framed(encodeQuery('many', DnsType.A))], 1);
    expect(replies[0]!.answers).toHaveLength(40);
  });

  it('refuses as miekg/dns does for dockerd: NOTIMP for other opcodes, FORMERR for odd counts or a junk body; ignores responses', async () => {
    const status = encodeQuery('web', DnsType.A, { id: 5 });
    status[2] = (status[2]! & 0x87) | (2 << 3);
    const notimp = await askUdp(s.port, status);
    expect(notimp!.header).toMatchObject({ id: 5, qr: true, opcode: 2, rcode: DnsRcode.NOTIMP });
    expect(notimp!.questions).toEqual([]);
    const junk = await askUdp(s.port, Buffer.from('0099 0100 0001 0000 0000 0000 0a fffe'.replace(/ /g, ''), 'hex'));
    expect(junk!.header).toMatchObject({ id: 0x99, qr: true, rd: true, rcode: DnsRcode.FORMERR });
    const answers2 = Buffer.from(encodeQuery('web', DnsType.A, { id: 8 }));
    answers2.writeUInt16BE(2, 6);
    expect((await askUdp(s.port, answers2))!.header).toMatchObject({ id: 8, rcode: DnsRcode.FORMERR });
    expect(answers.asked).toEqual([]);
    const none = encodeMessage({ ...decodeMessage(encodeQuery('web', DnsType.A, { id: 6 })), questions: [] });
    expect((await askUdp(s.port, none))!.header).toMatchObject({ id: 6, rcode: DnsRcode.FORMERR });
    const q = decodeMessage(encodeQuery('web', DnsType.A, { id: 7 }));
    const two = encodeMessage({ ...q, questions: [q.questions[0]!, q.questions[0]!] });
    expect((await askUdp(s.port, two))!.header).toMatchObject({ id: 7, rcode: DnsRcode.FORMERR });
    const response = encodeQuery('web', DnsType.A);
    response[2] |= 0x80;
    expect(await askUdp(s.port, response, 300)).toBeUndefined();
  });

  it('drops malformed queries without crashing: random buffers and mutated real queries (fuzz)', async () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const base = encodeQuery('example.web', DnsType.A, { udpSize: 1232 });
    const client = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => client.bind(0, '127.0.0.1', resolve));
    for (let i = 0; i < 400; i++) {
      let buf: Buffer;
      if (i % 2 === 0) {
        buf = Buffer.alloc(rand(80));
        for (let j = 0; j < buf.length; j++) buf[j] = rand(256);
      } else {
        buf = Buffer.from(base.subarray(0, 1 + rand(base.length)));
        for (let k = 0; k < 3; k++) if (buf.length) buf[rand(buf.length)] = rand(256);
      }
      client.send(buf, s.port, '127.0.0.1');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    client.close();
    // TCP: random frames (valid lengths, junk bodies) and random byte streams; each connection is answered or closed.
    for (let i = 0; i < 60; i++) {
      const body = i % 2 ? Buffer.from(base) : Buffer.alloc(12 + rand(60));
      for (let k = 0; k < 1 + rand(body.length); k++) body[rand(body.length)] = rand(256);
      const stream = i % 3 === 0 ? Buffer.from(Array.from({ length: 1 + rand(40) }, () => rand(256))) : framed(body);
      // Half-closing makes the server end a connection left holding an incomplete frame, instead of its idle timeout.
      const { replies, closed } = await askTcp(s.port, [stream], 1, true);
      expect(replies.length === 1 || closed).toBe(true);
    }
    // Still serving, on both transports.
    expect((await askUdp(s.port, encodeQuery('db', DnsType.A)))!.answers.map((a) => a.value)).toEqual(['172.18.0.4']);
    expect((await askTcp(s.port, [framed(encodeQuery('db', DnsType.A))], 1)).replies).toHaveLength(1);
  });

  it('over TCP answers a junk body with FORMERR and goes on; closes on a frame too short for a header', async () => {
    const junk = await askTcp(s.port, [framed(Buffer.from('0001010000010000000000000afffe', 'hex')), framed(encodeQuery('db', DnsType.A, { id: 2 }))], 2);
    expect(junk.closed).toBe(false);
    expect(junk.replies.map((r) => [r.header.id, r.header.rcode])).toEqual([
      [1, DnsRcode.FORMERR],
      [2, DnsRcode.NOERROR],
    ]);
    const short = await askTcp(s.port, [Buffer.from([0, 3, 1, 2, 3])], 1);
    expect(short).toEqual({ replies: [], closed: true });
  });

  it('parses upstream specs and reverse names strictly', () => {
    expect(parseUpstream('10.0.0.1')).toEqual({ host: '10.0.0.1', port: 53, family: 4 });
    expect(parseUpstream('127.0.0.1:5353')).toEqual({ host: '127.0.0.1', port: 5353, family: 4 });
    expect(parseUpstream('fd00::1')).toEqual({ host: 'fd00::1', port: 53, family: 6 });
    expect(parseUpstream('[::1]:5300')).toEqual({ host: '::1', port: 5300, family: 6 });
    for (const bad of ['', 'dns.example', '10.0.0.1:0', '10.0.0.1:70000', '[fd00::1]:x', '10.0.0.1:53:1']) expect(parseUpstream(bad)).toBeUndefined();
    expect(reverseNameAddress('2.0.18.172.in-addr.arpa')).toBe('172.18.0.2');
    expect(reverseNameAddress('1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.IP6.ARPA')).toBe('::1');
    for (const bad of ['18.172.in-addr.arpa', '256.0.18.172.in-addr.arpa', '02.0.18.172.in-addr.arpa', 'x.in-addr.arpa', '1.0.ip6.arpa', 'in-addr.arpa']) {
      expect(reverseNameAddress(bad)).toBeUndefined();
    }
  });
});

describe('EmbeddedDns limits and shutdown', () => {
  let hole: dgram.Socket;
  let holeAddr: string;
  beforeAll(async () => {
    hole = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => hole.bind(0, '127.0.0.1', resolve));
    holeAddr = `127.0.0.1:${(hole.address() as AddressInfo).port}`;
  });
  afterAll(() => hole.close());

  it('refuses a forward that finds every slot busy for its timeout (REFUSED, as dockerd)', async () => {
    const s = await serve({ upstreams: () => [holeAddr, holeAddr], timeoutMs: 300, maxConcurrent: 1 });
    try {
      const first = askUdp(s.port, encodeQuery('a.test', DnsType.A, { id: 1 }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = await askUdp(s.port, encodeQuery('b.test', DnsType.A, { id: 2 }));
      expect(second!.header).toMatchObject({ id: 2, rcode: DnsRcode.REFUSED });
      expect((await first)!.header).toMatchObject({ id: 1, rcode: DnsRcode.SERVFAIL });
    } finally {
      s.dns.close();
    }
  });

  it('with ndots set, a single-label name that is not ours gets an empty NOERROR instead of going upstream', async () => {
    let asked = 0;
    const s = await serve({ upstreams: () => (asked++, [holeAddr]), ndotsSet: true });
    try {
      const r = await askUdp(s.port, encodeQuery('printer', DnsType.A));
      expect(r!.header).toMatchObject({ rcode: DnsRcode.NOERROR, ra: true });
      expect(r!.answers).toEqual([]);
      expect(asked).toBe(0);
    } finally {
      s.dns.close();
    }
  });

  it('close() ends the sockets it serves and forwards in flight', async () => {
    const s = await serve({ upstreams: () => [holeAddr], timeoutMs: 60_000 });
    const conn = net.connect(s.port, '127.0.0.1');
    await new Promise((resolve) => conn.on('connect', resolve));
    const connClosed = new Promise((resolve) => conn.on('close', resolve));
    const udpClosed = new Promise((resolve) => s.udp.on('close', resolve));
    const tcpClosed = new Promise((resolve) => s.tcp.on('close', resolve));
    const pending = askUdp(s.port, encodeQuery('slow.test', DnsType.A), 500);
    await new Promise((resolve) => setTimeout(resolve, 50));
    s.dns.close();
    await Promise.all([connClosed, udpClosed, tcpClosed]);
    // No reply after close (the socket is gone); the forward ended rather than waiting 60 s (jest would see the handle).
    expect(await pending).toBeUndefined();
  });
});

const BUSYBOX = '/usr/bin/busybox';
(existsSync(BUSYBOX) ? describe : describe.skip)('EmbeddedDns against busybox nslookup', () => {
  it('a real stub resolver gets our A/AAAA answers, our PTR, and forwarded names', async () => {
    const up = await FakeUpstream.start();
    const s = await serve({ upstreams: () => [up.address] });
    try {
      const server = `127.0.0.1:${s.port}`;
      const db = await run(BUSYBOX, ['nslookup', 'db', server]);
      expect(db.stdout).toMatch(/Name:\s+db\nAddress: 172\.18\.0\.4\n/);
      expect(db.stdout).toMatch(/Name:\s+db\nAddress: fd00::4\n/);
      const ptr = await run(BUSYBOX, ['nslookup', '172.18.0.4', server]);
      expect(ptr.stdout).toMatch(/4\.0\.18\.172\.in-addr\.arpa\s+name = db\.mynet\n/);
      const fwd = await run(BUSYBOX, ['nslookup', '-type=a', 'example.test', server]);
      expect(fwd.stdout).toMatch(/Name:\s+example\.test\nAddress: 10\.9\.9\.9\n/);
      const missing = await run(BUSYBOX, ['nslookup', '-type=a', 'nothing.test', server]).catch((e: { code: number; stdout: string }) => e);
      expect(missing.stdout).toMatch(/NXDOMAIN/);
    } finally {
      s.dns.close();
      await up.close();
    }
  });
});

/**
 * As berthd runs it: the listening sockets bound to 127.0.0.11:53 inside a private netns (the sandbox's), the
 * clients inside it, and the upstream on the host's loopback — reachable only because forwarding happens from the
 * daemon's namespace.
 */
const canNetns = process.getuid?.() === 0 && existsSync(BUSYBOX) && existsSync('/usr/bin/nsenter');
(canNetns ? describe : describe.skip)('EmbeddedDns in a private network namespace', () => {
  let dir: string;
  let ns: string;
  let up: FakeUpstream;
  let dns: EmbeddedDns;
  const inNs = (...args: string[]): Promise<{ stdout: string }> => run('nsenter', [`--net=${ns}`, ...args]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-dns-'));
    ns = join(dir, 'sandbox');
    createNetns(ns);
    await inNs('ip', 'link', 'set', 'lo', 'up');
    up = await FakeUpstream.start();
    dns = new EmbeddedDns({ answers, upstreams: () => [up.address], timeoutMs: 1000 });
    dns.serveUdp(new UdpFdSocket(socketInNetns(ns, 'udp4', '127.0.0.11', 53)));
    const tcp = net.createServer();
    await new Promise<void>((resolve) => tcp.listen({ fd: socketInNetns(ns, 'tcp4', '127.0.0.11', 53) }, resolve));
    dns.serveTcp(tcp);
  });
  afterAll(async () => {
    dns?.close();
    await up?.close();
    if (ns) removeNetns(ns);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('busybox nslookup inside the netns gets local answers and forwarded ones', async () => {
    expect((await inNs(BUSYBOX, 'nslookup', 'db', '127.0.0.11')).stdout).toMatch(/Name:\s+db\nAddress: 172\.18\.0\.4\n/);
    expect((await inNs(BUSYBOX, 'nslookup', '-type=a', 'example.test', '127.0.0.11')).stdout).toMatch(/Address: 10\.9\.9\.9\n/);
    expect(up.seen.map((x) => x.transport)).toEqual(['udp']);
  });

  it('answers over TCP inside the netns', async () => {
    const query = framed(encodeQuery('web', DnsType.A, { id: 0x0bad }));
    const script = [
      'import socket,sys',
      "s=socket.create_connection(('127.0.0.11',53),timeout=3)",
      's.sendall(bytes.fromhex(sys.argv[1]))',
      'b=b""',
      'while len(b)<2 or len(b)<2+int.from_bytes(b[:2],"big"):',
      '    c=s.recv(4096)',
      '    if not c: break',
      '    b+=c',
      'print(b[2:].hex())',
    ].join('\n');
    const { stdout } = await inNs('python3', '-c', script, query.toString('hex'));
    const reply = decodeMessage(Buffer.from(stdout.trim(), 'hex'));
    expect(reply.header).toMatchObject({ id: 0x0bad, rcode: DnsRcode.NOERROR });
    expect(reply.answers.map((a) => a.value).sort()).toEqual(['172.18.0.2', '172.18.0.3']);
  });
});
