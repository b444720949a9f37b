// Said while a deck is prepared in the facilitator view without the room seeing it.
import './meeting.css';

export function PrepareBanner({ deckTitle, meetingTitle, onPresent, onBack }: { deckTitle: string; meetingTitle: string; onPresent: () => void; onBack: () => void }) {
  return (
    <p className="prepare-banner" role="status" data-testid="prepare-banner">
      <span>
        Préparation de <strong>{deckTitle}</strong>&nbsp;: la salle ne la voit pas{meetingTitle ? `, elle voit toujours la séance ${meetingTitle}` : ''}.
      </span>
      <button type="button" className="button button--small" onClick={onPresent}>
        Présenter à la salle
      </button>
      <button type="button" className="button button--small button--primary" onClick={onBack}>
        Revenir à ce que voit la salle
      </button>
    </p>
  );
}
