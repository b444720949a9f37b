// How long a deck takes: the time of its slides (the header's `duree`) and, on top, the time of
// each workshop it carries (each `::: atelier` block's `duree`). A meeting's agenda picks the
// workshops it has room for; the deck states them all.
import type { Deck, WorkshopMethod } from './model.js';

export interface WorkshopTiming {
  question: string;
  method: WorkshopMethod;
  durationMinutes: number;
  /** 0-based slide index. */
  slide: number;
}

export interface DeckTiming {
  /** The slides alone, without the workshops (the header's `duree`). */
  slidesMinutes: number;
  workshops: WorkshopTiming[];
  workshopMinutes: number;
  /** Slides and every workshop. */
  totalMinutes: number;
}

export function deckTiming(deck: Deck): DeckTiming {
  const workshops = deck.slides.flatMap((slide) =>
    slide.prompts.map((p) => ({ question: p.question, method: p.method, durationMinutes: p.durationMinutes, slide: slide.index })),
  );
  const workshopMinutes = workshops.reduce((sum, w) => sum + w.durationMinutes, 0);
  return { slidesMinutes: deck.meta.durationMinutes, workshops, workshopMinutes, totalMinutes: deck.meta.durationMinutes + workshopMinutes };
}

/** A vote ranks options: it needs a workshop before it that gathered them. */
export const RANKING_METHODS: readonly WorkshopMethod[] = ['vote à gommettes'];
