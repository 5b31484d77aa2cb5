import type { EventActor, EventMessage, EventType } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { familiarName, parseReference } from '@berth/reference';

/** What a service reports happened; the log stamps it. */
export interface EventInput {
  type: EventType;
  action: string;
  actor: EventActor;
}

export type EventListener = (event: EventMessage) => void;

/** Events kept for `--since` replay (dockerd keeps 256). */
export const EVENTS_KEPT = 256;

/** Filter values by key, as `GET /events?filters=` carries them. */
export type EventFilters = Record<string, string[]>;

/** The filter keys dockerd accepts on `GET /events`; any other is refused. */
export const EVENT_FILTER_KEYS: readonly string[] = [
  'config', 'container', 'daemon', 'event', 'image', 'label', 'network', 'node', 'plugin', 'scope', 'secret', 'service', 'type', 'volume',
];

/** Which events a subscriber wants: a time window (nanoseconds since the epoch) and filters. */
export interface EventSubscription {
  /** Replay kept events from this time on. Without `since` and `until` nothing is replayed. */
  since?: bigint;
  /** Replay only kept events up to this time (live ones are the caller's to stop taking). */
  until?: bigint;
  filters?: EventFilters;
  /** The daemon's own watcher, not a client's stream (not counted in NEventsListener). */
  internal?: boolean;
}

/**
 * Timestamps are kept multiples of 256 ns: nanoseconds since 1970 need 61 bits, and a double
 * holds such a multiple exactly, so `timeNano` (a number on the wire type) loses nothing.
 */
const NANO_STEP = 256n;

/**
 * The daemon's event log: every service publishes what happened, in order; subscribers get each
 * event as it is published, and the last EVENTS_KEPT are kept for replay.
 */
export class EventLog {
  private readonly recent: EventMessage[] = [];
  private readonly listeners = new Set<EventListener>();
  private readonly internal = new Set<EventListener>();
  private lastNano = 0n;

  constructor(private readonly clock: () => bigint = wallClockNanos) {}

  publish(input: EventInput): EventMessage {
    // Strictly increasing timestamps keep the order of events that happen in the same instant.
    let nano = this.clock() / NANO_STEP * NANO_STEP;
    if (nano <= this.lastNano) nano = this.lastNano + NANO_STEP;
    this.lastNano = nano;
    // dockerd's field order (its JSON encoder follows the struct): the pre-1.22 fields first,
    // each left out when empty (`omitempty`), as for a prune's actor without id.
    const legacy = input.type === 'container' || input.type === 'image';
    const from = input.type === 'container' ? input.actor.Attributes.image : undefined;
    const event: EventMessage = {
      ...(legacy ? { status: input.action } : {}),
      ...(legacy && input.actor.ID ? { id: input.actor.ID } : {}),
      ...(from ? { from } : {}),
      Type: input.type,
      Action: input.action,
      Actor: { ID: input.actor.ID, Attributes: sortedAttributes(input.actor.Attributes) },
      scope: 'local',
      time: Number(nano / 1_000_000_000n),
      timeNano: Number(nano),
    };
    this.recent.push(event);
    if (this.recent.length > EVENTS_KEPT) this.recent.shift();
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Clients' subscribers now (`info`'s NEventsListener): the daemon's own watchers are not counted. */
  get listenerCount(): number {
    return this.listeners.size - this.internal.size;
  }

  /**
   * The kept events the subscription's window and filters select (oldest first), and from now on
   * each new one its filters select to `listener`, until unsubscribed. Bad filters throw
   * InvalidArgument before anything is subscribed.
   */
  subscribe(listener: EventListener, subscription: EventSubscription = {}): { past: EventMessage[]; unsubscribe(): void } {
    const include = eventFilter(subscription.filters ?? {});
    const live: EventListener = (event) => {
      if (include(event)) listener(event);
    };
    this.listeners.add(live);
    if (subscription.internal) this.internal.add(live);
    const past = replayed(this.recent, subscription).filter(include);
    return {
      past,
      unsubscribe: () => {
        this.listeners.delete(live);
        this.internal.delete(live);
      },
    };
  }
}

function wallClockNanos(): bigint {
  return BigInt(Date.now()) * 1_000_000n + process.hrtime.bigint() % 1_000_000n;
}

/** Go's JSON encoder writes a map's keys sorted; so does `docker events` print them. */
function sortedAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(attributes).sort().map((k) => [k, attributes[k]]));
}

/**
 * Which kept events a subscription replays, as dockerd's `loadBufferedEvents`: none without a
 * window; with one, those at or after `since` (from the start without it) and not after `until`.
 */
function replayed(events: readonly EventMessage[], { since, until }: EventSubscription): EventMessage[] {
  if (since === undefined && until === undefined) return [];
  return events.filter((e) => {
    const nano = BigInt(e.timeNano);
    return (since === undefined || nano >= since) && (until === undefined || nano <= until);
  });
}

/**
 * The predicate dockerd's events filter is: every key given must match (values of one key are
 * alternatives). InvalidArgument for a key dockerd does not know.
 */
export function eventFilter(filters: EventFilters): (event: EventMessage) => boolean {
  for (const key of Object.keys(filters)) {
    if (!EVENT_FILTER_KEYS.includes(key)) throw invalidArgument(`invalid filter '${key}'`);
  }
  const values = (key: string) => filters[key] ?? [];
  const exact = (key: string, source: string) => values(key).length === 0 || values(key).includes(source);
  // A value may be a prefix of the id or name (`container=3f2a`).
  const fuzzy = (key: string, source: string) => exact(key, source) || values(key).some((prefix) => source.startsWith(prefix));
  const byName = (type: string) => (e: EventMessage) => fuzzy(type, e.Actor.ID) || fuzzy(type, e.Actor.Attributes.name ?? '');
  // `event=health_status` (or exec_create, exec_start) also takes `health_status: healthy`.
  const prefixedActions = values('event').some((v) => v === 'health_status' || v === 'exec_create' || v === 'exec_start');
  const matchers: Array<(e: EventMessage) => boolean> = [
    (e) => (prefixedActions ? fuzzy('event', e.Action) : exact('event', e.Action)),
    (e) => exact('type', e.Type),
    (e) => exact('scope', e.scope),
    ...['daemon', 'container', 'plugin', 'volume', 'network', 'node', 'service', 'secret', 'config'].map(byName),
    (e) => matchImage(values('image'), e),
    (e) => matchLabels(values('label'), e.Actor.Attributes),
  ];
  return (event) => matchers.every((m) => m(event));
}

/**
 * `image=` names the image of a container event or the image of an image event, by id, by the
 * reference as given, or by its repository without the tag (`busybox` takes `busybox:latest`).
 */
function matchImage(wanted: string[], e: EventMessage): boolean {
  if (wanted.length === 0) return true;
  const name = (e.Type === 'image' ? e.Actor.Attributes.name : e.Actor.Attributes.image) ?? '';
  return [e.Actor.ID, name, stripTag(e.Actor.ID), stripTag(name)].some((candidate) => wanted.includes(candidate));
}

function stripTag(ref: string): string {
  try {
    return familiarName(parseReference(ref));
  } catch {
    return ref;
  }
}

/** `label=key` needs the attribute, `label=key=value` needs it to equal value; all must hold. */
function matchLabels(wanted: string[], attributes: Record<string, string>): boolean {
  return wanted.every((entry) => {
    const eq = entry.indexOf('=');
    const key = eq < 0 ? entry : entry.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(attributes, key)) return false;
    return eq < 0 || attributes[key] === entry.slice(eq + 1);
  });
}
