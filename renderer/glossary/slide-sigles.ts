// Which sigles the room can read on one slide: its text, its workshop prompts and the labels
// of its diagram (a diagram's data is its labels, so every string in it counts).
import type { Slide } from '../../core/deck/model.js';
import { promptTexts, slideAudienceText } from '../../core/deck/plain-text.js';
import type { Glossary, GlossaryEntry } from '../../core/glossary/model.js';
import { siglesIn } from '../../core/glossary/sigles-in.js';

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

export function slideVisibleTexts(slide: Slide): string[] {
  return [
    ...slideAudienceText(slide),
    ...slide.prompts.flatMap(promptTexts),
    ...slide.blocks.flatMap((block) => (block.type === 'diagram' ? stringsIn(block.data) : [])),
  ];
}

/** The glossary entries of the sigles on the slide, in reading order, each once. */
export function siglesOnSlide(slide: Slide, glossary: Glossary): GlossaryEntry[] {
  return siglesIn(slideVisibleTexts(slide), glossary);
}

/** French typography for text shown to the room: a no-break space before « ; : ! ? ». */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([;:!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
