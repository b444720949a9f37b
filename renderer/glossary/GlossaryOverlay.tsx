// The sigles of the current slide, spelled out for the room: shown over the slide by the
// glossary key (D), hidden by the same key or Esc. Sized on the screen (not on reveal's
// scaled slide) so it reads from the back of the hall at any window size.
import type { GlossaryEntry } from '../../core/glossary/model.js';
import { frenchSpacing } from './slide-sigles.js';
import './glossary.css';

export type GlossaryOverlayContent =
  | { status: 'loading' }
  | { status: 'ready'; entries: readonly GlossaryEntry[] }
  | { status: 'unavailable'; message: string };

export function GlossaryOverlay({ content }: { content: GlossaryOverlayContent }) {
  const many = content.status === 'ready' && content.entries.length > 4;
  return (
    <div className="glossary-overlay" data-testid="glossary-overlay" role="dialog" aria-modal="false" aria-labelledby="glossary-overlay-title">
      <div className={`glossary-overlay__panel${many ? ' glossary-overlay__panel--many' : ''}`}>
        <h2 id="glossary-overlay-title" className="glossary-overlay__title">
          Les sigles de cette diapositive
        </h2>
        {content.status === 'loading' && <p className="glossary-overlay__message">Chargement du lexique…</p>}
        {content.status === 'unavailable' && (
          <p className="glossary-overlay__message" role="alert">
            {content.message}
          </p>
        )}
        {content.status === 'ready' && content.entries.length === 0 && (
          <p className="glossary-overlay__message">Aucun sigle sur cette diapositive.</p>
        )}
        {content.status === 'ready' && content.entries.length > 0 && (
          <dl className="glossary-overlay__list">
            {content.entries.map((entry) => (
              <div key={entry.sigle} className="glossary-overlay__entry" data-sigle={entry.sigle}>
                <dt className="glossary-overlay__sigle">{entry.sigle}</dt>
                <dd className="glossary-overlay__forme">{frenchSpacing(entry.forme)}</dd>
                <dd className="glossary-overlay__explication">{frenchSpacing(entry.explication)}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className="glossary-overlay__hint">D ou Échap pour revenir à la diapositive</p>
      </div>
    </div>
  );
}
