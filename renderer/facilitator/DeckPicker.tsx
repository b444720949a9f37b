// Any deck of the library can be opened from the facilitator view.
import type { DeckSummary } from '../../core/deck/model.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';

export function DeckPicker({ deckId, onPick }: { deckId: string | null; onPick: (id: string) => void }) {
  const host = useHost();
  const decks = useHostCall(() => host.listDecks(), [host]);
  const ok = decks.status === 'done' ? decks.value.filter((d): d is Extract<DeckSummary, { ok: true }> => d.ok) : [];
  return (
    <label className="deck-picker">
      <span className="deck-picker__label">Présentation</span>
      <select value={deckId ?? ''} onChange={(event) => event.target.value && onPick(event.target.value)} disabled={ok.length === 0}>
        {deckId === null && <option value="">Choisir une présentation…</option>}
        {ok.map((d) => (
          <option key={d.meta.id} value={d.meta.id}>
            {d.meta.title}
          </option>
        ))}
      </select>
    </label>
  );
}
