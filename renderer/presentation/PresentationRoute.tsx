// Loads one deck from the host, then presents it; a deck that fails to load says why and
// offers the way back.
import { useEffect } from 'react';
import { takeEarlyDeckLoad } from '../host-client/early-deck-load.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { PresentationScreen } from './PresentationScreen.js';
import { dismissFirstSlide } from '../first-slide/first-slide.js';

export interface PresentationRouteProps {
  deckId: string;
  startIndex: number;
  onClose: (slideIndex: number) => void;
}

export function PresentationRoute({ deckId, startIndex, onClose }: PresentationRouteProps) {
  const host = useHost();
  const loaded = useHostCall(() => takeEarlyDeckLoad(deckId) ?? host.loadDeck(deckId), [host, deckId]);

  const failure =
    loaded.status === 'failed'
      ? [loaded.message]
      : loaded.status === 'done' && !loaded.value.ok
        ? loaded.value.errors.map((e) => (e.line > 0 ? `${e.file}, ligne ${e.line}\u00a0: ${e.message}` : e.message))
        : null;

  // Esc leaves the error screen too.
  useEffect(() => {
    if (!failure) return;
    dismissFirstSlide(); // the host's copy of a slide must not hide the message
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(startIndex);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [failure !== null, onClose, startIndex]); // eslint-disable-line react-hooks/exhaustive-deps

  if (loaded.status === 'loading') {
    return <p className="presentation-status">Ouverture de la présentation…</p>;
  }
  if (failure || loaded.status !== 'done' || !loaded.value.ok) {
    return (
      <div className="presentation-status presentation-status--error" role="alert">
        <p>Cette présentation ne peut pas s’ouvrir.</p>
        <ul>{(failure ?? []).map((line, i) => <li key={i}>{line}</li>)}</ul>
        <button type="button" onClick={() => onClose(startIndex)} autoFocus>
          Retour à la bibliothèque
        </button>
      </div>
    );
  }
  return <PresentationScreen deck={loaded.value.deck} startIndex={startIndex} onClose={onClose} />;
}
