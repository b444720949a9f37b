// Loads the deck the hub names (or the one the facilitator picks), once per id.
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
