// The meeting: one live session per host, seen the same way by every view (library, session
// screen, facilitator, room). Plain data, no zod: the renderer's screens import it freely.
import type { Position } from '../presentation/state.js';

/** Where a note is filed: the agenda point and, when a deck is shown, its slide. */
export interface Anchor {
  agendaItemId?: string;
  deckId?: string;
  slideIndex?: number;
}

/** The agenda point under way, as every view shows it. */
export interface MeetingPoint {
  id: string;
  title: string;
  /** 1-based position in the agenda, and the agenda's length. */
  index: number;
  count: number;
  /** The point's deck, when it is a presentation. */
  deckId?: string;
}

/** What the host tells every view about the meeting (derived from the session and the room). */
export interface MeetingView {
  /** Bumped by every change the host sends. */
  revision: number;
  /** Changes when the host restarts (its revisions start again): a view then takes the new ones. */
  epoch: string;
  /** The session being run, or null when no meeting is live. */
  live: { handle: string; title: string } | null;
  point: MeetingPoint | null;
  /** Where a note recorded now is filed (the host's point and slide, never a view's belief). */
  anchor: Anchor;
  /** The deck the room sees (null: none yet). */
  roomDeckId: string | null;
  /** The room's slide (0-based) when it shows a deck. */
  roomSlide: number | null;
  /** The contribution wall is on the room's screen, and which of its pages (0-based). */
  wallShown: boolean;
  wallPage: number;
  /** The host's undo and redo labels (« Annuler : suppression d’une note »), the same in every view. */
  undoLabel?: string;
  redoLabel?: string;
}

/** The host-side memory of the meeting (what is not in the session file nor in the room). */
export interface MeetingState {
  live: string | null;
  /** Where each deck was left, by deck id, so that coming back resumes there. */
  resume: Record<string, Position>;
  /** The page of the wall the room sees (the views clamp it to the pages the screen needs). */
  wallPage: number;
}

export const initialMeetingState: MeetingState = Object.freeze({ live: null, resume: {}, wallPage: 0 }) as MeetingState;

/**
 * One Server-Sent Events stream per page for both the room's state (`state` events) and the
 * meeting (`meeting` events): a browser holds at most six connections to the host, and four
 * tabs of a meeting with two streams each would leave none for the calls.
 */
export const EVENTS_PATH = '/api/events';
/** Server-Sent Events stream of `MeetingMessage`s (browser host). */
export const MEETING_EVENTS_PATH = '/api/meeting/events';
/** POST one `MeetingAction` as JSON; answers a `MeetingResponse`. */
export const MEETING_ACTION_PATH = '/api/meeting/action';
/** The SSE event name. */
export const MEETING_EVENT = 'meeting';
/** Electron: the preload's meeting bridge, `window[MEETING_GLOBAL]`. */
export const MEETING_GLOBAL = 'ctgMeeting';
export const MEETING_ACTION_CHANNEL = 'ctg:meeting-action';
export const MEETING_GET_CHANNEL = 'ctg:meeting-get';
export const MEETING_STATE_CHANNEL = 'ctg:meeting-state';
