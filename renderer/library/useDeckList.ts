// The library's deck list, read again whenever the window gets the focus back (a deck file
// copied into the folder meanwhile appears without a restart) or the decks changed from this
// screen; the cards already shown stay while it is read again.
import { useEffect, useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import type { HostApi } from '../../core/host-api.js';
import type { CallState } from '../host-client/useHostCall.js';
import { DECKS_CHANGED_EVENT } from '../editor/decks-changed.js';

export function useDeckList(host: HostApi): CallState<DeckSummary[]> {
  const [state, setState] = useState<CallState<DeckSummary[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      host.listDecks().then(
        (value) => live && setState({ status: 'done', value }),
        (error: unknown) => live && setState((s) => (s.status === 'done' ? s : { status: 'failed', message: error instanceof Error ? error.message : String(error) })),
      );
    void load();
    const onVisible = () => document.visibilityState === 'visible' && void load();
    window.addEventListener('focus', load);
    window.addEventListener(DECKS_CHANGED_EVENT, load);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      window.removeEventListener('focus', load);
      window.removeEventListener(DECKS_CHANGED_EVENT, load);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [host]);
  return state;
}
