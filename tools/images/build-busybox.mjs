#!/usr/bin/env node
// Builds `busybox:latest` from Debian's busybox-static as a `docker save` archive (Docker 25+
// layout, which is also an OCI image layout), so tests and users have a real image with no
// registry. The output is byte-for-byte reproducible: same busybox binary, same archive.
//
//   node tools/images/build-busybox.mjs [--busybox /bin/busybox] [--out tools/images/out/busybox.tar]

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tarArchive } from './tar.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = join(here, 'out', 'busybox.tar');
// Fixed unless SOURCE_DATE_EPOCH says otherwise, so rebuilding never changes an image ID.
const DEFAULT_EPOCH = Date.UTC(2024, 0, 1) / 1000;
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar',
};

const GOARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/** Docker's architecture name for this machine (images run on the host they are built on). */
export function dockerArchitecture(nodeArch = process.arch) {
  const arch = GOARCH[nodeArch];
  if (!arch) throw new Error(`no Docker architecture name for Node's process.arch "${nodeArch}"`);
  return arch;
}

export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Throws unless `binary` is a statically linked ELF (a dynamic one would not run in the image). */
export function assertStaticElf(binary, path) {
  if (binary.length < 64 || binary.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${path} is not an ELF executable`);
  if (binary[4] !== 2 || binary[5] !== 1) throw new Error(`${path}: only 64-bit little-endian ELF is supported`);
  const phoff = Number(binary.readBigUInt64LE(0x20));
  const phentsize = binary.readUInt16LE(0x36);
  const phnum = binary.readUInt16LE(0x38);
  const PT_INTERP = 3;
  for (let i = 0; i < phnum; i++) {
    if (binary.readUInt32LE(phoff + i * phentsize) === PT_INTERP) {
      throw new Error(`${path} is dynamically linked; install Debian's busybox-static (apt-get install busybox-static)`);
    }
  }
}

/** The applet names `busybox --list` reports, sorted, without `busybox` itself. */
export function listApplets(busyboxPath) {
  const names = execFileSync(busyboxPath, ['--list'], { encoding: 'utf8' }).split('\n').map((s) => s.trim());
  return [...new Set(names.filter((n) => n && n !== 'busybox' && /^[A-Za-z0-9._[-]+$/.test(n)))].sort();
}

function busyboxVersion(busyboxPath) {
  const banner = execFileSync(busyboxPath, ['--help'], { encoding: 'utf8' }).split('\n')[0];
  return banner.trim();
}

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n';
const GROUP = 'root:x:0:\ndaemon:x:1:\nnobody:x:65534:\n';

/** The root filesystem entries of the single layer, sorted by path (parents before children). */
export function busyboxRootfs(binary, applets, mtime) {
  const dir = (name, mode = 0o755) => ({ name, type: 'directory', mode, mtime });
  const file = (name, body, mode = 0o644) => ({ name, type: 'file', mode, mtime, body });
  const entries = [
    dir('bin'), dir('dev'), dir('etc'), dir('home'), dir('proc', 0o555), dir('root', 0o700), dir('sys', 0o555),
    dir('tmp', 0o1777), dir('usr'), dir('usr/bin'), dir('var'),
    file('bin/busybox', binary, 0o755),
    file('etc/group', Buffer.from(GROUP)),
    file('etc/passwd', Buffer.from(PASSWD)),
    ...applets.map((name) => ({ name: `bin/${name}`, type: 'symlink', mode: 0o777, mtime, linkname: 'busybox' })),
  ];
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Builds the archive in memory.
 * @param {{ busyboxPath?: string, epochSeconds?: number, arch?: string }} options
 * @returns {{ archive: Buffer, manifestDigest: string, configDigest: string, layerDigest: string, applets: string[] }}
 */
export function buildBusyboxArchive(options = {}) {
  const busyboxPath = options.busyboxPath ?? '/bin/busybox';
  if (!existsSync(busyboxPath)) throw new Error(`${busyboxPath} not found; install Debian's busybox-static (apt-get install busybox-static)`);
  const binary = readFileSync(busyboxPath);
  assertStaticElf(binary, busyboxPath);
  const epoch = options.epochSeconds ?? DEFAULT_EPOCH;
  const mtime = new Date(epoch * 1000);
  const created = mtime.toISOString().replace(/\.000Z$/, 'Z');
  const architecture = options.arch ?? dockerArchitecture();
  const applets = listApplets(busyboxPath);

  const layer = tarArchive(busyboxRootfs(binary, applets, mtime));
  const layerDigest = sha256(layer);
  const config = Buffer.from(JSON.stringify({
    architecture,
    config: { Env: [PATH_ENV], Cmd: ['sh'] },
    created,
    history: [{ created, created_by: `berth tools/images/build-busybox.mjs: ${busyboxVersion(busyboxPath)}` }],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [`sha256:${layerDigest}`] },
  }));
  const configDigest = sha256(config);
  const manifest = Buffer.from(JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: `sha256:${configDigest}`, size: config.length },
    layers: [{ mediaType: MEDIA.layer, digest: `sha256:${layerDigest}`, size: layer.length }],
  }));
  const manifestDigest = sha256(manifest);
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: [{
      mediaType: MEDIA.manifest,
      digest: `sha256:${manifestDigest}`,
      size: manifest.length,
      annotations: { 'io.containerd.image.name': 'docker.io/library/busybox:latest', 'org.opencontainers.image.ref.name': 'latest' },
      platform: { architecture, os: 'linux' },
    }],
  });
  const dockerManifest = JSON.stringify([{
    Config: `blobs/sha256/${configDigest}`,
    RepoTags: ['busybox:latest'],
    Layers: [`blobs/sha256/${layerDigest}`],
  }]);
  const repositories = JSON.stringify({ busybox: { latest: layerDigest } });

  const blobs = [[configDigest, config], [layerDigest, layer], [manifestDigest, manifest]].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const outer = [
    { name: 'blobs', type: 'directory', mode: 0o755, mtime },
    { name: 'blobs/sha256', type: 'directory', mode: 0o755, mtime },
    ...blobs.map(([digest, body]) => ({ name: `blobs/sha256/${digest}`, type: 'file', mode: 0o644, mtime, body })),
    { name: 'index.json', type: 'file', mode: 0o644, mtime, body: Buffer.from(index) },
    { name: 'manifest.json', type: 'file', mode: 0o644, mtime, body: Buffer.from(dockerManifest) },
    { name: 'oci-layout', type: 'file', mode: 0o644, mtime, body: Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })) },
    { name: 'repositories', type: 'file', mode: 0o644, mtime, body: Buffer.from(repositories) },
  ];
  return { archive: tarArchive(outer), manifestDigest, configDigest, layerDigest, applets };
}

/** Writes `data` to `path` atomically, and not at all when the file already holds those bytes. */
export function writeIfChanged(path, data) {
  if (existsSync(path) && readFileSync(path).equals(data)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  return true;
}

function main() {
  const { values } = parseArgs({ options: { busybox: { type: 'string', default: '/bin/busybox' }, out: { type: 'string', default: DEFAULT_OUT } } });
  const epochEnv = process.env.SOURCE_DATE_EPOCH;
  const epochSeconds = epochEnv ? Number(epochEnv) : undefined;
  if (epochEnv && !Number.isInteger(epochSeconds)) throw new Error(`SOURCE_DATE_EPOCH must be an integer, got "${epochEnv}"`);
  const result = buildBusyboxArchive({ busyboxPath: values.busybox, epochSeconds });
  const changed = writeIfChanged(values.out, result.archive);
  const shown = relative(process.cwd(), values.out) || values.out;
  console.log(`busybox:latest → ${shown} (${result.applets.length} applets, ${(result.archive.length / 1e6).toFixed(1)} MB, ` +
    `config sha256:${result.configDigest.slice(0, 12)}, manifest sha256:${result.manifestDigest.slice(0, 12)})${changed ? '' : ', unchanged'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (err) {
    console.error(`build-busybox: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
