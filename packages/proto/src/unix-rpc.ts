import * as grpc from '@grpc/grpc-js';
import { fromGrpcCode, grpcCodeOf, messageOf } from '@berth/errdefs';

/**
 * The shape every generated service definition has: named unary methods, each knowing its path
 * and how to move its messages on and off the wire. (`never` parameters make any concrete
 * serializer fit, without resorting to `any`.)
 */
export interface ServiceShape {
  readonly [method: string]: {
    readonly path: string;
    requestSerialize(message: never): Buffer;
    requestDeserialize(bytes: Buffer): unknown;
    responseSerialize(message: never): Buffer;
    responseDeserialize(bytes: Buffer): unknown;
  };
}

/** What a caller passes for method M (a plain object). */
export type RequestOf<M> = M extends { requestSerialize(message: infer R): Buffer } ? R : never;
/** What a server handler of method M receives (the decoded message). */
export type DecodedRequestOf<M> = M extends { requestDeserialize(bytes: Buffer): infer R } ? R : never;
/** What a server handler of method M returns (a plain object). */
export type ResponseOf<M> = M extends { responseSerialize(message: infer R): Buffer } ? R : never;
/** What a caller of method M receives (the decoded message). */
export type DecodedResponseOf<M> = M extends { responseDeserialize(bytes: Buffer): infer R } ? R : never;

/**
 * A server-side implementation of service S: one async handler per method. A handler that
 * throws an `@berth/errdefs` error answers with the matching gRPC status; callers that dialed
 * with `dialUnix` get the same kind back, so `isNotFound(err)` works across the wire.
 */
export type ServiceImplementation<S extends ServiceShape> = {
  [K in keyof S]: (request: DecodedRequestOf<S[K]>) => Promise<ResponseOf<S[K]>> | ResponseOf<S[K]>;
};

export interface CallOptions {
  /** Fail with DeadlineExceeded when no answer arrives within this many milliseconds. */
  timeoutMs?: number;
}

/** A promise-based client of service S; `close()` releases its connection. */
export type ServiceClient<S extends ServiceShape> = {
  [K in keyof S]: (request: RequestOf<S[K]>, options?: CallOptions) => Promise<DecodedResponseOf<S[K]>>;
} & { close(): void };

/** A service definition paired with its implementation, for `serveUnix`. */
export type ServiceBinding<S extends ServiceShape> = readonly [definition: S, implementation: ServiceImplementation<S>];

export interface UnixServer {
  readonly socketPath: string;
  /**
   * Stops accepting calls, lets calls in flight finish for up to `graceMs` (default 1000), then
   * cancels the rest. The socket file is removed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Serves the given services on a unix socket; resolves once the socket accepts connections. */
export async function serveUnix<T extends readonly ServiceShape[]>(
  socketPath: string,
  bindings: { readonly [I in keyof T]: ServiceBinding<T[I]> },
): Promise<UnixServer> {
  const server = new grpc.Server();
  for (const [definition, implementation] of bindings as readonly ServiceBinding<ServiceShape>[]) {
    server.addService(definition as unknown as grpc.ServiceDefinition, adaptImplementation(definition, implementation));
  }
  await new Promise<number>((resolve, reject) =>
    server.bindAsync(`unix:${socketPath}`, grpc.ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(err) : resolve(port),
    ),
  );
  return {
    socketPath,
    close: (graceMs = 1000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), graceMs);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

function adaptImplementation(
  definition: ServiceShape,
  implementation: ServiceImplementation<ServiceShape>,
): grpc.UntypedServiceImplementation {
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const name of Object.keys(definition)) {
    const handle = implementation[name] as (request: unknown) => unknown;
    if (typeof handle !== 'function') throw new TypeError(`no handler for ${definition[name]!.path}`);
    handlers[name] = ((call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      Promise.resolve()
        .then(() => handle.call(implementation, call.request))
        .then(
          (response) => callback(null, response),
          (err: unknown) => callback({ code: grpcCodeOf(err), details: messageOf(err) }),
        );
    }) as grpc.handleUnaryCall<unknown, unknown>;
  }
  return handlers;
}

/**
 * A client of `definition` served on `socketPath`. Dialing is lazy: calls made while nothing
 * listens fail with an Unavailable error rather than waiting.
 */
export function dialUnix<S extends ServiceShape>(socketPath: string, definition: S): ServiceClient<S> {
  const channel = new grpc.Client(`unix:${socketPath}`, grpc.credentials.createInsecure());
  const client: Record<string, unknown> = {
    close: () => channel.close(),
  };
  for (const [name, method] of Object.entries(definition)) {
    client[name] = (request: unknown, options: CallOptions = {}) =>
      new Promise((resolve, reject) => {
        const callOptions: grpc.CallOptions =
          options.timeoutMs === undefined ? {} : { deadline: Date.now() + options.timeoutMs };
        channel.makeUnaryRequest(
          method.path,
          method.requestSerialize as (message: unknown) => Buffer,
          method.responseDeserialize,
          request,
          callOptions,
          (err: grpc.ServiceError | null, response?: unknown) =>
            err ? reject(fromGrpcCode(err.code, describeFailure(method.path, err))) : resolve(response),
        );
      });
  }
  return client as ServiceClient<S>;
}

/** A handler's own message stands alone; transport failures say which call and where. */
function describeFailure(path: string, err: grpc.ServiceError): string {
  const transport = err.code === grpc.status.UNAVAILABLE || err.code === grpc.status.DEADLINE_EXCEEDED || err.code === grpc.status.CANCELLED;
  return transport ? `${path}: ${err.details}` : err.details;
}
