import { closeSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { failedPrecondition } from '@berth/errdefs';
import { callNative, type UdpPollHandle } from './addon';

export interface UdpRemoteInfo {
  address: string;
  port: number;
  family: 'IPv4' | 'IPv6';
}

/**
 * A UDP socket from a file descriptor (one `socketInNetns` made inside a container's namespace),
 * driven by the event loop: node:dgram cannot adopt an fd. A libuv poll handle reports readability;
 * the socket is drained with non-blocking recvfrom until EAGAIN. Emits 'message' (msg, rinfo) like a
 * dgram socket, 'error' for a failed send, 'close' once. Owns the fd: `close()` closes it.
 */
export class UdpFdSocket extends EventEmitter {
  private handle: UdpPollHandle | undefined;
  private open = true;

  constructor(readonly fd: number) {
    super();
    this.handle = callNative((addon) => addon.udpPollStart(fd, () => this.drain()));
  }

  /**
   * At most 64 datagrams per wake-up, so a flood cannot starve the rest of the loop; the poll is
   * level-triggered and fires again for what is left.
   */
  private drain(): void {
    for (let n = 0; n < 64 && this.open; n++) {
      let got: ReturnType<typeof this.recv>;
      try {
        got = this.recv();
      } catch (err) {
        this.emit('error', err);
        return;
      }
      if (got === null) return;
      this.emit('message', got.data, { address: got.address, port: got.port, family: got.family === 6 ? 'IPv6' : 'IPv4' });
    }
  }

  private recv(): { data: Buffer; address: string; port: number; family: 4 | 6 } | null {
    return callNative((addon) => addon.udpRecv(this.fd));
  }

  /**
   * Sends one datagram. A full send buffer drops it (UDP may lose datagrams anyway, and a DNS client
   * retries); any other failure is emitted as 'error'.
   */
  send(msg: Buffer, port: number, address: string): void {
    if (!this.open) throw failedPrecondition('udp socket is closed');
    try {
      callNative((addon) => addon.udpSend(this.fd, msg, port, address));
    } catch (err) {
      process.nextTick(() => this.emit('error', err));
    }
  }

  /** Lets the process exit while this socket is open (like dgram's `unref`). */
  unref(): this {
    if (this.handle) callNative((addon) => addon.udpPollRef(this.handle as UdpPollHandle, false));
    return this;
  }

  ref(): this {
    if (this.handle) callNative((addon) => addon.udpPollRef(this.handle as UdpPollHandle, true));
    return this;
  }

  /** Stops polling and closes the fd; later calls do nothing. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    const handle = this.handle;
    this.handle = undefined;
    if (handle) callNative((addon) => addon.udpPollStop(handle));
    closeSync(this.fd);
    process.nextTick(() => this.emit('close'));
  }
}
