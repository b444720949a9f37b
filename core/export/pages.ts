// Which pages a print export has, in order: one per slide (slides and notes variants), or
// one per group of three slides (handouts). Each deck starts on a new page, so a partner can
// take one theme out of a session's bundle.
import { HANDOUT_SLIDES_PER_PAGE } from './layout.js';
import type { PrintVariant } from './variants.js';

export interface DeckPages {
  deckId: string;
  /** The 0-based slide indices on each page of this deck. */
  pages: number[][];
}

export function pagesOfDeck(deckId: string, slideCount: number, variant: PrintVariant, perPage = HANDOUT_SLIDES_PER_PAGE): DeckPages {
  const per = variant === 'handout' ? perPage : 1;
  const pages: number[][] = [];
  for (let start = 0; start < slideCount; start += per) {
    pages.push(Array.from({ length: Math.min(per, slideCount - start) }, (_, k) => start + k));
  }
  return { deckId, pages };
}

/** The total page count of an export of decks with these slide counts. */
export function printPageCount(slideCounts: readonly number[], variant: PrintVariant, perPage = HANDOUT_SLIDES_PER_PAGE): number {
  return slideCounts.reduce((sum, n) => sum + pagesOfDeck('', n, variant, perPage).pages.length, 0);
}
