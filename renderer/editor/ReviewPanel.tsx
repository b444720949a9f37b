// « Relecture »: the deck's `[à vérifier]` markers, each with its slide and line; choosing one
// opens that slide. Resolving one is editing the text and removing the marker.
import type { ReviewItem } from '../../core/authoring/review-list.js';

export function ReviewPanel({ items, onOpen }: { items: ReviewItem[]; onOpen: (slide: number) => void }) {
  return (
    <section className="editor-review" aria-labelledby="editor-review-title">
      <h2 id="editor-review-title" className="editor__section-title">
        Relecture
      </h2>
      {items.length === 0 ? (
        <p className="editor__hint">Aucun passage «&nbsp;à vérifier&nbsp;» dans cette présentation.</p>
      ) : (
        <>
          <p className="editor__hint">
            {items.length} passage{items.length > 1 ? 's' : ''} «&nbsp;à vérifier&nbsp;». Corrigez le texte puis retirez le repère <code>[à vérifier]</code>.
          </p>
          <ul className="editor-review__list">
            {items.map((item, i) => (
              <li key={`${item.line}-${i}`}>
                <button type="button" className="editor-review__item" onClick={() => item.slide >= 0 && onOpen(item.slide)}>
                  <span className="editor-review__where">
                    {item.slide < 0 ? 'En-tête' : item.slideNumber > 0 ? `Diapositive ${item.slideNumber}` : 'Diapositive'}
                    {item.slideTitle ? ` «\u00a0${item.slideTitle}\u00a0»` : ''} · ligne {item.line}
                  </span>
                  <span className="editor-review__context">{item.context}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
