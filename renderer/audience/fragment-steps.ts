// Counts a slide's fragment steps the way reveal.js steps through them, from the rendered
// DOM (stepwise lists, diagram steps…): fragments sharing a data-fragment-index are one
// step; each fragment without an index is a step of its own. Works before and after
// reveal.js has numbered them.
import type { DeckShape } from '../../core/presentation/state.js';
import type { Deck } from '../../core/deck/model.js';

export function countFragmentSteps(section: ParentNode): number {
  const indices = new Set<string>();
  let unindexed = 0;
  for (const fragment of Array.from(section.querySelectorAll('.fragment'))) {
    const index = fragment.getAttribute('data-fragment-index');
    if (index === null) unindexed += 1;
    else indices.add(index);
  }
  return indices.size + unindexed;
}

/** The deck's shape for the hub: fragment steps counted on the rendered slides. */
export function deckShapeFromDom(deck: Deck, slidesRoot: ParentNode): DeckShape {
  const sections = Array.from(slidesRoot.querySelectorAll(':scope > section'));
  return {
    slides: deck.slides.map((slide, i) => ({
      fragments: sections[i] ? countFragmentSteps(sections[i]) : 0,
      promptMinutes: slide.prompts.map((p) => p.durationMinutes),
    })),
  };
}
