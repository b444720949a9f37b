// Where the live meeting is in its agenda, with the moves any view may make: previous and
// next point, and back to the point's deck when the room shows another one.
import { useState } from 'react';
import type { MeetingHandle } from './use-meeting.js';
import './meeting.css';

export function AgendaNav({ meeting, roomDeckId, onBack }: { meeting: MeetingHandle; roomDeckId: string | null; onBack: (deckId: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const view = meeting.view;
  if (!view?.live) return null;
  const point = view.point;
  const go = (type: 'nextPoint' | 'prevPoint') => void meeting.send({ type }).then((r) => setError(r.ok ? null : r.message));
  const back = () => point?.deckId && onBack(point.deckId);
  return (
    <nav className="agenda-nav" aria-label="Ordre du jour de la séance">
      <button type="button" className="button button--small" onClick={() => go('prevPoint')} disabled={!point || point.index <= 1}>
        ← Point précédent
      </button>
      <p className="agenda-nav__where" data-testid="meeting-point" data-point-id={point?.id ?? ''}>
        {point ? `Point ${point.index} sur ${point.count}\u00A0: ${point.title}` : 'La séance n’a pas commencé.'}
      </p>
      <button type="button" className="button button--small" onClick={() => go('nextPoint')} disabled={!!point && point.index >= point.count}>
        {point ? 'Point suivant →' : 'Commencer la séance →'}
      </button>
      {point?.deckId && roomDeckId !== null && roomDeckId !== point.deckId && (
        <button type="button" className="button button--small" onClick={back}>
          Revenir à la séance
        </button>
      )}
      {error && (
        <span role="alert" className="agenda-nav__error">
          {error}
        </span>
      )}
    </nav>
  );
}
