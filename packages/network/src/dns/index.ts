/** Embedded DNS: the server a sandbox's resolv.conf points at (127.0.0.11), and the wire codec it uses. */
export * from './codec';
export * from './server';
