/** What a protobufjs static message class offers for the wire: encode a plain object, decode bytes. */
export interface MessageCodec<Plain, Decoded extends Plain> {
  encode(message: Plain): { finish(): Uint8Array };
  decode(data: Uint8Array): Decoded;
}

/**
 * One unary RPC: the fields of grpc-js's MethodDefinition, plus the message types it carries, so the helpers
 * in this package can type servers and clients. `Req`/`Res` are what a caller passes (plain
 * objects), `DecodedReq`/`DecodedRes` what comes off the wire (message instances).
 */
export interface UnaryMethod<Req, DecodedReq extends Req, Res, DecodedRes extends Res> {
  readonly path: string;
  readonly originalName: string;
  readonly requestStream: false;
  readonly responseStream: false;
  requestSerialize(message: Req): Buffer;
  requestDeserialize(bytes: Buffer): DecodedReq;
  responseSerialize(message: Res): Buffer;
  responseDeserialize(bytes: Buffer): DecodedRes;
}

/** Builds a unary method definition from its path and its two static message classes. */
export function unaryMethod<Req, DecodedReq extends Req, Res, DecodedRes extends Res>(
  path: string,
  request: MessageCodec<Req, DecodedReq>,
  response: MessageCodec<Res, DecodedRes>,
): UnaryMethod<Req, DecodedReq, Res, DecodedRes> {
  return {
    path,
    originalName: path.slice(path.lastIndexOf('/') + 1),
    requestStream: false,
    responseStream: false,
    requestSerialize: (message) => Buffer.from(request.encode(message).finish()),
    requestDeserialize: (bytes) => request.decode(bytes),
    responseSerialize: (message) => Buffer.from(response.encode(message).finish()),
    responseDeserialize: (bytes) => response.decode(bytes),
  };
}
