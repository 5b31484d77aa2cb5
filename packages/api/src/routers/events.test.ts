import { mkdtemp, rm } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMessage } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { createApiServer, listen, type ApiBackends, type Listener } from '../index';
import { encodeEvent, parseEventTimestamp, type EventsBackend } from './events';

const SECOND = 1_000_000_000n;

function message(action: string, nano: bigint): EventMessage {
  return { Type: 'container', Action: action, Actor: { ID: 'c1', Attributes: { name: 'web' } }, scope: 'local', time: Number(nano / SECOND), timeNano: Number(nano) };
}

/** A backend that keeps what it was asked and lets the test publish live events. */
class FakeLog implements EventsBackend {
  listeners = new Set<(e: EventMessage) => void>();
  asked: Array<{ since?: bigint; until?: bigint; filters?: Record<string, string[]> }> = [];
  past: EventMessage[] = [];

  subscribe(listener: (e: EventMessage) => void, subscription: { since?: bigint; until?: bigint; filters?: Record<string, string[]> }) {
    if (subscription.filters?.bogus) throw invalidArgument("invalid filter 'bogus'");
    this.asked.push(subscription);
    this.listeners.add(listener);
    return { past: this.past, unsubscribe: () => this.listeners.delete(listener) };
  }

  publish(e: EventMessage): void {
    for (const l of this.listeners) l(e);
  }
}

function get(socketPath: string, path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method: 'GET', path }, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function body(res: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of res) text += String(chunk);
  return text;
}

describe('GET /events', () => {
  let dir: string;
  let sock: string;
  let listener: Listener;
  const log = new FakeLog();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-events-'));
    sock = join(dir, 'api.sock');
    listener = await listen(createApiServer({ system: {}, images: {}, containers: {}, events: log } as unknown as ApiBackends), `unix://${sock}`);
  });
  afterAll(async () => {
    await listener.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    log.asked = [];
    log.past = [];
  });

  it('replays the past and ends when `until` has passed', async () => {
    log.past = [message('create', 10n * SECOND), message('start', 11n * SECOND + 256n)];
    const res = await get(sock, `/v1.51/events?since=10&until=12.5&filters=${encodeURIComponent('{"type":{"container":true}}')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    const lines = (await body(res)).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as EventMessage).Action)).toEqual(['create', 'start']);
    expect(lines[1]).toContain('"timeNano":11000000256}');
    expect(log.asked).toEqual([{ since: 10n * SECOND, until: 12n * SECOND + 500_000_000n, filters: { type: ['container'] } }]);
    expect(log.listeners.size).toBe(0);
  });

  it('sends the status line at once, then streams live events until the client leaves', async () => {
    const res = await get(sock, '/events');
    expect(res.statusCode).toBe(200);
    const got: string[] = [];
    res.on('data', (chunk) => got.push(String(chunk)));
    log.publish(message('die', 20n * SECOND));
    await new Promise((r) => setTimeout(r, 50));
    expect(got.join('')).toContain('"Action":"die"');
    expect(log.asked[0]).toEqual({ since: undefined, until: undefined, filters: {} });
    res.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(log.listeners.size).toBe(0);
  });

  it('ends a live stream when a future `until` comes', async () => {
    const until = (Date.now() + 300) / 1000;
    const started = Date.now();
    const res = await get(sock, `/events?until=${until.toFixed(3)}`);
    await body(res);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(log.listeners.size).toBe(0);
  });

  it("answers 400 with dockerd's message for a bad filter, a bad time, or since after until", async () => {
    for (const [path, text] of [
      [`/events?filters=${encodeURIComponent('{"bogus":{"x":true}}')}`, "invalid filter 'bogus'"],
      ['/events?since=yesterday', 'invalid since timestamp'],
      ['/events?since=20&until=10', '`since` time (20) cannot be after `until` time (10)'],
    ]) {
      const res = await get(sock, path);
      expect(res.statusCode).toBe(400);
      expect((JSON.parse(await body(res)) as { message: string }).message).toContain(text);
    }
    expect(log.listeners.size).toBe(0);
  });
});

describe('parseEventTimestamp', () => {
  it('reads secs[.fraction] into nanoseconds, as docker/api/types/time', () => {
    expect(parseEventTimestamp('1700000000', 'since')).toBe(1_700_000_000n * SECOND);
    expect(parseEventTimestamp('1700000000.5', 'since')).toBe(1_700_000_000n * SECOND + 500_000_000n);
    expect(parseEventTimestamp('1700000000.000000001', 'since')).toBe(1_700_000_000n * SECOND + 1n);
    expect(parseEventTimestamp('0', 'since')).toBe(0n);
    expect(parseEventTimestamp(null, 'since')).toBeUndefined();
    expect(parseEventTimestamp('', 'until')).toBeUndefined();
    expect(() => parseEventTimestamp('10m', 'until')).toThrow(/invalid until timestamp/);
  });
});

describe('encodeEvent', () => {
  it('writes timeNano exactly, past what a JavaScript number prints', () => {
    const nano = 1_795_000_000_123_456_768n; // a multiple of 256: exact as a double
    const line = encodeEvent(message('start', nano));
    expect(line.endsWith('"timeNano":1795000000123456768}\n')).toBe(true);
    expect(String(Number(nano))).not.toBe(nano.toString());
  });
});
