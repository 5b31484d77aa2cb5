import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isInternal } from '@berth/errdefs';
import { createIptablesFirewall, noFirewall, type BridgeRules, type FirewallState, type PortRule } from '.';

// Everything runs in private network namespaces this test creates (the "host" one and two
// "containers"), through the firewall's `wrap` option: the real host's tables are never touched.
const tag = `${process.pid.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const HOST = `berth-fw-${tag}`;
const C1 = `berth-fw-${tag}-c1`;
const C2 = `berth-fw-${tag}-c2`;
const wrap = ['ip', 'netns', 'exec', HOST];

let dir: string;
let server: ChildProcess | undefined;

function sh(...argv: string[]): string {
  return execFileSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
const inHost = (...argv: string[]) => sh('ip', 'netns', 'exec', HOST, ...argv);

/** The host namespace's rules of one table, as `iptables -S` lines. */
function rules(table: 'filter' | 'nat' | 'raw'): string[] {
  return inHost('iptables', '-t', table, '-S').trim().split('\n');
}
/** Everything BERTH-related in every table (chains and jumps). */
function berthLines(): string[] {
  return inHost('iptables-save')
    .split('\n')
    .filter((l) => /BERTH/.test(l));
}

// The "host" netns: an interface with a host address, and two bridges each with one
// "container" netns behind a veth; forwarding on, so only the firewall separates the bridges.
const br1: BridgeRules = { bridge: 'bt1', subnet: '10.99.1.0/24', gatewayIp: '10.99.1.1', internal: false, icc: true, masquerade: true };
const br2: BridgeRules = { bridge: 'bt2', subnet: '10.99.2.0/24', gatewayIp: '10.99.2.1', internal: false, icc: true, masquerade: true };
const HOST_IP = '10.98.0.1';
const web: PortRule = { proto: 'tcp', hostIp: '0.0.0.0', hostPort: 8080, containerIp: '10.99.1.2', containerPort: 80, bridge: 'bt1' };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-fw-'));
  for (const ns of [HOST, C1, C2]) sh('ip', 'netns', 'add', ns);
  const ip = (...args: string[]) => sh('ip', '-n', HOST, ...args);
  ip('link', 'set', 'lo', 'up');
  // The host's "outside" interface (a veth pair: no dummy module on every kernel).
  ip('link', 'add', 'bd0', 'type', 'veth', 'peer', 'name', 'bd1');
  ip('addr', 'add', `${HOST_IP}/24`, 'dev', 'bd0');
  ip('link', 'set', 'bd1', 'up');
  ip('link', 'set', 'bd0', 'up');
  for (const [n, ns] of [[1, C1], [2, C2]] as const) {
    ip('link', 'add', `bt${n}`, 'type', 'bridge');
    ip('addr', 'add', `10.99.${n}.1/24`, 'dev', `bt${n}`);
    ip('link', 'set', `bt${n}`, 'up');
    ip('link', 'add', `bv${n}`, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns);
    ip('link', 'set', `bv${n}`, 'master', `bt${n}`, 'up');
    // As the bridge driver does without a userland proxy: with br_netfilter, a container's packet
    // DNATed back to itself leaves through the bridge port it came in by.
    ip('link', 'set', `bv${n}`, 'type', 'bridge_slave', 'hairpin', 'on');
    sh('ip', '-n', ns, 'link', 'set', 'lo', 'up');
    sh('ip', '-n', ns, 'addr', 'add', `10.99.${n}.2/24`, 'dev', 'eth0');
    sh('ip', '-n', ns, 'link', 'set', 'eth0', 'up');
    sh('ip', '-n', ns, 'route', 'add', 'default', 'via', `10.99.${n}.1`);
  }
  inHost('sysctl', '-q', '-w', 'net.ipv4.ip_forward=1');
  // What the network controller sets on a bridge so 127.0.0.1 can be DNATed out of it.
  inHost('sysctl', '-q', '-w', 'net.ipv4.conf.bt1.route_localnet=1');
});

afterAll(() => {
  server?.kill('SIGKILL');
  for (const ns of [C1, C2, HOST]) {
    try {
      sh('ip', 'netns', 'del', ns);
    } catch {
      // already gone
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A TCP server answering "hi from <ns>" on port 80 inside `ns`. */
async function serve(ns: string): Promise<ChildProcess> {
  const child = spawn('ip', ['netns', 'exec', ns, 'busybox', 'nc', '-ll', '-p', '80', '-e', 'echo', `hi from ${ns}`], { stdio: 'ignore' });
  // Ready once something listens on :80 there.
  for (let i = 0; i < 50; i++) {
    if (/:80\b/.test(sh('ip', 'netns', 'exec', ns, 'busybox', 'netstat', '-ltn'))) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no listener in ${ns}`);
}

/** What a TCP connection from `ns` to address:port receives, or undefined (refused/dropped), in ≤2s. */
function fetchFrom(ns: string, address: string, port: number): string | undefined {
  try {
    return sh('timeout', '2', 'ip', 'netns', 'exec', ns, 'busybox', 'nc', '-w', '1', address, String(port)).trim() || undefined;
  } catch {
    return undefined;
  }
}

const state = (extra: Partial<FirewallState> = {}): FirewallState => ({ bridges: [br1, br2], ports: [web], ...extra });

describe('iptables firewall (in a private netns)', () => {
  it('without rules the two bridges route to each other (the control for the isolation test)', async () => {
    server = await serve(C1);
    expect(fetchFrom(C2, '10.99.1.2', 80)).toBe(`hi from ${C1}`);
  });

  it('applies the state: BERTH chains, jumps from the built-in chains, the DNAT of a published port', async () => {
    const fw = createIptablesFirewall({ wrap });
    await fw.apply(state());
    const nat = rules('nat');
    expect(nat).toContain('-A BERTH -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.99.1.2:80');
    expect(nat).toContain('-A PREROUTING -m addrtype --dst-type LOCAL -j BERTH');
    expect(nat).toContain('-A OUTPUT -m addrtype --dst-type LOCAL -j BERTH');
    expect(nat).toContain('-A POSTROUTING -j BERTH-POSTROUTING');
    const filter = rules('filter');
    // BERTH-USER first, as DOCKER-USER: the user's rules decide before berth's.
    expect(filter.filter((l) => l.startsWith('-A FORWARD '))).toEqual(['-A FORWARD -j BERTH-USER', '-A FORWARD -j BERTH-FORWARD']);
    expect(filter).toContain('-N BERTH-USER');
    expect(filter).toContain('-A BERTH-ISOLATION-STAGE-2 -o bt2 -j DROP');
    expect(rules('raw')).toContain('-A PREROUTING -j BERTH-RAW');
  });

  it('the published port answers on the host address and on 127.0.0.1, from the host itself', () => {
    expect(fetchFrom(HOST, HOST_IP, 8080)).toBe(`hi from ${C1}`);
    expect(fetchFrom(HOST, '127.0.0.1', 8080)).toBe(`hi from ${C1}`);
  });

  it('a container on the same bridge reaches it through the host address (hairpin)', () => {
    // C1 to its own published port: DNAT back into bt1 and the hairpin MASQUERADE.
    expect(fetchFrom(C1, HOST_IP, 8080)).toBe(`hi from ${C1}`);
  });

  it('isolates the bridges: a connection across them fails', () => {
    expect(fetchFrom(C2, '10.99.1.2', 80)).toBeUndefined();
  });

  it('is idempotent: applying again, or from a new firewall (daemon restart), leaves the same rules', async () => {
    const before = berthLines();
    const fw = createIptablesFirewall({ wrap });
    await fw.apply(state());
    await fw.apply(state());
    await createIptablesFirewall({ wrap }).apply(state());
    expect(berthLines()).toEqual(before);
  });

  it("keeps the user's BERTH-USER rules and other software's rules", async () => {
    inHost('iptables', '-A', 'BERTH-USER', '-s', '10.99.2.0/24', '-j', 'RETURN');
    inHost('iptables', '-A', 'FORWARD', '-i', 'bd0', '-j', 'ACCEPT');
    await createIptablesFirewall({ wrap }).apply(state({ ports: [] }));
    const filter = rules('filter');
    expect(filter).toContain('-A BERTH-USER -s 10.99.2.0/24 -j RETURN');
    expect(filter).toContain('-A FORWARD -i bd0 -j ACCEPT');
    // And the port is gone with the state that no longer has it: nothing left behind.
    expect(rules('nat').filter((l) => l.includes('DNAT'))).toEqual([]);
    expect(fetchFrom(HOST, HOST_IP, 8080)).toBeUndefined();
  });

  it('repairs duplicated and misplaced jumps on its first apply', async () => {
    inHost('iptables', '-D', 'FORWARD', '-j', 'BERTH-USER');
    inHost('iptables', '-A', 'FORWARD', '-j', 'BERTH-USER');
    inHost('iptables', '-t', 'nat', '-A', 'POSTROUTING', '-j', 'BERTH-POSTROUTING');
    await createIptablesFirewall({ wrap }).apply(state());
    expect(rules('filter').filter((l) => l.startsWith('-A FORWARD '))).toEqual([
      '-A FORWARD -j BERTH-USER',
      '-A FORWARD -j BERTH-FORWARD',
      '-A FORWARD -i bd0 -j ACCEPT',
    ]);
    expect(rules('nat').filter((l) => l === '-A POSTROUTING -j BERTH-POSTROUTING')).toHaveLength(1);
  });

  it('coalesces a burst: five queued applies run as one restore of the latest state, all resolve', async () => {
    const log = path.join(dir, 'calls.log');
    const counter = path.join(dir, 'count.sh');
    fs.writeFileSync(counter, `#!/bin/sh\necho "$*" >> ${log}\nexec "$@"\n`, { mode: 0o755 });
    const fw = createIptablesFirewall({ wrap: [counter, ...wrap] });
    await fw.apply(state()); // the first one also reads the host's tables
    fs.writeFileSync(log, '');
    const burst = [8081, 8082, 8083, 8084, 8085].map((hostPort) => fw.apply(state({ ports: [{ ...web, hostPort }] })));
    await Promise.all(burst);
    const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
    // The first apply of the burst started at once; the other four became one run.
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => c.includes('iptables-restore --noflush -w'))).toBe(true);
    expect(rules('nat').filter((l) => l.includes('DNAT'))).toEqual(['-A BERTH -p tcp -m tcp --dport 8085 -j DNAT --to-destination 10.99.1.2:80']);
  });

  it('a rejected state changes nothing and the next apply works', async () => {
    const fw = createIptablesFirewall({ wrap });
    await fw.apply(state());
    const before = berthLines();
    const bad = state({ ports: [{ ...web, containerIp: '10.99.1.300' }] });
    const err = await fw.apply(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isInternal(err)).toBe(true);
    expect((err as Error).message).toMatch(/^iptables-restore failed: /);
    expect(berthLines()).toEqual(before);
    await fw.apply(state({ ports: [{ ...web, hostPort: 9090 }] }));
    expect(rules('nat')).toContain('-A BERTH -p tcp -m tcp --dport 9090 -j DNAT --to-destination 10.99.1.2:80');
  });

  it('applies ~10 port rules in one restore quickly', async () => {
    const fw = createIptablesFirewall({ wrap });
    await fw.apply(state());
    const ports = Array.from({ length: 10 }, (_, i) => ({ ...web, hostPort: 10000 + i }));
    const t0 = process.hrtime.bigint();
    await fw.apply(state({ ports }));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(`firewall apply with 10 port rules: ${ms.toFixed(1)} ms\n`);
    expect(rules('nat').filter((l) => l.includes('DNAT'))).toHaveLength(10);
    expect(ms).toBeLessThan(2000);
  });

  it('removeAll deletes every BERTH chain and jump and nothing else; a second call is a no-op', async () => {
    const fw = createIptablesFirewall({ wrap });
    await fw.removeAll();
    expect(berthLines()).toEqual([]);
    expect(rules('filter')).toContain('-A FORWARD -i bd0 -j ACCEPT');
    await fw.removeAll();
    expect(berthLines()).toEqual([]);
    // Without the rules the bridges route to each other again.
    expect(fetchFrom(C2, '10.99.1.2', 80)).toBe(`hi from ${C1}`);
    // And the same firewall can set everything up again afterwards.
    await fw.apply(state());
    expect(rules('filter').filter((l) => l.startsWith('-A FORWARD -j BERTH'))).toHaveLength(2);
    await fw.removeAll();
    expect(berthLines()).toEqual([]);
  });

  it('IPv6: rules go to ip6tables, the published port answers on a host IPv6 address, and clear with the state', async () => {
    const ip = (...args: string[]) => sh('ip', '-n', HOST, ...args);
    ip('-6', 'addr', 'add', 'fd00:98::1/64', 'dev', 'bd0', 'nodad');
    ip('-6', 'addr', 'add', 'fd00:99:1::1/64', 'dev', 'bt1', 'nodad');
    sh('ip', '-n', C1, '-6', 'addr', 'add', 'fd00:99:1::2/64', 'dev', 'eth0', 'nodad');
    sh('ip', '-n', C1, '-6', 'route', 'add', 'default', 'via', 'fd00:99:1::1');
    inHost('sysctl', '-q', '-w', 'net.ipv6.conf.all.forwarding=1');
    const v6 = state({
      bridges: [{ ...br1, subnetV6: 'fd00:99:1::/64' }, br2],
      ports: [web, { ...web, hostIp: '::', containerIp: 'fd00:99:1::2', hostPort: 8086 }],
    });
    const fw = createIptablesFirewall({ wrap });
    await fw.apply(v6);
    const nat6 = inHost('ip6tables', '-t', 'nat', '-S').trim().split('\n');
    expect(nat6).toContain('-A BERTH ! -s fe80::/10 -p tcp -m tcp --dport 8086 -j DNAT --to-destination [fd00:99:1::2]:80');
    expect(nat6).toContain('-A OUTPUT -m addrtype --dst-type LOCAL -j BERTH');
    expect(rules('nat').filter((l) => l.includes('DNAT'))).toEqual(['-A BERTH -p tcp -m tcp --dport 8080 -j DNAT --to-destination 10.99.1.2:80']);
    expect(fetchFrom(HOST, 'fd00:98::1', 8086)).toBe(`hi from ${C1}`);

    // A new firewall (daemon restart) with an IPv4-only state finds and clears the IPv6 rules.
    await createIptablesFirewall({ wrap }).apply(state());
    expect(inHost('ip6tables-save').split('\n').filter((l) => l.includes('DNAT'))).toEqual([]);
    expect(fetchFrom(HOST, 'fd00:98::1', 8086)).toBeUndefined();

    await fw.apply(v6);
    await fw.removeAll();
    expect(inHost('ip6tables-save').split('\n').filter((l) => /BERTH/.test(l))).toEqual([]);
    expect(berthLines()).toEqual([]);
  });

  it('noFirewall changes nothing', async () => {
    await noFirewall.apply(state());
    await noFirewall.removeAll();
    expect(berthLines()).toEqual([]);
  });
});
