import type { Server } from 'node:net';

/** Where the embedded DNS server gets the names it answers itself (the sandbox's networks). */
export interface DnsAnswerSource {
  /** Answers for a name asked by this sandbox (A/AAAA), or undefined → not ours, forward upstream. '' list = NXDOMAIN-free empty answer (name known, no record of that type). */
  lookup(name: string /* lower-case, no trailing dot */, type: 'A' | 'AAAA'): string[] | undefined;
  /** PTR for an address in a shared network, or undefined → forward. */
  reverse(address: string): string | undefined;
}
export interface EmbeddedDnsOptions {
  answers: DnsAnswerSource;
  upstreams: () => string[] /* 'ip' or 'ip:port' */;
  timeoutMs?: number;
}
/** What serveUdp needs of a datagram socket: node's dgram.Socket and @berth/sys's UdpFdSocket both fit. */
export interface DatagramSocket {
  on(event: 'message', cb: (msg: Buffer, rinfo: { address: string; port: number }) => void): unknown;
  send(msg: Buffer, port: number, address: string): void;
  close(): void;
}

export class EmbeddedDns {
  constructor(readonly opts: EmbeddedDnsOptions) {}
  serveUdp(_socket: DatagramSocket): void {
    throw new Error('TODO');
  }
  serveTcp(_server: Server): void {
    throw new Error('TODO');
  }
  close(): void {
    throw new Error('TODO');
  }
}
