import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTls } from './tls';

describe('client TLS, as the docker CLI picks it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-tls-'));
    for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, name), name);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off unless --tls, --tlsverify or DOCKER_TLS_VERIFY', () => {
    expect(resolveTls({}, { DOCKER_CERT_PATH: dir })).toBeUndefined();
    expect(resolveTls({ tlsverify: false }, { DOCKER_TLS_VERIFY: '1' })).toBeUndefined();
  });

  it('reads ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH with DOCKER_TLS_VERIFY', () => {
    expect(resolveTls({}, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir })).toEqual({
      verify: true, ca: Buffer.from('ca.pem'), cert: Buffer.from('cert.pem'), key: Buffer.from('key.pem'),
    });
  });

  it('--tls alone encrypts without checking the daemon; named files must exist, default ones may not', () => {
    expect(resolveTls({ tls: true }, { DOCKER_CERT_PATH: dir })).toMatchObject({ verify: false, ca: undefined });
    expect(resolveTls({ tlsverify: true }, { DOCKER_CERT_PATH: join(dir, 'none') })).toEqual({ verify: true, ca: undefined, cert: undefined, key: undefined });
    expect(() => resolveTls({ tlsverify: true, tlscacert: join(dir, 'missing.pem') }, {})).toThrow(/could not read CA certificate/);
    expect(() => resolveTls({ tlsverify: true, tlscert: join(dir, 'cert.pem') }, { DOCKER_CERT_PATH: join(dir, 'none') })).toThrow(/both a certificate and a key/);
  });
});
