// Presents one deck with reveal.js, full window. Keys go through keymap.ts; reveal's own
// keyboard is off. The root carries read-only data attributes (slide index, black/white
// screen) that end-to-end tests and, later, the facilitator view can observe.
import { Deck } from './reveal-react.js';
import type { RevealApi } from 'reveal.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck as DeckModel } from '../../core/deck/model.js';
import { GlossaryKey } from '../glossary/GlossaryKey.js';
import { BlankScreen } from './BlankScreen.js';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen.js';
import { isEditableTarget, mapPresentationKey, type KeyState, type PresentationCommand } from './keymap.js';
import { REVEAL_CONFIG } from './reveal-config.js';
import { SlideSection } from './SlideSection.js';
import { dismissFirstSlide } from '../first-slide/first-slide.js';

export interface PresentationScreenProps {
  deck: DeckModel;
  /** 0-based slide to open on. */
  startIndex: number;
  /** Esc: back to the library, with the slide we were on (for Shift+F5 later). */
  onClose: (slideIndex: number) => void;
}

type Screen = KeyState['screen'];

export function PresentationScreen({ deck, startIndex, onClose }: PresentationScreenProps) {
  const revealRef = useRef<RevealApi | null>(null);
  const [ready, setReady] = useState(false);
  const [slideIndex, setSlideIndex] = useState(startIndex);
  const [screen, setScreen] = useState<Screen>('slide');
  const [digits, setDigits] = useState('');
  const [glossary, setGlossary] = useState(false);
  // The key listener is bound once; it reads the latest state from here.
  const live = useRef({ slideIndex, screen, digits, onClose, glossary });
  live.current = { slideIndex, screen, digits, onClose, glossary };

  const lastIndex = deck.slides.length - 1;

  const onReady = useCallback(
    (reveal: RevealApi) => {
      const first = Math.max(0, Math.min(startIndex, lastIndex));
      if (first !== 0) reveal.slide(first, 0, -1);
      setSlideIndex(reveal.getIndices().h);
      setReady(true);
      // reveal.js now shows the slide the host drew before any script: the copy can go.
      dismissFirstSlide();
    },
    [startIndex, lastIndex],
  );
  const onSlideChange = useCallback((event: Event) => {
    const h = (event as Event & { indexh?: number }).indexh;
    if (typeof h === 'number') setSlideIndex(h);
  }, []);

  useEffect(() => {
    const run = (command: PresentationCommand) => {
      const reveal = revealRef.current;
      // The sigle overlay is an aside: any other command (moving on, blanking) closes it.
      if (command.type !== 'none' && command.type !== 'digit') setGlossary(command.type === 'glossary' && command.open);
      switch (command.type) {
        case 'next':
          reveal?.next();
          break;
        case 'previous':
          reveal?.prev();
          break;
        // A slide reached by jumping starts from its beginning, its steps hidden (-1),
        // as in PowerPoint; reveal.js would otherwise keep a visited slide's steps shown.
        case 'first':
        case 'restart':
          reveal?.slide(0, 0, -1);
          break;
        case 'last':
          reveal?.slide(lastIndex, 0, -1);
          break;
        case 'goto':
          reveal?.slide(Math.min(command.index, lastIndex), 0, -1);
          break;
        case 'blank':
          setScreen(command.screen);
          break;
        case 'unblank':
          setScreen('slide');
          break;
        case 'toggle-fullscreen':
          if (isFullscreen()) exitFullscreen();
          else enterFullscreen();
          break;
        case 'exit-fullscreen':
          exitFullscreen();
          break;
        case 'close':
          live.current.onClose(reveal?.getIndices().h ?? live.current.slideIndex);
          break;
        case 'glossary': // set above
        case 'resume': // already presenting from the current slide
        case 'digit':
        case 'none':
          break;
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const result = mapPresentationKey(
        {
          key: event.key,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          repeat: event.repeat,
          inEditable: isEditableTarget(event.target),
        },
        { digits: live.current.digits, screen: live.current.screen, fullscreen: isFullscreen(), glossary: live.current.glossary },
      );
      if (result.handled) event.preventDefault();
      live.current.digits = result.digits;
      setDigits(result.digits);
      run(result.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lastIndex]);

  return (
    <main
      className="presentation"
      lang="fr"
      aria-label={`Présentation\u00a0: ${deck.meta.title}`}
      data-deck-id={deck.meta.id}
      data-slide-index={slideIndex}
      data-slide-count={deck.slides.length}
      data-screen={screen}
      data-glossary={glossary ? 'open' : 'closed'}
      data-ready={ready ? 'true' : 'false'}
    >
      <Deck config={REVEAL_CONFIG} deckRef={revealRef} onReady={onReady} onSlideChange={onSlideChange} className="projector">
        {deck.slides.map((slide) => (
          <SlideSection key={slide.index} slide={slide} />
        ))}
      </Deck>
      {digits !== '' && (
        <div className="goto-hint" role="status">
          Aller à la diapositive <strong>{digits}</strong> — Entrée
        </div>
      )}
      <GlossaryKey open={glossary} slide={deck.slides[slideIndex]} />
      {screen !== 'slide' && <BlankScreen screen={screen} onDismiss={() => setScreen('slide')} />}
    </main>
  );
}
