/**
 * DNS wire format (RFC 1035) — just what the embedded DNS server needs: header, questions and resource records,
 * with name compression on read and write. Record data whose layout we know (A, AAAA, and the name-bearing
 * CNAME/NS/PTR/MX/SRV/SOA) is decoded with its names expanded, so a decoded message can be re-encoded in another
 * message without dangling compression pointers; any other type (and EDNS OPT) travels as opaque bytes.
 */
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

export function decodeMessage(_buf: Buffer): DnsMessage {
  throw new Error('TODO');
}
export function encodeMessage(_msg: DnsMessage): Buffer {
  throw new Error('TODO');
}
export function encodeQuery(_name: string, _type: number, _opts?: { id?: number; rd?: boolean; udpSize?: number }): Buffer {
  throw new Error('TODO');
}
