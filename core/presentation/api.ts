// The wire contract between the views (audience, facilitator) and the host that holds the
// presentation state. Two transports carry the same messages: HTTP + Server-Sent Events in
// the browser host, IPC in Electron.
import type { PresentationAction } from './actions.js';
import type { PresentationState } from './state.js';

/** Server-Sent Events stream: one `state` event on connect and after every change. */
export const PRESENTATION_EVENTS_PATH = '/api/presentation/events';
/** POST one action as JSON; answers an `ActionResponse`. */
export const PRESENTATION_ACTION_PATH = '/api/presentation/action';
/** GET the current state once, as a `StateMessage` (for a view that does not stream). */
export const PRESENTATION_STATE_PATH = '/api/presentation/state';

/** The SSE event name carrying a `StateMessage`. */
export const STATE_EVENT = 'state';

/**
 * What the host sends to the views. `hostNow` is the host's clock when it sent the
 * message: a view on another clock computes timers with `now + (hostNow - receivedAt)`.
 */
export interface StateMessage {
  state: PresentationState;
  hostNow: number;
}

export type ActionResponse = { ok: true; state: PresentationState } | { ok: false; message: string };

/** Electron: renderer → main, invoke with one action; resolves an `ActionResponse`. */
export const PRESENTATION_ACTION_CHANNEL = 'ctg:presentation-action';
/** Electron: main → renderer, a `StateMessage` on every change. */
export const PRESENTATION_STATE_CHANNEL = 'ctg:presentation-state';
/** Electron: renderer → main, invoke to get the current `StateMessage` (on load). */
export const PRESENTATION_GET_CHANNEL = 'ctg:presentation-get';

/**
 * What a view uses, whatever the transport. The renderer implements it with EventSource +
 * fetch (browser host) or with the preload's IPC bridge (Electron).
 */
export interface PresentationClient {
  /** Calls `listener` with the current state as soon as it is known, then on every change. */
  subscribe(listener: (message: StateMessage) => void): () => void;
  send(action: PresentationAction): Promise<ActionResponse>;
}

/** Electron: the preload's presentation bridge, `window[PRESENTATION_GLOBAL]`. */
export { PRESENTATION_GLOBAL } from '../ids.js';

/**
 * Electron: renderer → main, invoke with one `WindowCommandMessage` (window placement, not
 * presentation state): `attach` when a facilitator view loads (main opens the audience
 * window and places both), `present`/`escape`/`swap` from the keys and buttons.
 */
export const PRESENTATION_WINDOW_CHANNEL = 'ctg:presentation-window';

export type WindowCommandName = 'attach' | 'present' | 'escape' | 'swap';

/** What the Electron preload exposes under `window[PRESENTATION_GLOBAL]` (main/preload-api.ts). */
export interface PresentationBridge {
  get(): Promise<StateMessage | ActionResponse>;
  send(action: PresentationAction): Promise<ActionResponse>;
  onState(listener: (message: StateMessage) => void): () => void;
  window: (command: WindowCommandName) => Promise<unknown>;
}
