import type { EventActor, EventMessage, EventType } from '@berth/api-types';

/** What a service reports happened; the log stamps it. */
export interface EventInput {
  type: EventType;
  action: string;
  actor: EventActor;
}

export type EventListener = (event: EventMessage) => void;

/** Events kept for `--since` replay (dockerd keeps 256). */
export const EVENTS_KEPT = 256;

/**
 * The daemon's event log: every service publishes what happened, in order; subscribers get each
 * event as it is published, and the last EVENTS_KEPT are kept for replay.
 */
export class EventLog {
  private readonly recent: EventMessage[] = [];
  private readonly listeners = new Set<EventListener>();
  private lastNano = 0n;

  publish(input: EventInput): EventMessage {
    // Strictly increasing timestamps keep the order of events that happen in the same nanosecond.
    let nano = BigInt(Date.now()) * 1_000_000n + process.hrtime.bigint() % 1_000_000n;
    if (nano <= this.lastNano) nano = this.lastNano + 1n;
    this.lastNano = nano;
    const event: EventMessage = {
      Type: input.type,
      Action: input.action,
      Actor: input.actor,
      scope: 'local',
      time: Number(nano / 1_000_000_000n),
      timeNano: Number(nano),
    };
    if (input.type === 'container' || input.type === 'image') {
      event.status = input.action;
      event.id = input.actor.ID;
      const from = input.actor.Attributes.image;
      if (input.type === 'container' && from) event.from = from;
    }
    this.recent.push(event);
    if (this.recent.length > EVENTS_KEPT) this.recent.shift();
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** The kept events (oldest first), and from now on each new one to `listener` until unsubscribed. */
  subscribe(listener: EventListener): { past: EventMessage[]; unsubscribe(): void } {
    this.listeners.add(listener);
    return { past: [...this.recent], unsubscribe: () => this.listeners.delete(listener) };
  }
}
