// The browser's side of the host-rendered first slide (FirstSlide.tsx): the deck the host
// put beside it, so the page does not ask again, and the removal once reveal.js is ready.
import type { DeckLoadResult } from '../../core/deck/model.js';
import { FIRST_SLIDE_DECK_ID, FIRST_SLIDE_ID } from '../../core/first-slide/markers.js';
import './first-slide.css';
// The slide's own styles, which otherwise come with the presentation's chunk: the
// host-rendered slide is painted before that chunk loads.
import '../diagram/diagram.css';

/** The deck the host embedded in the page for `id` (a JSON block, never executed), if any. */
export function embeddedDeck(id: string): DeckLoadResult | undefined {
  const block = document.getElementById(FIRST_SLIDE_DECK_ID);
  if (!block?.textContent) return undefined;
  try {
    const result = JSON.parse(block.textContent) as DeckLoadResult;
    return result.ok && result.deck.meta.id === id ? result : undefined;
  } finally {
    block.remove();
  }
}

/** Removes the host-rendered slide: reveal.js now shows the same slide, or something else is shown. */
export function dismissFirstSlide(): void {
  document.getElementById(FIRST_SLIDE_ID)?.remove();
}
