// The page's one connection to the live meeting (core/meeting/api.ts): EventSource + fetch
// in the browser host, the preload's bridge in Electron. Every session state the host sends
// goes into the session store, so each screen of that session shows the host's state.
import type { MeetingAction, MeetingClient, MeetingMessage, MeetingResponse } from '../../core/meeting/api.js';
import { MEETING_ACTION_PATH, MEETING_EVENT, MEETING_GLOBAL } from '../../core/meeting/model.js';
import { sharedEventSource } from './event-stream.js';
import { receiveSessionState } from '../session/session-store.js';

/** What the Electron preload exposes under `window.ctgMeeting`. */
export interface MeetingBridge {
  get(): Promise<MeetingMessage>;
  send(action: MeetingAction): Promise<MeetingResponse>;
  onMessage(listener: (message: MeetingMessage) => void): () => void;
}

type Listener = (message: MeetingMessage) => void;

const UNREACHABLE: MeetingResponse = { ok: false, message: 'Impossible de joindre l’application\u00A0: le serveur local est-il arrêté\u00A0?' };

class Fanout {
  last: MeetingMessage | null = null;
  readonly listeners = new Set<Listener>();
  push(message: MeetingMessage): void {
    if (message.session) receiveSessionState(message.session);
    // A late answer must not take the views back to an older meeting.
    const last = this.last?.meeting;
    if (last && last.epoch === message.meeting.epoch && message.meeting.revision < last.revision) return;
    this.last = message;
    for (const listener of [...this.listeners]) listener(message);
  }
  add(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.last) listener(this.last);
    return () => void this.listeners.delete(listener);
  }
}

export function httpMeetingClient(base = ''): MeetingClient {
  const fanout = new Fanout();
  let source: EventSource | null = null;
  const open = () => {
    if (source) return;
    source = sharedEventSource(base);
    source?.addEventListener(MEETING_EVENT, (event) => {
      try {
        fanout.push(JSON.parse((event as MessageEvent<string>).data) as MeetingMessage);
      } catch {
        // A garbled event is dropped; the next one carries the whole meeting again.
      }
    });
  };
  return {
    subscribe(listener) {
      open();
      return fanout.add(listener);
    },
    async send(action) {
      open();
      try {
        const res = await fetch(`${base}${MEETING_ACTION_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(action) });
        return (await res.json()) as MeetingResponse;
      } catch {
        return UNREACHABLE;
      }
    },
  };
}

export function bridgeMeetingClient(bridge: MeetingBridge): MeetingClient {
  const fanout = new Fanout();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    bridge.onMessage((message) => fanout.push(message));
    void bridge.get().then((message) => message && 'meeting' in message && fanout.push(message));
  };
  return {
    subscribe(listener) {
      start();
      return fanout.add(listener);
    },
    async send(action) {
      start();
      try {
        return await bridge.send(action);
      } catch {
        return UNREACHABLE;
      }
    },
  };
}

let client: MeetingClient | null = null;

/** The meeting client of this page (created on first use). */
export function meetingClient(win: Window = window): MeetingClient {
  if (client) return client;
  const bridge = (win as unknown as Record<string, unknown>)[MEETING_GLOBAL];
  client = bridge && typeof bridge === 'object' ? bridgeMeetingClient(bridge as MeetingBridge) : httpMeetingClient();
  return client;
}
