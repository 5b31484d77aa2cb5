/**
 * The embedded DNS server a sandbox's resolv.conf points at (127.0.0.11 inside the container's netns), in the
 * shape of dockerd's libnetwork resolver: names of containers on the sandbox's networks are answered here
 * (A/AAAA/PTR, TTL 600, several addresses shuffled), everything else is relayed verbatim to the daemon's
 * upstream nameservers over the transport the question came on. The listening sockets are made by the caller
 * (inside the netns); forwarding sockets are opened from berthd's own namespace, so loopback upstreams work.
 */
import * as dgram from 'node:dgram';
import { EventEmitter } from 'node:events';
import * as net from 'node:net';
import {
  DNS_MAX_MESSAGE,
  DnsOpcode,
  DnsRcode,
  DnsType,
  decodeHeader,
  decodeMessage,
  encodeMessage,
  encodeWithin,
  ipBytes,
  replyTo,
  udpPayloadLimit,
  type DnsHeader,
  type DnsMessage,
  type DnsRecord,
} from './codec';

/** Where the embedded DNS server gets the names it answers itself (the sandbox's networks). */
export interface DnsAnswerSource {
  /** Answers for a name asked by this sandbox (A/AAAA), or undefined → not ours, forward upstream. '' list = NXDOMAIN-free empty answer (name known, no record of that type). */
  lookup(name: string /* lower-case, no trailing dot */, type: 'A' | 'AAAA'): string[] | undefined;
  /** PTR for an address in a shared network, or undefined → forward. The address comes in canonical form ('172.18.0.2', 'fd00::2' — RFC 5952). */
  reverse(address: string): string | undefined;
}
export interface EmbeddedDnsOptions {
  answers: DnsAnswerSource;
  upstreams: () => string[] /* 'ip' or 'ip:port' */;
  /** Per upstream attempt; also how long a query waits for a forwarding slot. Default 2000. */
  timeoutMs?: number;
  /** Forwards in flight at once before further ones wait (then get REFUSED); dockerd's limit, 1024, by default. */
  maxConcurrent?: number;
  /**
   * The sandbox's resolv.conf sets `ndots` itself: a single-label A/AAAA name that is not ours then gets an empty
   * NOERROR instead of going upstream, so the client goes on with its search domains (dockerd's rule).
   */
  ndotsSet?: boolean;
}
/** What serveUdp needs of a datagram socket: node's dgram.Socket and @berth/sys's UdpFdSocket both fit. */
export interface DatagramSocket {
  on(event: 'message', cb: (msg: Buffer, rinfo: { address: string; port: number }) => void): unknown;
  send(msg: Buffer, port: number, address: string): void;
  close(): void;
}

/** dockerd's TTL for the records it answers itself. */
export const EMBEDDED_DNS_TTL = 600;
/** dockerd tries at most this many upstream servers per query. */
const MAX_UPSTREAMS = 3;
const DEFAULT_TIMEOUT_MS = 2000;
const DEFAULT_MAX_CONCURRENT = 1024;
/** An idle TCP client is dropped after this long (RFC 7766 §6.2.3 suggests seconds, not minutes). */
const TCP_IDLE_MS = 10_000;
const HEADER_SIZE = 12;

type Transport = 'udp' | 'tcp';
/** A nameserver queries are forwarded to. */
export interface DnsUpstream {
  host: string;
  port: number;
  family: 4 | 6;
}

export class EmbeddedDns {
  private readonly timeoutMs: number;
  private readonly maxConcurrent: number;
  private inFlight = 0;
  private readonly waiters: { grant: (ok: boolean) => void }[] = [];
  private closed = false;
  /** Everything close() must end: listening sockets, servers, client connections, forwards in flight. */
  private readonly closers = new Set<() => void>();

  constructor(private readonly opts: EmbeddedDnsOptions) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxConcurrent = Math.max(1, opts.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
  }

  serveUdp(socket: DatagramSocket): void {
    // A send that fails (client gone, EPERM) is emitted as 'error' by EventEmitter sockets; unhandled it would end berthd.
    if (socket instanceof EventEmitter) socket.on('error', () => {});
    socket.on('message', (msg, rinfo) => {
      void this.handle(msg, 'udp').then((reply) => {
        if (!reply || this.closed) return;
        try {
          socket.send(reply, rinfo.port, rinfo.address);
        } catch {
          // The client cannot be told anything more; it will retry.
        }
      });
    });
    this.closers.add(() => {
      try {
        socket.close();
      } catch {
        // Already closed by its owner.
      }
    });
  }

  serveTcp(server: net.Server): void {
    server.on('error', () => {});
    server.on('connection', (conn) => this.serveConnection(conn));
    this.closers.add(() => server.close());
  }

  close(): void {
    this.closed = true;
    for (const close of [...this.closers]) close();
    this.closers.clear();
    for (const w of this.waiters.splice(0)) w.grant(false);
  }

  /** DNS over TCP (RFC 1035 §4.2.2): each message prefixed by its 16-bit length; answers may be pipelined. */
  private serveConnection(conn: net.Socket): void {
    if (this.closed) {
      conn.destroy();
      return;
    }
    const end = (): void => void conn.destroy();
    this.closers.add(end);
    conn.on('close', () => this.closers.delete(end));
    conn.on('error', () => {});
    conn.setTimeout(TCP_IDLE_MS, end);
    let pending: Buffer = Buffer.alloc(0);
    conn.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= 2) {
        const len = pending.readUInt16BE(0);
        if (len < HEADER_SIZE) return end();
        if (pending.length < 2 + len) break;
        const query = pending.subarray(2, 2 + len);
        pending = pending.subarray(2 + len);
        void this.handle(query, 'tcp').then((reply) => {
          if (!reply) return end();
          if (conn.destroyed || this.closed) return;
          const prefix = Buffer.alloc(2);
          prefix.writeUInt16BE(reply.length);
          conn.write(Buffer.concat([prefix, reply]));
        });
      }
    });
  }

  /**
   * The reply to one message, or undefined to send nothing (shorter than a header, or a response). Never throws.
   * What is refused before dockerd's handler runs is refused as miekg/dns (its DNS library) does: a header-only
   * reply with NOTIMP for other opcodes and FORMERR for unexpected section counts or a body that does not parse.
   */
  private async handle(raw: Buffer, transport: Transport): Promise<Buffer | undefined> {
    let header: DnsHeader;
    try {
      header = decodeHeader(raw);
    } catch {
      return undefined;
    }
    if (header.qr) return undefined;
    const refuse = (rcode: number): Buffer => encodeMessage(replyTo({ header, questions: [], answers: [], authorities: [], additionals: [] }, rcode));
    if (header.opcode !== DnsOpcode.QUERY) return refuse(DnsRcode.NOTIMP);
    const [qd, an, ns, ar] = [4, 6, 8, 10].map((at) => raw.readUInt16BE(at));
    if (qd !== 1 || an! > 1 || ns! > 1 || ar! > 2) return refuse(DnsRcode.FORMERR);
    let query: DnsMessage;
    try {
      query = decodeMessage(raw);
    } catch {
      return refuse(DnsRcode.FORMERR);
    }
    try {
      const local = this.answerLocally(query);
      if (local) return encodeWithin(local, transport === 'tcp' ? DNS_MAX_MESSAGE : udpPayloadLimit(query));
      const q = query.questions[0]!;
      if (this.opts.ndotsSet && (q.type === DnsType.A || q.type === DnsType.AAAA) && !q.name.includes('.')) {
        return encodeMessage(localReply(query));
      }
      return await this.forward(raw, query, transport);
    } catch {
      // An answer source that throws, or a name that cannot be encoded back: the client gets a failure, not silence.
      return encodeMessage(replyTo(query, DnsRcode.SERVFAIL));
    }
  }

  /** Our own answer, or undefined when the question is not about the sandbox's networks. */
  private answerLocally(query: DnsMessage): DnsMessage | undefined {
    const q = query.questions[0]!;
    const name = q.name.toLowerCase();
    const record = (type: number, value: string): DnsRecord => ({ name: q.name, type, class: q.class, ttl: EMBEDDED_DNS_TTL, data: Buffer.alloc(0), value });
    switch (q.type) {
      case DnsType.A:
      case DnsType.AAAA: {
        const family = q.type === DnsType.A ? 'A' : 'AAAA';
        const addrs = this.opts.answers.lookup(name, family);
        if (addrs === undefined) return undefined;
        const resp = localReply(query);
        resp.answers = shuffle([...addrs]).map((a) => record(q.type, a));
        return resp;
      }
      case DnsType.MX: {
        // A container has no mail exchanger, but a known name must not go upstream: an empty NOERROR lets a mailer
        // fall back to the implicit MX (RFC 5321 §5.1), as dockerd answers.
        if (this.opts.answers.lookup(name, 'A') === undefined && this.opts.answers.lookup(name, 'AAAA') === undefined) return undefined;
        return localReply(query);
      }
      case DnsType.PTR: {
        const address = reverseNameAddress(name);
        const host = address === undefined ? undefined : this.opts.answers.reverse(address);
        if (!host) return undefined;
        const resp = localReply(query);
        resp.answers = [record(DnsType.PTR, host.replace(/\.$/, ''))];
        return resp;
      }
      default:
        return undefined;
    }
  }

  /** Relays the query as received to the first upstream that answers with something other than SERVFAIL/REFUSED. */
  private async forward(raw: Buffer, query: DnsMessage, transport: Transport): Promise<Buffer> {
    const upstreams = this.opts
      .upstreams()
      .map(parseUpstream)
      .filter((u): u is DnsUpstream => u !== undefined)
      .slice(0, MAX_UPSTREAMS);
    if (upstreams.length === 0) return encodeMessage(replyTo(query, DnsRcode.SERVFAIL));
    if (!(await this.acquire())) return encodeMessage(replyTo(query, DnsRcode.REFUSED));
    try {
      for (const up of upstreams) {
        if (this.closed) break;
        const reply = await (transport === 'udp' ? this.exchangeUdp(raw, up) : this.exchangeTcp(raw, up));
        if (!reply || !isReplyTo(reply, query)) continue;
        const rcode = reply[3]! & 0xf;
        if (rcode === DnsRcode.SERVFAIL || rcode === DnsRcode.REFUSED) continue;
        return reply;
      }
    } finally {
      this.release();
    }
    return encodeMessage(replyTo(query, DnsRcode.SERVFAIL));
  }

  private acquire(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.inFlight < this.maxConcurrent) {
      this.inFlight++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const waiter = {
        grant: (ok: boolean): void => {
          clearTimeout(timer);
          resolve(ok);
        },
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(false);
      }, this.timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next waiter, so inFlight stays as it is.
    if (next) next.grant(true);
    else this.inFlight--;
  }

  /** Runs one upstream exchange that close() or the timeout can cut short; resolves undefined on any failure. */
  private attempt(start: (done: (reply: Buffer | undefined) => void) => () => void): Promise<Buffer | undefined> {
    return new Promise((resolve) => {
      let finished = false;
      let cleanup: () => void = () => {};
      const done = (reply: Buffer | undefined): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        this.closers.delete(abort);
        cleanup();
        resolve(reply);
      };
      const abort = (): void => done(undefined);
      const timer = setTimeout(abort, this.timeoutMs);
      this.closers.add(abort);
      cleanup = start(done);
      if (finished) cleanup();
    });
  }

  private exchangeUdp(raw: Buffer, up: DnsUpstream): Promise<Buffer | undefined> {
    return this.attempt((done) => {
      const sock = dgram.createSocket(up.family === 6 ? 'udp6' : 'udp4');
      sock.on('error', () => done(undefined));
      sock.on('message', (msg, rinfo) => {
        // Only the server asked may answer (a connected socket in dockerd); other datagrams are ignored, not fatal.
        if (rinfo.port !== up.port || !sameAddress(rinfo.address, up.host)) return;
        if (msg.length >= HEADER_SIZE && msg.readUInt16BE(0) === raw.readUInt16BE(0)) done(msg);
      });
      sock.send(raw, up.port, up.host, (err) => {
        if (err) done(undefined);
      });
      return () => {
        try {
          sock.close();
        } catch {
          // Closed already after an error.
        }
      };
    });
  }

  private exchangeTcp(raw: Buffer, up: DnsUpstream): Promise<Buffer | undefined> {
    return this.attempt((done) => {
      const sock = net.connect({ host: up.host, port: up.port });
      sock.on('error', () => done(undefined));
      sock.on('close', () => done(undefined));
      const prefix = Buffer.alloc(2);
      prefix.writeUInt16BE(raw.length);
      sock.write(Buffer.concat([prefix, raw]));
      let got: Buffer = Buffer.alloc(0);
      sock.on('data', (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]);
        if (got.length >= 2 && got.length >= 2 + got.readUInt16BE(0)) done(got.subarray(2, 2 + got.readUInt16BE(0)));
      });
      return () => void sock.destroy();
    });
  }
}

/** dockerd's reply to a question it answers itself: the query echoed as a reply, recursion available. */
function localReply(query: DnsMessage): DnsMessage {
  const resp = replyTo(query);
  resp.header.ra = true;
  return resp;
}

/** An upstream reply worth relaying: well-formed, a response, for this query's id. */
function isReplyTo(reply: Buffer, query: DnsMessage): boolean {
  try {
    const m = decodeMessage(reply);
    return m.header.qr && m.header.id === query.header.id;
  } catch {
    return false;
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** 'ip', 'ip:port' or '[ipv6]:port' (daemon --dns values and resolv.conf nameservers); undefined when not one. */
export function parseUpstream(spec: string): DnsUpstream | undefined {
  const s = spec.trim();
  let host = s;
  let port = 53;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (bracketed) {
    host = bracketed[1]!;
    if (bracketed[2] !== undefined) port = Number(bracketed[2]);
  } else if (net.isIPv4(s.split(':')[0]!) && s.split(':').length === 2) {
    [host, port] = [s.split(':')[0]!, Number(s.split(':')[1])];
  }
  const family = net.isIP(host);
  if (family === 0 || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { host, port, family: family as 4 | 6 };
}

function sameAddress(a: string, b: string): boolean {
  const x = ipBytes(a);
  const y = ipBytes(b);
  return !!x && !!y && x.equals(y);
}

/**
 * The address a PTR question asks about: `d.c.b.a.in-addr.arpa` or the 32 nibbles of `….ip6.arpa`; undefined for
 * anything else (partial zones, junk), which then goes upstream as in dockerd.
 */
export function reverseNameAddress(name: string): string | undefined {
  const lower = name.toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(lower);
  if (v4) {
    const octets = v4.slice(1, 5).reverse();
    if (octets.some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0')))) return undefined;
    return octets.join('.');
  }
  const v6 = /^((?:[0-9a-f]\.){32})ip6\.arpa$/.exec(lower);
  if (v6) {
    const nibbles = v6[1]!.split('.').filter(Boolean).reverse().join('');
    const groups = nibbles.match(/.{4}/g)!;
    return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
  }
  return undefined;
}
