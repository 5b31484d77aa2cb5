export * from './stdcopy';
export * from './detach-keys';
export { unaryMethod } from './unary';
export type { MessageCodec, UnaryMethod } from './unary';
export { serveUnix, dialUnix } from './unix-rpc';
export type {
  ServiceShape,
  ServiceImplementation,
  ServiceClient,
  ServiceBinding,
  UnixServer,
  CallOptions,
  RequestOf,
  DecodedRequestOf,
  ResponseOf,
  DecodedResponseOf,
} from './unix-rpc';
export { timestampToDate, dateToTimestamp } from './timestamp';
export { berth as pb, google } from './generated/protos';
export * from './generated/services';
