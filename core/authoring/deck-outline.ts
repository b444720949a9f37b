// Ties the parser's slides (what the room sees) to the document's slide texts (what the
// editor edits): a slide text with nothing to show (a trailing `---`) has no parsed slide.
import type { Deck } from '../deck/model.js';
import { slideStartLines, type DeckDocument } from './deck-source.js';

/** Index of the slide text holding file line `line` (1-based), or -1 for the header. */
export function slideOfLine(starts: readonly number[], line: number): number {
  let found = -1;
  starts.forEach((start, k) => {
    if (start <= line) found = k;
  });
  return found;
}

/** For each slide text of `doc`, the index of its slide in `deck` (parsed from the same text), or -1. */
export function parsedIndexBySlide(doc: DeckDocument, deck: Deck): number[] {
  const starts = slideStartLines(doc);
  const indexes = doc.slides.map(() => -1);
  deck.slides.forEach((slide, i) => {
    const k = slideOfLine(starts, slide.line);
    if (k >= 0 && indexes[k] === -1) indexes[k] = i;
  });
  return indexes;
}
