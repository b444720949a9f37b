// The library's way into facilitator mode: « Animer » opens the facilitator view on this
// deck (Electron then opens the room's window on the projector; the browser host offers
// to open /audience in another window).
import './library-entry.css';

export function FacilitateLink({ deckId, title }: { deckId: string; title: string }) {
  return (
    <a className="deck-card__facilitate" href={`/facilitator?deck=${encodeURIComponent(deckId)}`} aria-label={`Animer la séance «\u00a0${title}\u00a0» (vue animateur et écran de la salle)`}>
      Animer la séance
    </a>
  );
}
