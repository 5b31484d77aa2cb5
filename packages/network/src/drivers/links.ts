/** What every driver does with its links the same way: the host's netlink socket, and an endpoint's link in its sandbox. */
import { Netlink } from '../netlink';
import type { DriverEndpoint, JoinTarget } from '../types';

/** One rtnetlink socket in the (stand-in) host namespace, opened at first use and kept until close. */
export class HostNetlink {
  private socket: Netlink | undefined;

  constructor(private readonly netnsPath: string | undefined) {}

  get(): Netlink {
    this.socket ??= Netlink.open(this.netnsPath);
    return this.socket;
  }

  /** The links stay; only the socket goes. */
  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }
}

/**
 * The end of a join inside the sandbox (`ns`): the endpoint's link, already moved there as `link`,
 * takes the interface name (and the endpoint's MAC), its addresses, and comes up with `lo`.
 * Routes are the driver's to add.
 */
export function bringUpInSandbox(ns: Netlink, link: string, ep: DriverEndpoint, target: JoinTarget): void {
  ns.linkSet(link, { newName: target.ifName, ...(ep.macAddress ? { mac: ep.macAddress } : {}) });
  if (ep.ipv4) ns.addrAdd(target.ifName, ep.ipv4);
  if (ep.ipv6) ns.addrAdd(target.ifName, ep.ipv6);
  ns.linkSet(target.ifName, { up: true });
  ns.linkSet('lo', { up: true });
}
