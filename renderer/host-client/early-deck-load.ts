// When the page opens straight on a deck (?deck=<id>), its load starts before React even
// mounts, so the request overlaps the app's start-up. Taken once: reopening the deck
// later asks the host afresh (the file may have changed).
import type { DeckLoadResult } from '../../core/deck/model.js';
import type { HostApi } from '../../core/host-api.js';

let early: { id: string; result: Promise<DeckLoadResult> } | undefined;

/** `embedded`: the deck the host already put in the page, used instead of asking. */
export function startEarlyDeckLoad(host: HostApi, id: string, embedded?: DeckLoadResult): void {
  const result = embedded ? Promise.resolve(embedded) : host.loadDeck(id);
  result.catch(() => {}); // reported when taken
  early = { id, result };
}

export function takeEarlyDeckLoad(id: string): Promise<DeckLoadResult> | undefined {
  if (early?.id !== id) return undefined;
  const { result } = early;
  early = undefined;
  return result;
}
