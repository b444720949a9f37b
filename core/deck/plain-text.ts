// Plain text of a slide, for search, exports, spell checking and tests.
import type { InlineText, Slide, WorkshopPrompt } from './model.js';

export function inlinePlainText(text: InlineText): string {
  return text.map((run) => run.text).join('');
}

/** Every string the room sees on the slide: headings, paragraphs, list items, quotes (not notes, not prompts, not diagrams). */
export function slideAudienceText(slide: Slide): string[] {
  const out: string[] = [];
  for (const block of slide.blocks) {
    if (block.type === 'list') out.push(...block.items.map(inlinePlainText));
    else if (block.type === 'image') out.push(block.alt);
    else if (block.type !== 'diagram') out.push(inlinePlainText(block.text));
  }
  return out.filter((text) => text.length > 0);
}

/** The speaker notes, one string per paragraph. */
export function slideNotesText(slide: Slide): string[] {
  return [...slide.notes];
}

/** The texts of a workshop prompt shown to the room: question and consigne. */
export function promptTexts(prompt: WorkshopPrompt): string[] {
  return [prompt.question, prompt.instruction].filter((text) => text.length > 0);
}
