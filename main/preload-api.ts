// The object the preload exposes to the renderer: exactly the methods of the host API,
// each one forwarding its arguments over the single IPC channel. Kept apart from the
// preload so that a test can build it without Electron.
// Names come from the zod-free core/host-channels.ts: the preload must stay small.
import { HOST_CALL_CHANNEL, HOST_METHODS, type HostCallResponse } from '../core/host-channels.js';
import type { HostApi, HostMethod } from '../core/host-api.js';
import {
  PRESENTATION_ACTION_CHANNEL,
  PRESENTATION_GET_CHANNEL,
  PRESENTATION_STATE_CHANNEL,
  PRESENTATION_WINDOW_CHANNEL,
} from '../core/presentation/api.js';
import { MEETING_ACTION_CHANNEL, MEETING_GET_CHANNEL, MEETING_STATE_CHANNEL } from '../core/meeting/model.js';

/** What `window.ctgHost` offers: each host method, answering with the wire response. */
export type HostBridge = {
  readonly [M in HostMethod]: (...args: Parameters<HostApi[M]>) => Promise<HostCallResponse>;
};

export type Invoke = (channel: string, method: HostMethod, args: unknown[]) => Promise<HostCallResponse>;

export function buildHostBridge(invoke: Invoke): HostBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<HostCallResponse>> = {};
  for (const method of HOST_METHODS) {
    // Only plain data crosses the bridge: the arguments array, copied by structured clone.
    bridge[method] = (...args: unknown[]) => invoke(HOST_CALL_CHANNEL, method, args);
  }
  return Object.freeze(bridge) as unknown as HostBridge;
}

/** What `window.ctgPresentation` offers (renderer/presentation-client's PresentationBridge). */
export interface PresentationBridge {
  get(): Promise<unknown>;
  send(action: unknown): Promise<unknown>;
  onState(listener: (message: unknown) => void): () => void;
  window(command: string): Promise<unknown>;
}

export interface PresentationIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): void;
}

/** The presentation channels of core/presentation/api.ts, and nothing else. */
export function buildPresentationBridge(ipc: PresentationIpc): PresentationBridge {
  return Object.freeze({
    get: () => ipc.invoke(PRESENTATION_GET_CHANNEL),
    send: (action: unknown) => ipc.invoke(PRESENTATION_ACTION_CHANNEL, action),
    onState(listener: (message: unknown) => void) {
      // The IPC event (with its sender) never reaches the page: only the message.
      const forward = (_event: unknown, message: unknown) => listener(message);
      ipc.on(PRESENTATION_STATE_CHANNEL, forward);
      return () => ipc.removeListener(PRESENTATION_STATE_CHANNEL, forward);
    },
    window: (command: string) => ipc.invoke(PRESENTATION_WINDOW_CHANNEL, command),
  });
}

/** What `window.ctgMeeting` offers (renderer/meeting/meeting-client.ts's MeetingBridge). */
export interface MeetingBridge {
  get(): Promise<unknown>;
  send(action: unknown): Promise<unknown>;
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The meeting channels of core/meeting/model.ts, and nothing else. */
export function buildMeetingBridge(ipc: PresentationIpc): MeetingBridge {
  return Object.freeze({
    get: () => ipc.invoke(MEETING_GET_CHANNEL),
    send: (action: unknown) => ipc.invoke(MEETING_ACTION_CHANNEL, action),
    onMessage(listener: (message: unknown) => void) {
      const forward = (_event: unknown, message: unknown) => listener(message);
      ipc.on(MEETING_STATE_CHANNEL, forward);
      return () => ipc.removeListener(MEETING_STATE_CHANNEL, forward);
    },
  });
}
