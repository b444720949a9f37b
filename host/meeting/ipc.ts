// IPC transport of the live meeting for Electron main: the same messages as the HTTP
// transport (host/meeting/http.ts). Typed structurally, so it runs and is tested without
// Electron; main passes `ipcMain` and the windows' webContents.
import { MEETING_ACTION_CHANNEL, MEETING_GET_CHANNEL, MEETING_STATE_CHANNEL } from '../../core/meeting/model.js';
import type { MeetingMessage, MeetingResponse } from '../../core/meeting/api.js';
import type { IpcInvokeEventLike, IpcMainLike } from '../presentation/ipc.js';
import type { MeetingHub } from './hub.js';

export interface MeetingTarget {
  send(channel: string, message: MeetingMessage): void;
  isDestroyed(): boolean;
}

const UNTRUSTED: MeetingResponse = { ok: false, message: 'Action refusée\u00A0: elle ne vient pas de l’application.' };

export function bindMeetingIpc(
  meeting: MeetingHub,
  ipc: IpcMainLike,
  options: { isTrustedSender(event: IpcInvokeEventLike): boolean; targets(): Iterable<MeetingTarget> },
): () => void {
  ipc.handle(MEETING_ACTION_CHANNEL, (event, action) => (options.isTrustedSender(event) ? meeting.apply(action) : UNTRUSTED));
  ipc.handle(MEETING_GET_CHANNEL, (event) => (options.isTrustedSender(event) ? meeting.message() : UNTRUSTED));
  let first = true;
  const unsubscribe = meeting.subscribe((message) => {
    // Views ask for the meeting when they load; pushing starts with the first change.
    if (first) {
      first = false;
      return;
    }
    for (const target of options.targets()) if (!target.isDestroyed()) target.send(MEETING_STATE_CHANNEL, message);
  });
  return () => {
    unsubscribe();
    ipc.removeHandler(MEETING_ACTION_CHANNEL);
    ipc.removeHandler(MEETING_GET_CHANNEL);
  };
}
