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
