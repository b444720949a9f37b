// Presents one deck with reveal.js, full window. The same engine as the facilitator mode:
// keys are read by useViewKeys (core/presentation/keys.ts, `oneScreen`) and become actions
// for the presentation reducer (core/presentation/reduce.ts), held here in memory; reveal.js
// only shows the state's step (its own keyboard is off). The root carries read-only data
// attributes (slide index, black/white screen) that end-to-end tests observe.
import { Deck } from './reveal-react.js';
import { frenchRevealControls } from './french-controls.js';
import type { RevealApi } from 'reveal.js';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Deck as DeckModel } from '../../core/deck/model.js';
import type { WindowCommand } from '../../core/presentation/keys.js';
import type { PresentationState } from '../../core/presentation/state.js';
import { GlossaryKey } from '../glossary/GlossaryKey.js';
import { memoryPresentationClient } from '../presentation-client/memory-client.js';
import { useViewKeys } from '../presentation-client/useViewKeys.js';
import { BlankScreen } from './BlankScreen.js';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen.js';
import { REVEAL_CONFIG } from './reveal-config.js';
import { deckShapeFromDom, showStep } from './reveal-steps.js';
import { SlideSection } from './SlideSection.js';
import { dismissFirstSlide } from '../first-slide/first-slide.js';

export interface PresentationScreenProps {
  deck: DeckModel;
  /** 0-based slide to open on. */
  startIndex: number;
  /** Esc: back to the library, with the slide we were on (for Shift+F5 later). */
  onClose: (slideIndex: number) => void;
}

const ONE_SCREEN = { oneScreen: true } as const;

export function PresentationScreen({ deck, startIndex, onClose }: PresentationScreenProps) {
  const revealRef = useRef<RevealApi | null>(null);
  const [ready, setReady] = useState(false);
  // One state per deck shown: a new deck starts afresh, like the hub's openDeck.
  const client = useMemo(() => memoryPresentationClient(), [deck]);
  const [state, setState] = useState<PresentationState>(() => client.current());
  useEffect(() => client.subscribe((message) => setState(message.state)), [client]);

  const lastIndex = deck.slides.length - 1;
  const live = useRef({ onClose, state });
  live.current = { onClose, state };

  const onReady = useCallback(
    (reveal: RevealApi) => {
      // The deck's steps counted as reveal.js renders them, as the facilitator view does.
      const shape = deckShapeFromDom(deck, reveal.getSlidesElement() as HTMLElement);
      void client.send({ type: 'openDeck', deckId: deck.meta.id, durationMinutes: deck.meta.durationMinutes, shape });
      const first = Math.max(0, Math.min(startIndex, lastIndex));
      if (first !== 0) void client.send({ type: 'goTo', slide: first });
      showStep(reveal, client.current().position);
      frenchRevealControls(reveal.getRevealElement());
      setReady(true);
      // reveal.js now shows the slide the host drew before any script: the copy can go.
      dismissFirstSlide();
    },
    [client, deck, startIndex, lastIndex],
  );
  // reveal.js moved by itself (its arrows, a swipe): the state follows, so keys go on from there.
  const onRevealMove = useCallback(() => {
    const indices = revealRef.current?.getIndices();
    if (!indices) return;
    const fragment = (indices.f ?? -1) + 1;
    const { position } = client.current();
    if (position.slide !== indices.h || position.fragment !== fragment) void client.send({ type: 'goTo', slide: indices.h, fragment });
  }, [client]);

  // Layout effect: the step changes in the same frame as the key press.
  const { slide, fragment } = state.position;
  useLayoutEffect(() => {
    const reveal = revealRef.current;
    if (ready && reveal) showStep(reveal, { slide, fragment });
  }, [ready, slide, fragment]);

  const onCommand = useCallback((command: WindowCommand) => {
    switch (command) {
      case 'fullscreen':
        if (isFullscreen()) exitFullscreen();
        else enterFullscreen();
        return;
      case 'escape':
        if (isFullscreen()) exitFullscreen();
        else live.current.onClose(live.current.state.position.slide);
        return;
      // F5 / Shift+F5: this window is already the presentation (F5's move to the first
      // slide is its action). Swap needs two screens.
      case 'present':
      case 'swap':
        return;
    }
  }, []);
  const digits = useViewKeys(client, state, onCommand, undefined, ONE_SCREEN);

  const screen = state.screen === 'normal' ? 'slide' : state.screen;
  return (
    <main
      className="presentation"
      lang="fr"
      aria-label={`Présentation\u00a0: ${deck.meta.title}`}
      data-deck-id={deck.meta.id}
      data-slide-index={slide}
      data-slide-count={deck.slides.length}
      data-screen={screen}
      data-glossary={state.glossary ? 'open' : 'closed'}
      data-ready={ready ? 'true' : 'false'}
    >
      <Deck config={REVEAL_CONFIG} deckRef={revealRef} onReady={onReady} onSlideChange={onRevealMove} onFragmentShown={onRevealMove} onFragmentHidden={onRevealMove} className="projector">
        {deck.slides.map((slide) => (
          <SlideSection key={slide.index} slide={slide} />
        ))}
      </Deck>
      {digits !== '' && (
        <div className="goto-hint" role="status">
          Aller à la diapositive <strong>{digits}</strong> — Entrée
        </div>
      )}
      <GlossaryKey open={state.glossary === true} slide={deck.slides[slide]} />
      {screen !== 'slide' && <BlankScreen screen={screen} onDismiss={() => void client.send({ type: 'setScreen', screen: 'normal' })} />}
    </main>
  );
}
