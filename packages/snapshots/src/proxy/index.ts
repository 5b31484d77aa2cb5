/** A Snapshotter across a process boundary: the gRPC server adapter and the client implementing the interface. */
export { serveSnapshotter } from './server';
export { createProxySnapshotter, type ProxySnapshotter } from './client';
