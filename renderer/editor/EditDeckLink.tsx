// The library card's way into the editor: « Modifier », and how many passages are still
// « à vérifier » in the deck (opened in the editor's « Relecture »).
import { editorUrl } from './editor-url.js';
import './library-entry.css';

export function EditDeckLink({ deckId, title, reviewCount }: { deckId: string; title: string; reviewCount: number }) {
  return (
    <span className="deck-card__edit-group">
      <a className="deck-card__edit" href={editorUrl(deckId)} aria-label={`Modifier «\u00a0${title}\u00a0»`}>
        Modifier
      </a>
      {reviewCount > 0 && (
        <span className="deck-card__review" data-review-count={reviewCount}>
          {reviewCount}&nbsp;à vérifier
        </span>
      )}
    </span>
  );
}
