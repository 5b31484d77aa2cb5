import { isInvalidArgument } from '@berth/errdefs';
import { DnsType, decodeHeader, decodeMessage, encodeMessage, encodeQuery, encodeWithin, ipBytes, replyTo, udpPayloadLimit, type DnsMessage } from './codec';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// Captured from `busybox nslookup -type=a Web.Example 127.0.0.1` and `busybox nslookup 172.18.0.2 127.0.0.1`.
const BUSYBOX_A = hex('2926 0100 0001 0000 0000 0000 03576562 074578616d706c65 00 0001 0001');
const BUSYBOX_PTR = hex('6d15 0100 0001 0000 0000 0000 0132 0130 023138 03313732 07696e2d61646472 0461727061 00 000c 0001');

// A hand-assembled upstream reply: www.example CNAME web.example (target compressed into the question's name),
// web.example A 10.0.0.5 (owner is a pointer into the CNAME's data).
const CNAME_REPLY = hex(
  [
    '1234 8180 0001 0002 0000 0000',
    '03777777 076578616d706c65 00 0001 0001', // question at 12; "example" label at 16
    'c00c 0005 0001 00000e10 0006 03776562 c010', // answer 1 at 29; its data ("web" + ptr) at 41
    'c029 0001 0001 0000003c 0004 0a000005',
  ].join(''),
);

describe('dns codec: decoding', () => {
  it('reads a real stub-resolver query (busybox nslookup)', () => {
    const m = decodeMessage(BUSYBOX_A);
    expect(m.header).toEqual({ id: 0x2926, qr: false, opcode: 0, aa: false, tc: false, rd: true, ra: false, ad: false, cd: false, rcode: 0 });
    expect(m.questions).toEqual([{ name: 'Web.Example', type: DnsType.A, class: 1 }]);
    expect(m.answers).toEqual([]);
    expect(decodeMessage(BUSYBOX_PTR).questions).toEqual([{ name: '2.0.18.172.in-addr.arpa', type: DnsType.PTR, class: 1 }]);
  });

  it('follows compression pointers in owner names and in CNAME data', () => {
    const m = decodeMessage(CNAME_REPLY);
    expect(m.header).toMatchObject({ id: 0x1234, qr: true, rd: true, ra: true, rcode: 0 });
    expect(m.answers).toEqual([
      { name: 'www.example', type: DnsType.CNAME, class: 1, ttl: 3600, data: hex('03776562 076578616d706c65 00'), value: 'web.example' },
      { name: 'web.example', type: DnsType.A, class: 1, ttl: 60, data: hex('0a000005'), value: '10.0.0.5' },
    ]);
  });

  it('prints AAAA data in the canonical compressed form', () => {
    const reply = Buffer.concat([hex('0001 8180 0001 0001 0000 0000 0161 00 001c 0001 c00c 001c 0001 00000258 0010'), hex('fd00 0000 0000 0000 0000 0000 0000 0002')]);
    expect(decodeMessage(reply).answers[0]!.value).toBe('fd00::2');
  });

  it('expands names inside MX data so the record stands alone', () => {
    // example MX 10 mail.<ptr to "example">
    const reply = hex('0002 8180 0001 0001 0000 0000 076578616d706c65 00 000f 0001 c00c 000f 0001 0000012c 0009 000a 046d61696c c00c');
    expect(decodeMessage(reply).answers[0]!.data).toEqual(hex('000a 046d61696c 076578616d706c65 00'));
  });

  it.each([
    ['shorter than a header', hex('1234 0100 0001')],
    ['a question count with no question', hex('1234 0100 0001 0000 0000 0000')],
    ['a pointer to itself', hex('1234 0100 0001 0000 0000 0000 c00c 0001 0001')],
    ['a forward pointer', hex('1234 0100 0001 0000 0000 0000 c010 0001 0001 0161 00')],
    ['a label running off the end', hex('1234 0100 0001 0000 0000 0000 3f6162')],
    ['the reserved 0x40 label type', hex('1234 0100 0001 0000 0000 0000 4161 00 0001 0001')],
    ['an A record with 3 octets of data', hex('1234 8180 0000 0001 0000 0000 00 0001 0001 00000001 0003 010203')],
    ['record data longer than the message', hex('1234 8180 0000 0001 0000 0000 00 0010 0001 00000001 00ff 01')],
    ['a PTR whose data length disagrees with its name', hex('1234 8180 0000 0001 0000 0000 00 000c 0001 00000001 0004 0161 00 ff')],
  ])('refuses %s as invalidArgument', (_what, buf) => {
    let err: unknown;
    try {
      decodeMessage(buf);
    } catch (e) {
      err = e;
    }
    expect(isInvalidArgument(err)).toBe(true);
  });

  it('refuses a name longer than 255 octets built from pointers', () => {
    // Record 1 (type 99, opaque) carries five 63-octet labels, each followed by a pointer to the previous one;
    // record 2's owner points at the last, which makes a 5 × 64 + 1 octet name.
    const chainAt = 12 + 11;
    const chain: Buffer[] = [];
    let at = chainAt;
    let prev = -1;
    for (let i = 0; i < 5; i++) {
      const label = Buffer.concat([Buffer.from([63]), Buffer.alloc(63, 0x61)]);
      const tail = prev < 0 ? Buffer.from([0]) : Buffer.from([0xc0 | (prev >> 8), prev & 0xff]);
      chain.push(label, tail);
      prev = at;
      at += label.length + tail.length;
    }
    const data = Buffer.concat(chain);
    const rdlen = Buffer.alloc(2);
    rdlen.writeUInt16BE(data.length);
    const msg = Buffer.concat([
      hex('1234 8180 0000 0002 0000 0000 00 0063 0001 00000001'),
      rdlen,
      data,
      Buffer.from([0xc0 | (prev >> 8), prev & 0xff]),
      hex('0001 0001 00000001 0004 01020304'),
    ]);
    expect(() => decodeMessage(msg)).toThrow(/longer than 255/);
    // Four labels (4 × 64 + 1 = 257 octets) are already too long as well; three (193) are fine.
    const ok = Buffer.from(msg);
    ok.writeUInt16BE(0xc000 | (chainAt + 65 + 66), msg.length - 16);
    expect(decodeMessage(ok).answers[1]!.name).toHaveLength(3 * 64 - 1);
  });

  it('decodeHeader reads a header whose body is junk', () => {
    expect(decodeHeader(hex('beef 8183 0001 0000 0000 0000 ffff'))).toMatchObject({ id: 0xbeef, qr: true, rcode: 3 });
  });
});

describe('dns codec: encoding', () => {
  it('re-encodes a real query byte for byte', () => {
    expect(encodeMessage(decodeMessage(BUSYBOX_A))).toEqual(BUSYBOX_A);
    expect(encodeMessage(decodeMessage(BUSYBOX_PTR))).toEqual(BUSYBOX_PTR);
    expect(encodeQuery('Web.Example', DnsType.A, { id: 0x2926 })).toEqual(BUSYBOX_A);
  });

  it('compresses owner names against the question and name data against earlier names', () => {
    const m = decodeMessage(CNAME_REPLY);
    // Our encoder writes the CNAME target through a pointer too, so the whole message comes out identical.
    expect(encodeMessage(m)).toEqual(CNAME_REPLY);
  });

  it('builds a reply the way dockerd does for a local answer', () => {
    const reply: DnsMessage = replyTo(decodeMessage(BUSYBOX_A));
    reply.header.ra = true;
    reply.answers.push({ name: 'Web.Example', type: DnsType.A, class: 1, ttl: 600, data: Buffer.alloc(0), value: '172.18.0.2' });
    expect(encodeMessage(reply)).toEqual(
      hex('2926 8180 0001 0001 0000 0000 03576562 074578616d706c65 00 0001 0001 c00c 0001 0001 00000258 0004 ac120002'),
    );
  });

  it('writes AAAA and PTR values', () => {
    const msg: DnsMessage = {
      header: { id: 7, qr: true, opcode: 0, aa: false, tc: false, rd: false, ra: false, ad: false, cd: false, rcode: 0 },
      questions: [],
      answers: [
        { name: 'a', type: DnsType.AAAA, class: 1, ttl: 1, data: Buffer.alloc(0), value: 'fd00::2' },
        { name: '2.0.0.10.in-addr.arpa', type: DnsType.PTR, class: 1, ttl: 1, data: Buffer.alloc(0), value: 'a' },
      ],
      authorities: [],
      additionals: [],
    };
    const out = encodeMessage(msg);
    const back = decodeMessage(out);
    expect(back.answers.map((a) => a.value)).toEqual(['fd00::2', 'a']);
    // The PTR target "a" is a pointer to the first owner name (offset 12).
    expect(out.subarray(-2)).toEqual(hex('c00c'));
  });

  it('refuses an address of the wrong family and names that cannot be encoded', () => {
    const bad = (value: string, type: number): (() => Buffer) => () =>
      encodeMessage({ ...replyTo(decodeMessage(BUSYBOX_A)), answers: [{ name: 'x', type, class: 1, ttl: 1, data: Buffer.alloc(0), value }] });
    expect(bad('fd00::1', DnsType.A)).toThrow(/invalid address/);
    expect(bad('10.0.0.1', DnsType.AAAA)).toThrow(/invalid address/);
    expect(() => encodeQuery('a'.repeat(64), DnsType.A)).toThrow(/longer than 63/);
    expect(() => encodeQuery('a..b', DnsType.A)).toThrow(/empty label/);
    expect(() => encodeQuery(Array(130).fill('a').join('.'), DnsType.A)).toThrow(/longer than 255/);
  });

  it('keeps an escaped dot inside one label', () => {
    const q = encodeQuery('a\\.b.c', DnsType.A);
    expect(q.subarray(12, 12 + 7)).toEqual(hex('03612e62 016300'));
    expect(decodeMessage(q).questions[0]!.name).toBe('a\\.b.c');
  });

  it('adds and reads an EDNS OPT record', () => {
    const q = encodeQuery('example', DnsType.A, { id: 1, udpSize: 1232 });
    expect(q.subarray(-11)).toEqual(hex('00 0029 04d0 00000000 0000'));
    expect(udpPayloadLimit(decodeMessage(q))).toBe(1232);
    expect(udpPayloadLimit(decodeMessage(encodeQuery('example', DnsType.A)))).toBe(512);
    expect(udpPayloadLimit(decodeMessage(encodeQuery('example', DnsType.A, { udpSize: 100 })))).toBe(512);
  });

  it('encodeWithin drops answers that do not fit and sets TC', () => {
    const reply = replyTo(decodeMessage(BUSYBOX_A));
    for (let i = 0; i < 40; i++) reply.answers.push({ name: 'Web.Example', type: DnsType.A, class: 1, ttl: 600, data: Buffer.alloc(0), value: `10.0.0.${i}` });
    const full = encodeWithin(reply, 65535);
    expect(decodeMessage(full).answers).toHaveLength(40);
    expect(decodeMessage(full).header.tc).toBe(false);
    const cut = encodeWithin(reply, 512);
    expect(cut.length).toBeLessThanOrEqual(512);
    const m = decodeMessage(cut);
    expect(m.header.tc).toBe(true);
    // 29 bytes of header+question, 16 per compressed A record.
    expect(m.answers).toHaveLength(Math.floor((512 - 29) / 16));
  });

  it('ipBytes reads both families, including IPv4-mapped IPv6', () => {
    expect(ipBytes('10.1.2.3')).toEqual(hex('0a010203'));
    expect(ipBytes('::1')).toEqual(hex('00000000000000000000000000000001'));
    expect(ipBytes('fd00:1::2:3')).toEqual(hex('fd000001000000000000000000020003'));
    expect(ipBytes('::ffff:10.1.2.3')).toEqual(hex('00000000000000000000ffff0a010203'));
    expect(ipBytes('example')).toBeUndefined();
  });
});
