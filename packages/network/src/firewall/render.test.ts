import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRules, type BridgeRules, type FirewallState, type PortRule } from '.';

// Golden files: the exact iptables-restore input per state. Regenerate after an intended change
// with `BERTH_UPDATE_GOLDEN=1 npx jest src/firewall/render.test.ts`, then review the diff.
const TESTDATA = path.join(__dirname, 'testdata');

function golden(name: string, state: FirewallState, family: 4 | 6 = 4): void {
  const file = path.join(TESTDATA, `${name}.rules`);
  const got = renderRules(state, family);
  if (process.env.BERTH_UPDATE_GOLDEN) fs.writeFileSync(file, got);
  expect(got).toBe(fs.readFileSync(file, 'utf8'));
}

const berth0: BridgeRules = { bridge: 'berth0', subnet: '172.17.0.0/16', gatewayIp: '172.17.0.1', internal: false, icc: true, masquerade: true };
const user: BridgeRules = { bridge: 'berth-1a2b3c4d5', subnet: '172.18.0.0/16', gatewayIp: '172.18.0.1', internal: false, icc: true, masquerade: true };
const port = (p: Partial<PortRule>): PortRule => ({
  proto: 'tcp',
  hostIp: '0.0.0.0',
  hostPort: 8080,
  containerIp: '172.17.0.2',
  containerPort: 80,
  bridge: 'berth0',
  ...p,
});

describe('renderRules golden files', () => {
  it('no networks: every BERTH chain declared (so flushed), only the fixed BERTH-FORWARD skeleton', () => {
    golden('empty', { bridges: [], ports: [] });
  });

  it('one bridge', () => {
    golden('one-bridge', { bridges: [berth0], ports: [] });
  });

  it('two bridges: isolated from each other', () => {
    golden('two-bridges', { bridges: [berth0, user], ports: [] });
  });

  it('internal network', () => {
    golden('internal', { bridges: [berth0, { ...user, internal: true }], ports: [] });
  });

  it('icc=false', () => {
    golden('no-icc', { bridges: [{ ...berth0, icc: false }, { ...user, internal: true, icc: false }], ports: [] });
  });

  it('published ports: tcp/udp/sctp, all addresses, a specific host IP, 127.0.0.1', () => {
    golden('ports', {
      bridges: [berth0, user],
      ports: [
        port({}),
        port({ proto: 'udp', hostPort: 5353, containerPort: 53 }),
        port({ hostIp: '192.0.2.10', hostPort: 8443, containerPort: 443 }),
        port({ hostIp: '127.0.0.1', hostPort: 9000, containerIp: '172.18.0.5', containerPort: 9000, bridge: user.bridge }),
        port({ proto: 'sctp', hostPort: 3868, containerPort: 3868 }),
      ],
      endpoints: [
        { bridge: 'berth0', ip: '172.17.0.2' },
        { bridge: 'berth0', ip: '172.17.0.3' },
      ],
    });
  });

  it('masquerade off, and a host binding address (SNAT)', () => {
    golden('masquerade', {
      bridges: [{ ...berth0, masquerade: false }, { ...user, hostBindingIpv4: '192.0.2.1' }],
      ports: [],
    });
  });
});

describe('renderRules for ip6tables', () => {
  const v6 = { ...user, subnetV6: 'fd00:1::/64' };
  const state: FirewallState = {
    bridges: [berth0, v6, { ...berth0, bridge: 'berth-internal', subnet: '172.19.0.0/16', subnetV6: 'fd00:2::/64', internal: true }],
    ports: [
      port({}),
      port({ hostIp: '::', containerIp: 'fd00:1::2', bridge: v6.bridge }),
      port({ proto: 'udp', hostIp: '2001:db8::10', hostPort: 5353, containerIp: 'fd00:1::2', containerPort: 53, bridge: v6.bridge }),
      port({ hostIp: '0.0.0.0', hostPort: 8081, containerIp: 'fd00:1::2', bridge: v6.bridge }),
    ],
  };

  it('golden: only bridges with an IPv6 subnet and ports to IPv6 container addresses', () => {
    golden('ipv6', state, 6);
  });

  it('the IPv4 rendering of the same state leaves the IPv6 parts out', () => {
    const v4 = renderRules(state);
    expect(v4).not.toMatch(/fd00|2001:db8|fe80/);
    expect(v4).toContain('-A BERTH -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\n');
    expect(v4).not.toContain('--dport 8081');
  });

  it('an IPv4-only state renders the bare ip6tables skeleton', () => {
    expect(renderRules({ bridges: [berth0], ports: [port({})] }, 6)).toBe(renderRules({ bridges: [], ports: [] }, 6));
  });
});

describe('renderRules', () => {
  it("renders a published port as dockerd's (userland proxy off) DNAT in nat BERTH", () => {
    const text = renderRules({ bridges: [berth0], ports: [port({})] });
    expect(text).toContain('-A BERTH -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\n');
    expect(text).toContain('-A BERTH -d 172.17.0.2/32 ! -i berth0 -o berth0 -p tcp -m tcp --dport 80 -j ACCEPT\n');
    expect(text).toContain('-A BERTH-POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE\n');
  });

  it('renders nothing for ports on internal, unknown or IPv6 bindings', () => {
    const base = renderRules({ bridges: [berth0, { ...user, internal: true }], ports: [] });
    const text = renderRules({
      bridges: [berth0, { ...user, internal: true }],
      ports: [
        port({ bridge: user.bridge, containerIp: '172.18.0.2' }),
        port({ bridge: 'berth-nosuch' }),
        port({ hostIp: '::' }),
        port({ containerIp: 'fd00::2' }),
      ],
    });
    expect(text).toBe(base);
  });

  it('is deterministic: the same state renders the same text', () => {
    const state: FirewallState = { bridges: [berth0, user], ports: [port({}), port({ hostPort: 8081 })] };
    expect(renderRules(state)).toBe(renderRules(structuredClone(state)));
  });
});
