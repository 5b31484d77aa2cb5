import type { EventMessage } from '@berth/api-types';
import { isInvalidArgument } from '@berth/errdefs';
import { EVENTS_KEPT, EventLog, eventFilter, type EventInput } from './events';

const SECOND = 1_000_000_000n;

/** A log whose clock the test sets. */
function logAt(start: bigint): { log: EventLog; set(nano: bigint): void } {
  let now = start;
  return { log: new EventLog(() => now), set: (nano) => (now = nano) };
}

const container = (action: string, id = 'c0ffee', attributes: Record<string, string> = {}): EventInput => ({
  type: 'container', action, actor: { ID: id, Attributes: { image: 'busybox', name: 'web', ...attributes } },
});
const image = (action: string, id: string, name: string): EventInput => ({ type: 'image', action, actor: { ID: id, Attributes: { name } } });

describe('EventLog', () => {
  it('counts its subscribers (info NEventsListener)', () => {
    const { log } = logAt(SECOND);
    expect(log.listenerCount).toBe(0);
    const a = log.subscribe(() => undefined);
    const b = log.subscribe(() => undefined);
    const own = log.subscribe(() => undefined, { internal: true });
    expect(log.listenerCount).toBe(2);
    own.unsubscribe();
    expect(log.listenerCount).toBe(2);
    a.unsubscribe();
    b.unsubscribe();
    expect(log.listenerCount).toBe(0);
  });

  it('stamps events with strictly increasing, exactly representable nanosecond times', () => {
    const { log } = logAt(1_795_000_000n * SECOND + 123_456_789n);
    const a = log.publish(container('create'));
    const b = log.publish(container('start'));
    expect(BigInt(b.timeNano)).toBeGreaterThan(BigInt(a.timeNano));
    expect(BigInt(a.timeNano) % 256n).toBe(0n);
    expect(Number.isSafeInteger(a.timeNano / 256)).toBe(true);
    expect(a.time).toBe(1_795_000_000);
  });

  it("writes dockerd's fields: the legacy status/id/from first, attributes sorted", () => {
    const { log } = logAt(SECOND);
    const e = log.publish(container('die', 'abc', { exitCode: '0', com: 'label' }));
    expect(Object.keys(e)).toEqual(['status', 'id', 'from', 'Type', 'Action', 'Actor', 'scope', 'time', 'timeNano']);
    expect(Object.keys(e.Actor.Attributes)).toEqual(['com', 'exitCode', 'image', 'name']);
    const pruned = log.publish({ type: 'network', action: 'prune', actor: { ID: '', Attributes: {} } });
    expect(Object.keys(pruned)).toEqual(['Type', 'Action', 'Actor', 'scope', 'time', 'timeNano']);
    const imagesPruned = log.publish({ type: 'image', action: 'prune', actor: { ID: '', Attributes: { reclaimed: '0' } } });
    expect(Object.keys(imagesPruned)).toEqual(['status', 'Type', 'Action', 'Actor', 'scope', 'time', 'timeNano']);
  });

  it('replays nothing without a window, the window [since, until] with one, then delivers live events', () => {
    const clock = logAt(10n * SECOND);
    const first = clock.log.publish(container('create'));
    clock.set(20n * SECOND);
    const second = clock.log.publish(container('start'));
    clock.set(30n * SECOND);
    clock.log.publish(container('die'));

    expect(clock.log.subscribe(() => undefined).past).toEqual([]);
    expect(clock.log.subscribe(() => undefined, { since: 15n * SECOND }).past.map((e) => e.Action)).toEqual(['start', 'die']);
    expect(clock.log.subscribe(() => undefined, { since: BigInt(first.timeNano), until: BigInt(second.timeNano) }).past.map((e) => e.Action)).toEqual(['create', 'start']);
    // dockerd replays from the start when only `until` is given.
    expect(clock.log.subscribe(() => undefined, { until: 25n * SECOND }).past.map((e) => e.Action)).toEqual(['create', 'start']);

    const seen: string[] = [];
    const sub = clock.log.subscribe((e) => seen.push(e.Action), { filters: { event: ['destroy'] } });
    clock.log.publish(container('stop'));
    clock.log.publish(container('destroy'));
    sub.unsubscribe();
    clock.log.publish(container('destroy'));
    expect(seen).toEqual(['destroy']);
  });

  it(`keeps the last ${EVENTS_KEPT} events`, () => {
    const { log } = logAt(SECOND);
    for (let i = 0; i < EVENTS_KEPT + 10; i++) log.publish(container(`a${i}`));
    const past = log.subscribe(() => undefined, { since: 0n }).past;
    expect(past).toHaveLength(EVENTS_KEPT);
    expect(past[0].Action).toBe('a10');
  });

  it('refuses a bad filter before subscribing', () => {
    const { log } = logAt(SECOND);
    expect(() => log.subscribe(() => undefined, { filters: { colour: ['red'] } })).toThrow("invalid filter 'colour'");
  });
});

describe('eventFilter', () => {
  const { log } = logAt(SECOND);
  const start = log.publish(container('start', 'c0ffee1234', { 'com.example': 'x' }));
  const exec = log.publish(container('exec_start: sh -c ls', 'c0ffee1234', { execID: 'e1' }));
  const health = log.publish(container('health_status: healthy', 'c0ffee1234'));
  const tag = log.publish(image('tag', 'sha256:aaaa', 'busybox:mine'));
  const network = log.publish({ type: 'network', action: 'create', actor: { ID: 'n1', Attributes: { name: 'bridge2' } } });
  const all = [start, exec, health, tag, network];
  const kept = (filters: Record<string, string[]>): EventMessage[] => all.filter(eventFilter(filters));

  it('takes everything without filters', () => expect(kept({})).toEqual(all));

  it('matches type, and any of several values', () => {
    expect(kept({ type: ['image'] })).toEqual([tag]);
    expect(kept({ type: ['image', 'network'] })).toEqual([tag, network]);
  });

  it('matches an event action exactly, except the prefixes dockerd matches loosely', () => {
    expect(kept({ event: ['start'] })).toEqual([start]);
    expect(kept({ event: ['exec_start'] })).toEqual([exec]);
    expect(kept({ event: ['health_status'] })).toEqual([health]);
    expect(kept({ event: ['health_status: healthy'] })).toEqual([health]);
    expect(kept({ event: ['health'] })).toEqual([]);
  });

  it('matches a container by id, id prefix or name; other types never match it', () => {
    expect(kept({ container: ['c0ffee1234'] })).toHaveLength(3);
    expect(kept({ container: ['c0ff'] })).toHaveLength(3);
    expect(kept({ container: ['web'] })).toEqual([start, exec, health]);
    expect(kept({ container: ['other'] })).toEqual([]);
    expect(kept({ network: ['bridge2'] })).toEqual([network]);
  });

  it('matches an image by id, reference, or repository without tag', () => {
    expect(kept({ image: ['sha256:aaaa'] })).toEqual([tag]);
    expect(kept({ image: ['busybox:mine'] })).toEqual([tag]);
    expect(kept({ image: ['busybox'] })).toEqual([start, exec, health, tag]);
    expect(kept({ image: ['alpine'] })).toEqual([]);
  });

  it('matches labels by key or key=value, all of them', () => {
    expect(kept({ label: ['com.example'] })).toEqual([start]);
    expect(kept({ label: ['com.example=x'] })).toEqual([start]);
    expect(kept({ label: ['com.example=y'] })).toEqual([]);
    expect(kept({ label: ['com.example', 'other'] })).toEqual([]);
  });

  it('combines keys with and', () => {
    expect(kept({ type: ['container'], event: ['start', 'tag'] })).toEqual([start]);
    expect(kept({ scope: ['local'], type: ['network'] })).toEqual([network]);
    expect(kept({ scope: ['swarm'] })).toEqual([]);
  });

  it("refuses keys dockerd does not know, with dockerd's message", () => {
    let error: unknown;
    try {
      eventFilter({ status: ['x'] });
    } catch (err) {
      error = err;
    }
    expect(isInvalidArgument(error)).toBe(true);
    expect((error as Error).message).toBe("invalid filter 'status'");
  });
});
