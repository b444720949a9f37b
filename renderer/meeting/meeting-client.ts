// The page's one connection to the live meeting (core/meeting/api.ts): EventSource + fetch
// in the browser host, the preload's bridge in Electron. Every session state the host sends
// goes into the session store, so each screen of that session shows the host's state.
import type { MeetingAction, MeetingClient, MeetingMessage, MeetingResponse } from '../../core/meeting/api.js';
import { MEETING_ACTION_PATH, MEETING_EVENT, MEETING_GLOBAL } from '../../core/meeting/model.js';
import { LatestFanout, onStreamEvent } from './event-stream.js';
import { receiveSessionState } from '../session/session-store.js';

/** What the Electron preload exposes under `window.ctgMeeting`. */
export interface MeetingBridge {
  get(): Promise<MeetingMessage>;
  send(action: MeetingAction): Promise<MeetingResponse>;
  onMessage(listener: (message: MeetingMessage) => void): () => void;
}

const UNREACHABLE: MeetingResponse = { ok: false, message: 'Impossible de joindre l’application\u00A0: le serveur local est-il arrêté\u00A0?' };

/**
 * The newest meeting message; each session state it carries goes into the session store
 * first. A late answer must not take the views back to an older meeting.
 */
function meetingFanout(): LatestFanout<MeetingMessage> {
  return new LatestFanout<MeetingMessage>(
    (message, last) => last.meeting.epoch === message.meeting.epoch && message.meeting.revision < last.meeting.revision,
    (message) => message.session && receiveSessionState(message.session),
  );
}

export function httpMeetingClient(base = ''): MeetingClient {
  const fanout = meetingFanout();
  let listening = false;
  const open = () => {
    if (listening) return;
    listening = true;
    onStreamEvent<MeetingMessage>(base, MEETING_EVENT, (message) => fanout.push(message));
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
  const fanout = meetingFanout();
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
