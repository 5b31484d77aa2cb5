// Generated hostile layers: whatever a layer holds, applyLayer either succeeds or throws
// invalidArgument, and nothing outside the target is ever created, changed or removed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { isInvalidArgument } from '@berth/errdefs';
import { applyLayer, TarWriter, type TarEntryInput } from '@berth/archive';
import { buildTar, collect, rawHeader, treeListing } from './test-helpers';

const CASES = 300;

/** mulberry32: small, seeded, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

let work: string;
let sentinel: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-archive-hostile-'));
  sentinel = path.join(work, 'sentinel');
  fs.mkdirSync(path.join(sentinel, 'dir'), { recursive: true });
  fs.writeFileSync(path.join(sentinel, 'file'), 'precious');
  fs.writeFileSync(path.join(sentinel, 'dir/passwd'), 'root:x:0:0');
  fs.writeFileSync(path.join(work, 'next-to-targets'), 'precious');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Everything under `work` except the targets themselves. */
function outside(): Record<string, string> {
  const listing = treeListing(work);
  return Object.fromEntries(Object.entries(listing).filter(([name]) => !/^case-\d+(\/|$)/.test(name)));
}

function hostileName(r: Random): string {
  const parts = ['a', 'b', 'escape', 'sentinel', '.', '', 'dir', 'loop', 'file', 'x'];
  const depth = 1 + r.int(4);
  const name = Array.from({ length: depth }, () => (r.next() < 0.04 ? '..' : r.pick(parts))).join('/');
  return r.pick(['', '', '', '', '/', '/', './', '../']) + name;
}

function hostileLinkTarget(r: Random): string {
  return r.pick([
    '../sentinel',
    '../../sentinel/dir',
    sentinel,
    path.join(sentinel, 'file'),
    '/',
    '..',
    '../'.repeat(1 + r.int(8)),
    'loop',
    'a',
    'escape/dir',
    '/etc',
  ]);
}

/** One random entry: usually a plausible type with hostile names, sometimes a malformed header. */
async function addEntry(w: TarWriter, raw: Buffer[], r: Random): Promise<void> {
  const name = hostileName(r);
  const choice = r.int(20);
  const base: TarEntryInput = { name, type: 'file', mode: r.pick([0o644, 0o4755, 0o777, 0]), uid: r.int(3) * 1000, gid: 0 };
  switch (choice) {
    case 0:
    case 1:
      return w.add({ ...base, type: 'file' }, Buffer.from(`payload ${name}`));
    case 2:
      return w.add({ ...base, type: 'directory' });
    case 3:
    case 4:
      return w.add({ ...base, type: 'symlink', linkname: hostileLinkTarget(r) });
    case 5:
      return w.add({ ...base, type: 'link', linkname: r.pick([hostileName(r), path.join(sentinel, 'file'), '../sentinel/file', 'escape/file']) });
    case 6:
      return w.add({ ...base, name: `${path.posix.dirname(name)}/.wh.${r.pick(['a', 'escape', '..', '.', 'sentinel'])}`, type: 'file' }, Buffer.alloc(0));
    case 7:
      return w.add({ ...base, name: `${path.posix.dirname(name)}/.wh..wh..opq`, type: 'file' }, Buffer.alloc(0));
    case 8:
      return w.add({ ...base, type: r.pick(['fifo', 'character-device', 'block-device'] as const), devmajor: 1, devminor: 3 });
    case 9:
      return w.add({ ...base, type: 'file', xattrs: { 'trusted.overlay.opaque': Buffer.from('y'), 'user.x': Buffer.from('1') } }, Buffer.from('x'));
    case 10: {
      // A declared size far beyond what follows: the layer must fail, not hang or write garbage.
      await w.add({ ...base, type: 'file' }, Buffer.from('before'));
      raw.push(rawHeader(name.slice(0, 99), '0', 2 ** 33));
      return;
    }
    default:
      return w.add({ ...base, name: `${name}/${r.pick(['x', 'y'])}`, type: 'file' }, Buffer.from('nested'));
  }
}

async function hostileLayer(r: Random): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = collect(out);
  const w = new TarWriter(out);
  const raw: Buffer[] = [];
  const count = 1 + r.int(14);
  for (let i = 0; i < count && raw.length === 0; i++) await addEntry(w, raw, r);
  if (raw.length > 0) {
    // Raw header plus a little body, no end marker: a truncated bomb.
    out.end(Buffer.concat([...raw, Buffer.alloc(4096, 0x41)]));
    return bytes;
  }
  await w.finish();
  return bytes;
}

/** A target that may already hold escape hatches from an earlier layer. */
function prepareTarget(target: string, r: Random) {
  fs.mkdirSync(target);
  if (r.next() < 0.5) fs.symlinkSync(r.pick(['../sentinel', sentinel, '../../..', '/']), path.join(target, 'escape'));
  if (r.next() < 0.3) fs.symlinkSync('loop', path.join(target, 'loop'));
  if (r.next() < 0.3) fs.mkdirSync(path.join(target, 'a'));
  if (r.next() < 0.3) fs.writeFileSync(path.join(target, 'file'), 'lower');
}

describe('generated hostile layers', () => {
  it(`never write outside the target (${CASES} seeded cases)`, async () => {
    const before = outside();
    const outcomes = { applied: 0, refused: 0 };
    for (let i = 0; i < CASES; i++) {
      const r = prng(0xbe27 + i);
      const target = path.join(work, `case-${i}`);
      prepareTarget(target, r);
      const layer = await hostileLayer(r);
      const whiteouts = r.pick(['delete', 'overlay'] as const);
      try {
        await applyLayer(target, Readable.from([layer]), { whiteouts });
        outcomes.applied++;
      } catch (err) {
        if (!isInvalidArgument(err)) throw new Error(`case ${i}: ${String(err)}`, { cause: err });
        outcomes.refused++;
      }
      expect([i, outside()]).toEqual([i, before]);
      fs.rmSync(target, { recursive: true, force: true });
    }
    // Both outcomes occur: the generator is not trivially all-bad or all-good.
    expect(outcomes.applied).toBeGreaterThan(CASES / 10);
    expect(outcomes.refused).toBeGreaterThan(CASES / 10);
  });
});

describe('tar bombs', () => {

  it('refuses more file bytes than maxBytes before writing them', async () => {
    const target = fs.mkdtempSync(path.join(work, 'bomb-'));
    const layer = await buildTar(async (w) => {
      for (let i = 0; i < 4; i++) await w.add({ name: `f${i}`, type: 'file' }, Buffer.alloc(300_000));
    });
    const err = await applyLayer(target, Readable.from([layer]), { whiteouts: 'delete', maxBytes: 1_000_000 }).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(String(err)).toMatch(/more than 1000000 bytes of file content/);
    expect(String(err)).toMatch(/f3/);
    expect(fs.existsSync(path.join(target, 'f3'))).toBe(false);
  });

  it('refuses a declared size beyond the default limit from the header alone', async () => {
    const target = fs.mkdtempSync(path.join(work, 'bomb-'));
    // ustar's octal field stops at 8 GiB: a bigger size comes in a PAX record.
    const record = ` size=${2 ** 37}\n`;
    const pax = Buffer.from(`${record.length + 2}${record}`); // the length counts its own 2 digits
    const layer = Buffer.concat([rawHeader('PaxHeaders/huge', 'x', pax.length), pax, Buffer.alloc(512 - pax.length), rawHeader('huge', '0', 0), Buffer.alloc(512)]);
    const err = await applyLayer(target, Readable.from([layer]), { whiteouts: 'delete' }).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(String(err)).toMatch(/more than 68719476736 bytes/);
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses more entries than maxEntries', async () => {
    const target = fs.mkdtempSync(path.join(work, 'bomb-'));
    const layer = await buildTar(async (w) => {
      for (let i = 0; i < 5000; i++) await w.add({ name: `d${i}`, type: 'directory' });
    });
    const err = await applyLayer(target, Readable.from([layer]), { whiteouts: 'delete', maxEntries: 1000 }).catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
    expect(String(err)).toMatch(/more than 1000 entries/);
  });
});
