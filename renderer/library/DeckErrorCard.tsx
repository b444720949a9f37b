// A deck file that could not be read: which file, which line, what is wrong. It cannot be
// opened; the other decks stay usable.
import type { DeckSummary } from '../../core/deck/model.js';

export type ErrorSummary = Extract<DeckSummary, { ok: false }>;

/** How many problems one card lists before summing up the rest. */
const MAX_SHOWN = 5;

export function DeckErrorCard({ summary }: { summary: ErrorSummary }) {
  const shown = summary.errors.slice(0, MAX_SHOWN);
  const hidden = summary.errors.length - shown.length;
  return (
    <li className="deck-card-item">
      <article className="deck-error" data-file={summary.file} aria-label={`Fichier illisible\u00a0: ${summary.file}`}>
        <p className="deck-error__kicker">
          <span aria-hidden="true">⚠</span> Présentation illisible
        </p>
        <p className="deck-error__file">{summary.file}</p>
        <ul className="deck-error__list">
          {shown.map((issue, i) => (
            <li key={i}>
              {issue.line > 0 && (
                <>
                  <span className="deck-error__line">ligne {issue.line}</span>&nbsp;:{' '}
                </>
              )}
              {issue.message}
            </li>
          ))}
          {summary.errors.length === 0 && <li>Le fichier n’a pas pu être lu.</li>}
        </ul>
        {hidden > 0 && (
          <p className="deck-error__more">
            … et {hidden} autre{hidden > 1 ? 's' : ''} problème{hidden > 1 ? 's' : ''}.
          </p>
        )}
        <p className="deck-error__help">Corrigez le fichier dans le dossier des présentations, puis rouvrez la bibliothèque.</p>
      </article>
    </li>
  );
}
