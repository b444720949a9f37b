// One reveal.js deck that shows a given step (slide + fragments shown) and nothing else:
// the position comes from outside (the hub's state), never from keys or clicks. The same
// slide rendering as the library's presentation (SlideSection), so the room, the
// facilitator's preview and the single-window presentation show identical slides.
import { frenchRevealControls } from '../presentation/french-controls.js';
import { Deck } from '../presentation/reveal-react.js';
import type { RevealApi, RevealConfig } from 'reveal.js';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Deck as DeckModel } from '../../core/deck/model.js';
import type { Position } from '../../core/presentation/state.js';
import { REVEAL_CONFIG } from '../presentation/reveal-config.js';
import { showStep } from '../presentation/reveal-steps.js';
import { SlideSection } from '../presentation/SlideSection.js';
import './slide-stage.css';

/** The room's screen: the projector look, without reveal's arrows (nobody clicks there). */
export const AUDIENCE_REVEAL_CONFIG: Omit<RevealConfig, 'plugins'> = { ...REVEAL_CONFIG, controls: false };

/** A thumbnail of a step on the facilitator's screen: no chrome, no animation. */
export const PREVIEW_REVEAL_CONFIG: Omit<RevealConfig, 'plugins'> = {
  ...REVEAL_CONFIG,
  controls: false,
  progress: false,
  slideNumber: false,
  transition: 'none',
  hideInactiveCursor: false,
};

export interface SlideStageProps {
  deck: DeckModel;
  position: Position;
  config?: Omit<RevealConfig, 'plugins'>;
  className?: string;
  /** Called once reveal.js is laid out, with its API and its `.slides` element. */
  onReady?: (reveal: RevealApi, slides: HTMLElement) => void;
}

export function SlideStage({ deck, position, config = AUDIENCE_REVEAL_CONFIG, className, onReady }: SlideStageProps) {
  const revealRef = useRef<RevealApi | null>(null);
  const [ready, setReady] = useState(false);
  const target = useRef(position);
  target.current = position;

  const handleReady = useCallback(
    (reveal: RevealApi) => {
      showStep(reveal, target.current);
      frenchRevealControls(reveal.getRevealElement());
      setReady(true);
      onReady?.(reveal, reveal.getSlidesElement() as HTMLElement);
    },
    [onReady],
  );

  // The deck is rendered once per deck: a new step must not re-render every slide. Another
  // deck reuses the same reveal.js instance: its sections get new keys, so new elements, and
  // @revealjs/react re-syncs reveal.js when the slides' DOM changes (no teardown, no flash).
  const deckElement = useMemo(
    () => (
      <Deck config={config} deckRef={revealRef} onReady={handleReady} className="projector">
        {deck.slides.map((slide) => (
          <SlideSection key={`${deck.meta.id}:${slide.index}`} slide={slide} />
        ))}
      </Deck>
    ),
    [deck, config, handleReady],
  );

  // Layout effect: the step changes in the same frame as the state arrives.
  useLayoutEffect(() => {
    const reveal = revealRef.current;
    if (ready && reveal) showStep(reveal, position);
  }, [ready, deck, position.slide, position.fragment]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div
      className={`slide-stage${className ? ` ${className}` : ''}`}
      data-ready={ready ? 'true' : 'false'}
      data-slide-index={position.slide}
      data-fragment={position.fragment}
    >
      {deckElement}
    </div>
  );
}
