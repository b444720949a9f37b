// The page's one event stream from the browser host (core/meeting/model.ts EVENTS_PATH):
// the room's state and the meeting share it, so several tabs never run out of connections.
import { EVENTS_PATH } from '../../core/meeting/model.js';

let source: EventSource | null = null;

/** The page's stream, or null where the page has no EventSource (then it gets no pushes). */
export function sharedEventSource(base = ''): EventSource | null {
  if (typeof EventSource === 'undefined') return null;
  source ??= new EventSource(`${base}${EVENTS_PATH}`);
  return source;
}

/**
 * Keeps the newest message and fans it out; a listener that subscribes late gets it at once.
 * `isStale` tells a late answer that must not take the views back to an older state;
 * `received`, when given, sees every message first, stale or not.
 */
export class LatestFanout<T> {
  last: T | null = null;
  readonly #listeners = new Set<(message: T) => void>();
  constructor(
    private readonly isStale: (message: T, last: T) => boolean,
    private readonly received?: (message: T) => void,
  ) {}

  push(message: T): void {
    this.received?.(message);
    if (this.last && this.isStale(message, this.last)) return;
    this.last = message;
    for (const listener of [...this.#listeners]) listener(message);
  }

  add(listener: (message: T) => void): () => void {
    this.#listeners.add(listener);
    if (this.last) listener(this.last);
    return () => void this.#listeners.delete(listener);
  }
}

/** Hands each `name` event of the page's stream to `receive`, parsed; a garbled event is dropped (the next carries the whole state again). */
export function onStreamEvent<T>(base: string, name: string, receive: (message: T) => void): void {
  sharedEventSource(base)?.addEventListener(name, (event) => {
    let message: T;
    try {
      message = JSON.parse((event as MessageEvent<string>).data) as T;
    } catch {
      return;
    }
    receive(message);
  });
}
