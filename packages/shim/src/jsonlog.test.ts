import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDataLoss, isNotFound } from '@berth/errdefs';
import { JsonLogWriter, readJsonLog, type LogEntry } from './jsonlog';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'berth-jsonlog-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for await (const entry of readJsonLog(path)) entries.push(entry);
  return entries;
}

describe('json-file log', () => {
  it('splits output into lines per stream and writes partial last lines at close', async () => {
    const path = join(dir, 'c.log');
    const log = new JsonLogWriter(path);
    log.write('stdout', Buffer.from('a\nb'));
    log.write('stderr', Buffer.from('oops'));
    log.write('stdout', Buffer.from('c\n\nd'));
    await log.close();

    const raw = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { log: string; stream: string; time: string });
    expect(raw.map(({ log, stream }) => [stream, log])).toEqual([
      ['stdout', 'a\n'],
      ['stdout', 'bc\n'],
      ['stdout', '\n'],
      ['stdout', 'd'],
      ['stderr', 'oops'],
    ]);
    const times = raw.map((r) => r.time);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    // Entries are stamped as they are written, so file order is time order.
    expect([...times].sort()).toEqual(times);

    const entries = await readAll(path);
    expect(entries.map((e) => [e.stream, e.line.toString()])).toEqual(raw.map(({ log, stream }) => [stream, log]));
    expect(Math.abs(entries[0].time.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('appends to an existing log (a restarted container keeps its history)', async () => {
    const path = join(dir, 'c.log');
    for (const text of ['first\n', 'second\n']) {
      const log = new JsonLogWriter(path);
      log.write('stdout', Buffer.from(text));
      await log.close();
    }
    expect((await readAll(path)).map((e) => e.line.toString())).toEqual(['first\n', 'second\n']);
  });

  it('reads logs written by Docker', async () => {
    const path = join(dir, 'docker.log');
    appendFileSync(path, '{"log":"hello\\n","stream":"stdout","time":"2026-11-23T20:00:00.123456789Z"}\n');
    const [entry] = await readAll(path);
    expect(entry).toEqual({ stream: 'stdout', time: new Date('2026-11-23T20:00:00.123Z'), line: Buffer.from('hello\n') });
  });

  it('reports a missing file as NotFound and a corrupt line as DataLoss', async () => {
    expect(isNotFound(await readAll(join(dir, 'absent.log')).catch((e: unknown) => e))).toBe(true);
    const path = join(dir, 'bad.log');
    appendFileSync(path, '{"log":"ok\\n","stream":"stdout","time":"2026-11-23T20:00:00Z"}\nnot json\n');
    const err = await readAll(path).catch((e: unknown) => e);
    expect(isDataLoss(err)).toBe(true);
    expect((err as Error).message).toContain('bad.log:2');
  });
});
