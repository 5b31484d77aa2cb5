import type { FirewallState, PortRule } from './types';

/**
 * Renders the desired state as `iptables-restore --noflush` input, in the layout of Docker 28's
 * bridge driver with the userland proxy off (moby libnetwork/drivers/bridge/internal/iptabler), with
 * BERTH in place of DOCKER:
 *
 *   filter  FORWARD → BERTH-USER, BERTH-FORWARD
 *           BERTH-FORWARD → BERTH-CT (replies), BERTH-ISOLATION-STAGE-1 (between networks),
 *                           BERTH-BRIDGE → BERTH (published ports, else drop into the bridge),
 *                           then what leaves each bridge (ICC)
 *   nat     PREROUTING, OUTPUT (dst-type LOCAL) → BERTH (DNAT of published ports)
 *           POSTROUTING → BERTH-POSTROUTING (masquerade, hairpin)
 *   raw     PREROUTING → BERTH-RAW (drop direct access to container addresses from outside
 *           the bridge, and remote packets for ports published on a loopback address)
 *
 * Every chain it declares is flushed by iptables-restore and rebuilt from `state` alone, so a rule
 * can never be left behind. BERTH-USER is the user's chain (dockerd never flushes DOCKER-USER): it
 * is not rendered here; the firewall creates it once when missing. So are the jumps from the
 * built-in chains, which depend on what is already on the host (see iptables.ts).
 */

export type Table = 'raw' | 'filter' | 'nat';

/** Chains rendered (flushed and rebuilt) on every apply, per table, in declaration order. */
export const OWNED_CHAINS: Record<Table, readonly string[]> = {
  raw: ['BERTH-RAW'],
  filter: ['BERTH', 'BERTH-BRIDGE', 'BERTH-CT', 'BERTH-FORWARD', 'BERTH-ISOLATION-STAGE-1', 'BERTH-ISOLATION-STAGE-2'],
  nat: ['BERTH', 'BERTH-POSTROUTING'],
};

/** The user's chain in the filter table: created once, never flushed by apply. */
export const USER_CHAIN = 'BERTH-USER';

/**
 * Jumps from built-in chains, as `iptables-save` prints them (the firewall compares these strings
 * with the host's rules). `position: 'top'` ones are inserted at the head of the built-in chain so
 * that a host firewall's later DROP (or a FORWARD policy of DROP) cannot shadow them; in this order,
 * so that BERTH-USER ends up first, as DOCKER-USER does.
 */
export const BUILTIN_JUMPS: readonly { table: Table; chain: string; spec: string; position: 'top' | 'end' }[] = [
  { table: 'raw', chain: 'PREROUTING', spec: '-j BERTH-RAW', position: 'top' },
  { table: 'filter', chain: 'FORWARD', spec: '-j BERTH-FORWARD', position: 'top' },
  { table: 'filter', chain: 'FORWARD', spec: '-j BERTH-USER', position: 'top' },
  { table: 'nat', chain: 'PREROUTING', spec: '-m addrtype --dst-type LOCAL -j BERTH', position: 'end' },
  { table: 'nat', chain: 'OUTPUT', spec: '-m addrtype --dst-type LOCAL -j BERTH', position: 'end' },
  { table: 'nat', chain: 'POSTROUTING', spec: '-j BERTH-POSTROUTING', position: 'end' },
];

/** Extra lines the firewall adds to a table's section: declarations first, rules before COMMIT. */
export interface TableExtras {
  chains?: string[];
  rules?: string[];
}

/**
 * iptables-restore input (`--noflush`) for `state` — or, with `family` 6, ip6tables-restore input
 * for its IPv6 part. Pure, so it is golden-file tested.
 */
export function renderRules(state: FirewallState, family: Family = 4): string {
  return renderRestore(state, family, {});
}

export type Family = 4 | 6;

/** renderRules plus the host-dependent lines the firewall needs (jumps, BERTH-USER). */
export function renderRestore(state: FirewallState, family: Family, extras: Partial<Record<Table, TableExtras>>): string {
  const body = renderChains(state, family);
  const out: string[] = [];
  for (const table of ['raw', 'filter', 'nat'] as const) {
    out.push(`*${table}`);
    for (const chain of extras[table]?.chains ?? []) out.push(`:${chain} - [0:0]`);
    for (const chain of OWNED_CHAINS[table]) out.push(`:${chain} - [0:0]`);
    out.push(...body[table]);
    out.push(...(extras[table]?.rules ?? []));
    out.push('COMMIT');
  }
  return out.join('\n') + '\n';
}

/** Whether `state` needs ip6tables at all. */
export function hasIpv6(state: FirewallState): boolean {
  return state.bridges.some((b) => b.subnetV6) || state.ports.some((p) => familyOf(p.containerIp) === 6);
}

/** One family's view of a bridge. */
interface FamilyBridge {
  bridge: string;
  subnet: string;
  internal: boolean;
  icc: boolean;
  masquerade: boolean;
  hostBinding?: string;
}

function renderChains(state: FirewallState, family: Family): Record<Table, string[]> {
  const bridges: FamilyBridge[] = state.bridges.flatMap((b) => {
    const subnet = family === 4 ? b.subnet : b.subnetV6;
    const hostBinding = family === 4 ? b.hostBindingIpv4 : b.hostBindingIpv6;
    return subnet ? [{ bridge: b.bridge, subnet, internal: b.internal, icc: b.icc, masquerade: b.masquerade, hostBinding }] : [];
  });
  const external = bridges.filter((b) => !b.internal);
  const bridgeOf = new Map(bridges.map((b) => [b.bridge, b]));
  const host = family === 4 ? 32 : 128;
  // Ports on an internal bridge (or on no known bridge) are never reachable; dockerd refuses to
  // publish on internal networks, so nothing is rendered for them rather than a dangling rule.
  // A binding belongs to its container address's family; a host address of the other family
  // ('::' for an IPv4 container included) cannot be DNATed to it.
  const ports = state.ports.filter(
    (p) =>
      bridgeOf.get(p.bridge)?.internal === false &&
      familyOf(p.containerIp) === family &&
      (p.hostIp === '' || familyOf(p.hostIp) === family),
  );
  const addr = (ip: string) => (family === 4 ? ip : `[${ip}]`);

  const raw: string[] = [];
  const directlyProtected = new Set<string>();
  const protect = (bridge: string, ip: string) => {
    const key = `${ip} ${bridge}`;
    if (familyOf(ip) !== family || directlyProtected.has(key) || bridgeOf.get(bridge)?.internal !== false) return;
    directlyProtected.add(key);
    raw.push(`-A BERTH-RAW -d ${ip}/${host} ! -i ${bridge} -j DROP`);
  };
  for (const ep of state.endpoints ?? []) protect(ep.bridge, ep.ip);
  for (const p of ports) protect(p.bridge, p.containerIp);
  // route_localnet on the bridge would otherwise let other hosts reach a port published on
  // 127.0.0.1 by sending to that address (dockerd's filterPortMappedOnLoopback; IPv6 has no
  // route_localnet, so nothing to guard there).
  for (const p of ports) {
    if (family === 4 && p.hostIp.startsWith('127.')) {
      raw.push(`-A BERTH-RAW -d ${p.hostIp}/32 ! -i lo ${protoMatch(p.proto, p.hostPort)} -j DROP`);
    }
  }

  const filter: string[] = [];
  for (const p of ports) {
    filter.push(`-A BERTH -d ${p.containerIp}/${host} ! -i ${p.bridge} -o ${p.bridge} ${protoMatch(p.proto, p.containerPort)} -j ACCEPT`);
  }
  for (const b of external) filter.push(`-A BERTH ! -i ${b.bridge} -o ${b.bridge} -j DROP`);
  for (const b of external) filter.push(`-A BERTH-BRIDGE -o ${b.bridge} -j BERTH`);
  for (const b of external) filter.push(`-A BERTH-CT -o ${b.bridge} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`);
  filter.push('-A BERTH-FORWARD -j BERTH-CT', '-A BERTH-FORWARD -j BERTH-ISOLATION-STAGE-1', '-A BERTH-FORWARD -j BERTH-BRIDGE');
  for (const b of bridges) filter.push(...leaving(b));
  // Internal networks first: their drops must win over the stage-2 jumps of the other bridges.
  for (const b of bridges.filter((x) => x.internal)) {
    filter.push(`-A BERTH-ISOLATION-STAGE-1 ! -s ${b.subnet} -o ${b.bridge} -j DROP`);
    filter.push(`-A BERTH-ISOLATION-STAGE-1 ! -d ${b.subnet} -i ${b.bridge} -j DROP`);
  }
  for (const b of external) filter.push(`-A BERTH-ISOLATION-STAGE-1 -i ${b.bridge} ! -o ${b.bridge} -j BERTH-ISOLATION-STAGE-2`);
  for (const b of external) filter.push(`-A BERTH-ISOLATION-STAGE-2 -o ${b.bridge} -j DROP`);

  const nat: string[] = [];
  for (const p of ports) {
    // No `! -i <bridge>`: without a userland proxy, containers reach published ports (their own
    // included, "hairpin") through this same DNAT. Link-local IPv6 sources are left alone, as
    // dockerd does (a DNATed reply could not be routed back to them).
    const src = family === 6 ? '! -s fe80::/10 ' : '';
    const dst = isAllAddresses(p.hostIp) ? '' : `-d ${p.hostIp}/${host} `;
    nat.push(
      `-A BERTH ${src}${dst}${protoMatch(p.proto, p.hostPort)} -j DNAT --to-destination ${addr(p.containerIp)}:${p.containerPort}`,
    );
  }
  for (const b of external) {
    const target = b.hostBinding ? `SNAT --to-source ${b.hostBinding}` : 'MASQUERADE';
    // The host's own connections to published ports (127.0.0.1 included) reach the container with
    // a source it can answer.
    nat.push(`-A BERTH-POSTROUTING -o ${b.bridge} -m addrtype --src-type LOCAL -j ${target}`);
    if (b.masquerade) nat.push(`-A BERTH-POSTROUTING -s ${b.subnet} ! -o ${b.bridge} -j ${target}`);
  }
  for (const p of ports) {
    // Hairpin: a container reaching its own published port must see the reply come from the host.
    nat.push(
      `-A BERTH-POSTROUTING -s ${p.containerIp}/${host} -d ${p.containerIp}/${host} ${protoMatch(p.proto, p.containerPort)} -j MASQUERADE`,
    );
  }
  return { raw, filter, nat };
}

/** What may leave a bridge once the other checks passed (dockerd's ICC rules). */
function leaving(b: FamilyBridge): string[] {
  if (b.internal) {
    return [`-A BERTH-FORWARD -i ${b.bridge} -o ${b.bridge} -j ${b.icc ? 'ACCEPT' : 'DROP'}`];
  }
  if (b.icc) return [`-A BERTH-FORWARD -i ${b.bridge} -j ACCEPT`];
  return [`-A BERTH-FORWARD -i ${b.bridge} -o ${b.bridge} -j DROP`, `-A BERTH-FORWARD -i ${b.bridge} ! -o ${b.bridge} -j ACCEPT`];
}

/** `-p tcp -m tcp --dport 80`, as iptables-save prints it (so saved rules compare equal). */
function protoMatch(proto: PortRule['proto'], port: number): string {
  return `-p ${proto} -m ${proto} --dport ${port}`;
}

function isAllAddresses(ip: string): boolean {
  return ip === '' || ip === '0.0.0.0' || ip === '::';
}

function familyOf(ip: string): Family {
  return ip.includes(':') ? 6 : 4;
}
