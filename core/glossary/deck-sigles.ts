// The sigles a deck shows the room (slide text, workshop prompts, diagram labels), for an
// exported deck that must explain them without the app's glossary file.
import type { Deck } from '../deck/model.js';
import { promptTexts, slideAudienceText } from '../deck/plain-text.js';
import type { Glossary } from './model.js';
import { siglesIn } from './sigles-in.js';

/** Where the offline HTML file carries them (host/export writes, renderer/standalone reads). */
export const GLOSSARY_DATA_ID = 'ctg-glossary';

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The part of `glossary` the deck's slides use, each sigle once. */
export function deckGlossary(deck: Deck, glossary: Glossary): Glossary {
  const texts = deck.slides.flatMap((slide) => [
    ...slideAudienceText(slide),
    ...slide.prompts.flatMap(promptTexts),
    ...slide.blocks.flatMap((block) => (block.type === 'diagram' ? stringsIn(block.data) : [])),
  ]);
  return { entries: siglesIn(texts, glossary) };
}
