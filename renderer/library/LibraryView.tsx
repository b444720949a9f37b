// The library as the user sees it, from a list of summaries: deck cards in their order,
// error cards after them. Pure display; LibraryScreen loads the list.
import type { DeckSummary } from '../../core/deck/model.js';
import { DeckCard } from './DeckCard.js';
import { DeckErrorCard } from './DeckErrorCard.js';

export interface LibraryViewProps {
  decks: DeckSummary[];
  /** Slide left at the last Esc, per deck id. */
  resume?: Readonly<Record<string, number>>;
  onOpen: (id: string, startIndex: number) => void;
}

export function sortSummaries(decks: DeckSummary[]): DeckSummary[] {
  const ok = decks.filter((d) => d.ok).sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title, 'fr'));
  const broken = decks.filter((d) => !d.ok).sort((a, b) => a.file.localeCompare(b.file, 'fr'));
  return [...ok, ...broken];
}

export function LibraryView({ decks, resume = {}, onOpen }: LibraryViewProps) {
  const sorted = sortSummaries(decks);
  const okCount = sorted.filter((d) => d.ok).length;
  const brokenCount = sorted.length - okCount;
  return (
    <section className="library" aria-labelledby="library-title">
      <h2 id="library-title" className="library__title">
        Présentations
      </h2>
      <p className="library__count">
        {okCount === 0 ? 'Aucune présentation prête.' : `${okCount} présentation${okCount > 1 ? 's' : ''} prête${okCount > 1 ? 's' : ''}`}
        {brokenCount > 0 && ` · ${brokenCount} fichier${brokenCount > 1 ? 's' : ''} à corriger`}
      </p>
      {sorted.length === 0 ? (
        <p className="library__empty">Le dossier des présentations est vide. Ajoutez un fichier .md (voir le mode d’emploi dans ce dossier).</p>
      ) : (
        <ul className="deck-grid">
          {sorted.map((summary) =>
            summary.ok ? (
              <DeckCard key={summary.meta.id} summary={summary} resumeIndex={resume[summary.meta.id]} onOpen={onOpen} />
            ) : (
              <DeckErrorCard key={`error-${summary.file}`} summary={summary} />
            ),
          )}
        </ul>
      )}
      <p className="library__keys">
        <kbd>Entrée</kbd> ou <kbd>F5</kbd>&nbsp;: présenter · <kbd>Maj</kbd>+<kbd>F5</kbd>&nbsp;: reprendre · <kbd>Échap</kbd>&nbsp;: revenir ici · <kbd>D</kbd>&nbsp;: sigles de la diapositive
      </p>
    </section>
  );
}
