import { closeSync } from 'node:fs';
import { invalidArgument } from '@berth/errdefs';
import { callNative } from './addon';

/*
 * Network namespaces for container networking. setns(CLONE_NEWNET) moves only the calling thread,
 * so every function that works "inside" a namespace does so within ONE native call on the JS
 * thread: enter, act, and always return to the namespace it started in (even on failure), so no
 * other code on the event loop ever runs in the wrong namespace.
 */

/**
 * Creates a new network namespace (only `lo`, down) kept alive by a bind mount on `path` (created
 * as an empty 0444 file; its directory must exist). alreadyExists when `path` already holds a
 * namespace; a leftover plain file is reused.
 */
export function createNetns(path: string): void {
  callNative((addon) => addon.createNetns(path));
}

/** Detaches the namespace's bind mount and deletes the file; nothing to do when it is missing. */
export function removeNetns(path: string): void {
  callNative((addon) => addon.removeNetns(path));
}

/** NETLINK_ROUTE, the only netlink family berth speaks (others go through `openNetlinkSocket` too). */
export const NETLINK_ROUTE = 0;

/**
 * A bound netlink socket (close-on-exec, blocking with a receive timeout) created inside the
 * namespace at `netnsPath` (the current one when absent): a socket stays in the namespace it was
 * created in, so later requests on it act there without entering it again.
 */
export function openNetlinkSocket(protocol: number, netnsPath?: string): number {
  return callNative((addon) => addon.openNetlinkSocket(protocol, netnsPath ?? null));
}

/**
 * Sends one or more netlink messages (concatenated, each with its own sequence number) and reads
 * until every one got its ACK/ERROR (or DONE, for dumps). Returns the reply messages (nlmsghdr
 * included; ACKs and DONEs left out). An NLMSG_ERROR with errno != 0 throws the errdefs kind of that
 * errno, after the remaining replies were drained, with the request type and the kernel's extended
 * ack text in its message.
 */
export function netlinkTransact(fd: number, request: Buffer): Buffer[] {
  return callNative((addon) => addon.netlinkTransact(fd, request));
}

/** close(2): for the fds this module hands out (netlink sockets, sockets made in a namespace). */
export function closeFd(fd: number): void {
  closeSync(fd);
}

export type NetnsSocketKind = 'udp4' | 'tcp4' | 'udp6' | 'tcp6';

export interface NetnsSocketOptions {
  /** TCP only: listen(512) on the socket (default true). */
  listen?: boolean;
  /** SO_REUSEADDR (default true for TCP, like Node's servers; false for UDP). */
  reuseAddr?: boolean;
}

/**
 * A socket bound to `address:port` inside the namespace at `netnsPath` (the current one when
 * undefined), non-blocking and close-on-exec: the embedded DNS server's listeners on 127.0.0.11 in a
 * container's namespace. UDP fds go to `UdpFdSocket`, TCP ones to `net.Server#listen({ fd })`.
 * EADDRINUSE → conflict; an IPv6 socket is v6-only.
 */
export function socketInNetns(
  netnsPath: string | undefined,
  kind: NetnsSocketKind,
  address: string,
  port: number,
  opts: NetnsSocketOptions = {},
): number {
  const family = kind.endsWith('6') ? 6 : 4;
  const stream = kind.startsWith('tcp');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalidArgument(`invalid port: ${port}`);
  return callNative((addon) =>
    addon.socketInNetns(netnsPath ?? null, family, stream, address, port, stream && (opts.listen ?? true), opts.reuseAddr ?? stream),
  );
}

/**
 * Writes a sysctl (`net.ipv4.conf.all.route_localnet`, or with '/' separators when a part holds a
 * dot, like an interface `eth0.100`) as seen from the namespace at `netnsPath`: /proc/sys/net
 * shows the namespace of the thread that opens it.
 */
export function writeSysctlInNetns(netnsPath: string | undefined, key: string, value: string): void {
  const relative = key.includes('/') ? key.replace(/^\/+/, '') : key.replace(/\./g, '/');
  if (relative.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw invalidArgument(`invalid sysctl key: ${key}`);
  }
  callNative((addon) => addon.writeSysctlInNetns(netnsPath ?? null, `/proc/sys/${relative}`, value));
}
