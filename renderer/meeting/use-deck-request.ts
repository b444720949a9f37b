// Which deck the facilitator view shows, under the meeting's rules: a deck asked for (the
// library's « Animer la séance », the picker) that would replace what the room sees during
// a live meeting is asked about first (present it, or prepare it unseen); when the agenda
// moves to a deck point, the view follows it (the room then resumes that deck where it was).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import { opensDeckUnasked } from '../../core/meeting/rules.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { askRoomSwitch } from './ask-room-switch.js';
import { useMeeting, type MeetingHandle } from './use-meeting.js';

export interface DeckRequest {
  /** The deck this view shows (null: none chosen yet). */
  deckId: string | null;
  /** True when `deckId` is shown here only, the room keeps what it sees. */
  preparing: boolean;
  /** True while a pick waits for the meeting's state or the user's answer. */
  waiting: boolean;
  pick(id: string): void;
  /** Shows the prepared deck to the room after all. */
  present(): void;
  /** Back to what the room sees. */
  stopPreparing(): void;
  /** Gives the room the meeting point's deck again (it resumes where it was left). */
  backToPoint(deckId: string): void;
  meeting: MeetingHandle;
}

export function useDeckRequest(initial: string | null, hubDeckId: string | null, hubKnown: boolean): DeckRequest {
  const meeting = useMeeting();
  const view = meeting.view;
  const host = useHost();
  const decks = useHostCall(() => host.listDecks(), [host]);
  // A deck asked for, and whether the room may be given it.
  const [request, setRequest] = useState<{ id: string; approved: boolean } | null>(initial ? { id: initial, approved: false } : null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const asking = useRef(false);

  const titleOf = useCallback(
    (id: string) => (decks.status === 'done' ? decks.value.find((d): d is Extract<DeckSummary, { ok: true }> => d.ok && d.meta.id === id)?.meta.title : undefined) ?? id,
    [decks],
  );

  // Decide on a pending request once the meeting and the room are known.
  useEffect(() => {
    if (!request || request.approved || !view || !hubKnown || asking.current || decks.status === 'loading') return;
    if (!opensDeckUnasked(view, request.id)) {
      setRequest({ id: request.id, approved: true });
      return;
    }
    asking.current = true;
    void askRoomSwitch(view.live?.title ?? 'en cours', titleOf(request.id)).then((choice) => {
      asking.current = false;
      if (choice === 'present') {
        setPreparing(null);
        setRequest({ id: request.id, approved: true });
      } else {
        setPreparing(request.id);
        setRequest(null);
      }
    });
  }, [request, view, hubKnown, titleOf, decks.status]);

  // The agenda moved to a deck point (from any view): this view presents that deck.
  const seenPoint = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!view) return;
    const id = view.point?.id ?? null;
    const first = seenPoint.current === undefined;
    if (seenPoint.current === id) return;
    seenPoint.current = id;
    // A view opening mid-meeting keeps what the room sees: only a move of the agenda changes it.
    if (first) {
      // Nothing shown to the room yet: the point's deck is what to present.
      if (!hubDeckId && view.point?.deckId) setRequest({ id: view.point.deckId, approved: true });
      return;
    }
    const deckId = view.point?.deckId;
    if (deckId && deckId !== hubDeckId) {
      setPreparing(null);
      setRequest({ id: deckId, approved: true });
    }
  }, [view, hubDeckId]);

  // Once the room has the requested deck, the room's deck is what this view follows.
  useEffect(() => {
    if (request?.approved && hubDeckId === request.id) setRequest(null);
  }, [request, hubDeckId]);

  const pick = useCallback((id: string) => {
    setRequest({ id, approved: false });
    setPreparing(null);
  }, []);
  const present = useCallback(() => {
    if (preparing) setRequest({ id: preparing, approved: true });
    setPreparing(null);
  }, [preparing]);
  const stopPreparing = useCallback(() => {
    setPreparing(null);
    setRequest(null);
  }, []);

  const backToPoint = useCallback((id: string) => {
    setPreparing(null);
    setRequest({ id, approved: true });
  }, []);

  const deckId = preparing ?? (request?.approved ? request.id : null) ?? hubDeckId;
  return { deckId, preparing: preparing !== null, waiting: request !== null && !request.approved, pick, present, stopPreparing, backToPoint, meeting };
}
