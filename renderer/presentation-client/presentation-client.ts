// The views' way to the presentation hub (core/presentation/api.ts `PresentationClient`):
// EventSource + fetch in the browser host, the preload's IPC bridge in Electron. Both keep
// the last message, so a listener that subscribes late gets the current state at once.
// (The single-window presentation's client, same interface, is memory-client.ts.)
import {
  PRESENTATION_ACTION_PATH,
  PRESENTATION_GLOBAL,
  STATE_EVENT,
  type ActionResponse,
  type PresentationBridge,
  type PresentationClient,
  type StateMessage,
  type WindowCommandName,
} from '../../core/presentation/api.js';
import { LatestFanout, onStreamEvent } from '../meeting/event-stream.js';

/** A client plus the window commands of its host (null in the browser host). */
export interface ViewClient extends PresentationClient {
  /** Electron only: placement commands for main; undefined in the browser host. */
  windowCommand?: (command: WindowCommandName) => void;
}

/** The newest state by revision: an older one arriving late (a slow action answer) must not move the views back. */
const newestState = () => new LatestFanout<StateMessage>((message, last) => message.state.revision < last.state.revision);

const UNREACHABLE: ActionResponse = { ok: false, message: 'Impossible de joindre l’application : le serveur local est-il arrêté ?' };

/** Browser host: one EventSource for the page, opened on the first subscription. */
export function httpPresentationClient(base = ''): ViewClient {
  const fanout = newestState();
  let listening = false;
  const open = () => {
    if (listening) return;
    // Shared with the meeting's events (renderer/meeting/event-stream.ts): one connection per page.
    listening = true;
    onStreamEvent<StateMessage>(base, STATE_EVENT, (message) => fanout.push(message));
  };
  return {
    subscribe(listener) {
      open();
      return fanout.add(listener);
    },
    async send(action) {
      try {
        const res = await fetch(`${base}${PRESENTATION_ACTION_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(action),
        });
        return (await res.json()) as ActionResponse;
      } catch {
        return UNREACHABLE;
      }
    },
  };
}

/** Electron: the preload bridge; asks for the state once, then listens to the pushes. */
export function bridgePresentationClient(bridge: PresentationBridge): ViewClient {
  const fanout = newestState();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    bridge.onState((message) => fanout.push(message));
    void bridge.get().then((message) => {
      if ('state' in message && 'hostNow' in message) fanout.push(message);
    });
  };
  return {
    subscribe(listener) {
      start();
      return fanout.add(listener);
    },
    async send(action) {
      try {
        const response = await bridge.send(action);
        // IPC pushes go to every window; the answer also carries the state, sooner.
        if (response.ok) fanout.push({ state: response.state, hostNow: Date.now() });
        return response;
      } catch {
        return UNREACHABLE;
      }
    },
    windowCommand: (command) => void bridge.window(command).catch(() => {}),
  };
}

/** The client of this window: the preload's bridge in Electron, else the browser host. */
export function createPresentationClient(win: Window = window): ViewClient {
  const bridge = (win as unknown as Record<string, unknown>)[PRESENTATION_GLOBAL];
  if (bridge && typeof bridge === 'object') return bridgePresentationClient(bridge as PresentationBridge);
  return httpPresentationClient();
}
