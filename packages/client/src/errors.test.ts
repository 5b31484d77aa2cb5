import { daemonErrorFromBody } from './errors';

describe('daemon errors', () => {
  it('keeps the message of a JSON body, trimmed as docker\'s Go client trims it', () => {
    // dockerd's words for a predefined network end in a space; docker prints them without it.
    const err = daemonErrorFromBody(403, Buffer.from('{"message":"operation is not permitted on predefined host network "}\n'));
    expect(err.message).toBe('operation is not permitted on predefined host network');
    expect(err.statusCode).toBe(403);
    expect(daemonErrorFromBody(502, Buffer.from('bad gateway\n')).message).toBe('bad gateway');
    expect(daemonErrorFromBody(500, Buffer.from('')).message).toBe('request returned status 500 with an empty body');
  });
});
