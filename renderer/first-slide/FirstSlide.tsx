// The first slide of a deck as reveal.js shows it once it is ready (same classes, same
// chrome), drawn by the host before any script runs (server.tsx) so the room sees the slide
// while React and reveal.js load. PresentationScreen removes it once reveal.js has laid out
// the same slide underneath (first-slide.ts): the swap changes no pixel.
import type { Deck } from '../../core/deck/model.js';
import { FIRST_SLIDE_ID } from '../../core/first-slide/markers.js';
import { SlideContent, slideBackground } from '../presentation/SlideSection.js';

export function FirstSlide({ deck }: { deck: Deck }) {
  const slide = deck.slides[0];
  if (!slide) return null;
  const background = slideBackground(slide);
  const dark = background !== undefined ? ' has-dark-background' : '';
  const total = deck.slides.length;
  return (
    <div id={FIRST_SLIDE_ID} className="presentation first-slide" data-deck-id={deck.meta.id} aria-hidden="true">
      <div className={`reveal projector reveal-viewport fade embedded has-horizontal-slides${dark} ready`} data-transition-speed="fast" data-background-transition="none">
        <div className="slides">
          <section className={`slide slide--${slide.layout}${dark} present`} data-slide-line={slide.line} style={{ display: 'block' }}>
            <SlideContent slide={slide} />
          </section>
        </div>
        <div className="backgrounds">
          <div className={`slide-background slide slide--${slide.layout}${dark} present`} style={{ display: 'block', ...(background ? { backgroundColor: background } : {}) }}>
            <div className="slide-background-content" />
          </div>
        </div>
        <div className="slide-number" style={{ display: 'block' }}>
          <a>
            {' '}
            <span className="slide-number-a">1</span> <span className="slide-number-delimiter">/</span> <span className="slide-number-b">{total}</span>{' '}
          </a>
        </div>
        <aside className="controls" data-controls-layout="bottom-right" data-controls-back-arrows="faded" style={{ display: 'block' }}>
          <button type="button" className="navigate-left" disabled tabIndex={-1}>
            <div className="controls-arrow" />
          </button>
          <button type="button" className={`navigate-right${total > 1 ? ' enabled' : ''}`} disabled={total <= 1} tabIndex={-1}>
            <div className="controls-arrow" />
          </button>
        </aside>
        <div className="progress" style={{ display: 'block' }}>
          <span style={{ transform: 'scaleX(0)' }} />
        </div>
      </div>
    </div>
  );
}
