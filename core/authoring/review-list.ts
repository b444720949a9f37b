// « Relecture »: the `[à vérifier]` markers of a deck, each with the slide it is on.
import type { Deck } from '../deck/model.js';
import { slideStartLines, type DeckDocument } from './deck-source.js';
import { parsedIndexBySlide, slideOfLine } from './deck-outline.js';

export interface ReviewItem {
  line: number;
  context: string;
  /** Index of the slide text (in the document) holding the marker; -1 for the header. */
  slide: number;
  /** 1-based number of that slide as the room sees it, or 0 when it shows nothing. */
  slideNumber: number;
  slideTitle: string;
}

export function reviewItems(doc: DeckDocument, deck: Deck): ReviewItem[] {
  const starts = slideStartLines(doc);
  const parsed = parsedIndexBySlide(doc, deck);
  return deck.reviewMarkers.map((marker) => {
    const slide = slideOfLine(starts, marker.line);
    const index = slide >= 0 ? parsed[slide]! : -1;
    return { line: marker.line, context: marker.context, slide, slideNumber: index + 1, slideTitle: deck.slides[index]?.title ?? '' };
  });
}
