// IPC transport of the presentation hub for Electron main: the same messages as the HTTP
// transport. Typed structurally (no import of electron) so it runs and is tested in plain
// Node; main passes `ipcMain` and the windows' `webContents`.
import {
  PRESENTATION_ACTION_CHANNEL,
  PRESENTATION_GET_CHANNEL,
  PRESENTATION_STATE_CHANNEL,
  type ActionResponse,
  type StateMessage,
} from '../../core/presentation/api.js';
import type { PresentationHub } from './hub.js';

/** The part of Electron's IpcMainInvokeEvent used here. */
export interface IpcInvokeEventLike {
  senderFrame?: { origin?: string } | null;
}

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The part of Electron's `WebContents` used here. */
export interface StateTarget {
  send(channel: string, message: StateMessage): void;
  isDestroyed(): boolean;
}

export interface PresentationIpcOptions {
  /** Checks the caller is one of the app's pages (main's sender-origin guard). */
  isTrustedSender(event: IpcInvokeEventLike): boolean;
  /** The views to keep up to date (the audience and facilitator windows' webContents). */
  targets(): Iterable<StateTarget>;
}

const UNTRUSTED: ActionResponse = { ok: false, message: 'Action refusée : elle ne vient pas de l’application.' };

/** Wires the hub to IPC; returns a function that unwires it. */
export function bindPresentationIpc(hub: PresentationHub, ipc: IpcMainLike, options: PresentationIpcOptions): () => void {
  ipc.handle(PRESENTATION_ACTION_CHANNEL, (event, action) => (options.isTrustedSender(event) ? hub.apply(action) : UNTRUSTED));
  ipc.handle(PRESENTATION_GET_CHANNEL, (event) => (options.isTrustedSender(event) ? hub.message() : UNTRUSTED));
  let first = true;
  const unsubscribe = hub.subscribe((message) => {
    // Views ask for the state when they load; pushing starts with the first change.
    if (first) {
      first = false;
      return;
    }
    for (const target of options.targets()) if (!target.isDestroyed()) target.send(PRESENTATION_STATE_CHANNEL, message);
  });
  return () => {
    unsubscribe();
    ipc.removeHandler(PRESENTATION_ACTION_CHANNEL);
    ipc.removeHandler(PRESENTATION_GET_CHANNEL);
  };
}
