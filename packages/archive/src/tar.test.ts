import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { isInvalidArgument } from '@berth/errdefs';
import { compressStream, decompressStream, detectCompression, readTar, TarWriter, type TarEntryHeader } from '@berth/archive';
import { buildTar, collect, rawHeader } from './test-helpers';

interface ReadEntry {
  header: TarEntryHeader;
  content: Buffer;
}

async function readAll(tar: Buffer | NodeJS.ReadableStream): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  for await (const { header, body } of readTar(Buffer.isBuffer(tar) ? Readable.from([tar]) : tar)) {
    entries.push({ header, content: await collect(body) });
  }
  return entries;
}

const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);

describe('TarWriter and readTar', () => {
  it('round-trips every entry type with its metadata', async () => {
    const mtime = new Date('2024-05-06T07:08:09Z');
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'dir', type: 'directory', mode: 0o1777, uid: 1, gid: 2, mtime });
      await w.add({ name: 'dir/file', type: 'file', mode: 0o4755, uid: 1000, gid: 1001, mtime }, Buffer.from('hello'));
      await w.add({ name: 'dir/empty', type: 'file' }, Buffer.alloc(0));
      await w.add({ name: 'dir/link', type: 'symlink', linkname: '../target' });
      await w.add({ name: 'dir/hard', type: 'link', linkname: 'dir/file' });
      await w.add({ name: 'dev/null', type: 'character-device', devmajor: 1, devminor: 3, mode: 0o666 });
      await w.add({ name: 'dev/loop0', type: 'block-device', devmajor: 7, devminor: 0 });
      await w.add({ name: 'pipe', type: 'fifo' });
      await w.add({ name: 'streamed', type: 'file', size: 3 }, Readable.from([Buffer.from('ab'), Buffer.from('c')]));
    });
    const entries = await readAll(tar);
    expect(entries.map((e) => [e.header.name, e.header.type])).toEqual([
      ['dir/', 'directory'],
      ['dir/file', 'file'],
      ['dir/empty', 'file'],
      ['dir/link', 'symlink'],
      ['dir/hard', 'link'],
      ['dev/null', 'character-device'],
      ['dev/loop0', 'block-device'],
      ['pipe', 'fifo'],
      ['streamed', 'file'],
    ]);
    expect(entries[0].header).toMatchObject({ mode: 0o1777, uid: 1, gid: 2, mtime });
    expect(entries[1].header).toMatchObject({ mode: 0o4755, uid: 1000, gid: 1001, size: 5, mtime });
    expect(entries[1].content.toString()).toBe('hello');
    expect(entries[3].header.linkname).toBe('../target');
    expect(entries[4].header.linkname).toBe('dir/file');
    expect(entries[5].header).toMatchObject({ devmajor: 1, devminor: 3, mode: 0o666 });
    expect(entries[8].content.toString()).toBe('abc');
  });

  it('uses PAX for long names and links, big ids and xattrs', async () => {
    const longName = `${'d'.repeat(120)}/${'f'.repeat(150)}`; // too long for ustar even with prefix
    const splittable = `${'p'.repeat(90)}/${'n'.repeat(90)}`;
    const longLink = `/${'l'.repeat(300)}`;
    const unicode = 'répertoire/文件.txt';
    const xattrs = { 'user.mime': Buffer.from('text/plain'), 'security.capability': Buffer.from([1, 0, 0, 2, 0xff]) };
    const tar = await buildTar(async (w) => {
      await w.add({ name: longName, type: 'file', uid: 10_000_000, gid: 20_000_000, xattrs }, Buffer.from('x'));
      await w.add({ name: splittable, type: 'symlink', linkname: longLink });
      await w.add({ name: unicode, type: 'file' }, Buffer.from('u'));
    });
    const [first, second, third] = await readAll(tar);
    expect(first.header).toMatchObject({ name: longName, uid: 10_000_000, gid: 20_000_000 });
    expect(first.header.xattrs).toEqual(xattrs);
    expect(second.header).toMatchObject({ name: splittable, linkname: longLink });
    expect(third.header.name).toBe(unicode);
    // GNU tar agrees on what we wrote.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-archive-gnu-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.tar'), tar);
      const listing = execFileSync('tar', ['-tf', path.join(dir, 'a.tar')], { encoding: 'utf8' }).split('\n');
      expect(listing).toEqual(expect.arrayContaining([longName, splittable, unicode]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads what GNU tar writes, long names included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-archive-gnu-'));
    try {
      const deep = path.join(dir, 'src', 'a'.repeat(80), 'b'.repeat(80));
      fs.mkdirSync(deep, { recursive: true });
      fs.writeFileSync(path.join(deep, 'c'.repeat(120)), 'deep');
      fs.symlinkSync('x'.repeat(150), path.join(dir, 'src', 'longlink'));
      for (const format of ['gnu', 'posix']) {
        const tar = execFileSync('tar', ['-C', path.join(dir, 'src'), `--format=${format}`, '-cf', '-', '.']);
        const entries = await readAll(tar);
        const file = entries.find((e) => e.header.name.endsWith('c'.repeat(120)));
        expect(file?.header.name).toBe(`./${'a'.repeat(80)}/${'b'.repeat(80)}/${'c'.repeat(120)}`);
        expect(file?.content.toString()).toBe('deep');
        expect(entries.find((e) => e.header.name === './longlink')?.header.linkname).toBe('x'.repeat(150));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads GNU long name and long link records', async () => {
    const name = 'n'.repeat(200);
    const link = 'k'.repeat(180);
    const tar = Buffer.concat([
      rawHeader('././@LongLink', 'L', name.length + 1),
      padded(Buffer.from(name + '\0')),
      rawHeader('././@LongLink', 'K', link.length),
      padded(Buffer.from(link)),
      rawHeader(name.slice(0, 100), '2', 0, link.slice(0, 100)),
      Buffer.alloc(1024),
    ]);
    const [entry] = await readAll(tar);
    expect(entry.header).toMatchObject({ name, type: 'symlink', linkname: link });
  });

  it('skips bodies the consumer does not read, even half-read ones', async () => {
    const big = Buffer.alloc(300_000, 7);
    const tar = await buildTar(async (w) => {
      await w.add({ name: 'big', type: 'file' }, big);
      await w.add({ name: 'half', type: 'file' }, big);
      await w.add({ name: 'small', type: 'file' }, Buffer.from('tail'));
    });
    const names: string[] = [];
    let small = '';
    for await (const { header, body } of readTar(Readable.from([tar]))) {
      names.push(header.name);
      if (header.name === 'half') {
        for await (const chunk of body) {
          expect((chunk as Buffer)[0]).toBe(7);
          break;
        }
      }
      if (header.name === 'small') small = (await collect(body)).toString();
    }
    expect(names).toEqual(['big', 'half', 'small']);
    expect(small).toBe('tail');
  });

  it('rejects corrupt and truncated archives with invalidArgument', async () => {
    const good = await buildTar(async (w) => w.add({ name: 'f', type: 'file' }, Buffer.alloc(2000, 1)));
    const corrupt = Buffer.from(good);
    corrupt[0] ^= 0xff;
    await expect(readAll(corrupt)).rejects.toThrow(/checksum/);
    const truncated = good.subarray(0, 1024);
    const err = await readAll(truncated).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(String(err)).toMatch(/unexpected end of tar stream/);
    await expect(readAll(Buffer.concat([rawHeader('s', 'S', 0), Buffer.alloc(1024)]))).rejects.toThrow(/unsupported tar entry type 'S'/);
  });

  it('refuses bodies that do not match the declared size', async () => {
    const w = new TarWriter(new PassThrough());
    await expect(w.add({ name: 'a', type: 'file', size: 4 }, Readable.from([Buffer.from('ab')]))).rejects.toThrow(/2 bytes, header says 4/);
    await expect(w.add({ name: 'b', type: 'file', size: 1 }, Readable.from([Buffer.from('abc')]))).rejects.toThrow(/longer than 1/);
    await expect(w.add({ name: 'c', type: 'file' }, Readable.from([]))).rejects.toThrow(/needs header.size/);
    await expect(w.add({ name: 'd', type: 'symlink' })).rejects.toThrow(/needs a linkname/);
  });
});

describe('compression', () => {
  it('detects gzip, zstd and plain tar by magic', () => {
    expect(detectCompression(gzipSync('x'))).toBe('gzip');
    expect(detectCompression(execFileSync('zstd', ['-c'], { input: 'x' }))).toBe('zstd');
    expect(detectCompression(Buffer.from('plain tar header'))).toBe('none');
    expect(detectCompression(Buffer.alloc(0))).toBe('none');
  });

  it('gunzips gzip streams and passes plain ones through, byte for byte', async () => {
    const data = Buffer.from('layer bytes '.repeat(10_000));
    const gz = gzipSync(data);
    // Split the gzip header across chunks: sniffing must not lose or reorder bytes.
    expect(await collect(await decompressStream(Readable.from([gz.subarray(0, 1), gz.subarray(1, 3), gz.subarray(3)])))).toEqual(data);
    expect(await collect(await decompressStream(Readable.from([data.subarray(0, 2), data.subarray(2)])))).toEqual(data);
    expect(await collect(await decompressStream(Readable.from([])))).toEqual(Buffer.alloc(0));
  });

  it('decompresses what the zstd tool writes, multi-frame streams included', async () => {
    const data = Buffer.from('zstd layer bytes '.repeat(20_000));
    const one = execFileSync('zstd', ['-c', '-q'], { input: data.subarray(0, 100_000) });
    const two = execFileSync('zstd', ['-c', '-q'], { input: data.subarray(100_000) });
    const frames = Buffer.concat([one, two]);
    expect((await collect(await decompressStream(Readable.from([frames.subarray(0, 2), frames.subarray(2)])))).equals(data)).toBe(true);
  });

  it.each(['gzip', 'zstd', 'none'] as const)('round-trips compressStream(%s) through decompressStream', async (kind) => {
    const data = Buffer.concat([Buffer.from('header'), Buffer.alloc(3 << 20, 7), Buffer.from('trailer')]);
    const compressed = await collect(Readable.from([data.subarray(0, 1000), data.subarray(1000)]).pipe(compressStream(kind, { level: 1 })));
    expect(detectCompression(compressed)).toBe(kind);
    if (kind !== 'none') expect(compressed.length).toBeLessThan(data.length / 10);
    // Buffer.equals: jest's toEqual walks big buffers byte by byte, for seconds.
    expect((await collect(await decompressStream(Readable.from([compressed])))).equals(data)).toBe(true);
    if (kind === 'zstd') expect(execFileSync('zstd', ['-d', '-c', '-q'], { input: compressed, maxBuffer: 16 << 20 }).equals(data)).toBe(true);
  });

  it('fails corrupt zstd data with invalidArgument', async () => {
    const zst = execFileSync('zstd', ['-c', '-q'], { input: Buffer.alloc(100_000, 1) });
    const corrupt = Buffer.concat([zst.subarray(0, 8), Buffer.alloc(64, 0xee)]);
    const err = await collect(await decompressStream(Readable.from([corrupt]))).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(String(err)).toMatch(/corrupt zstd data/);
  });

  it('refuses an unknown compression kind', () => {
    expect(() => compressStream('lz4' as 'none')).toThrow(/unknown compression "lz4"/);
  });
});
