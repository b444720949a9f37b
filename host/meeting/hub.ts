// The live meeting held by the host: which session is being run, its point and slide, the
// room's deck and wall, the undo labels. It follows the session service (every change of a
// session) and the presentation hub (every step of the room), and tells every view, so the
// library, the session screen, the facilitator and the room never disagree.
import { randomUUID } from 'node:crypto';
import { parseMeetingAction } from '../../core/meeting/actions.js';
import type { MeetingMessage, MeetingResponse } from '../../core/meeting/api.js';
import { initialMeetingState, type MeetingState, type MeetingView } from '../../core/meeting/model.js';
import { anchorNow, meetingView, neighbourPoint, pointOf, rememberRoom, resumeFor, wallFor } from '../../core/meeting/rules.js';
import type { Position, PresentationState } from '../../core/presentation/state.js';
import type { MutationResult, SessionApi, SessionState } from '../../core/session/api.js';
import type { NewEntry } from '../../core/session/entries.js';
import type { PresentationHub } from '../presentation/hub.js';

/** The part of the session service the meeting uses. */
export type MeetingSessions = Pick<SessionApi, 'getSession' | 'updateSession'> & {
  onChange?(listener: (state: SessionState) => void): () => void;
};

export type MeetingListener = (message: MeetingMessage) => void;

const NO_MEETING = 'Aucune séance n’est en cours\u00A0: commencez un point de l’ordre du jour.';

export class MeetingHub {
  #meeting: MeetingState = initialMeetingState;
  #revision = 0;
  readonly #epoch = randomUUID();
  #live: SessionState | null = null;
  #room: PresentationState | null = null;
  readonly #listeners = new Set<MeetingListener>();
  readonly #sessions: MeetingSessions;
  readonly #presentation: PresentationHub;

  constructor(sessions: MeetingSessions, presentation: PresentationHub) {
    this.#sessions = sessions;
    this.#presentation = presentation;
    presentation.setResume((deckId) => this.resumeFor(deckId));
    presentation.subscribe(({ state }) => this.#roomChanged(state));
    sessions.onChange?.((state) => this.#sessionChanged(state));
  }

  /** What every view shows now. */
  view(): MeetingView {
    return meetingView(this.#revision, this.#live, this.#room, this.#epoch, this.#meeting.wallPage);
  }

  message(session: SessionState | null = this.#live): MeetingMessage {
    return { meeting: this.view(), session };
  }

  get liveHandle(): string | null {
    return this.#meeting.live;
  }

  /** Calls `listener` now (with the live session), then after every change. */
  subscribe(listener: MeetingListener): () => void {
    this.#listeners.add(listener);
    safeCall(listener, this.message());
    return () => void this.#listeners.delete(listener);
  }

  /** Where `deckId` resumes when the room comes back to it. */
  resumeFor(deckId: string): Position | undefined {
    return resumeFor(this.#meeting, this.#live?.session ?? null, deckId);
  }

  /**
   * The entry as the host files it: in the live session, under the point and slide current
   * here at this moment, whatever the view believed when it sent it.
   */
  fileEntry(handle: string, entry: NewEntry): NewEntry {
    if (handle !== this.#meeting.live || !this.#live) return entry;
    const { agendaItemId: _a, deckId: _d, slideIndex: _s, ...rest } = entry;
    return { ...rest, ...anchorNow(this.#live.session, this.#room) };
  }

  /** A session moved to a point by a plain `updateSession` (older views): it becomes the live one. */
  noteStarted(state: SessionState): void {
    this.#setLive(state);
  }

  /** The session is closed: its meeting ends with it. */
  sessionClosed(handle: string): void {
    if (this.#meeting.live !== handle) return;
    this.#meeting = { ...this.#meeting, live: null };
    this.#live = null;
    this.#notify(null);
  }

  async apply(input: unknown): Promise<MeetingResponse> {
    const parsed = parseMeetingAction(input);
    if (!parsed.ok) return parsed;
    const action = parsed.action;
    switch (action.type) {
      case 'goToPoint':
        return this.#goToPoint(action.handle, action.agendaItemId);
      case 'nextPoint':
      case 'prevPoint': {
        if (!this.#live) return { ok: false, message: NO_MEETING };
        const id = neighbourPoint(this.#live.session, action.type === 'nextPoint' ? 1 : -1);
        if (!id) return { ok: false, message: action.type === 'nextPoint' ? 'C’est le dernier point de l’ordre du jour.' : 'C’est le premier point de l’ordre du jour.' };
        return this.#goToPoint(this.#live.handle, id);
      }
      case 'goToSlide': {
        const live = this.#live;
        const point = live ? pointOf(live.session) : null;
        if (!live || !point) return { ok: false, message: NO_MEETING };
        if (!point.deckId) return { ok: false, message: 'Ce point n’a pas de présentation.' };
        if (this.#room?.deck?.id === point.deckId) {
          const r = this.#presentation.apply({ type: 'goTo', slide: action.slide });
          return r.ok ? { ok: true, meeting: this.view() } : r;
        }
        const r = await this.#sessions.updateSession(live.handle, { current: { agendaItemId: point.id, slideIndex: action.slide } });
        return this.#answer(r);
      }
      case 'showWall': {
        const live = this.#live;
        if (!live) return { ok: false, message: NO_MEETING };
        // A wall shown again starts at its first page (its most voted cards).
        this.#meeting = { ...this.#meeting, wallPage: 0 };
        const r = this.#presentation.apply({ type: 'showWall', wall: wallFor(live.session, live.session.current?.agendaItemId) });
        return r.ok ? { ok: true, meeting: this.view() } : r;
      }
      case 'wallPage':
        if (!this.#room?.wall) return { ok: false, message: 'Le mur des contributions n’est pas affiché.' };
        this.#meeting = { ...this.#meeting, wallPage: action.page };
        this.#notify(null);
        return { ok: true, meeting: this.view() };
      case 'hideWall': {
        const r = this.#presentation.apply({ type: 'hideWall' });
        return r.ok ? { ok: true, meeting: this.view() } : r;
      }
      case 'end':
        this.#meeting = { ...this.#meeting, live: null };
        this.#live = null;
        this.#notify(null);
        return { ok: true, meeting: this.view() };
    }
  }

  async #goToPoint(handle: string, agendaItemId: string): Promise<MeetingResponse> {
    const got = await this.#sessions.getSession(handle);
    if (!got.ok) return got;
    const item = got.state.session.agenda.find((a) => a.id === agendaItemId);
    if (!item) return { ok: false, message: 'Ce point n’est plus à l’ordre du jour.' };
    const was = got.state.session.current;
    // Leaving a deck point: its slide is kept, so coming back to the point resumes there.
    if (was && this.#live?.handle === handle) {
      const before = pointOf(got.state.session);
      if (before?.deckId) {
        const slide = anchorNow(got.state.session, this.#room).slideIndex ?? 0;
        this.#meeting = { ...this.#meeting, resume: { ...this.#meeting.resume, [before.deckId]: { slide, fragment: 0 } } };
      }
    }
    const current: { agendaItemId: string; slideIndex?: number } = { agendaItemId };
    if (item.kind === 'deck') current.slideIndex = this.#meeting.resume[item.deckId]?.slide ?? item.slides?.from ?? 0;
    // The wall belongs to a point: it leaves the room's screen with it.
    if (was?.agendaItemId !== agendaItemId && this.#room?.wall) this.#presentation.apply({ type: 'hideWall' });
    const r = await this.#sessions.updateSession(handle, { current });
    if (r.ok || ('state' in r && r.state)) this.#setLive(r.state);
    return this.#answer(r);
  }

  #answer(r: MutationResult): MeetingResponse {
    return r.ok ? { ok: true, meeting: this.view() } : { ok: false, message: r.message };
  }

  #setLive(state: SessionState): void {
    const changed = this.#meeting.live !== state.handle;
    this.#meeting = { ...this.#meeting, live: state.handle };
    this.#live = state;
    if (changed) this.#notify(state);
  }

  #roomChanged(state: PresentationState): void {
    this.#meeting = rememberRoom(this.#meeting, this.#room, state);
    this.#room = state;
    this.#notify(null);
  }

  #sessionChanged(state: SessionState): void {
    if (state.handle === this.#meeting.live) {
      this.#live = state;
      // The wall on the room's screen follows the point's contributions (votes, groups, new ones).
      if (this.#room?.wall) {
        const wall = wallFor(state.session, state.session.current?.agendaItemId);
        if (JSON.stringify(wall) !== JSON.stringify(this.#room.wall)) this.#presentation.apply({ type: 'updateWall', wall });
      }
    }
    this.#notify(state);
  }

  #notify(session: SessionState | null): void {
    this.#revision += 1;
    const message = this.message(session);
    for (const listener of [...this.#listeners]) safeCall(listener, message);
  }
}

function safeCall(listener: MeetingListener, message: MeetingMessage): void {
  try {
    listener(message);
  } catch (error) {
    console.error('Erreur d’un abonné à la séance en cours :', error);
  }
}
