// Every slide of the deck as a numbered title: one click (or Entrée) jumps to it. The
// facilitator's slide and the room's (when frozen) are marked.
import { useEffect, useRef } from 'react';
import type { Deck } from '../../core/deck/model.js';
import type { PresentationAction } from '../../core/presentation/actions.js';

export function SlideStrip({ deck, current, roomSlide, send }: { deck: Deck; current: number; roomSlide: number | null; send: (action: PresentationAction) => void }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-current="step"]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [current]);
  return (
    <nav className="slide-strip" aria-label="Diapositives">
      <ol ref={list}>
        {deck.slides.map((slide) => {
          const isCurrent = slide.index === current;
          const isRoom = roomSlide === slide.index;
          return (
            <li key={slide.index}>
              <button
                type="button"
                className={`slide-strip__item${isCurrent ? ' slide-strip__item--current' : ''}${isRoom ? ' slide-strip__item--room' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
                data-slide={slide.index}
                onClick={() => send({ type: 'goTo', slide: slide.index })}
                title={slide.title || `Diapositive ${slide.index + 1}`}
              >
                <span className="slide-strip__number">{slide.index + 1}</span>
                <span className="slide-strip__title">{slide.title || 'Sans titre'}</span>
                {isRoom && <span className="slide-strip__room">salle</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
