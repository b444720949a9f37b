// The wire contract of the meeting: what the host sends to every view, and what a view asks.
// zod-free (types only) so every screen can import it.
import type { SessionState } from '../session/api.js';
import type { MeetingView } from './model.js';

/**
 * One message of the meeting stream: the meeting as the host sees it, and the state of the
 * session that changed (the live one on connect), so every view of that session follows.
 */
export interface MeetingMessage {
  meeting: MeetingView;
  session: SessionState | null;
}

export type MeetingAction =
  /** Starts (or moves to) a point of a session's agenda; the session becomes the live one. */
  | { type: 'goToPoint'; handle: string; agendaItemId: string }
  /** The next or previous point of the live session's agenda. */
  | { type: 'nextPoint' }
  | { type: 'prevPoint' }
  /** The live point's slide (the room's when it shows the point's deck). */
  | { type: 'goToSlide'; slide: number }
  /** The contribution wall of the point on the room's screen, or off it. */
  | { type: 'showWall' }
  | { type: 'hideWall' }
  /** Another page of the wall when its cards do not all fit. */
  | { type: 'wallPage'; page: number }
  /** The meeting is over: no live session. */
  | { type: 'end' };

export type MeetingResponse = { ok: true; meeting: MeetingView } | { ok: false; message: string };

/** What a view uses, whatever the transport (SSE + fetch, or Electron IPC). */
export interface MeetingClient {
  subscribe(listener: (message: MeetingMessage) => void): () => void;
  send(action: MeetingAction): Promise<MeetingResponse>;
}
