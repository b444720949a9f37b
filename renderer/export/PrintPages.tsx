// The pages of one deck in each print variant. Positions come from core/export/layout.ts,
// in millimetres, so the screen preview and the PDF agree.
import { useLayoutEffect, useRef } from 'react';
import type { Deck } from '../../core/deck/model.js';
import { handoutLayout, notesLayout, type RectMm } from '../../core/export/layout.js';
import { pagesOfDeck } from '../../core/export/pages.js';
import { SLIDE_PAGE, type PrintVariant } from '../../core/export/variants.js';
import { PrintSlide } from './PrintSlide.js';

const at = (r: RectMm): React.CSSProperties => ({
  position: 'absolute',
  left: `${r.x}mm`,
  top: `${r.y}mm`,
  width: `${r.width}mm`,
  height: `${r.height}mm`,
});

function SlidesPages({ deck }: { deck: Deck }) {
  return (
    <>
      {deck.slides.map((slide) => (
        <section key={slide.index} className="print-page print-page--slides" aria-label={`Diapositive ${slide.index + 1}`}>
          <PrintSlide slide={slide} widthMm={SLIDE_PAGE.widthMm} />
        </section>
      ))}
    </>
  );
}

/** Shrinks the notes' text until it fits its box: all of it stays on the slide's page. */
function FittedNotes({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    let size = 12;
    box.style.fontSize = `${size}pt`;
    while (box.scrollHeight > box.clientHeight + 1 && size > 6) {
      size -= 0.5;
      box.style.fontSize = `${size}pt`;
    }
  });
  return (
    <div className="print-notes__text" ref={ref}>
      {children}
    </div>
  );
}

function NotesPages({ deck }: { deck: Deck }) {
  const layout = notesLayout();
  const total = deck.slides.length;
  return (
    <>
      {deck.slides.map((slide) => (
        <section key={slide.index} className="print-page print-page--a4" aria-label={`Diapositive ${slide.index + 1} et ses notes`}>
          <div style={at(layout.slide)} className="print-framed">
            <PrintSlide slide={slide} widthMm={layout.slide.width} />
          </div>
          <div style={at(layout.notes)} className="print-notes">
            <FittedNotes>
              {slide.notes.length === 0 ? (
                <p className="print-notes__empty">Pas de notes pour cette diapositive.</p>
              ) : (
                slide.notes.map((paragraph, i) => <p key={i}>{paragraph}</p>)
              )}
            </FittedNotes>
          </div>
          <footer style={at(layout.footer)} className="print-footer">
            <span>{deck.meta.title}</span>
            <span>
              Diapositive {slide.index + 1} / {total}
            </span>
          </footer>
        </section>
      ))}
    </>
  );
}

function HandoutPages({ deck }: { deck: Deck }) {
  const layout = handoutLayout();
  const { pages } = pagesOfDeck(deck.meta.id, deck.slides.length, 'handout', layout.cells.length);
  return (
    <>
      {pages.map((indices, pageIndex) => (
        <section key={pageIndex} className="print-page print-page--a4" aria-label={`Page ${pageIndex + 1}`}>
          <header style={at(layout.header)} className="print-header">
            <span className="print-header__title">{deck.meta.title}</span>
            {deck.meta.subtitle && <span>{deck.meta.subtitle}</span>}
          </header>
          {indices.map((slideIndex, k) => {
            const cell = layout.cells[k]!;
            const slide = deck.slides[slideIndex]!;
            return (
              <div key={slideIndex}>
                <div style={at(cell.slide)} className="print-framed">
                  <PrintSlide slide={slide} widthMm={cell.slide.width} />
                </div>
                <div style={at(cell.lines)} aria-hidden="true">
                  {cell.lineYs.map((y) => (
                    <div key={y} className="print-line" style={{ position: 'absolute', left: 0, right: 0, top: `${y - cell.lines.y}mm` }} />
                  ))}
                </div>
              </div>
            );
          })}
          <footer style={at(layout.footer)} className="print-footer">
            <span>CTG Diois</span>
            <span>
              Page {pageIndex + 1} / {pages.length}
            </span>
          </footer>
        </section>
      ))}
    </>
  );
}

export function PrintPages({ deck, variant }: { deck: Deck; variant: PrintVariant }) {
  switch (variant) {
    case 'slides':
      return <SlidesPages deck={deck} />;
    case 'notes':
      return <NotesPages deck={deck} />;
    case 'handout':
      return <HandoutPages deck={deck} />;
  }
}
