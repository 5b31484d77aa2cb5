import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isDataLoss, isInvalidArgument, isNotImplemented } from '@berth/errdefs';
import { createLogWriter, readLog, type LogEntry, type ReadLogOptions } from './logs';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'berth-logs-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function collect(path: string, driver: string, opts?: ReadLogOptions): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for await (const entry of readLog(path, driver, opts)) entries.push(entry);
  return entries;
}

const lines = (entries: LogEntry[]) => entries.map((e) => e.line.toString().trimEnd());

describe('log drivers', () => {
  it('json-file rotates at max-size keeping max-file files (Docker names), and reads them back in order', async () => {
    const path = join(dir, 'c-json.log');
    const log = createLogWriter(path, 'json-file', { 'max-size': '1k', 'max-file': '3' })!;
    for (let i = 0; i < 100; i++) log.write(i % 2 ? 'stderr' : 'stdout', Buffer.from(`line ${i}\n`));
    await log.close();
    expect(readdirSync(dir).sort()).toEqual(['c-json.log', 'c-json.log.1', 'c-json.log.2']);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(1024);
    const read = lines(await collect(path, 'json-file'));
    expect(read.length).toBeGreaterThan(10);
    expect(read.length).toBeLessThan(100);
    // The newest entries survive, contiguous and in order.
    const first = Number(read[0]!.split(' ')[1]);
    expect(read).toEqual(Array.from({ length: 100 - first }, (_, k) => `line ${first + k}`));
    expect(lines(await collect(path, 'json-file', { tail: 2 }))).toEqual(['line 98', 'line 99']);
  });

  it('local stores length-prefixed binary records, compresses rotated files, and reads back streams and times', async () => {
    const path = join(dir, 'container.log');
    const log = createLogWriter(path, 'local', { 'max-size': '200', 'max-file': '3' })!;
    const before = new Date();
    for (let i = 0; i < 30; i++) log.write(i % 3 ? 'stdout' : 'stderr', Buffer.from(`entry ${i}\n`));
    log.write('stdout', Buffer.from('partial'));
    await log.close();
    expect(readdirSync(dir).sort()).toEqual(['container.log', 'container.log.1.gz', 'container.log.2.gz']);
    expect(gunzipSync(readFileSync(join(dir, 'container.log.1.gz'))).readUInt32BE(0)).toBeGreaterThan(9);
    const entries = await collect(path, 'local');
    expect(lines(entries).at(-1)).toBe('partial');
    expect(entries.at(-2)).toMatchObject({ stream: 'stdout' });
    expect(entries.find((e) => e.line.toString() === 'entry 27\n')?.stream).toBe('stderr');
    for (const e of entries) expect(e.time.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);

    writeFileSync(path, Buffer.from([0, 0, 0, 3, 1, 2, 3]));
    expect(isDataLoss(await collect(path, 'local').catch((e: unknown) => e))).toBe(true);
  });

  it('filters by since/until and follows appended and rotated output until stopped', async () => {
    const path = join(dir, 'f-json.log');
    const log = createLogWriter(path, 'json-file', { 'max-size': '400', 'max-file': '2' })!;
    log.write('stdout', Buffer.from('old\n'));
    await new Promise((r) => setTimeout(r, 20));
    const since = new Date();
    const stop = new AbortController();
    const followed = collect(path, 'json-file', { follow: true, stop: stop.signal, since });
    await new Promise((r) => setTimeout(r, 150));
    // A follower keeps up with one rotation between its polls (as Docker's, it cannot see a file
    // rotated away entirely before it looked).
    for (let batch = 0; batch < 4; batch++) {
      for (let i = batch * 5; i < batch * 5 + 5; i++) log.write('stdout', Buffer.from(`new ${i}\n`));
      await new Promise((r) => setTimeout(r, 250));
    }
    await log.close();
    await new Promise((r) => setTimeout(r, 300));
    stop.abort();
    expect(existsSync(`${path}.1`)).toBe(true);
    const got = lines(await followed);
    expect(got).toEqual(Array.from({ length: 20 }, (_, k) => `new ${k}`));
    expect(lines(await collect(path, 'json-file', { until: since }))).toEqual([]);
  });

  it('none stores nothing and cannot be read; bad drivers and options are refused', async () => {
    expect(createLogWriter(join(dir, 'x.log'), 'none', {})).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    const err = await collect(join(dir, 'x.log'), 'none').catch((e: unknown) => e);
    expect(isNotImplemented(err)).toBe(true);
    expect((err as Error).message).toBe('configured logging driver does not support reading');
    expect(isInvalidArgument(catching(() => createLogWriter(join(dir, 'x.log'), 'syslog', {})))).toBe(true);
    expect(isInvalidArgument(catching(() => createLogWriter(join(dir, 'x.log'), 'json-file', { 'max-size': 'ten' })))).toBe(true);
    expect(isInvalidArgument(catching(() => createLogWriter(join(dir, 'x.log'), 'json-file', { 'max-file': '0' })))).toBe(true);
    expect(isInvalidArgument(catching(() => createLogWriter(join(dir, 'x.log'), 'local', { color: 'red' })))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});

function catching(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}
