/**
 * DNS wire format (RFC 1035) — just what the embedded DNS server needs: header, questions and resource records,
 * with name compression on read and write. Record data whose layout we know (A, AAAA, and the name-bearing
 * CNAME/NS/PTR/MX/SRV/SOA) is decoded with its names expanded, so a decoded message can be re-encoded in another
 * message without dangling compression pointers; any other type (and EDNS OPT) travels as opaque bytes.
 */

import { isIP } from 'node:net';
import { invalidArgument } from '@berth/errdefs';

export const DnsType = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, OPT: 41, ANY: 255 } as const;
export const DnsClass = { IN: 1 } as const;
export const DnsOpcode = { QUERY: 0 } as const;
export const DnsRcode = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export interface DnsHeader {
  id: number;
  qr: boolean;
  opcode: number;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  ad: boolean;
  cd: boolean;
  rcode: number;
}
export interface DnsQuestion {
  /** Presentation form without the trailing dot ('' = root); case as sent. */
  name: string;
  type: number;
  class: number;
}
export interface DnsRecord {
  name: string;
  type: number;
  /** For OPT: the requester's UDP payload size. */
  class: number;
  /** For OPT: extended rcode, version and flags. */
  ttl: number;
  /** Record data; names inside are uncompressed. Ignored on encode when `value` is set. */
  data: Buffer;
  /** A/AAAA: the address; CNAME/NS/PTR: the target name (no trailing dot). */
  value?: string;
}
export interface DnsMessage {
  header: DnsHeader;
  questions: DnsQuestion[];
  answers: DnsRecord[];
  authorities: DnsRecord[];
  additionals: DnsRecord[];
}

const HEADER_SIZE = 12;
const MAX_NAME_WIRE = 255;
const MAX_LABEL = 63;
/** Largest message either transport can carry (TCP's 16-bit length prefix). */
export const DNS_MAX_MESSAGE = 65535;
/** What a UDP reply may hold when the query carries no EDNS OPT record (RFC 1035 §4.2.1). */
export const DNS_MIN_UDP_PAYLOAD = 512;

/** Record types whose data holds domain names, with where those names sit; only these are re-laid out on decode. */
const NAME_TARGET_TYPES: ReadonlySet<number> = new Set([DnsType.CNAME, DnsType.NS, DnsType.PTR]);

function malformed(what: string): Error {
  return invalidArgument(`malformed DNS message: ${what}`);
}

class Reader {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}
  need(n: number, what: string): void {
    if (this.pos + n > this.buf.length) throw malformed(`${what} runs past the end`);
  }
  u8(what: string): number {
    this.need(1, what);
    return this.buf[this.pos++]!;
  }
  u16(what: string): number {
    this.need(2, what);
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }
  u32(what: string): number {
    this.need(4, what);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  bytes(n: number, what: string): Buffer {
    this.need(n, what);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  /** A (possibly compressed) name; pointers may only go backwards, which also rules out loops. */
  name(): string {
    const labels: string[] = [];
    let wireLen = 1;
    let pos = this.pos;
    let jumped = false;
    let lowest = this.pos;
    for (;;) {
      if (pos >= this.buf.length) throw malformed('name runs past the end');
      const len = this.buf[pos]!;
      if (len === 0) {
        pos += 1;
        break;
      }
      const kind = len & 0xc0;
      if (kind === 0xc0) {
        if (pos + 1 >= this.buf.length) throw malformed('name pointer runs past the end');
        const target = ((len & 0x3f) << 8) | this.buf[pos + 1]!;
        if (target >= lowest) throw malformed('name pointer does not point backwards');
        if (!jumped) this.pos = pos + 2;
        jumped = true;
        lowest = target;
        pos = target;
        continue;
      }
      if (kind !== 0) throw malformed('unknown label type');
      if (pos + 1 + len > this.buf.length) throw malformed('label runs past the end');
      wireLen += len + 1;
      if (wireLen > MAX_NAME_WIRE) throw malformed('name longer than 255 octets');
      labels.push(escapeLabel(this.buf.subarray(pos + 1, pos + 1 + len)));
      pos += len + 1;
    }
    if (!jumped) this.pos = pos;
    return labels.join('.');
  }
}

/** Dots and backslashes inside a label are escaped as in zone files, so a presentation name splits back into the same labels. */
function escapeLabel(raw: Buffer): string {
  return raw.toString('latin1').replace(/[.\\]/g, (c) => `\\${c}`);
}

/** Labels of a presentation name (trailing dot optional; '' and '.' are the root). */
export function nameLabels(name: string): Buffer[] {
  const labels: Buffer[] = [];
  let cur = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\' && i + 1 < name.length) cur += name[++i]!;
    else if (c === '.') {
      if (cur === '') {
        if (i === name.length - 1 && labels.length === 0) break; // "." alone is the root
        throw invalidArgument(`invalid DNS name ${JSON.stringify(name)}: empty label`);
      }
      labels.push(Buffer.from(cur, 'latin1'));
      cur = '';
    } else cur += c;
  }
  if (cur !== '') labels.push(Buffer.from(cur, 'latin1'));
  let wire = 1;
  for (const l of labels) {
    if (l.length > MAX_LABEL) throw invalidArgument(`invalid DNS name ${JSON.stringify(name)}: label longer than 63 octets`);
    wire += l.length + 1;
  }
  if (wire > MAX_NAME_WIRE) throw invalidArgument(`invalid DNS name ${JSON.stringify(name)}: longer than 255 octets`);
  return labels;
}

/** Accumulates a message; names are compressed against every name written before (RFC 1035 §4.1.4). */
class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  private offsets = new Map<string, number>();
  constructor(private readonly compress: boolean) {}
  put(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u16(v: number): void {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(v & 0xffff);
    this.put(b);
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v >>> 0);
    this.put(b);
  }
  name(name: string, compress = this.compress): void {
    const labels = nameLabels(name);
    for (let i = 0; i < labels.length; i++) {
      // Compression is case-insensitive in matching but pointers reuse the earlier spelling, so key on exact bytes.
      const key = labels
        .slice(i)
        .map((l) => l.toString('hex'))
        .join('.');
      const at = compress ? this.offsets.get(key) : undefined;
      if (at !== undefined) {
        this.u16(0xc000 | at);
        return;
      }
      if (this.length < 0x4000) this.offsets.set(key, this.length);
      this.put(Buffer.from([labels[i]!.length]));
      this.put(labels[i]!);
    }
    this.put(Buffer.from([0]));
  }
  patchU16(at: number, v: number): void {
    // Only used on the rdlength placeholder just written, which is always in its own chunk.
    let off = 0;
    for (const c of this.chunks) {
      if (at < off + c.length) {
        c.writeUInt16BE(v, at - off);
        return;
      }
      off += c.length;
    }
  }
  done(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function readHeader(r: Reader): DnsHeader & { counts: [number, number, number, number] } {
  const id = r.u16('header');
  const flags = r.u16('header');
  const counts: [number, number, number, number] = [r.u16('header'), r.u16('header'), r.u16('header'), r.u16('header')];
  return {
    id,
    qr: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    aa: (flags & 0x0400) !== 0,
    tc: (flags & 0x0200) !== 0,
    rd: (flags & 0x0100) !== 0,
    ra: (flags & 0x0080) !== 0,
    ad: (flags & 0x0020) !== 0,
    cd: (flags & 0x0010) !== 0,
    rcode: flags & 0xf,
    counts,
  };
}

/** Just the header: enough to answer or drop a message whose body does not parse. */
export function decodeHeader(buf: Buffer): DnsHeader {
  if (buf.length < HEADER_SIZE) throw malformed('shorter than a header');
  const { counts: _counts, ...h } = readHeader(new Reader(buf));
  return h;
}

function ipv4Text(b: Buffer): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}
function ipv6Text(b: Buffer): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(b.readUInt16BE(i).toString(16));
  // The WHATWG URL parser prints IPv6 in RFC 5952's canonical (compressed) form.
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

function decodeRecord(r: Reader): DnsRecord {
  const name = r.name();
  const type = r.u16('record');
  const klass = r.u16('record');
  const ttl = r.u32('record');
  const rdlength = r.u16('record');
  r.need(rdlength, 'record data');
  const end = r.pos + rdlength;
  const raw = r.buf.subarray(r.pos, end);
  let rec: DnsRecord;
  if (type === DnsType.A && klass === DnsClass.IN) {
    if (rdlength !== 4) throw malformed('A record data is not 4 octets');
    rec = { name, type, class: klass, ttl, data: Buffer.from(raw), value: ipv4Text(raw) };
  } else if (type === DnsType.AAAA && klass === DnsClass.IN) {
    if (rdlength !== 16) throw malformed('AAAA record data is not 16 octets');
    rec = { name, type, class: klass, ttl, data: Buffer.from(raw), value: ipv6Text(raw) };
  } else if (NAME_TARGET_TYPES.has(type)) {
    const inner = new Reader(r.buf.subarray(0, end), r.pos);
    const target = inner.name();
    if (inner.pos !== end) throw malformed('record data length does not match its name');
    rec = { name, type, class: klass, ttl, data: uncompressedName(target), value: target };
  } else if (type === DnsType.MX || type === DnsType.SRV || type === DnsType.SOA) {
    rec = { name, type, class: klass, ttl, data: expandNamesIn(type, new Reader(r.buf.subarray(0, end), r.pos), end) };
  } else {
    rec = { name, type, class: klass, ttl, data: Buffer.from(raw) };
  }
  r.pos = end;
  return rec;
}

function uncompressedName(name: string): Buffer {
  const w = new Writer(false);
  w.name(name);
  return w.done();
}

/** MX/SRV/SOA data with their names written out in full, so the bytes stand alone outside the message they came in. */
function expandNamesIn(type: number, r: Reader, end: number): Buffer {
  const w = new Writer(false);
  if (type === DnsType.MX) {
    w.put(r.bytes(2, 'MX data'));
    w.name(r.name());
  } else if (type === DnsType.SRV) {
    w.put(r.bytes(6, 'SRV data'));
    w.name(r.name());
  } else {
    w.name(r.name());
    w.name(r.name());
    w.put(r.bytes(20, 'SOA data'));
  }
  if (r.pos !== end) throw malformed('record data length does not match its content');
  return w.done();
}

/** Parses a whole message; throws invalidArgument for anything malformed (truncated, bad pointers, trailing junk ignored as senders pad). */
export function decodeMessage(buf: Buffer): DnsMessage {
  if (buf.length < HEADER_SIZE) throw malformed('shorter than a header');
  const r = new Reader(buf);
  const { counts, ...header } = readHeader(r);
  const questions: DnsQuestion[] = [];
  for (let i = 0; i < counts[0]; i++) {
    const name = r.name();
    questions.push({ name, type: r.u16('question'), class: r.u16('question') });
  }
  const section = (n: number): DnsRecord[] => {
    const out: DnsRecord[] = [];
    for (let i = 0; i < n; i++) out.push(decodeRecord(r));
    return out;
  };
  const answers = section(counts[1]);
  const authorities = section(counts[2]);
  const additionals = section(counts[3]);
  return { header, questions, answers, authorities, additionals };
}

function recordData(rec: DnsRecord, w: Writer): void {
  if (rec.value !== undefined && (rec.type === DnsType.A || rec.type === DnsType.AAAA)) {
    const bytes = ipBytes(rec.value);
    if (!bytes || bytes.length !== (rec.type === DnsType.A ? 4 : 16)) {
      throw invalidArgument(`invalid address ${JSON.stringify(rec.value)} for a ${rec.type === DnsType.A ? 'A' : 'AAAA'} record`);
    }
    w.put(bytes);
  } else if (rec.value !== undefined && NAME_TARGET_TYPES.has(rec.type)) {
    w.name(rec.value);
  } else {
    w.put(rec.data);
  }
}

/** Encodes a message, compressing owner names and CNAME/NS/PTR targets. */
export function encodeMessage(msg: DnsMessage): Buffer {
  const w = new Writer(true);
  const h = msg.header;
  w.u16(h.id);
  w.u16(
    (h.qr ? 0x8000 : 0) |
      ((h.opcode & 0xf) << 11) |
      (h.aa ? 0x0400 : 0) |
      (h.tc ? 0x0200 : 0) |
      (h.rd ? 0x0100 : 0) |
      (h.ra ? 0x0080 : 0) |
      (h.ad ? 0x0020 : 0) |
      (h.cd ? 0x0010 : 0) |
      (h.rcode & 0xf),
  );
  w.u16(msg.questions.length);
  w.u16(msg.answers.length);
  w.u16(msg.authorities.length);
  w.u16(msg.additionals.length);
  for (const q of msg.questions) {
    w.name(q.name);
    w.u16(q.type);
    w.u16(q.class);
  }
  for (const rec of [...msg.answers, ...msg.authorities, ...msg.additionals]) {
    w.name(rec.name);
    w.u16(rec.type);
    w.u16(rec.class);
    w.u32(rec.ttl);
    const at = w.length;
    w.u16(0);
    const start = w.length;
    recordData(rec, w);
    w.patchU16(at, w.length - start);
  }
  return w.done();
}

/** 4 or 16 bytes of an IP literal, or undefined when it is not one. */
export function ipBytes(ip: string): Buffer | undefined {
  const fam = isIP(ip);
  if (fam === 4) return Buffer.from(ip.split('.').map(Number));
  if (fam !== 6) return undefined;
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = v4[1]!.split('.').map(Number);
    text = text.slice(0, -v4[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const hs = head ? head.split(':') : [];
  const ts = tail ? tail.split(':') : [];
  const groups = tail === undefined ? hs : [...hs, ...Array<string>(8 - hs.length - ts.length).fill('0'), ...ts];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

/** A query for one name, as a stub resolver sends it (RD set); `udpSize` adds an EDNS OPT record advertising it. */
export function encodeQuery(name: string, type: number, opts: { id?: number; rd?: boolean; udpSize?: number } = {}): Buffer {
  return encodeMessage({
    header: { id: opts.id ?? 0, qr: false, opcode: DnsOpcode.QUERY, aa: false, tc: false, rd: opts.rd ?? true, ra: false, ad: false, cd: false, rcode: 0 },
    questions: [{ name, type, class: DnsClass.IN }],
    answers: [],
    authorities: [],
    additionals: opts.udpSize ? [ednsOpt(opts.udpSize)] : [],
  });
}

/** An EDNS(0) OPT pseudo-record (RFC 6891) with no options. */
export function ednsOpt(udpSize: number): DnsRecord {
  return { name: '', type: DnsType.OPT, class: udpSize, ttl: 0, data: Buffer.alloc(0) };
}

/** The UDP payload size a query's sender accepts: its EDNS OPT size, never below 512. */
export function udpPayloadLimit(query: DnsMessage): number {
  const opt = query.additionals.find((r) => r.type === DnsType.OPT);
  return Math.max(DNS_MIN_UDP_PAYLOAD, opt ? opt.class : 0);
}

/**
 * The reply skeleton for a query (as miekg/dns SetReply, which dockerd's resolver uses): same id, opcode, RD and
 * CD, the first question, QR set, no records.
 */
export function replyTo(query: DnsMessage, rcode: number = DnsRcode.NOERROR): DnsMessage {
  const q = query.header;
  return {
    header: { id: q.id, qr: true, opcode: q.opcode, aa: false, tc: false, rd: q.rd, ra: false, ad: false, cd: q.cd, rcode },
    questions: query.questions.slice(0, 1),
    answers: [],
    authorities: [],
    additionals: [],
  };
}

/**
 * Encodes `msg` within `limit` bytes: records that do not fit are dropped from the end (additional, then authority,
 * then answer sections) and TC is set when an answer had to go (RFC 2181 §9: a partial additional section is fine).
 */
export function encodeWithin(msg: DnsMessage, limit: number): Buffer {
  let out = encodeMessage(msg);
  if (out.length <= limit) return out;
  const m: DnsMessage = { ...msg, header: { ...msg.header }, answers: [...msg.answers], authorities: [...msg.authorities], additionals: [...msg.additionals] };
  while (out.length > limit) {
    if (m.additionals.length) m.additionals.pop();
    else if (m.authorities.length) m.authorities.pop();
    else if (m.answers.length) {
      m.answers.pop();
      m.header.tc = true;
    } else break;
    out = encodeMessage(m);
  }
  return out;
}
