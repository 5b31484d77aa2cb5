/**
 * A tiny network + IPAM plugin for tests (unit and e2e), speaking docker's remote driver and remote
 * IPAM protocols on a unix socket: per network a bridge `bvpb<8 hex>`, per endpoint a veth pair it
 * makes itself at Join (`bvp<10 hex>` on the bridge, `bvq<10 hex>` handed to berth as SrcName),
 * the first address of the pool as gateway on the bridge. IPAM: pools as asked (or 10.77.0.0/24),
 * addresses in order. Every call is logged to `calls` as `<Method> [<detail>]`.
 */
import { createServer, type Server } from 'node:http';
import { Netlink } from '../netlink';

export interface TinyNetworkPlugin {
  server: Server;
  calls: string[];
  close(): Promise<void>;
}

interface Body {
  NetworkID?: string;
  EndpointID?: string;
  PoolID?: string;
  Pool?: string;
  Address?: string;
  Options?: Record<string, unknown>;
  IPv4Data?: { Pool: string; Gateway: string }[];
  Interface?: { Address?: string; MacAddress?: string };
}

export const tinyBridgeName = (networkId: string): string => `bvpb${networkId.slice(0, 8)}`;
export const tinyVethNames = (endpointId: string): { host: string; peer: string } => ({ host: `bvp${endpointId.slice(0, 10)}`, peer: `bvq${endpointId.slice(0, 10)}` });

/** Starts the plugin on `socket`; links go to `hostNetnsPath` (the current namespace when undefined). */
export function startTinyNetworkPlugin(socket: string, opts: { hostNetnsPath?: string; failCreateNetwork?: string } = {}): Promise<TinyNetworkPlugin> {
  const calls: string[] = [];
  const pools = new Map<string, { pool: string; next: number }>();
  const networks = new Map<string, { gateway?: string }>();
  let poolSeq = 0;
  const withNl = <T>(fn: (nl: Netlink) => T): T => {
    const nl = Netlink.open(opts.hostNetnsPath);
    try {
      return fn(nl);
    } finally {
      nl.close();
    }
  };
  const hostIp = (pool: string, n: number): string => {
    const [base, len] = pool.split('/') as [string, string];
    const parts = base.split('.').map(Number);
    parts[3] = parts[3]! + n;
    return `${parts.join('.')}/${len}`;
  };
  const handle = (method: string, body: Body): object => {
    switch (method) {
      case 'Plugin.Activate':
        return { Implements: ['NetworkDriver', 'IpamDriver'] };
      case 'NetworkDriver.GetCapabilities':
        return { Scope: 'local', ConnectivityScope: 'local' };
      case 'NetworkDriver.CreateNetwork': {
        const generic = (body.Options?.['com.docker.network.generic'] ?? {}) as Record<string, string>;
        if (opts.failCreateNetwork && generic[opts.failCreateNetwork]) return { Err: `tiny refuses option ${opts.failCreateNetwork}` };
        const gw = body.IPv4Data?.[0]?.Gateway;
        const br = tinyBridgeName(body.NetworkID!);
        withNl((nl) => {
          if (!nl.linkGet(br)) nl.linkAdd({ kind: 'bridge', name: br });
          if (gw) nl.addrAdd(br, gw);
          nl.linkSet(br, { up: true });
        });
        networks.set(body.NetworkID!, { gateway: gw });
        return {};
      }
      case 'NetworkDriver.DeleteNetwork':
        withNl((nl) => nl.linkGet(tinyBridgeName(body.NetworkID!)) && nl.linkDel(tinyBridgeName(body.NetworkID!)));
        networks.delete(body.NetworkID!);
        return {};
      case 'NetworkDriver.CreateEndpoint':
        return body.Interface?.MacAddress ? {} : { Interface: { MacAddress: '02:77:00:00:00:01'.replace(/01$/, (calls.length % 250).toString(16).padStart(2, '0')) } };
      case 'NetworkDriver.Join': {
        const { host, peer } = tinyVethNames(body.EndpointID!);
        withNl((nl) => {
          if (nl.linkGet(host)) nl.linkDel(host);
          nl.linkAdd({ kind: 'veth', name: host, peerName: peer });
          nl.linkSet(host, { master: tinyBridgeName(body.NetworkID!), up: true });
        });
        const gw = networks.get(body.NetworkID!)?.gateway;
        return { InterfaceName: { SrcName: peer, DstPrefix: 'eth' }, ...(gw ? { Gateway: gw.split('/')[0] } : {}), StaticRoutes: [{ Destination: '10.99.0.0/24', RouteType: 1 }] };
      }
      case 'NetworkDriver.Leave':
      case 'NetworkDriver.EndpointOperInfo':
        return {};
      case 'NetworkDriver.DeleteEndpoint':
        withNl((nl) => {
          const { host } = tinyVethNames(body.EndpointID!);
          if (nl.linkGet(host)) nl.linkDel(host);
        });
        return {};
      case 'IpamDriver.GetCapabilities':
        return { RequiresMACAddress: false, RequiresRequestReplay: true };
      case 'IpamDriver.GetDefaultAddressSpaces':
        return { LocalDefaultAddressSpace: 'tinylocal', GlobalDefaultAddressSpace: 'tinyglobal' };
      case 'IpamDriver.RequestPool': {
        const pool = body.Pool || '10.77.0.0/24';
        const id = `tiny-${++poolSeq}`;
        pools.set(id, { pool, next: 2 });
        return { PoolID: id, Pool: pool, Data: {} };
      }
      case 'IpamDriver.ReleasePool':
        pools.delete(body.PoolID!);
        return {};
      case 'IpamDriver.RequestAddress': {
        const p = pools.get(body.PoolID!);
        if (!p) return { Err: `no pool ${body.PoolID}` };
        if (body.Options?.RequestAddressType === 'com.docker.network.gateway') return { Address: hostIp(p.pool, 1) };
        if (body.Address) return { Address: `${body.Address}/${p.pool.split('/')[1]}` };
        return { Address: hostIp(p.pool, p.next++) };
      }
      case 'IpamDriver.ReleaseAddress':
        return {};
      default:
        return { Err: `unknown method ${method}` };
    }
  };
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const method = req.url?.slice(1) ?? '';
      let answer: object;
      let status = 200;
      try {
        const body = JSON.parse(text || '{}') as Body;
        calls.push(`${method}${body.NetworkID ? ` ${body.NetworkID.slice(0, 12)}` : ''}${body.PoolID ? ` ${body.PoolID}` : ''}`);
        answer = handle(method, body);
      } catch (err) {
        status = 500;
        answer = { Err: (err as Error).message };
      }
      res.writeHead(status, { 'Content-Type': 'application/vnd.docker.plugins.v1.2+json' });
      res.end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) =>
    server.listen(socket, () => resolve({ server, calls, close: () => new Promise<void>((r) => server.close(() => r())) })),
  );
}
