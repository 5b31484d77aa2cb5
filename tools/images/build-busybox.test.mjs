// Checks the busybox image archive with real tools (tar, sha256) rather than with our own reader.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertStaticElf, buildBusyboxArchive, dockerArchitecture, sha256 } from './build-busybox.mjs';
import { tarArchive, tarHeader } from './tar.mjs';

const tar = (...args) => execFileSync('tar', args, { encoding: 'utf8', maxBuffer: 64 << 20 });

describe('busybox image archive', () => {
  let dir;
  let built;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-busybox-test-'));
    built = buildBusyboxArchive();
    writeFileSync(join(dir, 'busybox.tar'), built.archive);
    tar('-xf', join(dir, 'busybox.tar'), '-C', dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('is byte-for-byte reproducible, and the date is part of the bytes', () => {
    assert.ok(buildBusyboxArchive().archive.equals(built.archive));
    assert.ok(!buildBusyboxArchive({ epochSeconds: 1 }).archive.equals(built.archive));
  });

  test('has the docker save (Docker 25+) and OCI layout entries, and nothing else', () => {
    const names = tar('-tf', join(dir, 'busybox.tar')).trim().split('\n');
    const blobs = [built.configDigest, built.layerDigest, built.manifestDigest].sort().map((d) => `blobs/sha256/${d}`);
    assert.deepEqual(names, ['blobs/', 'blobs/sha256/', ...blobs, 'index.json', 'manifest.json', 'oci-layout', 'repositories']);
  });

  test('every blob is named by its sha256', () => {
    for (const digest of [built.configDigest, built.layerDigest, built.manifestDigest]) {
      const out = execFileSync('sha256sum', [join(dir, 'blobs/sha256', digest)], { encoding: 'utf8' });
      assert.equal(out.split(' ')[0], digest);
    }
  });

  test('manifest.json, index.json and the config agree with each other', () => {
    const [entry] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    assert.deepEqual(entry, { Config: `blobs/sha256/${built.configDigest}`, RepoTags: ['busybox:latest'], Layers: [`blobs/sha256/${built.layerDigest}`] });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    assert.equal(index.manifests[0].digest, `sha256:${built.manifestDigest}`);
    assert.equal(index.manifests[0].annotations['io.containerd.image.name'], 'docker.io/library/busybox:latest');
    const manifest = JSON.parse(readFileSync(join(dir, 'blobs/sha256', built.manifestDigest), 'utf8'));
    assert.equal(manifest.config.digest, `sha256:${built.configDigest}`);
    assert.equal(manifest.layers[0].size, statSync(join(dir, 'blobs/sha256', built.layerDigest)).size);
    const config = JSON.parse(readFileSync(join(dir, 'blobs/sha256', built.configDigest), 'utf8'));
    assert.deepEqual(config.rootfs, { type: 'layers', diff_ids: [`sha256:${built.layerDigest}`] });
    assert.deepEqual(config.config.Cmd, ['sh']);
    assert.equal(config.architecture, dockerArchitecture());
    assert.equal(config.os, 'linux');
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8')), { imageLayoutVersion: '1.0.0' });
  });

  test('the layer is a working rootfs with a link for every applet', () => {
    const layer = join(dir, 'blobs/sha256', built.layerDigest);
    const listing = tar('-tvf', layer);
    assert.match(listing, /^drwxrwxrwt 0\/0 .* tmp\/$/m);
    assert.match(listing, /^-rwxr-xr-x 0\/0 .* bin\/busybox$/m);
    const rootfs = join(dir, 'rootfs');
    execFileSync('mkdir', [rootfs]);
    tar('-xf', layer, '-C', rootfs);
    for (const applet of ['sh', 'echo', 'true', 'false', 'sleep', 'cat', 'ls', 'ps', 'id', 'hostname', 'env', 'httpd', 'nc', 'wget', 'nslookup', 'ping', 'ip']) {
      assert.equal(readlinkSync(join(rootfs, 'bin', applet)), 'busybox', applet);
    }
    assert.equal(built.applets.length, execFileSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).trim().split('\n').filter((a) => a !== 'busybox').length);
    assert.match(readFileSync(join(rootfs, 'etc/passwd'), 'utf8'), /^root:x:0:0:root:\/root:\/bin\/sh$/m);
    assert.match(readFileSync(join(rootfs, 'etc/passwd'), 'utf8'), /^nobody:x:65534:65534:/m);
    for (const empty of ['dev', 'proc', 'sys', 'home', 'var', 'usr/bin', 'root']) assert.ok(statSync(join(rootfs, empty)).isDirectory(), empty);
    assert.equal(execFileSync(join(rootfs, 'bin/sh'), ['-c', 'echo hello from the layer'], { encoding: 'utf8' }), 'hello from the layer\n');
  });
});

describe('bad input', () => {
  test('a dynamically linked busybox is refused with advice', () => {
    assert.throws(() => assertStaticElf(readFileSync('/bin/ls'), '/bin/ls'), /dynamically linked.*busybox-static/);
  });
  test('a missing busybox is refused with advice', () => {
    assert.throws(() => buildBusyboxArchive({ busyboxPath: '/nonexistent/busybox' }), /not found.*busybox-static/);
  });
  test('a non-ELF file is refused', () => {
    assert.throws(() => assertStaticElf(Buffer.from('#!/bin/sh\necho hi\n'.padEnd(80)), 'script'), /not an ELF/);
  });
  test('an unknown architecture is refused', () => {
    assert.throws(() => dockerArchitecture('mips'), /no Docker architecture/);
  });
});

describe('tar writer', () => {
  const mtime = new Date(0);
  test('long paths use the ustar prefix field and GNU tar reads them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-tar-test-'));
    try {
      const long = `${'a'.repeat(90)}/${'b'.repeat(90)}/file.txt`;
      writeFileSync(join(dir, 't.tar'), tarArchive([{ name: long, type: 'file', mtime, body: Buffer.from('x') }]));
      assert.equal(tar('-tf', join(dir, 't.tar')).trim(), long);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a path that cannot be represented is an error, not a truncated name', () => {
    assert.throws(() => tarHeader({ name: 'x'.repeat(120), type: 'file', mtime }), /too long/);
  });
  test('the header checksum is the byte sum with the checksum field as spaces', () => {
    const header = tarHeader({ name: 'a', type: 'file', mtime, body: Buffer.from('hi') });
    const copy = Buffer.from(header);
    copy.fill(0x20, 148, 156);
    assert.equal(parseInt(header.subarray(148, 154).toString(), 8), copy.reduce((s, b) => s + b, 0));
    assert.equal(sha256(tarArchive([])), sha256(Buffer.alloc(1024)));
  });
});
