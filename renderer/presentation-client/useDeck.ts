// Loads the deck the hub names (or the one the facilitator picks), once per id.
import { useRef } from 'react';
import type { Deck } from '../../core/deck/model.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';

export type DeckState = { status: 'none' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; deck: Deck };

export function useDeck(deckId: string | null): DeckState {
  const host = useHost();
  const call = useHostCall(() => (deckId ? host.loadDeck(deckId) : Promise.resolve(null)), [host, deckId]);
  if (!deckId) return { status: 'none' };
  if (call.status === 'loading') return { status: 'loading' };
  if (call.status === 'failed') return { status: 'failed', message: call.message };
  const result = call.value;
  if (!result) return { status: 'loading' };
  if (!result.ok) return { status: 'failed', message: result.errors.map((e) => e.message).join(' ; ') || 'présentation illisible' };
  // A result for another id (the id just changed): still loading the new one.
  return result.deck.meta.id === deckId ? { status: 'done', deck: result.deck } : { status: 'loading' };
}

/**
 * What a screen shows of its deck: `value` once the deck is loaded and, while the next deck
 * loads, the value it showed before, so the screen goes from one deck to the next without a
 * waiting page in between (and its reveal.js deck moves to the new slides). Null when there
 * is no deck or it failed to load.
 */
export function useHeldWhileLoading<T>(deck: DeckState, value: T | null): T | null {
  const held = useRef<T | null>(null);
  if (deck.status === 'done') held.current = value;
  else if (deck.status !== 'loading') held.current = null;
  return held.current;
}
