// The steps of a deck as reveal.js shows them, for every view driven by the presentation
// state: counting a slide's fragment steps from the rendered DOM (stepwise lists, diagram
// steps…), and moving reveal.js to a step. Fragments sharing a data-fragment-index are one
// step; each fragment without an index is a step of its own. Works before and after
// reveal.js has numbered them.
import type { RevealApi } from 'reveal.js';
import type { DeckShape, Position } from '../../core/presentation/state.js';
import type { Deck } from '../../core/deck/model.js';

/** Moves reveal.js to a step: `fragment` steps shown (reveal's index is that minus one). */
export function showStep(reveal: RevealApi, position: Position): void {
  const indices = reveal.getIndices();
  const current = (indices.f ?? -1) + 1;
  if (indices.h === position.slide && current === position.fragment) return;
  // A step within the slide: reveal's own fragment path (what its keyboard uses), which leaves
  // the slides and backgrounds alone; slide() would update them all on every step.
  if (indices.h === position.slide && !indices.v) reveal.navigateFragment(position.fragment - 1);
  else reveal.slide(position.slide, 0, position.fragment - 1);
}

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
