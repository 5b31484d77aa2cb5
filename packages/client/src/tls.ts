/**
 * TLS to a `tcp://` daemon, chosen as the docker CLI chooses it: `--tlsverify` or
 * `DOCKER_TLS_VERIFY` verifies the daemon against a CA and presents a client certificate; `--tls`
 * alone encrypts without checking the daemon. Files default to `ca.pem`, `cert.pem`, `key.pem` in
 * `DOCKER_CERT_PATH` (else `~/.docker`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { invalidArgument, messageOf } from '@berth/errdefs';

export interface TlsOptions {
  /** CA bundle the daemon's certificate must chain to (with `verify`). */
  ca?: Buffer;
  /** Client certificate and key, presented when the daemon asks for one. */
  cert?: Buffer;
  key?: Buffer;
  /** Check the daemon's certificate and name; `false` is `--tls` alone. */
  verify: boolean;
}

/** The CLI's global TLS flags, as given (undefined when not given). */
export interface TlsFlags {
  tls?: boolean;
  tlsverify?: boolean;
  tlscacert?: string;
  tlscert?: string;
  tlskey?: string;
}

/** The TLS a command line asks for, or undefined for plain HTTP. */
export function resolveTls(flags: TlsFlags, env: Record<string, string | undefined>): TlsOptions | undefined {
  const verify = flags.tlsverify ?? Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !flags.tls) return undefined;
  const dir = env.DOCKER_CERT_PATH || join(homedir(), '.docker');
  // A file named on the command line must exist; a default one may be missing (no client certificate).
  const read = (given: string | undefined, name: string): Buffer | undefined => {
    const file = given ?? join(dir, name);
    if (given === undefined && !existsSync(file)) return undefined;
    try {
      return readFileSync(file);
    } catch (err) {
      throw invalidArgument(`could not read ${name === 'ca.pem' ? 'CA certificate' : 'X509 key pair'} "${file}": ${messageOf(err)}`);
    }
  };
  const cert = read(flags.tlscert, 'cert.pem');
  const key = read(flags.tlskey, 'key.pem');
  if (Boolean(cert) !== Boolean(key)) throw invalidArgument('could not load X509 key pair: both a certificate and a key are needed');
  return { ca: verify ? read(flags.tlscacert, 'ca.pem') : undefined, cert, key, verify };
}
