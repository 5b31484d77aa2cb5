/**
 * berth's closed error vocabulary. Every package throws these kinds (never bare Errors for
 * conditions a caller may act on); the API and gRPC edges translate them to HTTP statuses and gRPC
 * codes in exactly one place each (`httpStatusOf`, `grpcCodeOf`, `fromGrpcCode`).
 *
 * Kinds are recognised with the `isX(err)` predicates, which check a `Symbol.for` brand rather than
 * `instanceof`, so they work across module realms (jest sandboxes, bundles, duplicated installs).
 */

export type ErrorKind =
  | 'InvalidArgument'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'FailedPrecondition'
  | 'Unavailable'
  | 'Unauthorized'
  | 'PermissionDenied'
  | 'NotImplemented'
  | 'Canceled'
  | 'DeadlineExceeded'
  | 'DataLoss'
  | 'Internal';

const KIND = Symbol.for('berth.errdefs.kind');

export class BerthError extends Error {
  readonly [KIND]: ErrorKind;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this[KIND] = kind;
    this.name = `${kind}Error`;
  }
}

function maker(kind: ErrorKind) {
  return (message: string, options?: { cause?: unknown }) => new BerthError(kind, message, options);
}

export const invalidArgument = maker('InvalidArgument');
export const notFound = maker('NotFound');
export const alreadyExists = maker('AlreadyExists');
export const conflict = maker('Conflict');
export const failedPrecondition = maker('FailedPrecondition');
export const unavailable = maker('Unavailable');
export const unauthorized = maker('Unauthorized');
export const permissionDenied = maker('PermissionDenied');
export const notImplemented = maker('NotImplemented');
export const canceled = maker('Canceled');
export const deadlineExceeded = maker('DeadlineExceeded');
export const dataLoss = maker('DataLoss');
export const internal = maker('Internal');

/** The kind of any thrown value; plain errors and non-errors are `Internal`. */
export function kindOf(err: unknown): ErrorKind {
  if (typeof err === 'object' && err !== null && KIND in err) {
    return (err as { [KIND]: ErrorKind })[KIND];
  }
  return 'Internal';
}

const is = (kind: ErrorKind) => (err: unknown) => kindOf(err) === kind;
export const isInvalidArgument = is('InvalidArgument');
export const isNotFound = is('NotFound');
export const isAlreadyExists = is('AlreadyExists');
export const isConflict = is('Conflict');
export const isFailedPrecondition = is('FailedPrecondition');
export const isUnavailable = is('Unavailable');
export const isUnauthorized = is('Unauthorized');
export const isPermissionDenied = is('PermissionDenied');
export const isNotImplemented = is('NotImplemented');
export const isCanceled = is('Canceled');
export const isDeadlineExceeded = is('DeadlineExceeded');
export const isDataLoss = is('DataLoss');
export const isInternal = is('Internal');

/** Re-raise `err` as the same kind with more context in front of its message. */
export function wrap(err: unknown, context: string): BerthError {
  const message = err instanceof Error ? err.message : String(err);
  return new BerthError(kindOf(err), `${context}: ${message}`, { cause: err });
}

/** The message of any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const HTTP_STATUS: Record<ErrorKind, number> = {
  InvalidArgument: 400,
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  FailedPrecondition: 409,
  Unavailable: 503,
  Unauthorized: 401,
  PermissionDenied: 403,
  NotImplemented: 501,
  Canceled: 499,
  DeadlineExceeded: 504,
  DataLoss: 500,
  Internal: 500,
};

/** Docker Engine API status for an error (Docker's codes: 400, 404, 409, 500 ...). */
export function httpStatusOf(err: unknown): number {
  return HTTP_STATUS[kindOf(err)];
}

/** The kind a Docker Engine API status stands for, for clients reading error responses. */
export function kindOfHttpStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
      return 'InvalidArgument';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'PermissionDenied';
    case 404:
      return 'NotFound';
    case 409:
      return 'Conflict';
    case 501:
      return 'NotImplemented';
    case 503:
      return 'Unavailable';
    case 504:
      return 'DeadlineExceeded';
    default:
      return 'Internal';
  }
}

/** gRPC status codes (numeric values of grpc.status), kept here so errdefs has no grpc dependency. */
export const GrpcCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

const GRPC_CODE: Record<ErrorKind, number> = {
  InvalidArgument: GrpcCode.INVALID_ARGUMENT,
  NotFound: GrpcCode.NOT_FOUND,
  AlreadyExists: GrpcCode.ALREADY_EXISTS,
  Conflict: GrpcCode.ABORTED,
  FailedPrecondition: GrpcCode.FAILED_PRECONDITION,
  Unavailable: GrpcCode.UNAVAILABLE,
  Unauthorized: GrpcCode.UNAUTHENTICATED,
  PermissionDenied: GrpcCode.PERMISSION_DENIED,
  NotImplemented: GrpcCode.UNIMPLEMENTED,
  Canceled: GrpcCode.CANCELLED,
  DeadlineExceeded: GrpcCode.DEADLINE_EXCEEDED,
  DataLoss: GrpcCode.DATA_LOSS,
  Internal: GrpcCode.INTERNAL,
};

export function grpcCodeOf(err: unknown): number {
  return GRPC_CODE[kindOf(err)];
}

/** Rebuild a typed error from a gRPC status received by a client adapter. */
export function fromGrpcCode(code: number, message: string): BerthError {
  const entry = (Object.entries(GRPC_CODE) as [ErrorKind, number][]).find(([, c]) => c === code);
  return new BerthError(entry ? entry[0] : 'Internal', message);
}
