// « Boucle »: the audience screen goes through the deck on its own, for an unattended stand
// at a forum (the QR code and the wall stay in their corner). Each slide stays the seconds
// its `::: boucle` block gives, or the default; after the last slide it starts again.
import type { PresentationAction } from '../../core/presentation/actions.js';
import type { PresentationState } from '../../core/presentation/state.js';

export interface LoopHub {
  readonly state: PresentationState;
  apply(action: PresentationAction): unknown;
}

export interface Loop {
  stop(): void;
}

/** `secondsOf(slide)`: that slide's own duration, if the deck gives one. */
export function startLoop(hub: LoopHub, secondsOf: (slide: number) => number | undefined, defaultMs: number): Loop {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    const slide = hub.state.position.slide;
    const own = secondsOf(slide);
    timer = setTimeout(step, own !== undefined ? own * 1000 : defaultMs);
    timer.unref?.();
  };
  const step = () => {
    const deck = hub.state.deck;
    if (!deck || stopped) return;
    const last = deck.shape.slides.length - 1;
    hub.apply(hub.state.position.slide >= last ? { type: 'goTo', slide: 0 } : { type: 'goTo', slide: hub.state.position.slide + 1 });
    schedule();
  };
  schedule();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
