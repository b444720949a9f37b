// The rules of a live meeting, pure: which point is under way, where a note is filed, when
// opening a deck must ask before it changes the room, where a deck resumes, what the wall
// shows. The host applies them (host/meeting); the views only render the result.
import type { ContributionWall, Position, PresentationState, WallNote } from '../presentation/state.js';
import type { SessionState } from '../session/api.js';
import type { Session } from '../session/model.js';
import type { Anchor, MeetingPoint, MeetingState, MeetingView } from './model.js';

/** The wall carries at most this many notes (core/presentation's MAX_WALL_NOTES). */
const WALL_MAX = 500;

/** The agenda point under way, or null before the meeting started. */
export function pointOf(session: Session): MeetingPoint | null {
  const at = session.agenda.findIndex((a) => a.id === session.current?.agendaItemId);
  const item = session.agenda[at];
  if (!item) return null;
  const point: MeetingPoint = { id: item.id, title: item.title, index: at + 1, count: session.agenda.length };
  if (item.kind === 'deck') point.deckId = item.deckId;
  return point;
}

/** The room: the deck it shows and the facilitator's step in it (null without a deck). */
export function roomOf(presentation: PresentationState | null): { deckId: string; position: Position } | null {
  return presentation?.deck ? { deckId: presentation.deck.id, position: presentation.position } : null;
}

/**
 * Where a note recorded now is filed. On a deck point: the facilitator's slide when the room
 * shows that deck, else the slide the session last stood on. On a free point: the point only.
 */
export function anchorNow(session: Session, presentation: PresentationState | null): Anchor {
  const point = pointOf(session);
  if (!point) return {};
  if (!point.deckId) return { agendaItemId: point.id };
  return { agendaItemId: point.id, deckId: point.deckId, slideIndex: pointSlide(session, presentation) };
}

/** The slide of the point's deck under way. */
export function pointSlide(session: Session, presentation: PresentationState | null): number {
  const point = pointOf(session);
  const room = roomOf(presentation);
  if (point?.deckId && room?.deckId === point.deckId) return room.position.slide;
  const item = session.agenda.find((a) => a.id === point?.id);
  return session.current?.slideIndex ?? (item?.kind === 'deck' ? (item.slides?.from ?? 0) : 0);
}

/** The id of the point `by` places after (or before) the one under way; the first when none is. */
export function neighbourPoint(session: Session, by: 1 | -1): string | undefined {
  const at = session.agenda.findIndex((a) => a.id === session.current?.agendaItemId);
  if (at < 0) return session.agenda[0]?.id;
  return session.agenda[at + by]?.id;
}

/**
 * True when opening `deckId` for the room would replace what a live meeting shows without
 * the agenda asking for it: the facilitator must then choose (present, or prepare unseen).
 */
export function opensDeckUnasked(view: MeetingView | null, deckId: string): boolean {
  if (!view?.live) return false;
  if (view.roomDeckId === null || view.roomDeckId === deckId) return false;
  return view.point?.deckId !== deckId;
}

/** Where `deckId` resumes when the room comes back to it. */
export function resumeFor(meeting: MeetingState, session: Session | null, deckId: string): Position | undefined {
  // Where the room left it this meeting; else the slide the session stood on (the session screen's picker).
  const left = meeting.resume[deckId];
  if (left) return left;
  const point = session ? pointOf(session) : null;
  if (session && point?.deckId === deckId && session.current?.slideIndex !== undefined) return { slide: session.current.slideIndex, fragment: 0 };
  return undefined;
}

/** Remembers where the room left a deck when it moves to another one. */
export function rememberRoom(meeting: MeetingState, before: PresentationState | null, after: PresentationState): MeetingState {
  const was = roomOf(before);
  if (!was || was.deckId === after.deck?.id) return meeting;
  return { ...meeting, resume: { ...meeting.resume, [was.deckId]: was.position } };
}

/** The contributions of a point shown to the room, as the presentation's wall. */
export function wallFor(session: Session, agendaItemId: string | undefined): ContributionWall {
  const notes: WallNote[] = [];
  for (const e of session.entries) {
    if (e.kind !== 'contribution' || !e.shown || e.agendaItemId !== agendaItemId) continue;
    const note: WallNote = { id: e.id, text: e.text.slice(0, 2_000), votes: e.votes };
    if (e.group) note.group = e.group.slice(0, 300);
    notes.push(note);
  }
  const wall: ContributionWall = { notes: notes.slice(-WALL_MAX) };
  const title = session.agenda.find((a) => a.id === agendaItemId)?.title;
  if (title) wall.title = title.slice(0, 300);
  return wall;
}

/** How many contributions of the point under way are shown to the room. */
export function shownContributions(session: Session): number {
  const id = session.current?.agendaItemId;
  return session.entries.filter((e) => e.kind === 'contribution' && e.shown && e.agendaItemId === id).length;
}

/** What the host sends to every view. */
export function meetingView(revision: number, live: SessionState | null, presentation: PresentationState | null, epoch = '', wallPage = 0): MeetingView {
  const room = roomOf(presentation);
  const view: MeetingView = {
    revision,
    epoch,
    live: live ? { handle: live.handle, title: live.session.title } : null,
    point: live ? pointOf(live.session) : null,
    anchor: live ? anchorNow(live.session, presentation) : {},
    roomDeckId: room?.deckId ?? null,
    roomSlide: room ? (presentation!.frozen ?? room.position).slide : null,
    wallShown: !!presentation?.wall,
    wallPage,
  };
  if (live?.undoLabel) view.undoLabel = live.undoLabel;
  if (live?.redoLabel) view.redoLabel = live.redoLabel;
  return view;
}
