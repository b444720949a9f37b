// The page's one event stream from the browser host (core/meeting/model.ts EVENTS_PATH):
// the room's state and the meeting share it, so several tabs never run out of connections.
import { EVENTS_PATH } from '../../core/meeting/model.js';

let source: EventSource | null = null;

export function sharedEventSource(base = ''): EventSource {
  source ??= new EventSource(`${base}${EVENTS_PATH}`);
  return source;
}
