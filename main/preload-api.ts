// The object the preload exposes to the renderer: exactly the methods of the host API,
// each one forwarding its arguments over the single IPC channel. Kept apart from the
// preload so that a test can build it without Electron.
// Names come from the zod-free core/host-channels.ts: the preload must stay small.
import { HOST_CALL_CHANNEL, HOST_METHODS, type HostCallResponse } from '../core/host-channels.js';
import type { HostApi, HostMethod } from '../core/host-api.js';
import { APP_COMMAND_CHANNEL, APP_COMMAND_READY_CHANNEL, parseAppCommand, type AppCommand, type AppCommandBridge } from '../core/app-menu/api.js';
import {
  PRESENTATION_ACTION_CHANNEL,
  PRESENTATION_GET_CHANNEL,
  PRESENTATION_STATE_CHANNEL,
  PRESENTATION_WINDOW_CHANNEL,
  type ActionResponse,
  type PresentationBridge,
  type StateMessage,
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


export interface PresentationIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): void;
}

/**
 * The presentation channels of core/presentation/api.ts, and nothing else. The preload only
 * forwards: main validates every action, and the answers are main's own messages.
 */
export function buildPresentationBridge(ipc: PresentationIpc): PresentationBridge {
  return Object.freeze({
    get: () => ipc.invoke(PRESENTATION_GET_CHANNEL) as Promise<StateMessage | ActionResponse>,
    send: (action) => ipc.invoke(PRESENTATION_ACTION_CHANNEL, action) as Promise<ActionResponse>,
    onState(listener: (message: StateMessage) => void) {
      // The IPC event (with its sender) never reaches the page: only the message.
      const forward = (_event: unknown, message: unknown) => listener(message as StateMessage);
      ipc.on(PRESENTATION_STATE_CHANNEL, forward);
      return () => ipc.removeListener(PRESENTATION_STATE_CHANNEL, forward);
    },
    window: (command) => ipc.invoke(PRESENTATION_WINDOW_CHANNEL, command),
  } satisfies PresentationBridge);
}

/**
 * What `window.ctgAppCommands` offers: the menu's commands, checked, and nothing else. One
 * listener at a time (the main window's App); commands that come while none listens (React
 * mounting twice in development, a screen switching) wait for the next one.
 */
export function buildAppCommandBridge(ipc: PresentationIpc): AppCommandBridge {
  let listener: ((command: AppCommand) => void) | undefined;
  const backlog: AppCommand[] = [];
  const deliver = (message: unknown) => {
    const command = parseAppCommand(message);
    if (!command) return;
    if (listener) listener(command);
    else backlog.push(command);
  };
  ipc.on(APP_COMMAND_CHANNEL, (_event, message) => deliver(message));
  let announced = false;
  return Object.freeze({
    subscribe(next: (command: AppCommand) => void) {
      listener = next;
      for (const command of backlog.splice(0)) next(command);
      if (!announced) {
        announced = true;
        // Commands sent before the page listened (a file double-clicked at launch) come now.
        void ipc.invoke(APP_COMMAND_READY_CHANNEL).then((waiting) => {
          if (Array.isArray(waiting)) for (const message of waiting) deliver(message);
        });
      }
      return () => {
        if (listener === next) listener = undefined;
      };
    },
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
