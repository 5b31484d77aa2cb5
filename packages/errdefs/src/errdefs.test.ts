import {
  BerthError, conflict, fromGrpcCode, grpcCodeOf, httpStatusOf, invalidArgument, isConflict,
  isNotFound, kindOf, kindOfHttpStatus, notFound, wrap,
} from './index';

describe('errdefs', () => {
  it('recognises kinds by brand, not by class identity', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('berth.errdefs.kind')]: 'NotFound' });
    expect(isNotFound(foreign)).toBe(true);
    expect(isNotFound(new Error('No such container'))).toBe(false);
    expect(kindOf('a string')).toBe('Internal');
  });

  it('maps kinds to Docker HTTP statuses', () => {
    expect(httpStatusOf(invalidArgument('bad'))).toBe(400);
    expect(httpStatusOf(notFound('none'))).toBe(404);
    expect(httpStatusOf(conflict('busy'))).toBe(409);
    expect(httpStatusOf(new Error('boom'))).toBe(500);
    expect(kindOfHttpStatus(409)).toBe('Conflict');
  });

  it('round-trips through gRPC codes', () => {
    for (const make of [invalidArgument, notFound, conflict]) {
      const err = make('m');
      const back = fromGrpcCode(grpcCodeOf(err), err.message);
      expect(back.kind).toBe(err.kind);
      expect(back.message).toBe('m');
    }
    expect(fromGrpcCode(999, 'odd').kind).toBe('Internal');
  });

  it('wraps with context and keeps the kind', () => {
    const err = wrap(conflict('in use'), 'remove image');
    expect(err).toBeInstanceOf(BerthError);
    expect(isConflict(err)).toBe(true);
    expect(err.message).toBe('remove image: in use');
  });
});
